//! The person's reviews, newest first, each with where it is now; and the way to ask for
//! a new one when things change.

use api::msg;
use api::reviews::Review;
use dioxus::prelude::*;

use super::review_words::review_name;
use super::use_page_title;
use crate::app::Route;
use crate::client;
use crate::components::{ErrorSummary, unless_allowed};
use crate::i18n::use_i18n;
use crate::platform::format_date;
use crate::session::use_session;

#[component]
pub fn MyReviews() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("reviews-title"));
    let session = use_session();
    let reviews = use_resource(client::my_reviews);
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some() && !session.is_staff()) {
        return page;
    }
    let loaded = reviews.read().clone();
    rsx! {
        h1 { {title} }
        p { {i18n.t(msg!("reviews-intro"))} }
        p { Link { class: "button", to: Route::AskForReview {}, {i18n.t(msg!("reviews-ask"))} } }
        match loaded {
            None => rsx! { p { role: "status", {i18n.t(msg!("loading"))} } },
            Some(Err(error)) => rsx! { ErrorSummary { error, field_ids: vec![] } },
            Some(Ok(list)) if list.is_empty() => rsx! { p { {i18n.t(msg!("reviews-none"))} } },
            Some(Ok(list)) => rsx! {
                ul { class: "cards",
                    for review in list {
                        ReviewCard { key: "{review.id}", review, caring: None }
                    }
                }
            },
        }
    }
}

/// One review in a list; `caring` is the person's id when a carer follows it for them.
#[component]
pub(super) fn ReviewCard(review: Review, caring: Option<String>) -> Element {
    let i18n = use_i18n();
    let name = review_name(&i18n, &review);
    // The first step is when it was asked for (or planned): what tells two reviews apart.
    let started = review
        .timeline
        .first()
        .map(|entry| format_date(entry.written.at, i18n.locale()))
        .unwrap_or_default();
    rsx! {
        li { class: "card",
            h2 { class: "card-title", {name.clone()} }
            p { {i18n.t_with(msg!("reviews-started"), &[("date", &started)])} }
            p { {i18n.t(msg!("review-now"))} " " strong { class: "tag", {i18n.t(review.status().message_id())} } }
            p { Link { to: match caring {
                    Some(person) => Route::CaredForReview { person, id: review.id.clone() },
                    None => Route::ReviewPage { id: review.id.clone() },
                },
                {i18n.t(msg!("reviews-open"))}
                span { class: "visually-hidden", " {name}, {started}" }
            } }
        }
    }
}
