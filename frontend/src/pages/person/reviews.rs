//! The person's reviews, newest first, each with where it is now; and the way to ask for
//! a new one when things change.

use api::msg;
use dioxus::prelude::*;

use crate::app::Route;
use crate::client::{self, Subject};
use crate::components::{ReviewCard, unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::session::use_session;

#[component]
pub fn MyReviews() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("reviews-title"));
    let session = use_session();
    let reviews = use_load(|| client::reviews(Subject::Me));
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some() && !session.is_staff()) {
        return page;
    }
    rsx! {
        h1 { {title} }
        p { {i18n.t(msg!("reviews-intro"))} }
        p { Link { class: "button", to: Route::AskForReview {}, {i18n.t(msg!("reviews-ask"))} } }
        {reviews.show(|list| rsx! {
            if list.is_empty() {
                p { {i18n.t(msg!("reviews-none"))} }
            }
            ul { class: "cards",
                for review in list {
                    ReviewCard { key: "{review.id}", review, caring: None }
                }
            }
        })}
    }
}
