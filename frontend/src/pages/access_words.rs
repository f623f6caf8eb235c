//! The pieces of carers' access more than one page shows: a status and a basis in words,
//! what a carer may do as a list, the six tick boxes, and the end date.

use api::carers::{SCOPES, Scope, Scopes, Status};
use api::msg;
use dioxus::prelude::*;

use crate::components::{Check, described_by};
use crate::i18n::{I18n, use_i18n};

pub(super) fn status_text(i18n: &I18n, status: Status) -> String {
    i18n.t(match status {
        Status::NotGranted => msg!("carer-status-not-granted"),
        Status::Active => msg!("carer-status-active"),
        Status::Expired => msg!("carer-status-expired"),
        Status::Ended => msg!("carer-status-ended"),
    })
}

/// The scopes with one of them turned on or off.
fn with(mut scopes: Scopes, scope: Scope, on: bool) -> Scopes {
    let flag = match scope {
        Scope::Plan => &mut scopes.plan,
        Scope::Budget => &mut scopes.budget,
        Scope::Goals => &mut scopes.goals,
        Scope::AddGoals => &mut scopes.add_goals,
        Scope::RequestReview => &mut scopes.request_review,
        Scope::Reviews => &mut scopes.reviews,
    };
    *flag = on;
    scopes
}

/// What a carer may do, one line each, in the words of the tick boxes; or that it is nothing.
#[component]
pub(super) fn ScopeList(scopes: Scopes) -> Element {
    let i18n = use_i18n();
    if !scopes.any() {
        return rsx! { p { {i18n.t(msg!("carer-scopes-none"))} } };
    }
    rsx! {
        ul { class: "list-bullet",
            for scope in SCOPES.into_iter().filter(|s| scopes.has(*s)) {
                li { key: "{scope.as_str()}", {i18n.t(scope.message_id())} }
            }
        }
    }
}

/// The six permissions as tick boxes, each granted on its own; `prefix` keeps the ids apart
/// when a page has more than one set.
#[component]
pub(super) fn ScopeChecks(prefix: String, legend: String, scopes: Signal<Scopes>) -> Element {
    let i18n = use_i18n();
    let mut scopes = scopes;
    let hint_id = format!("{prefix}-hint");
    rsx! {
        fieldset { "aria-describedby": hint_id.clone(),
            legend { {legend} }
            p { class: "hint", id: hint_id, {i18n.t(msg!("carer-scopes-hint"))} }
            for scope in SCOPES {
                Check {
                    key: "{scope.as_str()}",
                    id: format!("{prefix}-{}", scope.as_str()),
                    label: i18n.t(scope.message_id()),
                    checked: scopes.read().has(scope),
                    onchange: move |on| {
                        let now = with(scopes(), scope, on);
                        scopes.set(now);
                    },
                }
            }
        }
    }
}

/// The last day of access, if it should end by itself: a date field, empty for no end.
#[component]
pub(super) fn EndDate(id: String, value: Signal<String>, error: Option<String>) -> Element {
    let i18n = use_i18n();
    let mut value = value;
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let described = described_by(&hint_id, true, &error_id, error.is_some());
    rsx! {
        div { class: if error.is_some() { "field field-error" } else { "field" },
            label { r#for: id.clone(), {i18n.t(msg!("carer-ends-on-label"))} }
            p { class: "hint", id: hint_id, {i18n.t(msg!("carer-ends-on-hint"))} }
            if let Some(message) = error.clone() {
                p { class: "field-message", id: error_id, {message} }
            }
            input {
                id,
                r#type: "date",
                value: "{value}",
                "aria-describedby": described,
                "aria-invalid": if error.is_some() { "true" } else { "false" },
                oninput: move |e| value.set(e.value()),
            }
        }
    }
}
