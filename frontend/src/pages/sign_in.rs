//! One button, no username: the phone's passkey says who you are. In demo mode, a quick
//! way in as any made-up account.

use api::auth::Role;
use api::msg;
use api::service::ServiceInfo;
use dioxus::prelude::*;

use super::{role_name, use_page_title};
use crate::app::Route;
use crate::client::{self, Error};
use crate::components::ErrorSummary;
use crate::i18n::use_i18n;
use crate::passkey;
use crate::session::use_session;

#[component]
pub fn SignIn() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("sign-in-title"));
    let mut session = use_session();
    let navigator = use_navigator();
    let mut error = use_signal(|| None::<Error>);
    let mut busy = use_signal(|| false);
    let service = use_context::<Resource<Result<ServiceInfo, Error>>>();
    let demo = service
        .read()
        .as_ref()
        .is_some_and(|r| r.as_ref().is_ok_and(|i| i.demo));
    let sign_in = move |_| {
        spawn(async move {
            busy.set(true);
            error.set(None);
            match client::sign_in().await {
                Ok(me) => {
                    let staff = matches!(me.role, Role::Staff(_));
                    session.me.set(Some(me));
                    navigator.push(if staff { Route::Caseload {} } else { Route::MyPlans {} });
                }
                Err(failure) => error.set(Some(failure)),
            }
            busy.set(false);
        });
    };
    rsx! {
        h1 { {title} }
        if let Some(error) = error() {
            ErrorSummary { error, field_ids: vec![] }
        }
        if !passkey::supported() {
            div { class: "notice", role: "status", p { {i18n.t(msg!("passkey-unsupported"))} } }
        }
        p { {i18n.t(msg!("sign-in-intro"))} }
        button { class: "button", r#type: "button", disabled: busy(), onclick: sign_in, {i18n.t(msg!("sign-in-button"))} }
        h2 { {i18n.t(msg!("sign-in-first-time-heading"))} }
        p { {i18n.t(msg!("sign-in-first-time"))} }
        p { Link { to: Route::Invitation { code: String::new() }, {i18n.t(msg!("sign-in-have-invitation"))} } }
        h2 { {i18n.t(msg!("sign-in-lost-heading"))} }
        p { {i18n.t(msg!("sign-in-lost"))} }
        if demo {
            DemoAccounts {}
        }
    }
}

/// Demo mode only: sign in as a made-up account with one tap.
#[component]
fn DemoAccounts() -> Element {
    let i18n = use_i18n();
    let accounts = use_resource(client::demo_accounts);
    let mut session = use_session();
    let navigator = use_navigator();
    let list = accounts
        .read()
        .as_ref()
        .and_then(|r| r.as_ref().ok())
        .cloned()
        .unwrap_or_default();
    rsx! {
        section { class: "demo-accounts", "aria-labelledby": "demo-heading",
            h2 { id: "demo-heading", {i18n.t(msg!("demo-sign-in-heading"))} }
            p { {i18n.t(msg!("demo-sign-in-intro"))} }
            ul { class: "list-plain",
                for account in list {
                    li { key: "{account.account_id}",
                        button {
                            class: "button-secondary",
                            r#type: "button",
                            onclick: {
                                let id = account.account_id.clone();
                                move |_| {
                                    let id = id.clone();
                                    spawn(async move {
                                        if let Ok(me) = client::demo_sign_in(id).await {
                                            let staff = matches!(me.role, Role::Staff(_));
                                            session.me.set(Some(me));
                                            navigator.push(if staff { Route::Caseload {} } else { Route::MyPlans {} });
                                        }
                                    });
                                }
                            },
                            {i18n.t_with(msg!("demo-sign-in-as"), &[("name", &account.name), ("role", &role_name(&i18n, account.role))])}
                        }
                    }
                }
            }
        }
    }
}
