//! How the app puts the server's values into words on more than one page: a role, a plan's
//! title, who wrote something and when, what became of a goal, a review's steps and kind.

use api::auth::Role;
use api::goals::{Decision, Written};
use api::msg;
use api::plan::PlanKind;
use api::reviews::{Origin, Reason, Review};
use api::staff::StaffRole;

use crate::i18n::I18n;

/// A role as people say it: "person", "caseworker".
pub fn role_name(i18n: &I18n, role: Role) -> String {
    i18n.t(match role {
        Role::Person => msg!("role-person"),
        Role::Staff(StaffRole::Caseworker) => msg!("role-caseworker"),
        Role::Staff(StaffRole::Manager) => msg!("role-manager"),
        Role::Staff(StaffRole::Admin) => msg!("role-admin"),
    })
}

/// "Peggy's care and support plan".
pub fn plan_title(i18n: &I18n, kind: PlanKind, person: &str) -> String {
    i18n.t_with(
        match kind {
            PlanKind::Care => msg!("plan-title-care"),
            PlanKind::Carer => msg!("plan-title-carer"),
        },
        &[("name", person)],
    )
}

/// What became of a goal or wish, in a few words.
pub fn decision_text(i18n: &I18n, decision: &Decision) -> String {
    i18n.t(match decision {
        Decision::New => msg!("decision-new"),
        Decision::Seen => msg!("decision-seen"),
        Decision::Added { .. } => msg!("decision-added"),
        Decision::NotAdded { .. } => msg!("decision-not-added"),
    })
}

/// "Written by Priya Sharma (caseworker), 25 November 2026"; a person, by name alone.
pub fn written(i18n: &I18n, written: &Written) -> String {
    i18n.t_with(
        if written.role == Role::Person {
            msg!("written-by-person")
        } else {
            msg!("written-by")
        },
        &[
            ("name", &written.name),
            ("role", &role_name(i18n, written.role)),
            ("date", &i18n.date(written.at)),
        ],
    )
}

/// A step's label from its name, as notifications carry it ("scheduled" → "Review arranged").
/// A name this app does not know yet is shown as it came, rather than hidden.
pub fn step_label(i18n: &I18n, name: &str) -> String {
    let id = match name {
        "submitted" => msg!("review-step-submitted"),
        "planned" => msg!("review-step-planned"),
        "acknowledged" => msg!("review-step-acknowledged"),
        "scheduled" => msg!("review-step-scheduled"),
        "completed" => msg!("review-step-completed"),
        "declined" => msg!("review-step-declined"),
        other => return other.to_owned(),
    };
    i18n.t(id)
}

/// "Priya Sharma (caseworker), 25 November 2026"; a person, by name alone.
pub fn by_line(i18n: &I18n, written: &Written) -> String {
    i18n.t_with(
        if written.role == Role::Person {
            msg!("review-by-person")
        } else {
            msg!("review-by")
        },
        &[
            ("name", &written.name),
            ("role", &role_name(i18n, written.role)),
            ("date", &i18n.date(written.at)),
        ],
    )
}

pub fn origin_label(i18n: &I18n, origin: Origin) -> String {
    i18n.t(match origin {
        Origin::Requested => msg!("review-origin-requested"),
        Origin::Planned => msg!("review-origin-planned"),
    })
}

/// What a review is about in a few words: the reason given, or that the council planned it.
pub fn review_name(i18n: &I18n, review: &Review) -> String {
    match &review.request {
        Some(request) => i18n.t(request.reason.message_id()),
        None => origin_label(i18n, review.origin),
    }
}

/// A reason for a review as a carer gives it, about the person they care for (`name`);
/// the carer's own reason is their own: "I can't keep caring as I do now".
pub fn carer_reason(i18n: &I18n, reason: Reason, name: &str) -> String {
    let id = match reason {
        Reason::NeedsChanged => msg!("caring-reason-needs-changed"),
        Reason::SupportNotWorking => msg!("caring-reason-support-not-working"),
        Reason::Hospital => msg!("caring-reason-hospital"),
        Reason::CarerCantCope => msg!("caring-reason-carer-cant-cope"),
        Reason::Other => msg!("caring-reason-other"),
    };
    i18n.t_with(id, &[("name", name)])
}
