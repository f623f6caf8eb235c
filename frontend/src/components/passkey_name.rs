//! The name a person gives a new passkey ("My phone"), so they can tell their passkeys
//! apart later: asked when redeeming an invitation and when adding another. And whether
//! this phone can use a passkey here yet.

use api::msg;
use dioxus::prelude::*;

use super::form::TextField;
use crate::client::Error;
use crate::i18n::use_i18n;
use crate::passkey;

/// The field, with the server's message when it found fault with the name.
#[component]
pub fn PasskeyName(value: Signal<String>, error: Option<Error>) -> Element {
    let i18n = use_i18n();
    rsx! {
        TextField {
            id: "passkey-name",
            label: i18n.t(msg!("passkey-name-label")),
            hint: i18n.t(msg!("passkey-name-hint")),
            value,
            error: error.and_then(|e| e.about("passkey_name", &i18n)),
        }
    }
}

/// Passkeys need the app: while it loads, say so; once it runs, that it is ready, or that
/// this browser cannot make or use one. Always one notice in the same place, so nothing
/// under it moves when the app takes over.
#[component]
pub fn PasskeyReadiness(ready: bool) -> Element {
    let i18n = use_i18n();
    let state = if !ready {
        msg!("passkey-app-loading")
    } else if passkey::supported() {
        msg!("passkey-ready")
    } else {
        msg!("passkey-unsupported")
    };
    rsx! {
        div { class: "notice", role: "status", "data-app-state": "", p { {i18n.t(state)} } }
    }
}
