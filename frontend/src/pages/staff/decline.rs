//! Declining a review, on a page of its own: the person is refused something they asked
//! for, so the caseworker sees again what was asked and writes why, in words the person
//! reads beside how to complain.

use api::msg;
use api::reviews::{Review, Step};
use dioxus::prelude::*;

use crate::action::use_action;
use crate::app::Route;
use crate::client;
use crate::components::{ErrorSummary, TextArea, unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::session::use_session;
use crate::words::review_name;

#[component]
pub fn DeclineReview(id: String) -> Element {
    let title = use_page_title(msg!("review-decline"));
    let session = use_session();
    let review = use_load(use_reactive!(|id| client::review(id)));
    if let Some(page) = unless_allowed(&title, session, session.is_staff()) {
        return page;
    }
    review.page(&title, |review| rsx! { Decline { review } })
}

#[component]
fn Decline(review: Review) -> Element {
    let i18n = use_i18n();
    let navigator = use_navigator();
    let reasons = use_signal(String::new);
    let action = use_action();
    let id = review.id.clone();
    let submit = {
        let id = id.clone();
        move |event: FormEvent| {
            event.prevent_default();
            let id = id.clone();
            let step = Step::Declined { reasons: reasons() };
            action.run(client::take_review_step(id.clone(), step), move |()| {
                navigator.push(Route::ReviewPage { id });
            });
        }
    };
    let name = review.person_name.clone();
    rsx! {
        p { Link { class: "back-link", to: Route::ReviewPage { id: id.clone() }, {i18n.t(msg!("review-decline-back"))} } }
        h1 { {i18n.t_with(msg!("review-decline-title"), &[("name", &name)])} }
        p { class: "lead", {review_name(&i18n, &review)} }
        if let Some(request) = &review.request {
            blockquote { class: "user-text", {request.what_happened.clone()} }
        }
        p { {i18n.t_with(msg!("review-decline-intro"), &[("name", &name)])} }
        if let Some(error) = action.error() {
            ErrorSummary { error, field_ids: vec![("reasons", "decline-reasons")] }
        }
        form { onsubmit: submit, novalidate: true,
            TextArea {
                id: "decline-reasons",
                label: i18n.t(msg!("review-decline-reasons")),
                hint: i18n.t(msg!("review-decline-hint")),
                value: reasons,
                error: action.problem("reasons"),
            }
            button { class: "button", r#type: "submit", disabled: action.busy(), {i18n.t(msg!("review-decline"))} }
        }
    }
}
