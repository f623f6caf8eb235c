//! Redeeming an invitation: the code from the letter, text or link, a name for the
//! passkey, and the phone's prompt. A link fills the code in.

use api::msg;
use dioxus::prelude::*;

use super::use_page_title;
use crate::app::Route;
use crate::client::{self, Error};
use crate::components::{ErrorSummary, TextField};
use crate::i18n::use_i18n;
use crate::passkey;
use crate::session::use_session;

#[component]
pub fn Invitation(code: String) -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("invitation-title"));
    let mut session = use_session();
    let navigator = use_navigator();
    let code = use_signal(|| code);
    let name = use_signal(String::new);
    let mut error = use_signal(|| None::<Error>);
    let mut busy = use_signal(|| false);
    let submit = move |event: FormEvent| {
        event.prevent_default();
        spawn(async move {
            busy.set(true);
            error.set(None);
            match client::redeem(code(), name()).await {
                Ok(me) => {
                    let recovered = me.other_passkeys > 0;
                    session.me.set(Some(me));
                    navigator.push(if recovered {
                        Route::Passkeys {}
                    } else {
                        Route::Account {}
                    });
                }
                Err(failure) => error.set(Some(failure)),
            }
            busy.set(false);
        });
    };
    let current = error();
    let code_error = current.as_ref().and_then(|e| match e {
        Error::Server(body) if body.code.starts_with("invitation.") => Some(body.message.clone()),
        _ => None,
    });
    let name_error = current
        .as_ref()
        .filter(|e| e.field() == Some("passkey_name"))
        .map(|e| client::describe(e, &i18n));
    rsx! {
        h1 { {title} }
        if let Some(error) = current.clone() {
            ErrorSummary { error, field_ids: vec![("passkey_name", "passkey-name")] }
        }
        if !passkey::supported() {
            div { class: "notice", role: "status", p { {i18n.t(msg!("passkey-unsupported"))} } }
        }
        p { {i18n.t(msg!("invitation-intro"))} }
        form { onsubmit: submit, novalidate: true,
            TextField {
                id: "invitation-code",
                label: i18n.t(msg!("invitation-code-label")),
                hint: i18n.t(msg!("invitation-code-hint")),
                value: code,
                error: code_error,
                autocomplete: "one-time-code",
                spellcheck: false,
            }
            TextField {
                id: "passkey-name",
                label: i18n.t(msg!("passkey-name-label")),
                hint: i18n.t(msg!("passkey-name-hint")),
                value: name,
                error: name_error,
            }
            button { class: "button", r#type: "submit", disabled: busy(), {i18n.t(msg!("invitation-submit"))} }
        }
    }
}
