//! "People who help me": the person chooses what each carer may see and do, one permission
//! at a time, until a date if they like; ends access at once; sees every change. Access
//! under a Lasting Power of Attorney or a court order is shown, not changed, here. And a
//! private way to tell the caseworker that someone is pressuring them.

use api::carers::{AccessEvent, Basis, CarerAccess, Grant, MyCarers, Status};
use api::msg;
use dioxus::prelude::*;

use super::access_words::{EndDate, ScopeChecks, ScopeList, status_text};
use super::review_words::by_line;
use super::use_page_title;
use crate::app::Route;
use crate::client::{self, Error};
use crate::components::{ErrorSummary, unless_allowed};
use crate::i18n::use_i18n;
use crate::platform::{format_date, format_day};
use crate::session::use_session;

type Loaded = Resource<Result<MyCarers, Error>>;

#[component]
pub fn PeopleWhoHelp() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("carers-title"));
    let session = use_session();
    let carers = use_resource(client::my_carers);
    let done = use_signal(|| None::<String>);
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some() && !session.is_staff()) {
        return page;
    }
    let loaded = carers.read().clone();
    rsx! {
        h1 { {title} }
        p { {i18n.t(msg!("carers-intro"))} }
        p { role: "status", class: "status", {done().unwrap_or_default()} }
        match loaded {
            None => rsx! { p { role: "status", {i18n.t(msg!("loading"))} } },
            Some(Err(error)) => rsx! { ErrorSummary { error, field_ids: vec![] } },
            Some(Ok(all)) => rsx! {
                if all.carers.is_empty() {
                    p { {i18n.t(msg!("carers-none"))} }
                }
                ul { class: "cards",
                    for access in all.carers.clone() {
                        CarerCard { key: "{access.carer_id}", access, carers, done }
                    }
                }
                History { history: all.history.clone() }
            },
        }
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
            p { {i18n.t_with(msg!("carers-relationship"), &[("relationship", &access.relationship)])} }
            p { {i18n.t(msg!("carers-status"))} " " strong { class: "tag", {status_text(&i18n, access.status)} } }
            if let Some(basis) = access.basis {
                p { {i18n.t_with(msg!("carers-basis"), &[("basis", &i18n.t(basis.message_id()))])} }
            }
            if let Some(end) = access.ends_on.clone() {
                p { {i18n.t_with(msg!("carers-until"), &[("date", &format_day(&end, i18n.locale()))])} }
            }
            if let Some(changed) = &access.changed {
                p { class: "hint", {i18n.t_with(msg!("carers-changed"), &[("who", &by_line(&i18n, changed))])} }
            }
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
    let mut error = use_signal(|| None::<Error>);
    let mut carers = carers;
    let mut done = done;
    let (id, name) = (access.carer_id.clone(), access.carer_name.clone());
    let submit = {
        let (i18n, id, name) = (i18n.clone(), id.clone(), name.clone());
        move |event: FormEvent| {
            event.prevent_default();
            let (i18n, id, name) = (i18n.clone(), id.clone(), name.clone());
            let end = ends_on();
            let grant = Grant {
                scopes: scopes(),
                ends_on: (!end.trim().is_empty()).then_some(end),
            };
            spawn(async move {
                match client::grant_carer(id, grant).await {
                    Ok(()) => {
                        error.set(None);
                        done.set(Some(i18n.t_with(msg!("carers-saved"), &[("name", &name)])));
                        carers.restart();
                    }
                    Err(failure) => error.set(Some(failure)),
                }
            });
        }
    };
    let end_error = error().and_then(|e| {
        e.fields()
            .into_iter()
            .find(|(field, _)| field == "ends_on")
            .map(|(_, message)| message)
            .or_else(|| (e.field() == Some("ends_on")).then(|| client::describe(&e, &i18n)))
    });
    rsx! {
        form { onsubmit: submit, novalidate: true,
            if let Some(error) = error() {
                ErrorSummary { error, field_ids: vec![] }
            }
            ScopeChecks {
                prefix: format!("carer-{id}"),
                legend: i18n.t_with(msg!("carers-choose"), &[("name", &name)]),
                scopes,
            }
            EndDate { id: format!("carer-{id}-ends-on"), value: ends_on, error: end_error }
            button { class: "button", r#type: "submit", {i18n.t_with(msg!("carers-save"), &[("name", &name)])} }
        }
    }
}

/// Ending a carer's access at once, after saying plainly what it means.
#[component]
fn EndAccess(carer_id: String, name: String, carers: Loaded, done: Signal<Option<String>>) -> Element {
    let i18n = use_i18n();
    let mut asking = use_signal(|| false);
    let mut error = use_signal(|| None::<Error>);
    let mut carers = carers;
    let mut done = done;
    let end = {
        let (i18n, id, name) = (i18n.clone(), carer_id.clone(), name.clone());
        move |_| {
            let (i18n, id, name) = (i18n.clone(), id.clone(), name.clone());
            spawn(async move {
                match client::end_carer(id).await {
                    Ok(()) => {
                        asking.set(false);
                        error.set(None);
                        done.set(Some(i18n.t_with(msg!("carers-ended"), &[("name", &name)])));
                        carers.restart();
                    }
                    Err(failure) => error.set(Some(failure)),
                }
            });
        }
    };
    rsx! {
        if let Some(error) = error() {
            ErrorSummary { error, field_ids: vec![] }
        }
        if asking() {
            div { class: "panel",
                p { {i18n.t_with(msg!("carers-end-confirm"), &[("name", &name)])} }
                div { class: "actions",
                    button { class: "button", r#type: "button", onclick: end, {i18n.t(msg!("carers-end-yes"))} }
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
                                None => format_date(event.at, i18n.locale()),
                            }}
                        }
                    }
                }
            }
        }
    }
}

/// "Is someone pressuring you?": a few words, or none, for the caseworker's eyes only.
#[component]
pub fn TellCaseworker() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("concern-title"));
    let session = use_session();
    let mut text = use_signal(String::new);
    let mut error = use_signal(|| None::<Error>);
    let mut sent = use_signal(|| false);
    let mut sending = use_signal(|| false);
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some() && !session.is_staff()) {
        return page;
    }
    let submit = move |event: FormEvent| {
        event.prevent_default();
        sending.set(true);
        spawn(async move {
            match client::raise_concern(text()).await {
                Ok(()) => {
                    text.set(String::new());
                    error.set(None);
                    sent.set(true);
                }
                Err(failure) => error.set(Some(failure)),
            }
            sending.set(false);
        });
    };
    let problem = error().and_then(|e| e.fields().into_iter().next().map(|(_, m)| m));
    let described = crate::components::described_by("concern-text-hint", true, "concern-text-error", problem.is_some());
    rsx! {
        h1 { {title} }
        if sent() {
            div { class: "panel", role: "status",
                h2 { {i18n.t(msg!("concern-sent"))} }
                p { {i18n.t(msg!("concern-sent-next"))} }
            }
            p { Link { to: Route::PeopleWhoHelp {}, {i18n.t(msg!("carers-title"))} } }
        } else {
            p { {i18n.t(msg!("concern-private"))} }
            p { {i18n.t(msg!("concern-danger"))} }
            if let Some(error) = error() {
                ErrorSummary { error, field_ids: vec![("text", "concern-text")] }
            }
            form { onsubmit: submit, novalidate: true,
                div { class: if problem.is_some() { "field field-error" } else { "field" },
                    label { r#for: "concern-text", {i18n.t(msg!("concern-label"))} }
                    p { class: "hint", id: "concern-text-hint", {i18n.t(msg!("concern-hint"))} }
                    if let Some(message) = problem.clone() {
                        p { class: "field-message", id: "concern-text-error", {message} }
                    }
                    textarea {
                        id: "concern-text",
                        rows: "5",
                        value: "{text}",
                        "aria-describedby": described,
                        oninput: move |e| text.set(e.value()),
                    }
                }
                button { class: "button", r#type: "submit", disabled: sending(), {i18n.t(msg!("concern-send"))} }
            }
            p { Link { to: Route::PeopleWhoHelp {}, {i18n.t(msg!("carers-title"))} } }
        }
    }
}

/// The law's grounds, for the caseworker's form: each with its words.
pub(super) fn basis_options(i18n: &crate::i18n::I18n) -> Vec<(&'static str, String)> {
    [Basis::Consent, Basis::Lpa, Basis::Deputy]
        .into_iter()
        .map(|b| (b.as_str(), i18n.t(b.message_id())))
        .collect()
}
