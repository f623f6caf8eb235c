//! Your account: who you are signed in as, your passkeys and devices, and signing out.

use api::msg;
use dioxus::prelude::*;

use crate::action::use_form_action;
use crate::app::Route;
use crate::client;
use crate::components::{ErrorSummary, unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::session::use_session;

#[component]
pub fn Account() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("account-title"));
    let mut session = use_session();
    let navigator = use_navigator();
    let (action, _) = use_form_action(Some("sign-out"));
    let Some(me) = session.me.read().clone() else {
        return unless_allowed(&title, session, false).unwrap_or_else(|| rsx! {});
    };
    let sign_out = move |event: FormEvent| {
        event.prevent_default();
        action.run(client::sign_out(), move |()| {
            session.me.set(None);
            navigator.push(Route::Home {});
        });
    };
    rsx! {
        h1 { {title} }
        if let Some(error) = action.error() {
            ErrorSummary { error, field_ids: vec![] }
        }
        p { {i18n.t_with(msg!("account-signed-in-as"), &[("name", &me.name)])} }
        ul { class: "list-plain",
            li { Link { to: Route::Passkeys {}, {i18n.t(msg!("passkeys-title"))} } }
            li { Link { to: Route::Devices {}, {i18n.t(msg!("devices-title"))} } }
            li { Link { to: Route::DisplaySettings {}, {i18n.t(msg!("display-title"))} } }
            if !session.is_staff() {
                li { Link { to: Route::PeopleWhoHelp {}, {i18n.t(msg!("carers-title"))} } }
            }
        }
        // A plain form too, so signing out works before the app has loaded.
        form { method: "post", onsubmit: sign_out,
            input { r#type: "hidden", name: "form", value: "sign-out" }
            button { class: "button-secondary", r#type: "submit", disabled: action.busy(), {i18n.t(msg!("sign-out"))} }
        }
    }
}
