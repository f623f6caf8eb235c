//! The caseworker's next steps on a review: only those that may follow where it is now
//! (`Step::may_follow`), so a finished review offers none. Each step reloads the review.

use api::msg;
use api::plan::PlanKind;
use api::reviews::{MeetingWay, Outcome, Review, Step};
use dioxus::prelude::*;

use crate::action::{Action, use_action};
use crate::app::Route;
use crate::client::{self, Error};
use crate::components::{ErrorSummary, Radios, TextArea, TextField};
use crate::i18n::use_i18n;
use crate::load::{Load, use_load};

/// The review this page shows: a step taken reloads it.
type Loaded = Load<Review>;

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
            // Refusing what someone asked for deserves a page of its own.
            if declined.may_follow(&status) {
                p { Link { to: Route::DeclineReview { id: id.clone() }, {i18n.t(msg!("review-decline"))} } }
            }
        }
    }
}

/// Sends the step; on success the page shows the review as it now is.
fn take(action: Action, id: String, step: Step, loaded: Loaded) {
    action.run(client::take_review_step(id, step), move |()| loaded.reload());
}

#[component]
fn Acknowledge(id: String, loaded: Loaded) -> Element {
    let i18n = use_i18n();
    let action = use_action();
    let submit = move |event: FormEvent| {
        event.prevent_default();
        take(action, id.clone(), Step::Acknowledged, loaded);
    };
    rsx! {
        form { onsubmit: submit,
            h3 { {i18n.t(msg!("review-acknowledge-heading"))} }
            p { {i18n.t(msg!("review-acknowledge-hint"))} }
            if let Some(error) = action.error() {
                ErrorSummary { error, field_ids: vec![] }
            }
            button { class: "button", r#type: "submit", disabled: action.busy(), {i18n.t(msg!("review-acknowledge"))} }
        }
    }
}

#[component]
fn Schedule(id: String, again: bool, loaded: Loaded) -> Element {
    let i18n = use_i18n();
    let date = use_signal(String::new);
    let mut how = use_signal(|| None::<MeetingWay>);
    let action = use_action();
    let submit = {
        let i18n = i18n.clone();
        move |event: FormEvent| {
            event.prevent_default();
            let Some(how) = how() else {
                action.fail(Error::unanswered(&i18n, &[("how", msg!("review-problem-how"))]));
                return;
            };
            take(action, id.clone(), Step::Scheduled { date: date(), how }, loaded);
        }
    };
    let ways = [
        ("phone", MeetingWay::Phone),
        ("visit", MeetingWay::Visit),
        ("video", MeetingWay::Video),
    ];
    rsx! {
        form { onsubmit: submit, novalidate: true,
            h3 { {i18n.t(if again { msg!("review-reschedule-heading") } else { msg!("review-schedule-heading") })} }
            if let Some(error) = action.error() {
                ErrorSummary { error, field_ids: vec![("date", "schedule-date"), ("how", "schedule-how-phone")] }
            }
            TextField {
                id: "schedule-date",
                label: i18n.t(msg!("review-schedule-date")),
                value: date,
                error: action.problem("date"),
                kind: "date",
            }
            Radios {
                name: "schedule-how",
                legend: i18n.t(msg!("review-schedule-how")),
                options: ways.iter().map(|(value, way)| (*value, i18n.t(way.message_id()))).collect::<Vec<_>>(),
                chosen: ways.iter().find(|(_, way)| Some(*way) == how()).map(|(value, _)| *value),
                error: action.problem("how"),
                onchange: move |value: &str| how.set(ways.iter().find(|(v, _)| *v == value).map(|(_, way)| *way)),
            }
            button { class: "button", r#type: "submit", disabled: action.busy(), {i18n.t(msg!("review-schedule"))} }
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

/// Completing a review, once the caseload says which plan a revision would point to.
#[component]
fn Complete(id: String, person: String, loaded: Loaded) -> Element {
    let caseload = use_load(client::caseload);
    caseload.show(|people| rsx! { CompleteForm { id, plan: care_plan(&people, &person), loaded } })
}

/// The outcome and what it needs; `plan` is the person's plan and its newest version, if
/// it has one to point a revision to.
#[component]
fn CompleteForm(id: String, plan: Option<(String, i64)>, loaded: Loaded) -> Element {
    let i18n = use_i18n();
    let mut kind = use_signal(|| None::<&'static str>);
    let why = use_signal(String::new);
    let note = use_signal(String::new);
    let version = use_signal(String::new);
    let action = use_action();
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
                    action.fail(Error::unanswered(&i18n, &[("outcome", msg!("review-problem-outcome"))]));
                    return;
                }
            };
            take(action, id.clone(), Step::Completed { outcome }, loaded);
        }
    };
    let mut options = vec![("no_change", i18n.t(msg!("review-outcome-no-change")))];
    if plan.is_some() {
        options.push(("plan_revised", i18n.t(msg!("review-outcome-plan-revised"))));
    }
    options.push(("new_assessment", i18n.t(msg!("review-outcome-new-assessment"))));
    let newest = plan.as_ref().map(|(_, v)| v.to_string()).unwrap_or_default();
    rsx! {
        form { onsubmit: submit, novalidate: true,
            h3 { {i18n.t(msg!("review-complete-heading"))} }
            if let Some(error) = action.error() {
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
                error: action.problem("outcome"),
                onchange: move |value: &'static str| kind.set(Some(value)),
            }
            // Only what the chosen outcome needs is asked for.
            if kind() == Some("no_change") {
                TextArea { id: "complete-why", label: i18n.t(msg!("review-complete-why")), value: why, error: action.problem("why") }
            }
            if kind() == Some("plan_revised") {
                TextField {
                    id: "complete-version",
                    label: i18n.t(msg!("review-complete-version")),
                    hint: i18n.t_with(msg!("review-complete-version-hint"), &[("version", &newest)]),
                    value: version,
                    error: action.problem("plan_version"),
                    kind: "number",
                }
            }
            if kind() == Some("new_assessment") {
                TextArea { id: "complete-note", label: i18n.t(msg!("review-complete-note")), value: note, error: action.problem("note") }
            }
            button { class: "button", r#type: "submit", disabled: action.busy(), {i18n.t(msg!("review-complete"))} }
        }
    }
}
