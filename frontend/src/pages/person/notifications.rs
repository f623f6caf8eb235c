//! The person's notifications, newest first, each pointing to the review it is about.
//! Opening the page reads them: once they have loaded, all are marked read, so the count
//! in the navigation drops, while this page still shows which ones were new.

use api::msg;
use api::reviews::Notification;
use dioxus::prelude::*;

use crate::app::Route;
use crate::client;
use crate::components::{unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::platform::format_date;
use crate::session::use_session;
use crate::unread::use_unread;
use crate::words::step_label;

#[component]
pub fn NotificationList() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("notifications-title"));
    let session = use_session();
    let notifications = use_load(client::notifications);
    let mut unread = use_unread();
    use_effect(move || {
        let has_unread = notifications.value().is_some_and(|list| list.unread > 0);
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
    rsx! {
        h1 { {title} }
        {notifications.show(|list| rsx! {
            if list.items.is_empty() {
                p { {i18n.t(msg!("notifications-none"))} }
            }
            if list.unread > 0 {
                p { {i18n.t_count(msg!("notifications-new-count"), "count", i64::try_from(list.unread).unwrap_or(i64::MAX))} }
            }
            ul { class: "cards",
                for item in list.items {
                    NotificationCard { key: "{item.id}", item }
                }
            }
        })}
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
