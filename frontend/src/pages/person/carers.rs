//! "People who help me": the person chooses what each carer may see and do, one permission
//! at a time, until a date if they like; ends access at once; sees every change. Access
//! under a Lasting Power of Attorney or a court order is shown, not changed, here. And the
//! way to tell the caseworker, privately, that someone is pressuring them.

use api::carers::{AccessEvent, CarerAccess, Grant, MyCarers, Status};
use api::msg;
use dioxus::prelude::*;

use crate::action::use_action;
use crate::app::Route;
use crate::client;
use crate::components::{AccessFacts, EndDate, ErrorSummary, ScopeChecks, ScopeList, unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::{Load, use_load};
use crate::session::use_session;
use crate::words::by_line;

type Loaded = Load<MyCarers>;

#[component]
pub fn PeopleWhoHelp() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("carers-title"));
    let session = use_session();
    let carers = use_load(client::my_carers);
    let done = use_signal(|| None::<String>);
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some() && !session.is_staff()) {
        return page;
    }
    rsx! {
        h1 { {title} }
        p { {i18n.t(msg!("carers-intro"))} }
        p { role: "status", class: "status", {done().unwrap_or_default()} }
        {carers.show(|all| rsx! {
            if all.carers.is_empty() {
                p { {i18n.t(msg!("carers-none"))} }
            }
            ul { class: "cards",
                for access in all.carers {
                    CarerCard { key: "{access.carer_id}", access, carers, done }
                }
            }
            History { history: all.history }
        })}
        section { class: "contact", "aria-labelledby": "pressure-heading",
            h2 { id: "pressure-heading", {i18n.t(msg!("carers-pressure-heading"))} }
            p { {i18n.t(msg!("carers-pressure-text"))} }
            p { Link { to: Route::TellCaseworker {}, {i18n.t(msg!("carers-pressure-link"))} } }
        }
    }
}

#[component]
fn CarerCard(access: CarerAccess, carers: Loaded, done: Signal<Option<String>>) -> Element {
    let i18n = use_i18n();
    let name = access.carer_name.clone();
    // Access under an LPA or a court order is the caseworker's to change while it lasts.
    let managed = access.basis.is_some_and(|b| !b.person_manages()) && access.status != Status::Ended;
    rsx! {
        li { class: "card",
            h2 { class: "card-title", {name.clone()} }
            AccessFacts { access: access.clone() }
            if managed {
                p { {i18n.t(msg!("carers-caseworker-manages"))} }
                h3 { {i18n.t_with(msg!("carers-can-do"), &[("name", &name)])} }
                ScopeList { scopes: access.scopes }
            } else {
                // A fresh form when the status changes: no boxes left ticked after an ending.
                GrantForm { key: "{access.status:?}", access: access.clone(), carers, done }
                if access.status == Status::Active || access.status == Status::Expired {
                    EndAccess { carer_id: access.carer_id.clone(), name, carers, done }
                }
            }
        }
    }
}

/// The six tick boxes and an end date, for a carer the person gives access to by consent.
#[component]
fn GrantForm(access: CarerAccess, carers: Loaded, done: Signal<Option<String>>) -> Element {
    let i18n = use_i18n();
    let scopes = use_signal(|| {
        if access.status == Status::Ended {
            Default::default()
        } else {
            access.scopes
        }
    });
    let ends_on = use_signal(|| access.ends_on.clone().unwrap_or_default());
    let action = use_action();
    let mut done = done;
    let (id, name) = (access.carer_id.clone(), access.carer_name.clone());
    let submit = {
        let (i18n, id, name) = (i18n.clone(), id.clone(), name.clone());
        move |event: FormEvent| {
            event.prevent_default();
            let (i18n, name) = (i18n.clone(), name.clone());
            let end = ends_on();
            let grant = Grant {
                scopes: scopes(),
                ends_on: (!end.trim().is_empty()).then_some(end),
            };
            action.run(client::grant_carer(id.clone(), grant), move |()| {
                done.set(Some(i18n.t_with(msg!("carers-saved"), &[("name", &name)])));
                carers.reload();
            });
        }
    };
    let end_error = action.error().and_then(|e| e.about("ends_on", &i18n));
    rsx! {
        form { onsubmit: submit, novalidate: true,
            if let Some(error) = action.error() {
                ErrorSummary { error, field_ids: vec![] }
            }
            ScopeChecks {
                prefix: format!("carer-{id}"),
                legend: i18n.t_with(msg!("carers-choose"), &[("name", &name)]),
                scopes,
            }
            EndDate { id: format!("carer-{id}-ends-on"), value: ends_on, error: end_error }
            button { class: "button", r#type: "submit", disabled: action.busy(), {i18n.t_with(msg!("carers-save"), &[("name", &name)])} }
        }
    }
}

/// Ending a carer's access at once, after saying plainly what it means.
#[component]
fn EndAccess(carer_id: String, name: String, carers: Loaded, done: Signal<Option<String>>) -> Element {
    let i18n = use_i18n();
    let mut asking = use_signal(|| false);
    let action = use_action();
    let mut done = done;
    let end = {
        let (i18n, id, name) = (i18n.clone(), carer_id.clone(), name.clone());
        move |_| {
            let (i18n, name) = (i18n.clone(), name.clone());
            action.run(client::end_carer(id.clone()), move |()| {
                asking.set(false);
                done.set(Some(i18n.t_with(msg!("carers-ended"), &[("name", &name)])));
                carers.reload();
            });
        }
    };
    rsx! {
        if let Some(error) = action.error() {
            ErrorSummary { error, field_ids: vec![] }
        }
        if asking() {
            div { class: "panel",
                p { {i18n.t_with(msg!("carers-end-confirm"), &[("name", &name)])} }
                div { class: "actions",
                    button { class: "button", r#type: "button", disabled: action.busy(), onclick: end, {i18n.t(msg!("carers-end-yes"))} }
                    button { class: "button-secondary", r#type: "button", onclick: move |_| asking.set(false),
                        {i18n.t(msg!("carers-end-no"))}
                    }
                }
            }
        } else {
            button { class: "button-secondary", r#type: "button", onclick: move |_| asking.set(true),
                {i18n.t_with(msg!("carers-end"), &[("name", &name)])}
            }
        }
    }
}

/// Every grant, change, ending and expiry, newest first.
#[component]
fn History(history: Vec<AccessEvent>) -> Element {
    let i18n = use_i18n();
    rsx! {
        section { "aria-labelledby": "history-heading",
            h2 { id: "history-heading", {i18n.t(msg!("carers-history-heading"))} }
            if history.is_empty() {
                p { {i18n.t(msg!("carers-history-none"))} }
            }
            ul { class: "list-plain history",
                for (n, event) in history.iter().enumerate() {
                    li { key: "{n}",
                        p { strong {
                            {i18n.t_with(msg!("carers-history-entry"), &[("what", &i18n.t(event.what.message_id())), ("name", &event.carer_name)])}
                        } }
                        p { class: "hint",
                            {match &event.by {
                                Some(by) => i18n.t_with(msg!("carers-history-by"), &[("who", &by_line(&i18n, by))]),
                                None => i18n.date(event.at),
                            }}
                        }
                    }
                }
            }
        }
    }
}
