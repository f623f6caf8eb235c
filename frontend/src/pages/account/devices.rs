//! Signed-in devices: every live session of your account, and a way to end any of them —
//! for the phone you lost, or the library computer you forgot to sign out of.

use api::auth::SessionInfo;
use api::msg;
use dioxus::prelude::*;

use crate::action::{Action, use_action};
use crate::app::Route;
use crate::client;
use crate::components::{ErrorSummary, unless_allowed, use_page_title};
use crate::i18n::{I18n, use_i18n};
use crate::load::{Load, use_load};
use crate::session::use_session;

#[component]
pub fn Devices() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("devices-title"));
    let session = use_session();
    let sessions = use_load(client::sessions);
    let action = use_action();
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some()) {
        return page;
    }
    rsx! {
        h1 { {title} }
        if let Some(error) = action.error() {
            ErrorSummary { error, field_ids: vec![] }
        }
        p { {i18n.t(msg!("devices-intro"))} }
        {sessions.show(|list| rsx! {
            ul { class: "cards",
                for device in list {
                    DeviceCard { key: "{device.id}", device, sessions, action }
                }
            }
        })}
    }
}

fn device_name(i18n: &I18n, device: &SessionInfo) -> String {
    match (device.browser.as_str(), device.system.as_str()) {
        ("", "") => i18n.t(msg!("devices-unknown")),
        (browser, "") | ("", browser) => browser.to_owned(),
        (browser, system) => i18n.t_with(
            msg!("devices-browser-on-system"),
            &[("browser", browser), ("system", system)],
        ),
    }
}

#[component]
fn DeviceCard(device: SessionInfo, sessions: Load<Vec<SessionInfo>>, action: Action) -> Element {
    let i18n = use_i18n();
    let mut session = use_session();
    let navigator = use_navigator();
    let current = device.current;
    let end = {
        let id = device.id.clone();
        move |_| {
            action.run(client::end_session(id.clone()), move |()| {
                if current {
                    session.me.set(None);
                    navigator.push(Route::Home {});
                } else {
                    sessions.reload();
                }
            });
        }
    };
    let name = device_name(&i18n, &device);
    let since = i18n.t_with(msg!("devices-signed-in-on"), &[("date", &i18n.date(device.created_at))]);
    let active = i18n.t_with(
        msg!("devices-last-active"),
        &[("date", &i18n.date(device.last_seen_at))],
    );
    rsx! {
        li { class: "card",
            h2 { class: "card-title",
                {name.clone()}
                if current {
                    " "
                    strong { class: "tag", {i18n.t(msg!("devices-this-device"))} }
                }
            }
            p { {since} }
            p { {active} }
            button { class: "button-secondary", r#type: "button", disabled: action.busy(), onclick: end,
                if current { {i18n.t(msg!("sign-out"))} } else { {i18n.t(msg!("devices-end"))} }
                span { class: "visually-hidden", " {name}" }
            }
        }
    }
}
