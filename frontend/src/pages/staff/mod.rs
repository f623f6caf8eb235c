//! Staff pages: the To do, the caseload, goals and wishes to answer, the review queue and declining a
//! review, the plan editor, invitations, a person's carers,
//! registering a person, and (for those who run teams) teams, staff and their changes.

mod caseload;
mod contributions;
mod decline;
mod editor;
mod failed_emails;
mod invitations;
mod person_carers;
mod plan_form;
mod publish;
mod register;
mod review_queue;
mod staff_changes;
mod team;
mod todo;

pub use caseload::Caseload;
pub use contributions::Contributions;
pub use decline::DeclineReview;
pub use editor::Editor;
pub use failed_emails::FailedEmails;
pub use invitations::Invitations;
pub use person_carers::PersonCarers;
pub use publish::PublishCheck;
pub use register::RegisterPerson;
pub use review_queue::ReviewQueue;
pub use staff_changes::StaffChanges;
pub use team::TeamPage;
pub use todo::Todo;
