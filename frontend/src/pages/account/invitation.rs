//! Redeeming an invitation: the code from the letter, text or link, a name for the
//! passkey, and the phone's prompt. A link fills the code in.

use api::msg;
use dioxus::prelude::*;

use crate::action::use_action;
use crate::app::Route;
use crate::client;
use crate::components::{ErrorSummary, PasskeyName, TextField, use_page_title};
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
    let action = use_action();
    let submit = move |event: FormEvent| {
        event.prevent_default();
        action.run(client::redeem(code(), name()), move |me| {
            let recovered = me.other_passkeys > 0;
            session.me.set(Some(me));
            navigator.push(if recovered {
                Route::Passkeys {}
            } else {
                Route::Account {}
            });
        });
    };
    let current = action.error();
    let code_error = current
        .as_ref()
        .filter(|e| e.code().is_some_and(|code| code.is_invitation()))
        .map(|e| e.describe(&i18n));
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
            PasskeyName { value: name, error: current }
            button { class: "button", r#type: "submit", disabled: action.busy(), {i18n.t(msg!("invitation-submit"))} }
        }
    }
}
