//! "Your goals and wishes": what the person wants to achieve, in their own words, with
//! steps and notes on how it is going; wishes about how support is given; and what the
//! caseworker said about each, and where it is in the plan.

use api::goals::{Contributions, Decision, Goal, Wish, WishInput, Written};
use api::msg;
use dioxus::prelude::*;

use super::goal_forms::{GoalForm, WishForm};
use super::{role_name, use_page_title};
use crate::app::Route;
use crate::client::{self, Error};
use crate::components::{ErrorSummary, unless_allowed};
use crate::i18n::{I18n, use_i18n};
use crate::platform::format_date;
use crate::session::use_session;

pub(super) type Mine = Resource<Result<Contributions, Error>>;

#[component]
pub fn Goals() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("goals-title"));
    let session = use_session();
    let mine = use_resource(client::my_contributions);
    let error = use_signal(|| None::<Error>);
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some()) {
        return page;
    }
    let loaded = mine.read().as_ref().and_then(|r| r.as_ref().ok()).cloned();
    rsx! {
        h1 { {title} }
        p { {i18n.t(msg!("goals-intro"))} }
        if let Some(error) = error() {
            ErrorSummary { error, field_ids: vec![] }
        }
        if let Some(all) = loaded {
            h2 { {i18n.t(msg!("goals-heading"))} }
            if all.goals.is_empty() { p { {i18n.t(msg!("goals-none"))} } }
            ul { class: "cards",
                for goal in all.goals.clone() {
                    GoalCard { key: "{goal.id}", goal, mine, error }
                }
            }
            details { class: "add",
                summary { {i18n.t(msg!("goals-add-heading"))} }
                GoalForm { initial: None, mine, target: None }
            }
            h2 { {i18n.t(msg!("wishes-heading"))} }
            p { {i18n.t(msg!("wishes-intro"))} }
            ul { class: "cards",
                for wish in all.wishes.clone() {
                    WishCard { key: "{wish.id}", wish, mine, error }
                }
            }
            WishForm { mine, target: None }
        }
    }
}

/// What became of a goal or wish, in a few words.
pub(super) fn decision_text(i18n: &I18n, decision: &Decision) -> String {
    i18n.t(match decision {
        Decision::New => msg!("decision-new"),
        Decision::Seen => msg!("decision-seen"),
        Decision::Added { .. } => msg!("decision-added"),
        Decision::NotAdded { .. } => msg!("decision-not-added"),
    })
}

/// "Written by Peggy (person), 25 November 2026".
pub(super) fn written(i18n: &I18n, written: &Written) -> String {
    i18n.t_with(
        msg!("written-by"),
        &[
            ("name", &written.name),
            ("role", &role_name(i18n, written.role)),
            ("date", &format_date(written.at, i18n.locale())),
        ],
    )
}

/// What the caseworker made of it, with their words and, if added, a link to the plan.
#[component]
fn Outcome(decision: Decision, response: Option<api::goals::StaffResponse>) -> Element {
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
pub(super) fn GoalCard(
    goal: Goal,
    mine: Mine,
    error: Signal<Option<Error>>,
    #[props(default)] read_only: bool,
) -> Element {
    let i18n = use_i18n();
    let mut editing = use_signal(|| false);
    let mut note = use_signal(String::new);
    let mut mine = mine;
    let mut error = error;
    let id = goal.id.clone();
    let withdraw = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            spawn(async move {
                match client::withdraw_goal(id).await {
                    Ok(()) => mine.restart(),
                    Err(failure) => error.set(Some(failure)),
                }
            });
        }
    };
    let add_note = {
        let id = id.clone();
        move |event: FormEvent| {
            event.prevent_default();
            let id = id.clone();
            spawn(async move {
                match client::add_note(id, note()).await {
                    Ok(()) => {
                        note.set(String::new());
                        mine.restart();
                    }
                    Err(failure) => error.set(Some(failure)),
                }
            });
        }
    };
    let importance = goal.input.importance.to_string();
    rsx! {
        li { class: "card",
            h3 { class: "card-title", {goal.input.what.clone()} }
            p { class: "hint", {written(&i18n, &goal.written)} }
            if goal.withdrawn {
                p { strong { class: "tag", {i18n.t(msg!("goal-withdrawn"))} } }
            }
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
                                if !step.by_when.is_empty() { " — " {i18n.t_with(msg!("step-by"), &[("date", &step.by_when)])} }
                            }
                            p { class: "hint", {written(&i18n, &step.written)} }
                            if !step.done && !goal.withdrawn && !read_only {
                                button { class: "button-secondary", r#type: "button",
                                    onclick: {
                                        let (goal_id, step_id) = (id.clone(), step.id.clone());
                                        move |_| {
                                            let (goal_id, step_id) = (goal_id.clone(), step_id.clone());
                                            spawn(async move {
                                                match client::step_done(goal_id, step_id).await {
                                                    Ok(()) => mine.restart(),
                                                    Err(failure) => error.set(Some(failure)),
                                                }
                                            });
                                        }
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
            Outcome { decision: goal.decision.clone(), response: goal.response.clone() }
            if !goal.withdrawn && !read_only {
                form { onsubmit: add_note,
                    div { class: "field",
                        label { r#for: "note-{id}", {i18n.t(msg!("goal-note-label"))} }
                        textarea { id: "note-{id}", rows: "2", value: "{note}", oninput: move |e| note.set(e.value()) }
                    }
                    button { class: "button-secondary", r#type: "submit", {i18n.t(msg!("goal-note-add"))} }
                }
                if editing() {
                    GoalForm { initial: Some((goal.id.clone(), goal.input.clone())), mine, target: None }
                } else {
                    button { class: "button-secondary", r#type: "button", onclick: move |_| editing.set(true), {i18n.t(msg!("goal-change"))} }
                }
                button { class: "button-secondary", r#type: "button", onclick: withdraw, {i18n.t(msg!("goal-withdraw"))} }
            }
        }
    }
}

#[component]
pub(super) fn WishCard(
    wish: Wish,
    mine: Mine,
    error: Signal<Option<Error>>,
    #[props(default)] read_only: bool,
) -> Element {
    let i18n = use_i18n();
    let mut mine = mine;
    let mut error = error;
    let mut changing = use_signal(|| false);
    let mut text = use_signal(|| wish.text.clone());
    let save = {
        let (id, kind) = (wish.id.clone(), wish.kind);
        move |event: FormEvent| {
            event.prevent_default();
            let id = id.clone();
            spawn(async move {
                match client::edit_wish(id, WishInput { kind, text: text() }).await {
                    Ok(()) => {
                        changing.set(false);
                        mine.restart();
                    }
                    Err(failure) => error.set(Some(failure)),
                }
            });
        }
    };
    let remove = {
        let id = wish.id.clone();
        move |_| {
            let id = id.clone();
            spawn(async move {
                match client::remove_wish(id).await {
                    Ok(()) => mine.restart(),
                    Err(failure) => error.set(Some(failure)),
                }
            });
        }
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
                    div { class: "field",
                        label { r#for: "wish-{wish.id}", {i18n.t(msg!("wish-text-label"))} }
                        textarea { id: "wish-{wish.id}", rows: "2", value: "{text}", oninput: move |e| text.set(e.value()) }
                    }
                    button { class: "button-secondary", r#type: "submit", {i18n.t(msg!("goal-save"))} }
                }
            } else {
                button { class: "button-secondary", r#type: "button", onclick: move |_| changing.set(true),
                    {i18n.t(msg!("wish-change"))}
                    span { class: "visually-hidden", " {wish.text}" }
                }
            }
            if !read_only {
                button { class: "button-secondary", r#type: "button", onclick: remove,
                    {i18n.t(msg!("wish-remove"))}
                    span { class: "visually-hidden", " {wish.text}" }
                }
            }
        }
    }
}
