//! A carer's pages: the people they care for, and what each has let them see and do.

mod allowed;
mod ask_review;
mod caring_for;
mod goals;
mod reviews;

pub use ask_review::AskForReviewFor;
pub use caring_for::CaringFor;
pub use goals::CaredForGoals;
pub use reviews::CaredForReviews;
