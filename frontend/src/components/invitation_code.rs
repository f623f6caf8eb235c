//! A new invitation to hand over: the code to type, the link to open, and when it expires.

use api::auth::InvitationCreated;
use api::msg;
use dioxus::prelude::*;

use crate::i18n::use_i18n;
use crate::platform;

/// The invitation just made for `name`.
#[component]
pub fn CreatedCode(name: String, created: InvitationCreated) -> Element {
    let i18n = use_i18n();
    let link = format!("{}/invitation#{}", platform::origin(), created.code);
    let expires = i18n.date(created.expires_at);
    rsx! {
        div { class: "panel",
            h2 { {i18n.t_with(msg!("invitations-created"), &[("name", &name)])} }
            p { {i18n.t(msg!("invitations-code-label"))} }
            p { class: "code", {created.code.clone()} }
            p { {i18n.t(msg!("invitations-link-label"))} }
            p { class: "link-text", {link} }
            p { {i18n.t_with(msg!("invitations-expires"), &[("date", &expires)])} }
        }
    }
}
