//! A caseworker's "To do", their home page: everything waiting on them across the caseload
//! (a manager: the team's), most urgent first — safeguarding flags, urgent reviews, then
//! by the day each is due — each with what the person said and a link to act on it.

use api::goals::ContributionKind;
use api::msg;
use api::reviews::Urgency;
use api::todo::{TodoItem, Waiting};
use dioxus::prelude::*;

use crate::action::{Action, use_action};
use crate::app::Route;
use crate::client;
use crate::components::{ErrorSummary, unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::session::use_session;

#[component]
pub fn Todo() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("todo-title"));
    let session = use_session();
    let todo = use_load(client::todo);
    let action = use_action();
    let done = use_signal(|| None::<String>);
    if let Some(page) = unless_allowed(&title, session, session.is_staff()) {
        return page;
    }
    rsx! {
        h1 { {title} }
        p { class: "lead", {i18n.t(msg!("todo-intro"))} }
        if let Some(error) = action.error() {
            ErrorSummary { error, field_ids: vec![] }
        }
        p { role: "status", class: "status", {done()} }
        {todo.show(|items| rsx! {
            if items.is_empty() {
                p { {i18n.t(msg!("todo-none"))} }
            }
            ul { class: "cards",
                for (n, item) in items.into_iter().enumerate() {
                    TodoCard { key: "{n}", item, action, done, onchanged: move |_| todo.reload() }
                }
            }
        })}
    }
}

#[component]
fn TodoCard(item: TodoItem, action: Action, done: Signal<Option<String>>, onchanged: EventHandler<()>) -> Element {
    let i18n = use_i18n();
    let (what, words, act, to) = match &item.waiting {
        Waiting::Disagreement {
            plan_id,
            version,
            comment,
            ..
        } => (
            i18n.t_with(msg!("todo-disagreement"), &[("version", &version.to_string())]),
            Some(comment.clone()).filter(|c| !c.is_empty()),
            msg!("todo-act-plan"),
            Route::Editor { id: plan_id.clone() },
        ),
        Waiting::Contribution { contribution, text, .. } => (
            i18n.t(match contribution {
                ContributionKind::Goal => msg!("todo-goal"),
                ContributionKind::Wish => msg!("todo-wish"),
            }),
            Some(text.clone()),
            msg!("todo-act-answer"),
            Route::Contributions {},
        ),
        Waiting::Addition { review_id, text } => (
            i18n.t(msg!("todo-addition")),
            Some(text.clone()),
            msg!("todo-act-review"),
            Route::ReviewPage { id: review_id.clone() },
        ),
        Waiting::Review { entry } => (
            entry.status.as_ref().map_or_else(
                || i18n.t(msg!("todo-planned-due")),
                |step| i18n.t_with(msg!("todo-review"), &[("status", &i18n.t(step.message_id()))]),
            ),
            entry.reason.map(|reason| i18n.t(reason.message_id())),
            msg!("todo-act-review"),
            match &entry.review_id {
                Some(id) => Route::ReviewPage { id: id.clone() },
                None => Route::ReviewQueue {},
            },
        ),
        Waiting::CarerChange { carer, ended } => (
            i18n.t_with(
                if *ended {
                    msg!("todo-carer-ended")
                } else {
                    msg!("todo-carer-granted")
                },
                &[("carer", carer)],
            ),
            None,
            msg!("todo-act-carers"),
            Route::PersonCarers {
                person: item.person_id.clone(),
            },
        ),
        Waiting::Safeguarding { .. } => (
            i18n.t(msg!("todo-safeguarding")),
            None,
            msg!("todo-act-concern"),
            Route::PersonCarers {
                person: item.person_id.clone(),
            },
        ),
    };
    let urgent = matches!(&item.waiting, Waiting::Safeguarding { .. })
        || matches!(&item.waiting, Waiting::Review { entry } if entry.urgency == Urgency::Urgent);
    let due = item.due.as_deref().map(|day| i18n.day(day));
    rsx! {
        li { class: if item.overdue || urgent { "card card-new" } else { "card" },
            h2 { class: "card-title", {item.person_name.clone()} }
            p {
                if urgent {
                    strong { class: "tag tag-overdue", {i18n.t(msg!("todo-urgent"))} }
                    " "
                }
                if item.overdue {
                    strong { class: "tag tag-overdue", {i18n.t(msg!("review-queue-overdue"))} }
                    " "
                }
                {what}
            }
            if let Some(words) = words {
                blockquote { class: "user-text", {words} }
            }
            if let Some(due) = due {
                p { class: "hint", {i18n.t_with(msg!("todo-due"), &[("date", &due)])} }
            }
            p { Link { to,
                {i18n.t(act)}
                span { class: "visually-hidden", " {item.person_name}" }
            } }
            // Talked through without a new version: the caseworker says so, and it leaves the list.
            if let Waiting::Disagreement { plan_id, response_id, .. } = item.waiting.clone() {
                button { class: "button-secondary", r#type: "button", disabled: action.busy(),
                    onclick: {
                        let name = item.person_name.clone();
                        let i18n = i18n.clone();
                        move |_| {
                            let said = i18n.t_with(msg!("todo-dealt-with-done"), &[("name", &name)]);
                            let mut done = done;
                            action.run(client::disagreement_dealt_with(plan_id.clone(), response_id.clone()), move |()| {
                                done.set(Some(said));
                                onchanged.call(());
                            });
                        }
                    },
                    {i18n.t(msg!("todo-dealt-with"))}
                    span { class: "visually-hidden", " {item.person_name}" }
                }
            }
        }
    }
}
