//! The caseworker's next steps on a review: only those that may follow where it is now
//! (`Step::may_follow`), so a finished review offers none. Each step reloads the review.

use api::msg;
use api::plan::PlanKind;
use api::reviews::{MeetingWay, Outcome, Review, Step};
use dioxus::prelude::*;

use super::review::Loaded;
use super::review_form::{Radios, unanswered};
use crate::client::{self, Error};
use crate::components::{ErrorSummary, described_by};
use crate::i18n::use_i18n;

#[component]
pub(super) fn ReviewActions(review: Review, loaded: Loaded) -> Element {
    let i18n = use_i18n();
    let status = review.status().clone();
    let id = review.id.clone();
    // Sample steps: `may_follow` looks only at which step it is, not at its details.
    let scheduled = Step::Scheduled {
        date: String::new(),
        how: MeetingWay::Phone,
    };
    let completed = Step::Completed {
        outcome: Outcome::NoChange { why: String::new() },
    };
    let declined = Step::Declined { reasons: String::new() };
    rsx! {
        section { class: "review-actions", "aria-labelledby": "actions-heading",
            h2 { id: "actions-heading", {i18n.t(msg!("review-actions-heading"))} }
            if Step::Acknowledged.may_follow(&status) {
                Acknowledge { id: id.clone(), loaded }
            }
            if scheduled.may_follow(&status) {
                Schedule { id: id.clone(), again: matches!(status, Step::Scheduled { .. }), loaded }
            }
            if completed.may_follow(&status) {
                Complete { id: id.clone(), person: review.person_id.clone(), loaded }
            }
            if declined.may_follow(&status) {
                Decline { id: id.clone(), loaded }
            }
        }
    }
}

/// Sends the step; on success the page shows the review as it now is.
fn take(id: String, step: Step, mut error: Signal<Option<Error>>, mut loaded: Loaded) {
    spawn(async move {
        match client::take_review_step(id, step).await {
            Ok(()) => {
                error.set(None);
                loaded.restart();
            }
            Err(failure) => error.set(Some(failure)),
        }
    });
}

/// The message the server gave about one field, if any.
fn problem(error: &Option<Error>, field: &str) -> Option<String> {
    error
        .as_ref()?
        .fields()
        .into_iter()
        .find(|(f, _)| f == field)
        .map(|(_, message)| message)
}

#[component]
fn Acknowledge(id: String, loaded: Loaded) -> Element {
    let i18n = use_i18n();
    let error = use_signal(|| None::<Error>);
    let submit = move |event: FormEvent| {
        event.prevent_default();
        take(id.clone(), Step::Acknowledged, error, loaded);
    };
    rsx! {
        form { onsubmit: submit,
            h3 { {i18n.t(msg!("review-acknowledge-heading"))} }
            p { {i18n.t(msg!("review-acknowledge-hint"))} }
            if let Some(error) = error() {
                ErrorSummary { error, field_ids: vec![] }
            }
            button { class: "button", r#type: "submit", {i18n.t(msg!("review-acknowledge"))} }
        }
    }
}

#[component]
fn Schedule(id: String, again: bool, loaded: Loaded) -> Element {
    let i18n = use_i18n();
    let mut date = use_signal(String::new);
    let mut how = use_signal(|| None::<MeetingWay>);
    let mut error = use_signal(|| None::<Error>);
    let submit = {
        let i18n = i18n.clone();
        move |event: FormEvent| {
            event.prevent_default();
            let Some(how) = how() else {
                error.set(Some(unanswered(&i18n, &[("how", msg!("review-problem-how"))])));
                return;
            };
            take(id.clone(), Step::Scheduled { date: date(), how }, error, loaded);
        }
    };
    let date_error = problem(&error(), "date");
    let ways = [
        ("phone", MeetingWay::Phone),
        ("visit", MeetingWay::Visit),
        ("video", MeetingWay::Video),
    ];
    rsx! {
        form { onsubmit: submit, novalidate: true,
            h3 { {i18n.t(if again { msg!("review-reschedule-heading") } else { msg!("review-schedule-heading") })} }
            if let Some(error) = error() {
                ErrorSummary { error, field_ids: vec![("date", "schedule-date"), ("how", "schedule-how-phone")] }
            }
            div { class: if date_error.is_some() { "field field-error" } else { "field" },
                label { r#for: "schedule-date", {i18n.t(msg!("review-schedule-date"))} }
                if let Some(message) = date_error.clone() {
                    p { class: "field-message", id: "schedule-date-error", {message} }
                }
                input {
                    id: "schedule-date",
                    r#type: "date",
                    value: "{date}",
                    "aria-describedby": date_error.is_some().then_some("schedule-date-error"),
                    "aria-invalid": if date_error.is_some() { "true" } else { "false" },
                    oninput: move |e| date.set(e.value()),
                }
            }
            Radios {
                name: "schedule-how",
                legend: i18n.t(msg!("review-schedule-how")),
                options: ways.iter().map(|(value, way)| (*value, i18n.t(way.message_id()))).collect::<Vec<_>>(),
                chosen: ways.iter().find(|(_, way)| Some(*way) == how()).map(|(value, _)| *value),
                error: problem(&error(), "how"),
                onchange: move |value: &str| how.set(ways.iter().find(|(v, _)| *v == value).map(|(_, way)| *way)),
            }
            button { class: "button", r#type: "submit", {i18n.t(msg!("review-schedule"))} }
        }
    }
}

/// The care plan a revised review points to, and its newest published version.
fn care_plan(people: &[api::plan::CaseloadEntry], person: &str) -> Option<(String, i64)> {
    let plans = &people.iter().find(|p| p.person_id == person)?.plans;
    plans
        .iter()
        .filter(|plan| plan.current_version.is_some())
        .min_by_key(|plan| plan.kind != PlanKind::Care)
        .and_then(|plan| Some((plan.id.clone(), plan.current_version?)))
}

#[component]
fn Complete(id: String, person: String, loaded: Loaded) -> Element {
    let i18n = use_i18n();
    let caseload = use_resource(client::caseload);
    let mut kind = use_signal(|| None::<&'static str>);
    let why = use_signal(String::new);
    let note = use_signal(String::new);
    let mut version = use_signal(String::new);
    let mut error = use_signal(|| None::<Error>);
    let plan = caseload
        .read()
        .as_ref()
        .and_then(|r| r.as_ref().ok())
        .and_then(|people| care_plan(people, &person));
    let submit = {
        let (i18n, plan) = (i18n.clone(), plan.clone());
        move |event: FormEvent| {
            event.prevent_default();
            let outcome = match (kind(), plan.clone()) {
                (Some("no_change"), _) => Outcome::NoChange { why: why() },
                (Some("new_assessment"), _) => Outcome::NewAssessment { note: note() },
                (Some("plan_revised"), Some((plan_id, newest))) => {
                    // Empty means the newest version; anything not a number, the server refuses.
                    let typed = version();
                    let plan_version = if typed.trim().is_empty() {
                        newest
                    } else {
                        typed.trim().parse().unwrap_or(0)
                    };
                    Outcome::PlanRevised { plan_id, plan_version }
                }
                _ => {
                    error.set(Some(unanswered(&i18n, &[("outcome", msg!("review-problem-outcome"))])));
                    return;
                }
            };
            take(id.clone(), Step::Completed { outcome }, error, loaded);
        }
    };
    let mut options = vec![("no_change", i18n.t(msg!("review-outcome-no-change")))];
    if plan.is_some() {
        options.push(("plan_revised", i18n.t(msg!("review-outcome-plan-revised"))));
    }
    options.push(("new_assessment", i18n.t(msg!("review-outcome-new-assessment"))));
    let version_error = problem(&error(), "plan_version");
    let newest = plan.as_ref().map(|(_, v)| v.to_string()).unwrap_or_default();
    rsx! {
        form { onsubmit: submit, novalidate: true,
            h3 { {i18n.t(msg!("review-complete-heading"))} }
            if let Some(error) = error() {
                ErrorSummary {
                    error,
                    field_ids: vec![
                        ("outcome", "complete-outcome-no_change"),
                        ("why", "complete-why"),
                        ("plan_version", "complete-version"),
                        ("note", "complete-note"),
                    ],
                }
            }
            Radios {
                name: "complete-outcome",
                legend: i18n.t(msg!("review-complete-outcome")),
                options,
                chosen: kind(),
                error: problem(&error(), "outcome"),
                onchange: move |value: &'static str| kind.set(Some(value)),
            }
            // Only what the chosen outcome needs is asked for.
            if kind() == Some("no_change") {
                TextArea { id: "complete-why", label: i18n.t(msg!("review-complete-why")), value: why, error: problem(&error(), "why") }
            }
            if kind() == Some("plan_revised") {
                div { class: if version_error.is_some() { "field field-error" } else { "field" },
                    label { r#for: "complete-version", {i18n.t(msg!("review-complete-version"))} }
                    p { class: "hint", id: "complete-version-hint",
                        {i18n.t_with(msg!("review-complete-version-hint"), &[("version", &newest)])}
                    }
                    if let Some(message) = version_error.clone() {
                        p { class: "field-message", id: "complete-version-error", {message} }
                    }
                    input {
                        id: "complete-version",
                        r#type: "number",
                        inputmode: "numeric",
                        min: "1",
                        value: "{version}",
                        "aria-describedby": described_by("complete-version-hint", true, "complete-version-error", version_error.is_some()),
                        oninput: move |e| version.set(e.value()),
                    }
                }
            }
            if kind() == Some("new_assessment") {
                TextArea { id: "complete-note", label: i18n.t(msg!("review-complete-note")), value: note, error: problem(&error(), "note") }
            }
            button { class: "button", r#type: "submit", {i18n.t(msg!("review-complete"))} }
        }
    }
}

#[component]
fn Decline(id: String, loaded: Loaded) -> Element {
    let i18n = use_i18n();
    let reasons = use_signal(String::new);
    let error = use_signal(|| None::<Error>);
    let submit = move |event: FormEvent| {
        event.prevent_default();
        take(id.clone(), Step::Declined { reasons: reasons() }, error, loaded);
    };
    rsx! {
        form { onsubmit: submit, novalidate: true,
            h3 { {i18n.t(msg!("review-decline-heading"))} }
            if let Some(error) = error() {
                ErrorSummary { error, field_ids: vec![("reasons", "decline-reasons")] }
            }
            TextArea {
                id: "decline-reasons",
                label: i18n.t(msg!("review-decline-reasons")),
                hint: i18n.t(msg!("review-decline-hint")),
                value: reasons,
                error: problem(&error(), "reasons"),
            }
            button { class: "button-secondary", r#type: "submit", {i18n.t(msg!("review-decline"))} }
        }
    }
}

/// A labelled text area with its hint and the server's message about it.
#[component]
fn TextArea(
    id: &'static str,
    label: String,
    hint: Option<String>,
    value: Signal<String>,
    error: Option<String>,
) -> Element {
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let described = described_by(&hint_id, hint.is_some(), &error_id, error.is_some());
    let mut value = value;
    rsx! {
        div { class: if error.is_some() { "field field-error" } else { "field" },
            label { r#for: id, {label} }
            if let Some(hint) = hint {
                p { class: "hint", id: hint_id, {hint} }
            }
            if let Some(message) = error.clone() {
                p { class: "field-message", id: error_id, {message} }
            }
            textarea {
                id,
                rows: "3",
                value: "{value}",
                "aria-describedby": described,
                "aria-invalid": if error.is_some() { "true" } else { "false" },
                oninput: move |e| value.set(e.value()),
            }
        }
    }
}
