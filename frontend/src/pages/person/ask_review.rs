//! The person asks for a review of their plan.

use api::msg;
use dioxus::prelude::*;

use crate::components::{RequestForm, use_page_title};

#[component]
pub fn AskForReview() -> Element {
    let title = use_page_title(msg!("review-form-title"));
    rsx! { RequestForm { title, target: None, name: None } }
}
