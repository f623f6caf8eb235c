//! Pieces every form page uses, after the GOV.UK patterns: an error summary that links to
//! the field at fault, labelled text fields with hints and errors, a sign-in prompt.

use api::msg;
use dioxus::prelude::*;

use crate::app::Route;
use crate::client::{self, Error};
use crate::i18n::use_i18n;
use crate::session::Session;

/// "There is a problem", with the message; a link to the field when the error names one,
/// and, for a form with several answers to change, a link to each of those `field_ids` maps.
#[component]
pub fn ErrorSummary(error: Error, field_ids: Vec<(&'static str, &'static str)>) -> Element {
    let i18n = use_i18n();
    let message = client::describe(&error, &i18n);
    let target = error
        .field()
        .and_then(|field| field_ids.iter().find(|(name, _)| *name == field))
        .map(|(_, id)| format!("#{id}"));
    let each: Vec<(String, String)> = error
        .fields()
        .into_iter()
        .filter_map(|(field, message)| {
            let (_, id) = field_ids.iter().find(|(name, _)| *name == field)?;
            Some((format!("#{id}"), message))
        })
        .collect();
    rsx! {
        div { class: "error-summary", role: "alert", "aria-labelledby": "error-summary-title", tabindex: "-1",
            h2 { id: "error-summary-title", {i18n.t(msg!("error-summary-title"))} }
            if let Some(target) = target {
                p { a { href: target, {message} } }
            } else {
                p { {message} }
            }
            if !each.is_empty() {
                ul { class: "list-plain",
                    for (href, message) in each {
                        li { key: "{href}", a { href, {message} } }
                    }
                }
            }
        }
    }
}

#[component]
pub fn TextField(
    id: &'static str,
    label: String,
    hint: Option<String>,
    value: Signal<String>,
    error: Option<String>,
    autocomplete: Option<&'static str>,
    spellcheck: Option<bool>,
) -> Element {
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let described = described_by(&hint_id, hint.is_some(), &error_id, error.is_some());
    let mut value = value;
    let has_error = error.is_some();
    rsx! {
        div { class: if has_error { "field field-error" } else { "field" },
            label { r#for: id, {label} }
            if let Some(hint) = hint {
                p { class: "hint", id: hint_id, {hint} }
            }
            if let Some(error) = error {
                p { class: "field-message", id: error_id, {error} }
            }
            input {
                id,
                name: id,
                r#type: "text",
                value: "{value}",
                autocomplete: autocomplete.unwrap_or("off"),
                spellcheck: if spellcheck == Some(false) { "false" } else { "true" },
                "aria-describedby": described,
                "aria-invalid": if has_error { "true" } else { "false" },
                oninput: move |event| value.set(event.value()),
            }
        }
    }
}

/// The ids of a field's hint and error message, for `aria-describedby`, when there are any.
pub fn described_by(hint_id: &str, has_hint: bool, error_id: &str, has_error: bool) -> Option<String> {
    let ids: Vec<&str> = [(hint_id, has_hint), (error_id, has_error)]
        .into_iter()
        .filter_map(|(id, shown)| shown.then_some(id))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The page to show instead, while it is not yet known who is signed in (just the title)
/// or when the reader may not see this page (a prompt to sign in).
pub fn unless_allowed(title: &str, session: Session, allowed: bool) -> Option<Element> {
    if allowed {
        return None;
    }
    Some(rsx! {
        h1 { {title.to_owned()} }
        if (session.known)() { SignInFirst {} }
    })
}

/// For a page that needs someone signed in, when nobody is.
#[component]
pub fn SignInFirst() -> Element {
    let i18n = use_i18n();
    rsx! {
        p { {i18n.t(msg!("sign-in-first"))} }
        p { Link { class: "button", to: Route::SignIn {}, {i18n.t(msg!("sign-in-button"))} } }
    }
}

/// When a page's data could not load. A carer whose access has ended is told so kindly, in
/// the server's words, with the way back to the people they care for; anything else gets
/// the usual error summary under the page's heading.
#[component]
pub fn LoadFailed(title: String, error: Error) -> Element {
    let i18n = use_i18n();
    if error.is_access_ended() {
        return rsx! {
            h1 { {i18n.t(msg!("access-ended-title"))} }
            div { class: "panel",
                p { {client::describe(&error, &i18n)} }
                p { Link { to: Route::CaringFor {}, {i18n.t(msg!("caring-for-title"))} } }
            }
        };
    }
    rsx! {
        h1 { {title} }
        ErrorSummary { error, field_ids: vec![] }
    }
}

/// One tick box with its label.
#[component]
pub fn Check(id: String, label: String, checked: bool, onchange: EventHandler<bool>) -> Element {
    rsx! {
        div { class: "choice",
            input { r#type: "checkbox", id: id.clone(), checked, onchange: move |e: FormEvent| onchange.call(e.checked()) }
            label { r#for: id, {label} }
        }
    }
}
