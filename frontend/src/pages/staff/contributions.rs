//! For the caseworker: new and changed goals and wishes across the caseload, and those
//! answered in the last two weeks, unread first, each goal whole with its steps; answer
//! each, say whether it is in the plan (and which version) or why not, and see the answer
//! given.

use api::goals::{Answer, AnswerDecision, ContributionKind, QueueItem, Written};
use api::msg;
use dioxus::prelude::*;

use crate::action::use_action;
use crate::client;
use crate::components::{ErrorSummary, GoalAbout, Outcome, TextArea, unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::session::use_session;
use crate::words::written;

#[component]
pub fn Contributions() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("contributions-title"));
    let session = use_session();
    let queue = use_load(client::contribution_queue);
    if let Some(page) = unless_allowed(&title, session, session.is_staff()) {
        return page;
    }
    rsx! {
        h1 { {title} }
        p { {i18n.t(msg!("contributions-intro"))} }
        {queue.show(|items| rsx! {
            if items.is_empty() { p { {i18n.t(msg!("contributions-none"))} } }
            ul { class: "cards",
                for item in items {
                    QueueCard { key: "{item.id}", item, onanswered: move |_| queue.reload() }
                }
            }
        })}
    }
}

#[component]
fn QueueCard(item: QueueItem, onanswered: EventHandler<()>) -> Element {
    let i18n = use_i18n();
    let comment = use_signal(String::new);
    let mut choice = use_signal(|| "seen".to_owned());
    let reason = use_signal(String::new);
    let mut sent = use_signal(|| false);
    let action = use_action();
    let id = item.id.clone();
    let kind = item.kind;
    let plan = item.care_plan_id.clone().zip(item.care_plan_version);
    let submit = {
        let (id, plan) = (id.clone(), plan.clone());
        move |event: FormEvent| {
            event.prevent_default();
            let decision = match (choice().as_str(), plan.clone()) {
                ("added", Some((plan_id, plan_version))) => AnswerDecision::Added { plan_id, plan_version },
                ("not_added", _) => AnswerDecision::NotAdded { reason: reason() },
                _ => AnswerDecision::Seen,
            };
            let answer = Answer {
                comment: comment(),
                decision,
            };
            action.run(client::answer_contribution(kind, id.clone(), answer), move |()| {
                sent.set(true);
                onanswered.call(())
            });
        }
    };
    let what = i18n.t(match kind {
        ContributionKind::Goal => msg!("contribution-goal"),
        ContributionKind::Wish => msg!("contribution-wish"),
    });
    // The date it was last changed: that is what made it new again.
    let by = written(
        &i18n,
        &Written {
            at: item.updated_at,
            ..item.written.clone()
        },
    );
    rsx! {
        li { class: "card",
            h2 { class: "card-title", {format!("{} — {what}", item.person_name)} }
            blockquote { class: "user-text", {item.text.clone()} }
            p { class: "hint", {by} }
            // The whole goal, not only its title: why it matters, who helps, its steps.
            if let Some(goal) = item.goal.clone() {
                GoalAbout { goal: *goal, action, onsaved: move |_| {}, read_only: true }
            }
            Outcome { decision: item.decision.clone(), response: item.response.clone() }
            p { role: "status", class: "status",
                if sent() { {i18n.t_with(msg!("answer-sent"), &[("name", &item.person_name)])} }
            }
            if let Some(error) = action.error() {
                ErrorSummary { error, field_ids: vec![] }
            }
            form { onsubmit: submit, novalidate: true,
                TextArea { id: "answer-{id}", label: i18n.t(msg!("answer-comment")), value: comment, rows: 2 }
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
                    TextArea { id: "reason-{id}", label: i18n.t(msg!("answer-reason")), value: reason, error: action.problem("reason"), rows: 2 }
                }
                button { class: "button", r#type: "submit", disabled: action.busy(), {i18n.t(msg!("answer-send"))} span { class: "visually-hidden", " {item.person_name}" } }
            }
        }
    }
}
