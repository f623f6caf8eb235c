//! The person's notifications, newest first, each saying who did what and pointing to
//! it: a review's step, an answer to a goal or wish, a new version of a plan.
//! Opening the page reads them: once they have loaded, all are marked read, so the count
//! in the navigation drops, while this page still shows which ones were new.

use api::goals::ContributionKind;
use api::msg;
use api::notifications::{News, Notification};
use api::reviews::Step;
use dioxus::prelude::*;

use crate::app::Route;
use crate::client;
use crate::components::{unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::session::use_session;
use crate::unread::use_unread;
use crate::words::{decision_text, step_label};

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
    let by = item.by.clone().unwrap_or_else(|| i18n.t(msg!("notice-someone")));
    let (words, to) = match &item.news {
        News::Review {
            review_id,
            step,
            detail,
        } => {
            let words = match (detail, item.by.is_some()) {
                (Some(Step::Scheduled { date, how }), true) => i18n.t_with(
                    msg!("notice-review-scheduled"),
                    &[
                        ("by", &by),
                        ("date", &i18n.day(date)),
                        ("how", &i18n.t(how.message_id())),
                    ],
                ),
                (Some(step), true) => i18n.t_with(review_notice(step), &[("by", &by)]),
                _ => i18n.t_with(msg!("notification-update"), &[("step", &step_label(&i18n, step))]),
            };
            let to = match &item.about {
                Some(about) => Route::CaredForReview {
                    person: about.person_id.clone(),
                    id: review_id.clone(),
                },
                None => Route::ReviewPage { id: review_id.clone() },
            };
            (words, to)
        }
        News::Answer { contribution, text, .. } => {
            let id = match contribution {
                ContributionKind::Goal => msg!("notice-goal-answered"),
                ContributionKind::Wish => msg!("notice-wish-answered"),
            };
            let to = match &item.about {
                Some(about) => Route::CaredForGoals {
                    person: about.person_id.clone(),
                },
                None => Route::Goals {},
            };
            (i18n.t_with(id, &[("by", &by), ("text", text)]), to)
        }
        News::Plan { plan_id, version, .. } => (
            i18n.t_with(
                msg!("notice-plan-published"),
                &[("by", &by), ("version", &version.to_string())],
            ),
            Route::Plan {
                id: plan_id.clone(),
                which: version.to_string(),
            },
        ),
        // The plan page's "At a glance" has the new worker's numbers.
        News::Worker { name } => (
            i18n.t_with(msg!("notice-worker"), &[("name", name)]),
            if item.about.is_some() {
                Route::CaringFor {}
            } else {
                Route::MyPlans {}
            },
        ),
    };
    rsx! {
        // New ones say so in words, and stand out by their border too.
        li { class: if item.read { "card" } else { "card card-new" },
            if !item.read {
                p { strong { class: "tag", {i18n.t(msg!("notification-new"))} } }
            }
            if let Some(about) = &item.about {
                p { class: "hint", {i18n.t_with(msg!("notice-about"), &[("name", &about.name)])} }
            }
            p { Link { to, {words} } }
            match &item.news {
                News::Answer { decision, comment, .. } => rsx! {
                    p { {decision_text(&i18n, decision)} }
                    if !comment.is_empty() {
                        blockquote { class: "user-text", {comment.clone()} }
                    }
                },
                News::Plan { plan_id, version, message } => rsx! {
                    if !message.is_empty() {
                        blockquote { class: "user-text", {message.clone()} }
                    }
                    if *version > 1 {
                        p { Link { to: Route::Versions { id: plan_id.clone() }, {i18n.t(msg!("notice-see-changes"))} } }
                    }
                },
                News::Review { .. } | News::Worker { .. } => rsx! {},
            }
            p { class: "hint", {i18n.date(item.at)} }
        }
    }
}

/// The words of a review's step, said of who took it.
fn review_notice(step: &Step) -> &'static str {
    match step {
        Step::Submitted => msg!("notice-review-submitted"),
        Step::Planned => msg!("notice-review-planned"),
        Step::Acknowledged => msg!("notice-review-acknowledged"),
        Step::Scheduled { .. } => msg!("notice-review-scheduled"),
        Step::Completed { .. } => msg!("notice-review-completed"),
        Step::Declined { .. } => msg!("notice-review-declined"),
    }
}
