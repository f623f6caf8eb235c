//! "Is someone pressuring you?": a few words, or none, for the caseworker's eyes only.

use api::msg;
use dioxus::prelude::*;

use crate::action::use_action;
use crate::app::Route;
use crate::client;
use crate::components::{ErrorSummary, TextArea, unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::session::use_session;

#[component]
pub fn TellCaseworker() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("concern-title"));
    let session = use_session();
    let mut text = use_signal(String::new);
    let action = use_action();
    let mut sent = use_signal(|| false);
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some() && !session.is_staff()) {
        return page;
    }
    let submit = move |event: FormEvent| {
        event.prevent_default();
        action.run(client::raise_concern(text()), move |()| {
            text.set(String::new());
            sent.set(true);
        });
    };
    // The text is the only answer the server checks.
    let problem = action
        .error()
        .and_then(|e| e.fields().into_iter().next().map(|(_, m)| m));
    rsx! {
        h1 { {title} }
        if sent() {
            div { class: "panel", role: "status",
                h2 { {i18n.t(msg!("concern-sent"))} }
                p { {i18n.t(msg!("concern-sent-next"))} }
            }
        } else {
            p { {i18n.t(msg!("concern-private"))} }
            p { {i18n.t(msg!("concern-danger"))} }
            if let Some(error) = action.error() {
                ErrorSummary { error, field_ids: vec![("text", "concern-text")] }
            }
            form { onsubmit: submit, novalidate: true,
                TextArea {
                    id: "concern-text",
                    label: i18n.t(msg!("concern-label")),
                    hint: i18n.t(msg!("concern-hint")),
                    value: text,
                    error: problem,
                    rows: 5,
                }
                button { class: "button", r#type: "submit", disabled: action.busy(), {i18n.t(msg!("concern-send"))} }
            }
        }
        p { Link { to: Route::PeopleWhoHelp {}, {i18n.t(msg!("carers-title"))} } }
    }
}
