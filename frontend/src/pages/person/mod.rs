//! The person's own pages: their plans, goals and wishes, reviews, notifications, and the
//! carers they let in.

mod ask_review;
mod carers;
mod goals;
mod my_plans;
mod notifications;
mod reviews;
mod tell_caseworker;

pub use ask_review::AskForReview;
pub use carers::PeopleWhoHelp;
pub use goals::Goals;
pub use my_plans::MyPlans;
pub use notifications::NotificationList;
pub use reviews::MyReviews;
pub use tell_caseworker::TellCaseworker;
