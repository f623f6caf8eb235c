//! Your passkeys: when each was added and last used, add another, remove one (never the last).

use api::auth::{PasskeyInfo, SignInChange, SignInChangeKind};
use api::msg;
use dioxus::prelude::*;

use crate::action::{Action, use_action};
use crate::client;
use crate::components::{ErrorSummary, PasskeyName, unless_allowed, use_page_title};
use crate::i18n::{I18n, use_i18n};
use crate::load::{Load, use_load};
use crate::session::use_session;

type Loaded = (Vec<PasskeyInfo>, Vec<SignInChange>);

#[component]
pub fn Passkeys() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("passkeys-title"));
    let session = use_session();
    // The passkeys, and the changes to how one signs in: adding or removing one here is
    // one of those changes too.
    let loaded = use_load(|| async { Ok((client::passkeys().await?, client::sign_in_changes().await?)) });
    let name = use_signal(String::new);
    let action = use_action();
    let mut status = use_signal(String::new);
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some()) {
        return page;
    }
    let add = {
        let i18n = i18n.clone();
        move |event: FormEvent| {
            event.prevent_default();
            let i18n = i18n.clone();
            action.run(client::add_passkey(name()), move |added| {
                status.set(i18n.t_with(msg!("passkeys-added"), &[("name", &added.name)]));
                loaded.reload();
            });
        }
    };
    rsx! {
        h1 { {title} }
        if let Some(error) = action.error() {
            ErrorSummary { error, field_ids: vec![("passkey_name", "passkey-name")] }
        }
        p { role: "status", class: "status", {status()} }
        p { {i18n.t(msg!("passkeys-intro"))} }
        {loaded.show(|(list, _)| rsx! {
            if list.len() > 1 {
                p { {i18n.t(msg!("passkeys-lost-phone"))} }
            }
            ul { class: "cards",
                for passkey in list {
                    PasskeyCard { key: "{passkey.id}", passkey, action, loaded, status }
                }
            }
        })}
        h2 { {i18n.t(msg!("passkeys-add-heading"))} }
        form { onsubmit: add, novalidate: true,
            PasskeyName { value: name, error: action.error() }
            button { class: "button", r#type: "submit", disabled: action.busy(), {i18n.t(msg!("passkeys-add"))} }
        }
        if let Some((_, changes)) = loaded.value() {
            SignInChanges { changes }
        }
    }
}

/// What changed in how this account signs in, so that a change someone else made is seen.
#[component]
fn SignInChanges(changes: Vec<SignInChange>) -> Element {
    let i18n = use_i18n();
    rsx! {
        h2 { {i18n.t(msg!("sign-in-changes-heading"))} }
        p { {i18n.t(msg!("sign-in-changes-not-you"))} }
        ul {
            for change in changes {
                li { key: "{change.at}{change.kind:?}",
                    {i18n.moment(change.at)}
                    ": "
                    {change_text(&i18n, change.kind)}
                }
            }
        }
    }
}

fn change_text(i18n: &I18n, kind: SignInChangeKind) -> String {
    i18n.t(match kind {
        SignInChangeKind::Registered => msg!("sign-in-change-registered"),
        SignInChangeKind::Recovered => msg!("sign-in-change-recovered"),
        SignInChangeKind::PasskeyAdded => msg!("sign-in-change-passkey-added"),
        SignInChangeKind::PasskeyRemoved => msg!("sign-in-change-passkey-removed"),
        SignInChangeKind::SessionEnded => msg!("sign-in-change-session-ended"),
    })
}

fn last_used(i18n: &I18n, passkey: &PasskeyInfo) -> String {
    match passkey.last_used_at {
        Some(at) => i18n.t_with(msg!("passkeys-last-used"), &[("date", &i18n.date(at))]),
        None => i18n.t(msg!("passkeys-never-used")),
    }
}

#[component]
fn PasskeyCard(passkey: PasskeyInfo, action: Action, loaded: Load<Loaded>, status: Signal<String>) -> Element {
    let i18n = use_i18n();
    let mut status = status;
    let remove = {
        let (id, name, i18n) = (passkey.id.clone(), passkey.name.clone(), i18n.clone());
        move |_| {
            let (name, i18n) = (name.clone(), i18n.clone());
            action.run(client::remove_passkey(id.clone()), move |()| {
                status.set(i18n.t_with(msg!("passkeys-removed"), &[("name", &name)]));
                loaded.reload();
            });
        }
    };
    let added = i18n.t_with(msg!("passkeys-added-on"), &[("date", &i18n.date(passkey.created_at))]);
    rsx! {
        li { class: "card",
            h2 { class: "card-title", {passkey.name.clone()} }
            p { {added} }
            p { {last_used(&i18n, &passkey)} }
            button {
                class: "button-secondary",
                r#type: "button",
                disabled: action.busy(),
                onclick: remove,
                {i18n.t(msg!("passkeys-remove"))}
                span { class: "visually-hidden", " {passkey.name}" }
            }
        }
    }
}
