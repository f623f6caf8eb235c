//! A goal or a wish as the person, their carer or the caseworker reads it: what it is, who
//! wrote it, its steps and notes, and what the caseworker made of it; for the person, the
//! buttons that change it.

use api::goals::{Decision, Goal, Wish, WishInput};
use api::msg;
use dioxus::prelude::*;

use super::form::TextArea;
use super::goal_forms::GoalForm;
use crate::action::Action;
use crate::app::Route;
use crate::client::{self, Subject};
use crate::i18n::use_i18n;
use crate::words::{decision_text, written};

/// What the caseworker made of it, with their words and, if added, a link to the plan.
#[component]
pub fn Outcome(decision: Decision, response: Option<api::goals::StaffResponse>) -> Element {
    let i18n = use_i18n();
    let status = decision_text(&i18n, &decision);
    rsx! {
        p { strong { class: "tag", {status} } }
        if let Decision::Added { plan_id, plan_version } = &decision {
            p { Link { to: Route::Plan { id: plan_id.clone(), which: plan_version.to_string() },
                {i18n.t_with(msg!("decision-in-plan"), &[("version", &plan_version.to_string())])}
            } }
        }
        if let Decision::NotAdded { reason } = &decision {
            p { {i18n.t_with(msg!("decision-reason"), &[("reason", reason)])} }
        }
        if let Some(response) = response {
            blockquote { {response.comment.clone()} }
            p { class: "hint", {written(&i18n, &response.by)} }
        }
    }
}

/// A goal with its steps, notes and what became of it; `read_only` for a carer reading it,
/// without the buttons that change it.
#[component]
pub fn GoalCard(goal: Goal, onsaved: EventHandler<()>, action: Action, #[props(default)] read_only: bool) -> Element {
    let i18n = use_i18n();
    let mut editing = use_signal(|| false);
    let mut note = use_signal(String::new);
    let id = goal.id.clone();
    let withdraw = {
        let id = id.clone();
        move |_| action.run(client::withdraw_goal(id.clone()), move |()| onsaved.call(()))
    };
    let add_note = {
        let id = id.clone();
        move |event: FormEvent| {
            event.prevent_default();
            action.run(client::add_note(id.clone(), note()), move |()| {
                note.set(String::new());
                onsaved.call(());
            });
        }
    };
    rsx! {
        li { class: "card",
            h3 { class: "card-title", {goal.input.what.clone()} }
            p { class: "hint", {written(&i18n, &goal.written)} }
            if goal.withdrawn {
                p { strong { class: "tag", {i18n.t(msg!("goal-withdrawn"))} } }
            }
            GoalAbout { goal: goal.clone(), action, onsaved, read_only }
            Outcome { decision: goal.decision.clone(), response: goal.response.clone() }
            if !goal.withdrawn && !read_only {
                form { onsubmit: add_note,
                    TextArea { id: "note-{id}", label: i18n.t(msg!("goal-note-label")), value: note, rows: 2 }
                    button { class: "button-secondary", r#type: "submit", disabled: action.busy(), {i18n.t(msg!("goal-note-add"))} }
                }
                if editing() {
                    GoalForm { initial: Some((goal.id.clone(), goal.input.clone())), onsaved, subject: Subject::Me }
                } else {
                    button { class: "button-secondary", r#type: "button", onclick: move |_| editing.set(true), {i18n.t(msg!("goal-change"))} }
                }
                button { class: "button-secondary", r#type: "button", disabled: action.busy(), onclick: withdraw, {i18n.t(msg!("goal-withdraw"))} }
            }
        }
    }
}

/// What a goal is — how much it matters, why, what the person can do, who helps — its
/// steps and the person's notes; the person can mark a step done unless `read_only`.
#[component]
pub fn GoalAbout(goal: Goal, action: Action, onsaved: EventHandler<()>, read_only: bool) -> Element {
    let i18n = use_i18n();
    let id = goal.id.clone();
    let importance = goal.input.importance.to_string();
    rsx! {
        dl {
            dt { {i18n.t(msg!("goal-importance"))} }
            dd { {i18n.t_with(msg!("goal-importance-value"), &[("n", &importance)])} }
            for (label, text) in [
                (msg!("goal-why"), &goal.input.why),
                (msg!("goal-can-do"), &goal.input.can_do),
                (msg!("goal-who-helps"), &goal.input.who_helps),
                (msg!("goal-would-help"), &goal.input.would_help),
            ] {
                if !text.is_empty() {
                    dt { key: "{label}", {i18n.t(label)} }
                    dd { {text.clone()} }
                }
            }
        }
        if !goal.steps.is_empty() {
            h4 { {i18n.t(msg!("goal-steps"))} }
            ul { class: "list-plain",
                for step in goal.steps.clone() {
                    li { key: "{step.id}",
                        p {
                            if step.done { strong { {i18n.t(msg!("step-done"))} " " } }
                            {step.what.clone()}
                            if !step.who.is_empty() { " — " {step.who.clone()} }
                            if !step.by_when.is_empty() { " — " {i18n.t_with(msg!("step-by"), &[("date", &i18n.day(&step.by_when))])} }
                        }
                        p { class: "hint", {written(&i18n, &step.written)} }
                        if !step.done && !goal.withdrawn && !read_only {
                            button { class: "button-secondary", r#type: "button", disabled: action.busy(),
                                onclick: {
                                    let (goal_id, step_id) = (id.clone(), step.id.clone());
                                    move |_| action.run(client::step_done(goal_id.clone(), step_id.clone()), move |()| onsaved.call(()))
                                },
                                {i18n.t(msg!("step-mark-done"))}
                                span { class: "visually-hidden", " {step.what}" }
                            }
                        }
                    }
                }
            }
        }
        for (n, note) in goal.notes.iter().enumerate() {
            div { key: "{n}",
                blockquote { {note.text.clone()} }
                p { class: "hint", {written(&i18n, &note.written)} }
            }
        }
    }
}

#[component]
pub fn WishCard(wish: Wish, onsaved: EventHandler<()>, action: Action, #[props(default)] read_only: bool) -> Element {
    let i18n = use_i18n();
    let mut changing = use_signal(|| false);
    let text = use_signal(|| wish.text.clone());
    let save = {
        let (id, kind) = (wish.id.clone(), wish.kind);
        move |event: FormEvent| {
            event.prevent_default();
            action.run(
                client::edit_wish(id.clone(), WishInput { kind, text: text() }),
                move |()| {
                    changing.set(false);
                    onsaved.call(());
                },
            );
        }
    };
    let remove = {
        let id = wish.id.clone();
        move |_| action.run(client::remove_wish(id.clone()), move |()| onsaved.call(()))
    };
    rsx! {
        li { class: "card",
            h3 { class: "card-title", {i18n.t(wish.kind.message_id())} }
            p { {wish.text.clone()} }
            p { class: "hint", {written(&i18n, &wish.written)} }
            Outcome { decision: wish.decision.clone(), response: wish.response.clone() }
            if read_only {
            } else if changing() {
                form { onsubmit: save, novalidate: true,
                    TextArea { id: "wish-{wish.id}", label: i18n.t(msg!("wish-text-label")), value: text, rows: 2 }
                    button { class: "button-secondary", r#type: "submit", disabled: action.busy(), {i18n.t(msg!("goal-save"))} }
                }
            } else {
                button { class: "button-secondary", r#type: "button", onclick: move |_| changing.set(true),
                    {i18n.t(msg!("wish-change"))}
                    span { class: "visually-hidden", " {wish.text}" }
                }
            }
            if !read_only {
                button { class: "button-secondary", r#type: "button", disabled: action.busy(), onclick: remove,
                    {i18n.t(msg!("wish-remove"))}
                    span { class: "visually-hidden", " {wish.text}" }
                }
            }
        }
    }
}
