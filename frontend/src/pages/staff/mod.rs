//! Staff pages: the To do, the caseload, goals and wishes to answer, the review queue, the plan
//! editor, invitations, and a person's carers.

mod caseload;
mod contributions;
mod editor;
mod invitations;
mod person_carers;
mod plan_form;
mod publish;
mod review_queue;
mod todo;

pub use caseload::Caseload;
pub use contributions::Contributions;
pub use editor::Editor;
pub use invitations::Invitations;
pub use person_carers::PersonCarers;
pub use publish::PublishCheck;
pub use review_queue::ReviewQueue;
pub use todo::Todo;
