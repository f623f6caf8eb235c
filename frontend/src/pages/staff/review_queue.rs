//! For staff: the reviews waiting on the caseload (a manager: the team's), most urgent and
//! oldest first, each with the target it is measured against and whether it is overdue;
//! planned reviews that have fallen due are started from here.

use api::auth::Role;
use api::msg;
use api::reviews::{QueueEntry, Urgency};
use api::staff::StaffRole;
use dioxus::prelude::*;

use crate::action::{Action, use_action};
use crate::app::Route;
use crate::client;
use crate::components::{ErrorSummary, unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::session::use_session;
use crate::words::origin_label;

#[component]
pub fn ReviewQueue() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("review-queue-title"));
    let session = use_session();
    let queue = use_load(client::review_queue);
    let action = use_action();
    if let Some(page) = unless_allowed(&title, session, session.is_staff()) {
        return page;
    }
    rsx! {
        h1 { {title} }
        p { {i18n.t(msg!("review-queue-intro"))} }
        if let Some(error) = action.error() {
            ErrorSummary { error, field_ids: vec![] }
        }
        {queue.show(|list| rsx! {
            if list.is_empty() {
                p { {i18n.t(msg!("review-queue-none"))} }
            }
            table { class: "stack",
                caption { class: "visually-hidden", {i18n.t(msg!("review-queue-title"))} }
                thead { tr {
                    th { scope: "col", {i18n.t(msg!("caseload-col-person"))} }
                    th { scope: "col", {i18n.t(msg!("review-queue-kind"))} }
                    th { scope: "col", {i18n.t(msg!("review-queue-urgency"))} }
                    th { scope: "col", {i18n.t(msg!("review-now"))} }
                    th { scope: "col", {i18n.t(msg!("review-queue-target"))} }
                } }
                tbody {
                    for entry in list {
                        QueueRow {
                            key: "{entry.review_id.clone().unwrap_or_else(|| entry.person_id.clone())}",
                            entry,
                            action,
                        }
                    }
                }
            }
        })}
    }
}

#[component]
fn QueueRow(entry: QueueEntry, action: Action) -> Element {
    let i18n = use_i18n();
    let navigator = use_navigator();
    // Only the person's caseworker starts a review; a manager watches the targets.
    let caseworker = use_session().me.read().as_ref().map(|me| me.role) == Some(Role::Staff(StaffRole::Caseworker));
    let start = {
        let person = entry.person_id.clone();
        move |_| {
            action.run(client::start_planned_review(person.clone()), move |id| {
                navigator.push(Route::ReviewPage { id });
            });
        }
    };
    let status = entry.status.as_ref().map_or_else(
        || i18n.t(msg!("review-queue-not-started")),
        |step| i18n.t(step.message_id()),
    );
    let target = entry
        .target
        .as_ref()
        .map(|(target, date)| i18n.t_with(target.message_id(), &[("date", &i18n.day(date))]));
    let label = |id| i18n.t(id);
    rsx! {
        tr {
            th { scope: "row", "data-label": label(msg!("caseload-col-person")),
                span { class: "row-title", {entry.person_name.clone()} }
                if let Some(id) = entry.review_id.clone() {
                    Link { to: Route::ReviewPage { id },
                        {i18n.t(msg!("review-queue-open"))}
                        span { class: "visually-hidden", " {entry.person_name}" }
                    }
                } else if caseworker {
                    button { class: "button-secondary", r#type: "button", disabled: action.busy(), onclick: start,
                        {i18n.t(msg!("review-queue-start"))}
                        span { class: "visually-hidden", " {entry.person_name}" }
                    }
                }
            }
            td { "data-label": label(msg!("review-queue-kind")),
                {origin_label(&i18n, entry.origin)}
                if let Some(reason) = entry.reason {
                    span { class: "hint", {i18n.t(reason.message_id())} }
                }
            }
            td { "data-label": label(msg!("review-queue-urgency")),
                strong { class: if entry.urgency == Urgency::Urgent { "tag tag-overdue" } else { "tag tag-grey" },
                    {i18n.t(entry.urgency.message_id())}
                }
            }
            td { "data-label": label(msg!("review-now")),
                {status}
                span { class: "hint", {i18n.t_with(msg!("review-queue-since-day"), &[("date", &i18n.day(&entry.since))])} }
            }
            td { "data-label": label(msg!("review-queue-target")),
                if let Some(target) = target { {target} }
                if entry.overdue {
                    " "
                    strong { class: "tag tag-overdue", {i18n.t(msg!("review-queue-overdue"))} }
                }
            }
        }
    }
}
