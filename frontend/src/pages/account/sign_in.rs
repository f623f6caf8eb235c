//! One button, no username: the phone's passkey says who you are. In demo mode, a quick
//! way in as any made-up account.

use api::auth::{Me, Role};
use api::msg;
use api::service::ServiceInfo;
use dioxus::prelude::*;
use dioxus::router::Navigator;

use crate::action::use_action;
use crate::app::Route;
use crate::client;
use crate::components::{ErrorSummary, PasskeyReadiness, use_page_title};
use crate::hydrated::use_hydrated;
use crate::i18n::use_i18n;
use crate::load::{Load, use_load};
use crate::session::{Session, use_session};
use crate::words::role_name;

/// Signed in: staff go to their caseload, everyone else to their plans.
fn arrive(mut session: Session, navigator: Navigator, me: Me) {
    let staff = matches!(me.role, Role::Staff(_));
    session.me.set(Some(me));
    navigator.push(if staff { Route::Caseload {} } else { Route::MyPlans {} });
}

#[component]
pub fn SignIn() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("sign-in-title"));
    let session = use_session();
    let navigator = use_navigator();
    let action = use_action();
    let service = use_context::<Load<ServiceInfo>>();
    let demo = service.value().is_some_and(|i| i.demo);
    let sign_in = move |_| action.run(client::sign_in(), move |me| arrive(session, navigator, me));
    let ready = use_hydrated();
    rsx! {
        h1 { {title} }
        if let Some(error) = action.error() {
            ErrorSummary { error, field_ids: vec![] }
        }
        PasskeyReadiness { ready }
        p { {i18n.t(msg!("sign-in-intro"))} }
        button { class: "button", r#type: "button", disabled: action.busy() || !ready, onclick: sign_in, {i18n.t(msg!("sign-in-button"))} }
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
    let accounts = use_load(client::demo_accounts);
    let session = use_session();
    let navigator = use_navigator();
    let action = use_action();
    rsx! {
        section { class: "demo-accounts", "aria-labelledby": "demo-heading",
            h2 { id: "demo-heading", {i18n.t(msg!("demo-sign-in-heading"))} }
            p { {i18n.t(msg!("demo-sign-in-intro"))} }
            if let Some(error) = action.error() {
                ErrorSummary { error, field_ids: vec![] }
            }
            {accounts.show(|list| rsx! {
                ul { class: "list-plain",
                    for account in list {
                        li { key: "{account.account_id}",
                            button {
                                class: "button-secondary",
                                r#type: "button",
                                disabled: action.busy(),
                                onclick: {
                                    let id = account.account_id.clone();
                                    move |_| action.run(client::demo_sign_in(id.clone()), move |me| arrive(session, navigator, me))
                                },
                                {i18n.t_with(msg!("demo-sign-in-as"), &[("name", &account.name), ("role", &role_name(&i18n, account.role))])}
                            }
                        }
                    }
                }
            })}
        }
    }
}
