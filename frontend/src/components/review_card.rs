//! One review in a list, as the person or their carer sees it: what it is about, when it
//! started, where it is now, and the way in.

use api::msg;
use api::reviews::Review;
use dioxus::prelude::*;

use crate::app::Route;
use crate::i18n::use_i18n;
use crate::words::review_name;

/// One review in a list; `caring` is the person's id when a carer follows it for them.
#[component]
pub fn ReviewCard(review: Review, caring: Option<String>) -> Element {
    let i18n = use_i18n();
    let name = review_name(&i18n, &review);
    // The first step is when it was asked for (or planned): what tells two reviews apart.
    let started = review
        .timeline
        .first()
        .map(|entry| i18n.date(entry.written.at))
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
