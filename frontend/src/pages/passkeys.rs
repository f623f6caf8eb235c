//! Your passkeys: when each was added and last used, add another, remove one (never the last).

use api::auth::PasskeyInfo;
use api::msg;
use dioxus::prelude::*;

use super::use_page_title;
use crate::client::{self, Error};
use crate::components::{ErrorSummary, TextField, unless_allowed};
use crate::i18n::{I18n, use_i18n};
use crate::platform::format_date;
use crate::session::use_session;

#[component]
pub fn Passkeys() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("passkeys-title"));
    let session = use_session();
    let mut passkeys = use_resource(client::passkeys);
    let name = use_signal(String::new);
    let mut error = use_signal(|| None::<Error>);
    let mut status = use_signal(String::new);
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some()) {
        return page;
    }
    let list = passkeys
        .read()
        .as_ref()
        .and_then(|r| r.as_ref().ok())
        .cloned()
        .unwrap_or_default();
    let add = {
        let i18n = i18n.clone();
        move |event: FormEvent| {
            event.prevent_default();
            let i18n = i18n.clone();
            spawn(async move {
                error.set(None);
                match client::add_passkey(name()).await {
                    Ok(added) => {
                        status.set(i18n.t_with(msg!("passkeys-added"), &[("name", &added.name)]));
                        passkeys.restart();
                    }
                    Err(failure) => error.set(Some(failure)),
                }
            });
        }
    };
    let name_error = error()
        .filter(|e| e.field() == Some("passkey_name"))
        .map(|e| client::describe(&e, &i18n));
    rsx! {
        h1 { {title} }
        if let Some(error) = error() {
            ErrorSummary { error, field_ids: vec![("passkey_name", "passkey-name")] }
        }
        p { role: "status", class: "status", {status()} }
        p { {i18n.t(msg!("passkeys-intro"))} }
        if list.len() > 1 {
            p { {i18n.t(msg!("passkeys-lost-phone"))} }
        }
        ul { class: "cards",
            for passkey in list {
                PasskeyCard { key: "{passkey.id}", passkey, error, passkeys, status }
            }
        }
        h2 { {i18n.t(msg!("passkeys-add-heading"))} }
        form { onsubmit: add, novalidate: true,
            TextField {
                id: "passkey-name",
                label: i18n.t(msg!("passkey-name-label")),
                hint: i18n.t(msg!("passkey-name-hint")),
                value: name,
                error: name_error,
            }
            button { class: "button", r#type: "submit", {i18n.t(msg!("passkeys-add"))} }
        }
    }
}

fn last_used(i18n: &I18n, passkey: &PasskeyInfo) -> String {
    match passkey.last_used_at {
        Some(at) => i18n.t_with(msg!("passkeys-last-used"), &[("date", &format_date(at, i18n.locale()))]),
        None => i18n.t(msg!("passkeys-never-used")),
    }
}

#[component]
fn PasskeyCard(
    passkey: PasskeyInfo,
    error: Signal<Option<Error>>,
    passkeys: Resource<Result<Vec<PasskeyInfo>, Error>>,
    status: Signal<String>,
) -> Element {
    let i18n = use_i18n();
    let remove = {
        let (id, name, i18n) = (passkey.id.clone(), passkey.name.clone(), i18n.clone());
        move |_| {
            let (id, name, i18n) = (id.clone(), name.clone(), i18n.clone());
            spawn(async move {
                error.set(None);
                match client::remove_passkey(id).await {
                    Ok(()) => {
                        status.set(i18n.t_with(msg!("passkeys-removed"), &[("name", &name)]));
                        passkeys.restart();
                    }
                    Err(failure) => error.set(Some(failure)),
                }
            });
        }
    };
    let added = i18n.t_with(
        msg!("passkeys-added-on"),
        &[("date", &format_date(passkey.created_at, i18n.locale()))],
    );
    rsx! {
        li { class: "card",
            h2 { class: "card-title", {passkey.name.clone()} }
            p { {added} }
            p { {last_used(&i18n, &passkey)} }
            button {
                class: "button-secondary",
                r#type: "button",
                onclick: remove,
                {i18n.t(msg!("passkeys-remove"))}
                span { class: "visually-hidden", " {passkey.name}" }
            }
        }
    }
}
