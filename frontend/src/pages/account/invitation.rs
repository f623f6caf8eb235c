//! Redeeming an invitation: the code from the letter, text or link, a name for the
//! passkey, and the phone's prompt. A link fills the code in.

use api::msg;
use dioxus::prelude::*;

use crate::action::use_action;
use crate::app::Route;
use crate::client;
use crate::components::{ErrorSummary, PasskeyName, PasskeyReadiness, TextField, use_page_title};
use crate::hydrated::use_hydrated;
use crate::i18n::use_i18n;
use crate::session::use_session;

#[component]
pub fn Invitation(code: String) -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("invitation-title"));
    let mut session = use_session();
    let navigator = use_navigator();
    // The code comes after `#`, which only the browser sees: filled in once the app has
    // taken over the page the server drew without it.
    let from_link = code;
    let mut code = use_signal(String::new);
    use_effect(move || {
        if !from_link.is_empty() {
            code.set(from_link.clone());
        }
    });
    let ready = use_hydrated();
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
        PasskeyReadiness { ready }
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
            button { class: "button", r#type: "submit", disabled: action.busy() || !ready, {i18n.t(msg!("invitation-submit"))} }
        }
    }
}
