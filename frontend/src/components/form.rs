//! The pieces every form is built from, after the GOV.UK patterns: an error summary that
//! links to the field at fault; labelled fields with a hint and the problem beside them;
//! a question of radios; a tick box.

use api::msg;
use dioxus::prelude::*;

use crate::client::Error;
use crate::hydrated::use_hydrated;
use crate::i18n::use_i18n;

/// "There is a problem", with the message, and every answer to change: each links to its
/// field where `field_ids` maps the field's name to its id, or where the form's ids are
/// `prefix` and the name; any other is listed in words.
#[component]
pub fn ErrorSummary(
    error: Error,
    field_ids: Vec<(&'static str, &'static str)>,
    #[props(default)] prefix: Option<String>,
) -> Element {
    let i18n = use_i18n();
    let message = error.describe(&i18n);
    let href = |field: &str| {
        field_ids
            .iter()
            .find(|(name, _)| *name == field)
            .map(|(_, id)| format!("#{id}"))
            .or_else(|| {
                prefix
                    .as_ref()
                    .filter(|_| !field.contains('.'))
                    .map(|p| format!("#{p}{field}"))
            })
    };
    let target = error.field().and_then(href);
    let each: Vec<(Option<String>, String)> = error
        .fields()
        .into_iter()
        .map(|(field, message)| (href(&field), message))
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
                    for (n, (href, message)) in each.into_iter().enumerate() {
                        li { key: "{n}",
                            if let Some(href) = href { a { href, {message} } } else { {message} }
                        }
                    }
                }
            }
        }
    }
}

/// The ids of a field's hint (`{id}-hint`) and problem (`{id}-error`), for
/// `aria-describedby`, when it has them.
pub fn described_by(id: &str, has_hint: bool, has_error: bool) -> Option<String> {
    let ids: Vec<String> = [("hint", has_hint), ("error", has_error)]
        .into_iter()
        .filter(|(_, shown)| *shown)
        .map(|(part, _)| format!("{id}-{part}"))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn invalid(error: &Option<String>) -> &'static str {
    if error.is_some() { "true" } else { "false" }
}

/// A labelled field around its control (`children`), with a hint and the problem with it.
/// The control describes itself with `described_by(id, …)`.
#[component]
pub fn Field(id: String, label: String, hint: Option<String>, error: Option<String>, children: Element) -> Element {
    rsx! {
        div { class: if error.is_some() { "field field-error" } else { "field" },
            label { r#for: id.clone(), {label} }
            if let Some(hint) = hint {
                p { class: "hint", id: "{id}-hint", {hint} }
            }
            if let Some(error) = error.clone() {
                p { class: "field-message", id: "{id}-error", {error} }
            }
            {children}
        }
    }
}

/// A one-line answer; `kind` for a date or a number.
#[component]
pub fn TextField(
    id: String,
    label: String,
    hint: Option<String>,
    value: Signal<String>,
    error: Option<String>,
    kind: Option<&'static str>,
    autocomplete: Option<&'static str>,
    spellcheck: Option<bool>,
) -> Element {
    let described = described_by(&id, hint.is_some(), error.is_some());
    let mut value = value;
    rsx! {
        Field { id: id.clone(), label, hint, error: error.clone(),
            input {
                id: id.clone(),
                name: id,
                r#type: kind.unwrap_or("text"),
                value: "{value}",
                autocomplete: autocomplete.unwrap_or("off"),
                spellcheck: if spellcheck == Some(false) { "false" } else { "true" },
                "aria-describedby": described,
                "aria-invalid": invalid(&error),
                oninput: move |event| value.set(event.value()),
            }
        }
    }
}

/// One choice from a list: `options` are each value and what it is called.
#[component]
pub fn Select(
    id: String,
    label: String,
    hint: Option<String>,
    options: Vec<(String, String)>,
    value: Signal<String>,
    error: Option<String>,
) -> Element {
    let described = described_by(&id, hint.is_some(), error.is_some());
    let mut value = value;
    rsx! {
        Field { id: id.clone(), label, hint, error: error.clone(),
            select {
                id: id.clone(),
                name: id,
                "aria-describedby": described,
                "aria-invalid": invalid(&error),
                onchange: move |event| value.set(event.value()),
                for (option_value, option_label) in options {
                    option { key: "{option_value}", value: "{option_value}", selected: value() == option_value, {option_label} }
                }
            }
        }
    }
}

/// A few lines of answer: three unless `rows` says otherwise.
#[component]
pub fn TextArea(
    id: String,
    label: String,
    hint: Option<String>,
    value: Signal<String>,
    error: Option<String>,
    rows: Option<u32>,
) -> Element {
    let described = described_by(&id, hint.is_some(), error.is_some());
    let mut value = value;
    // A browser ignores a textarea's value attribute, and text written inside as a node
    // would carry hydration markers that show in the box. So the server writes the first
    // text as the box's own HTML (which hydration leaves alone), and the app sets the
    // value once it has taken over.
    let first = use_hook(|| textarea_html(&value.peek()));
    let hydrated = use_hydrated();
    let shown = if hydrated { value() } else { String::new() };
    rsx! {
        Field { id: id.clone(), label, hint, error: error.clone(),
            textarea {
                id: id.clone(),
                name: id,
                rows: "{rows.unwrap_or(3)}",
                dangerous_inner_html: first,
                value: shown,
                "aria-describedby": described,
                "aria-invalid": invalid(&error),
                oninput: move |e| value.set(e.value()),
            }
        }
    }
}

/// Text as a textarea's HTML: escaped, and a first line break kept (a parser drops one).
fn textarea_html(text: &str) -> String {
    let escaped = text.replace('&', "&amp;").replace('<', "&lt;");
    if escaped.starts_with('\n') {
        format!("\n{escaped}")
    } else {
        escaped
    }
}

/// One question answered by choosing one of a few options.
#[component]
pub fn Radios(
    name: &'static str,
    legend: String,
    options: Vec<(&'static str, String)>,
    chosen: Option<&'static str>,
    error: Option<String>,
    onchange: EventHandler<&'static str>,
) -> Element {
    let error_id = format!("{name}-error");
    // The red bar goes on a box around the whole question, legend included.
    let class = if error.is_some() {
        "choices field-error"
    } else {
        "choices"
    };
    let described = error.is_some().then(|| error_id.clone());
    rsx! {
        div { class,
            fieldset { "aria-describedby": described,
                legend { {legend} }
                if let Some(message) = error {
                    p { class: "field-message", id: error_id, {message} }
                }
                for (value, label) in options {
                    div { class: "choice", key: "{value}",
                        input {
                            r#type: "radio",
                            id: "{name}-{value}",
                            name,
                            value,
                            checked: chosen == Some(value),
                            onchange: move |_| onchange.call(value),
                        }
                        label { r#for: "{name}-{value}", {label} }
                    }
                }
            }
        }
    }
}

/// One tick box with its label.
#[component]
pub fn Check(id: String, label: String, checked: bool, onchange: EventHandler<bool>) -> Element {
    rsx! {
        div { class: "choice",
            input { r#type: "checkbox", id: id.clone(), name: id.clone(), value: "yes", checked, onchange: move |e: FormEvent| onchange.call(e.checked()) }
            label { r#for: id, {label} }
        }
    }
}
