//! Pages the person, their carers and staff all read: a plan, its versions, who has looked
//! at it, and a review.

mod looked_at;
mod plan;
mod review;
mod review_actions;
mod versions;

pub use looked_at::LookedAt;
pub use plan::Plan;
pub use review::{CaredForReview, ReviewPage};
pub use versions::Versions;
