//! Reviews of a plan (Care Act 2014 s.27): asked for by the person (or on their behalf),
//! or planned by the council; each moves through steps the person can follow.

use serde::{Deserialize, Serialize};

use crate::goals::Written;
use crate::plan_check::{FieldProblem, LONG_TEXT, Problem, SHORT_TEXT, is_date, text};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    NeedsChanged,
    SupportNotWorking,
    Hospital,
    CarerCantCope,
    Other,
}

pub const REASONS: [Reason; 5] = [
    Reason::NeedsChanged,
    Reason::SupportNotWorking,
    Reason::Hospital,
    Reason::CarerCantCope,
    Reason::Other,
];

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NeedsChanged => "needs_changed",
            Self::SupportNotWorking => "support_not_working",
            Self::Hospital => "hospital",
            Self::CarerCantCope => "carer_cant_cope",
            Self::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        REASONS.into_iter().find(|r| r.as_str() == text)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Self::NeedsChanged => msg!("review-reason-needs-changed"),
            Self::SupportNotWorking => msg!("review-reason-support-not-working"),
            Self::Hospital => msg!("review-reason-hospital"),
            Self::CarerCantCope => msg!("review-reason-carer-cant-cope"),
            Self::Other => msg!("review-reason-other"),
        }
    }
}

/// How urgent it feels to the person; the queue puts the most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    Urgent,
    Soon,
    CanWait,
}

pub const URGENCIES: [Urgency; 3] = [Urgency::Urgent, Urgency::Soon, Urgency::CanWait];

impl Urgency {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Urgent => "urgent",
            Self::Soon => "soon",
            Self::CanWait => "can_wait",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        URGENCIES.into_iter().find(|u| u.as_str() == text)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Self::Urgent => msg!("review-urgency-urgent"),
            Self::Soon => msg!("review-urgency-soon"),
            Self::CanWait => msg!("review-urgency-can-wait"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContactWay {
    Phone,
    Email,
    Text,
    Letter,
}

pub const CONTACT_WAYS: [ContactWay; 4] = [
    ContactWay::Phone,
    ContactWay::Email,
    ContactWay::Text,
    ContactWay::Letter,
];

impl ContactWay {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Phone => "phone",
            Self::Email => "email",
            Self::Text => "text",
            Self::Letter => "letter",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        CONTACT_WAYS.into_iter().find(|c| c.as_str() == text)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Self::Phone => msg!("review-contact-phone"),
            Self::Email => msg!("review-contact-email"),
            Self::Text => msg!("review-contact-text"),
            Self::Letter => msg!("review-contact-letter"),
        }
    }
}

/// What the person needs to take part in the review meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct MeetingNeeds {
    pub interpreter: bool,
    /// Which language, when an interpreter is needed.
    pub interpreter_language: String,
    pub advocate: bool,
    pub bsl: bool,
    pub large_print: bool,
    pub easy_read: bool,
    pub someone_with_me: bool,
}

/// A request for a review, as the person (or someone for them) writes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RequestInput {
    pub reason: Reason,
    /// What has happened, in their own words.
    pub what_happened: String,
    pub urgency: Urgency,
    pub contact_how: ContactWay,
    /// When is a good time to get in touch ("weekday mornings").
    #[serde(default)]
    pub contact_when: String,
    #[serde(default)]
    pub needs: MeetingNeeds,
    /// When a carer asks: whom the caseworker should get in touch with.
    #[serde(default)]
    pub contact_whom: Option<ContactWhom>,
}

/// Whom a carer asking for a review wants the caseworker to get in touch with: the carer,
/// the person they care for, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContactWhom {
    Carer,
    Person,
    Both,
}

pub const CONTACT_WHOM: [ContactWhom; 3] = [ContactWhom::Carer, ContactWhom::Person, ContactWhom::Both];

impl ContactWhom {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Carer => "carer",
            Self::Person => "person",
            Self::Both => "both",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        CONTACT_WHOM.into_iter().find(|w| w.as_str() == text)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum MeetingWay {
    Phone,
    Visit,
    Video,
}

pub const MEETING_WAYS: [MeetingWay; 3] = [MeetingWay::Phone, MeetingWay::Visit, MeetingWay::Video];

impl MeetingWay {
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Phone => msg!("review-meeting-phone"),
            Self::Visit => msg!("review-meeting-visit"),
            Self::Video => msg!("review-meeting-video"),
        }
    }
}

/// What a completed review decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Outcome {
    NoChange { why: String },
    PlanRevised { plan_id: String, plan_version: i64 },
    NewAssessment { note: String },
}

/// One step of a review. The last step taken is where the review is now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Step {
    /// Asked for by the person or on their behalf.
    Submitted,
    /// Arranged by the council: a planned review.
    Planned,
    Acknowledged,
    Scheduled {
        date: String,
        how: MeetingWay,
    },
    Completed {
        outcome: Outcome,
    },
    /// Not reviewed, with written reasons; the person is shown how to complain.
    Declined {
        reasons: String,
    },
}

impl Step {
    pub fn name(&self) -> &'static str {
        match self {
            Self::Submitted => "submitted",
            Self::Planned => "planned",
            Self::Acknowledged => "acknowledged",
            Self::Scheduled { .. } => "scheduled",
            Self::Completed { .. } => "completed",
            Self::Declined { .. } => "declined",
        }
    }

    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Submitted => msg!("review-step-submitted"),
            Self::Planned => msg!("review-step-planned"),
            Self::Acknowledged => msg!("review-step-acknowledged"),
            Self::Scheduled { .. } => msg!("review-step-scheduled"),
            Self::Completed { .. } => msg!("review-step-completed"),
            Self::Declined { .. } => msg!("review-step-declined"),
        }
    }

    /// What a requested review waits for at this step: to be acknowledged, then to be
    /// arranged or declined; nothing once it is arranged or over.
    pub fn target(&self) -> Option<Target> {
        match self {
            Self::Submitted => Some(Target::Acknowledge),
            Self::Acknowledged | Self::Planned => Some(Target::Decide),
            _ => None,
        }
    }

    /// Still waiting for the council to finish with it.
    pub fn is_open(&self) -> bool {
        !matches!(self, Self::Completed { .. } | Self::Declined { .. })
    }

    /// Whether this step may come next after `current`. A scheduled review may be
    /// rescheduled; a finished one never moves again.
    pub fn may_follow(&self, current: &Step) -> bool {
        use Step::*;
        matches!(
            (current, self),
            (Submitted, Acknowledged)
                | (Submitted | Acknowledged, Declined { .. })
                | (Acknowledged | Planned | Scheduled { .. }, Scheduled { .. })
                | (Scheduled { .. }, Completed { .. })
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    Requested,
    Planned,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TimelineEntry {
    pub step: Step,
    pub written: Written,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Review {
    pub id: String,
    pub person_id: String,
    pub person_name: String,
    pub origin: Origin,
    /// The request, for a review someone asked for.
    pub request: Option<RequestInput>,
    /// Asked for by someone else on the person's behalf (a carer).
    pub on_behalf: bool,
    /// Oldest first; the first entry is who asked (or planned it) and when.
    pub timeline: Vec<TimelineEntry>,
    /// What the person (or a carer for them) added while it was open, oldest first.
    #[serde(default)]
    pub additions: Vec<Addition>,
    /// The day the council should take its next step by (acknowledge, then arrange or
    /// decline), as an ISO date, while one is due.
    #[serde(default)]
    pub next_by: Option<String>,
}

impl Review {
    /// Still under way: asked for or planned, not yet done or declined.
    pub fn is_open(&self) -> bool {
        !matches!(self.status(), Step::Completed { .. } | Step::Declined { .. })
    }
}

/// Something added to an open review, in the words of whoever added it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Addition {
    pub text: String,
    pub written: Written,
}

/// More information for an open review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AdditionInput {
    pub text: String,
}

/// Checks what someone adds to a review: something to say, not too long.
pub fn check_addition(input: &AdditionInput) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    text(&mut problems, "text", &input.text, LONG_TEXT, true);
    problems
}

impl Review {
    pub fn status(&self) -> &Step {
        self.timeline.last().map_or(&Step::Submitted, |entry| &entry.step)
    }
}

/// The target a review in the queue is measured against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Target {
    /// Tell the person their request has been received.
    Acknowledge,
    /// Schedule the review, or decline it with reasons.
    Decide,
    /// Hold the planned review.
    Review,
}

impl Target {
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Acknowledge => msg!("review-target-acknowledge"),
            Self::Decide => msg!("review-target-decide"),
            Self::Review => msg!("review-target-review"),
        }
    }
}

/// One line of a caseworker's review queue: an open review, or a planned one now due.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct QueueEntry {
    pub person_id: String,
    pub person_name: String,
    /// `None` for a planned review not yet started.
    pub review_id: Option<String>,
    pub origin: Origin,
    pub reason: Option<Reason>,
    pub urgency: Urgency,
    pub status: Option<Step>,
    /// When it was asked for (or fell due), as an ISO date.
    pub since: String,
    /// The next target and the day it falls on; none once scheduled.
    pub target: Option<(Target, String)>,
    pub overdue: bool,
}

/// Checks a request for a review; `for_someone` when a carer asks for the person they
/// care for, who must then say whom to contact.
pub fn check_request(request: &RequestInput, for_someone: bool) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    if for_someone && request.contact_whom.is_none() {
        problems.push(FieldProblem {
            field: "contact_whom".into(),
            problem: Problem::Missing,
        });
    }
    text(&mut problems, "what_happened", &request.what_happened, LONG_TEXT, true);
    text(&mut problems, "contact_when", &request.contact_when, SHORT_TEXT, false);
    text(
        &mut problems,
        "needs.interpreter_language",
        &request.needs.interpreter_language,
        SHORT_TEXT,
        request.needs.interpreter,
    );
    problems
}

/// Checks the details of a step a caseworker takes; `today` is an ISO date.
pub fn check_step(step: &Step, today: &str) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    match step {
        Step::Scheduled { date, .. } => {
            let problem = if !is_date(date) {
                Some(Problem::NotADate)
            } else if date.as_str() < today {
                Some(Problem::DateInPast)
            } else {
                None
            };
            problems.extend(problem.map(|problem| FieldProblem {
                field: "date".into(),
                problem,
            }));
        }
        Step::Declined { reasons } => text(&mut problems, "reasons", reasons, LONG_TEXT, true),
        Step::Completed {
            outcome: Outcome::NoChange { why },
        } => text(&mut problems, "why", why, LONG_TEXT, true),
        Step::Completed {
            outcome: Outcome::NewAssessment { note },
        } => text(&mut problems, "note", note, LONG_TEXT, false),
        _ => {}
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scheduled() -> Step {
        Step::Scheduled {
            date: "2027-01-05".into(),
            how: MeetingWay::Visit,
        }
    }

    #[test]
    fn only_the_steps_of_the_timeline_follow_each_other() {
        let declined = Step::Declined { reasons: "x".into() };
        let completed = Step::Completed {
            outcome: Outcome::NoChange { why: "x".into() },
        };
        let all = [
            Step::Submitted,
            Step::Planned,
            Step::Acknowledged,
            scheduled(),
            completed.clone(),
            declined.clone(),
        ];
        let allowed: Vec<(&str, &str)> = all
            .iter()
            .flat_map(|from| all.iter().map(move |to| (from, to)))
            .filter(|(from, to)| to.may_follow(from))
            .map(|(from, to)| (from.name(), to.name()))
            .collect();
        assert_eq!(
            allowed,
            [
                ("submitted", "acknowledged"),
                ("submitted", "declined"),
                ("planned", "scheduled"),
                ("acknowledged", "scheduled"),
                ("acknowledged", "declined"),
                ("scheduled", "scheduled"),
                ("scheduled", "completed"),
            ]
        );
    }

    #[test]
    fn a_review_in_the_past_or_declined_without_reasons_is_refused() {
        let past = Step::Scheduled {
            date: "2026-11-25".into(),
            how: MeetingWay::Phone,
        };
        assert_eq!(check_step(&past, "2026-11-26")[0].problem, Problem::DateInPast);
        assert!(check_step(&scheduled(), "2026-11-26").is_empty());
        let declined = Step::Declined { reasons: "  ".into() };
        assert_eq!(check_step(&declined, "2026-11-26")[0].field, "reasons");
    }

    #[test]
    fn an_interpreter_needs_a_language_and_what_happened_is_required() {
        let request = RequestInput {
            reason: Reason::Hospital,
            what_happened: " ".into(),
            urgency: Urgency::Soon,
            contact_how: ContactWay::Phone,
            contact_when: String::new(),
            needs: MeetingNeeds {
                interpreter: true,
                ..MeetingNeeds::default()
            },
            contact_whom: None,
        };
        let fields: Vec<String> = check_request(&request, false).into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["what_happened", "needs.interpreter_language"]);
        // A carer asking says whom to contact.
        let fields: Vec<String> = check_request(&request, true).into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["contact_whom", "what_happened", "needs.interpreter_language"]);
    }
}
