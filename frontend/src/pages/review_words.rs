//! The few ways reviews are put into words on more than one page: a step's name, who took
//! it and when, and what kind of review it is.

use api::goals::Written;
use api::msg;
use api::reviews::{Origin, Review};

use super::role_name;
use crate::i18n::I18n;
use crate::platform::format_date;

/// A step's label from its name, as notifications carry it ("scheduled" → "Review arranged").
/// A name this app does not know yet is shown as it came, rather than hidden.
pub(super) fn step_label(i18n: &I18n, name: &str) -> String {
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

/// "Priya Sharma (caseworker), 25 November 2026".
pub(super) fn by_line(i18n: &I18n, written: &Written) -> String {
    i18n.t_with(
        msg!("review-by"),
        &[
            ("name", &written.name),
            ("role", &role_name(i18n, written.role)),
            ("date", &format_date(written.at, i18n.locale())),
        ],
    )
}

pub(super) fn origin_label(i18n: &I18n, origin: Origin) -> String {
    i18n.t(match origin {
        Origin::Requested => msg!("review-origin-requested"),
        Origin::Planned => msg!("review-origin-planned"),
    })
}

/// What a review is about in a few words: the reason given, or that the council planned it.
pub(super) fn review_name(i18n: &I18n, review: &Review) -> String {
    match &review.request {
        Some(request) => i18n.t(request.reason.message_id()),
        None => origin_label(i18n, review.origin),
    }
}
