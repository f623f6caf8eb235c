//! The person's notifications, newest first, each pointing to the review it is about.
//! Opening the page reads them: once they have loaded, all are marked read, so the count
//! in the navigation drops, while this page still shows which ones were new.

use api::msg;
use api::reviews::Notification;
use dioxus::prelude::*;

use super::review_words::step_label;
use super::use_page_title;
use crate::app::Route;
use crate::client;
use crate::components::{ErrorSummary, unless_allowed};
use crate::i18n::use_i18n;
use crate::platform::format_date;
use crate::session::use_session;
use crate::unread::use_unread;

#[component]
pub fn NotificationList() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("notifications-title"));
    let session = use_session();
    let notifications = use_resource(client::notifications);
    let mut unread = use_unread();
    use_effect(move || {
        let has_unread = matches!(&*notifications.read(), Some(Ok(list)) if list.unread > 0);
        if has_unread {
            spawn(async move {
                if client::read_notifications().await.is_ok() {
                    unread.refresh();
                }
            });
        }
    });
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some() && !session.is_staff()) {
        return page;
    }
    let loaded = notifications.read().clone();
    rsx! {
        h1 { {title} }
        match loaded {
            None => rsx! { p { role: "status", {i18n.t(msg!("loading"))} } },
            Some(Err(error)) => rsx! { ErrorSummary { error, field_ids: vec![] } },
            Some(Ok(list)) if list.items.is_empty() => rsx! { p { {i18n.t(msg!("notifications-none"))} } },
            Some(Ok(list)) => rsx! {
                if list.unread > 0 {
                    p { {i18n.t_count(msg!("notifications-new-count"), "count", i64::try_from(list.unread).unwrap_or(i64::MAX))} }
                }
                ul { class: "cards",
                    for item in list.items {
                        NotificationCard { key: "{item.id}", item }
                    }
                }
            },
        }
    }
}

#[component]
fn NotificationCard(item: Notification) -> Element {
    let i18n = use_i18n();
    let text = i18n.t_with(msg!("notification-update"), &[("step", &step_label(&i18n, &item.step))]);
    rsx! {
        // New ones say so in words, and stand out by their border too.
        li { class: if item.read { "card" } else { "card card-new" },
            if !item.read {
                p { strong { class: "tag", {i18n.t(msg!("notification-new"))} } }
            }
            p { Link { to: Route::ReviewPage { id: item.review_id.clone() }, {text} } }
            p { class: "hint", {format_date(item.at, i18n.locale())} }
        }
    }
}
