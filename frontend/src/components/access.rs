//! The pieces of carers' access more than one page shows: a status and a basis in words,
//! what a carer may do as a list, the six tick boxes, and the end date.

use api::carers::{Basis, CarerAccess, SCOPES, Scope, Scopes, Status};
use api::msg;
use dioxus::prelude::*;

use super::form::{Check, TextField};
use crate::i18n::{I18n, use_i18n};
use crate::words::by_line;

fn status_text(i18n: &I18n, status: Status) -> String {
    i18n.t(match status {
        Status::NotGranted => msg!("carer-status-not-granted"),
        Status::Active => msg!("carer-status-active"),
        Status::Expired => msg!("carer-status-expired"),
        Status::Ended => msg!("carer-status-ended"),
    })
}

/// A carer's access in words: who they are to the person, its status and basis, what the
/// page adds (`children`), until when, and who changed it last.
#[component]
pub fn AccessFacts(access: CarerAccess, children: Element) -> Element {
    let i18n = use_i18n();
    rsx! {
        p { {i18n.t_with(msg!("carers-relationship"), &[("relationship", &access.relationship)])} }
        p { {i18n.t(msg!("carers-status"))} " " strong { class: "tag", {status_text(&i18n, access.status)} } }
        if let Some(basis) = access.basis {
            p { {i18n.t_with(msg!("carers-basis"), &[("basis", &i18n.t(basis.message_id()))])} }
        }
        {children}
        if let Some(end) = access.ends_on.clone() {
            p { {i18n.t_with(msg!("carers-until"), &[("date", &i18n.day(&end))])} }
        }
        if let Some(changed) = &access.changed {
            p { class: "hint", {i18n.t_with(msg!("carers-changed"), &[("who", &by_line(&i18n, changed))])} }
        }
    }
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
pub fn ScopeList(scopes: Scopes) -> Element {
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
pub fn ScopeChecks(prefix: String, legend: String, scopes: Signal<Scopes>) -> Element {
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
pub fn EndDate(id: String, value: Signal<String>, error: Option<String>) -> Element {
    let i18n = use_i18n();
    rsx! {
        TextField {
            id,
            label: i18n.t(msg!("carer-ends-on-label")),
            hint: i18n.t(msg!("carer-ends-on-hint")),
            value,
            error,
            kind: "date",
        }
    }
}

/// The law's grounds for a carer's access, for the caseworker's form: each with its words.
pub fn basis_options(i18n: &I18n) -> Vec<(&'static str, String)> {
    [Basis::Consent, Basis::Lpa, Basis::Deputy]
        .into_iter()
        .map(|b| (b.as_str(), i18n.t(b.message_id())))
        .collect()
}
