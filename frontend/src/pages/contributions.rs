//! For the caseworker: new and changed goals and wishes across the caseload, unread
//! first; answer each, and say whether it is in the plan (and which version) or why not.

use api::goals::{Answer, AnswerDecision, ContributionKind, QueueItem, Written};
use api::msg;
use api::plan::{CaseloadEntry, PlanKind};
use dioxus::prelude::*;

use super::goals::{decision_text, written};
use super::use_page_title;
use crate::client::{self, Error};
use crate::components::{ErrorSummary, unless_allowed};
use crate::i18n::use_i18n;
use crate::session::use_session;

#[component]
pub fn Contributions() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("contributions-title"));
    let session = use_session();
    let queue = use_resource(client::contribution_queue);
    let caseload = use_resource(client::caseload);
    if let Some(page) = unless_allowed(&title, session, session.is_staff()) {
        return page;
    }
    let items = queue
        .read()
        .as_ref()
        .and_then(|r| r.as_ref().ok())
        .cloned()
        .unwrap_or_default();
    let people = caseload
        .read()
        .as_ref()
        .and_then(|r| r.as_ref().ok())
        .cloned()
        .unwrap_or_default();
    rsx! {
        h1 { {title} }
        p { {i18n.t(msg!("contributions-intro"))} }
        if items.is_empty() { p { {i18n.t(msg!("contributions-none"))} } }
        ul { class: "cards",
            for item in items {
                QueueCard { key: "{item.id}", plan: care_plan(&people, &item.person_id), item, queue }
            }
        }
    }
}

/// The person's care plan and its newest published version, where a goal can be added.
fn care_plan(people: &[CaseloadEntry], person: &str) -> Option<(String, i64)> {
    people
        .iter()
        .find(|p| p.person_id == person)?
        .plans
        .iter()
        .find(|plan| plan.kind == PlanKind::Care)
        .and_then(|plan| Some((plan.id.clone(), plan.current_version?)))
}

#[component]
fn QueueCard(item: QueueItem, plan: Option<(String, i64)>, queue: Resource<Result<Vec<QueueItem>, Error>>) -> Element {
    let i18n = use_i18n();
    let mut comment = use_signal(String::new);
    let mut choice = use_signal(|| "seen".to_owned());
    let mut reason = use_signal(String::new);
    let mut error = use_signal(|| None::<Error>);
    let mut queue = queue;
    let id = item.id.clone();
    let kind = item.kind;
    let submit = {
        let (id, plan) = (id.clone(), plan.clone());
        move |event: FormEvent| {
            event.prevent_default();
            let (id, plan) = (id.clone(), plan.clone());
            spawn(async move {
                let decision = match (choice().as_str(), plan) {
                    ("added", Some((plan_id, plan_version))) => AnswerDecision::Added { plan_id, plan_version },
                    ("not_added", _) => AnswerDecision::NotAdded { reason: reason() },
                    _ => AnswerDecision::Seen,
                };
                match client::answer_contribution(
                    kind,
                    id,
                    Answer {
                        comment: comment(),
                        decision,
                    },
                )
                .await
                {
                    Ok(()) => queue.restart(),
                    Err(failure) => error.set(Some(failure)),
                }
            });
        }
    };
    let what = i18n.t(match kind {
        ContributionKind::Goal => msg!("contribution-goal"),
        ContributionKind::Wish => msg!("contribution-wish"),
    });
    let status = decision_text(&i18n, &item.decision);
    // The date it was last changed: that is what made it new again.
    let by = written(
        &i18n,
        &Written {
            at: item.updated_at,
            ..item.written.clone()
        },
    );
    let reason_problem = error().and_then(|e| e.fields().into_iter().find(|(f, _)| f == "reason").map(|(_, m)| m));
    rsx! {
        li { class: "card",
            h2 { class: "card-title", {format!("{} — {what}", item.person_name)} }
            p { strong { class: "tag", {status} } }
            blockquote { {item.text.clone()} }
            p { class: "hint", {by} }
            if let Some(error) = error() {
                ErrorSummary { error, field_ids: vec![] }
            }
            form { onsubmit: submit, novalidate: true,
                div { class: "field",
                    label { r#for: "answer-{id}", {i18n.t(msg!("answer-comment"))} }
                    textarea { id: "answer-{id}", rows: "2", value: "{comment}", oninput: move |e| comment.set(e.value()) }
                }
                fieldset {
                    legend { {i18n.t(msg!("answer-decision"))} }
                    for (value, label) in [("seen", msg!("answer-seen")), ("added", msg!("answer-added")), ("not_added", msg!("answer-not-added"))] {
                        if value != "added" || plan.is_some() {
                            div { class: "choice", key: "{value}",
                                input { r#type: "radio", id: "answer-{id}-{value}", name: "decision-{id}", checked: choice() == value, onchange: move |_| choice.set(value.to_owned()) }
                                label { r#for: "answer-{id}-{value}",
                                    if value == "added" {
                                        {i18n.t_with(label, &[("version", &plan.as_ref().map(|p| p.1).unwrap_or_default().to_string())])}
                                    } else {
                                        {i18n.t(label)}
                                    }
                                }
                            }
                        }
                    }
                }
                if choice() == "not_added" {
                    div { class: if reason_problem.is_some() { "field field-error" } else { "field" },
                        label { r#for: "reason-{id}", {i18n.t(msg!("answer-reason"))} }
                        if let Some(message) = reason_problem.clone() { p { class: "field-message", {message} } }
                        textarea { id: "reason-{id}", rows: "2", value: "{reason}", oninput: move |e| reason.set(e.value()) }
                    }
                }
                button { class: "button", r#type: "submit", {i18n.t(msg!("answer-send"))} span { class: "visually-hidden", " {item.person_name}" } }
            }
        }
    }
}
