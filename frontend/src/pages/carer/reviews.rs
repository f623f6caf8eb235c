//! The reviews of someone the carer cares for, newest first, and the way to ask for one for
//! them, as the person allowed.

use api::msg;
use dioxus::prelude::*;

use super::allowed::allowed_and;
use crate::app::Route;
use crate::client;
use crate::components::{ReviewCard, unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::session::use_session;

#[component]
pub fn CaredForReviews(person: String) -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("caring-reviews-title"));
    let session = use_session();
    let loaded = use_load(use_reactive!(|person| allowed_and(
        person,
        |s| s.reviews,
        client::reviews
    )));
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some() && !session.is_staff()) {
        return page;
    }
    loaded.page(&title, |(entry, list)| {
        let may_ask = entry.as_ref().is_some_and(|e| e.scopes.request_review);
        let name = entry
            .map(|e| e.person_name)
            .or_else(|| list.as_ref().and_then(|l| l.first()).map(|r| r.person_name.clone()))
            .unwrap_or_default();
        rsx! {
            h1 { {i18n.t_with(msg!("caring-reviews-heading"), &[("name", &name)])} }
            if may_ask {
                p { Link { class: "button", to: Route::AskForReviewFor { person: person.clone() },
                    {i18n.t_with(msg!("caring-ask-heading"), &[("name", &name)])}
                } }
            }
            if let Some(list) = list {
                if list.is_empty() {
                    p { {i18n.t(msg!("caring-reviews-none"))} }
                }
                ul { class: "cards",
                    for review in list {
                        ReviewCard { key: "{review.id}", review, caring: Some(person.clone()) }
                    }
                }
            }
            p { Link { to: Route::CaringFor {}, {i18n.t(msg!("caring-for-title"))} } }
        }
    })
}
