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

/// Passkeys need the app: while it loads, say so; once it runs, say if this browser
/// cannot make or use one.
#[component]
pub fn PasskeyReadiness(ready: bool) -> Element {
    let i18n = use_i18n();
    let problem = if !ready {
        Some(msg!("passkey-app-loading"))
    } else if !passkey::supported() {
        Some(msg!("passkey-unsupported"))
    } else {
        None
    };
    rsx! {
        if let Some(problem) = problem {
            div { class: "notice", role: "status", p { {i18n.t(problem)} } }
        }
    }
}
