//! Staff pages: the To do, the caseload, goals and wishes to answer, the review queue and declining a
//! review, the plan editor, invitations, and a person's carers.

mod caseload;
mod contributions;
mod decline;
mod editor;
mod invitations;
mod person_carers;
mod plan_form;
mod publish;
mod review_queue;
mod todo;

pub use caseload::Caseload;
pub use contributions::Contributions;
pub use decline::DeclineReview;
pub use editor::Editor;
pub use invitations::Invitations;
pub use person_carers::PersonCarers;
pub use publish::PublishCheck;
pub use review_queue::ReviewQueue;
pub use todo::Todo;
