//! What a carer may see and do for the person they care for. The person decides, one
//! permission at a time; where the law puts the decision with someone else (a Lasting
//! Power of Attorney, a court-appointed deputy), a caseworker records it with the reference.

use serde::{Deserialize, Serialize};

use crate::goals::Written;
use crate::plan_check::{FieldProblem, LONG_TEXT, Problem, SHORT_TEXT, is_date, text};

/// The permissions, each granted on its own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Scopes {
    /// See my plan (without money, unless `budget` too).
    pub plan: bool,
    /// See my budget and money.
    pub budget: bool,
    /// See my goals and wishes.
    pub goals: bool,
    /// Add goals and wishes for me.
    pub add_goals: bool,
    /// Ask for a review on my behalf.
    pub request_review: bool,
    /// See how my reviews are going.
    pub reviews: bool,
}

/// One scope, to ask a [`Scopes`] about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Plan,
    Budget,
    Goals,
    AddGoals,
    RequestReview,
    Reviews,
}

pub const SCOPES: [Scope; 6] = [
    Scope::Plan,
    Scope::Budget,
    Scope::Goals,
    Scope::AddGoals,
    Scope::RequestReview,
    Scope::Reviews,
];

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Plan => "plan",
            Self::Budget => "budget",
            Self::Goals => "goals",
            Self::AddGoals => "add_goals",
            Self::RequestReview => "request_review",
            Self::Reviews => "reviews",
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Self::Plan => msg!("scope-plan"),
            Self::Budget => msg!("scope-budget"),
            Self::Goals => msg!("scope-goals"),
            Self::AddGoals => msg!("scope-add-goals"),
            Self::RequestReview => msg!("scope-request-review"),
            Self::Reviews => msg!("scope-reviews"),
        }
    }
}

impl Scopes {
    pub const ALL: Self = Self {
        plan: true,
        budget: true,
        goals: true,
        add_goals: true,
        request_review: true,
        reviews: true,
    };

    pub fn has(self, scope: Scope) -> bool {
        match scope {
            Scope::Plan => self.plan,
            Scope::Budget => self.budget,
            Scope::Goals => self.goals,
            Scope::AddGoals => self.add_goals,
            Scope::RequestReview => self.request_review,
            Scope::Reviews => self.reviews,
        }
    }

    pub fn with(mut self, scope: Scope) -> Self {
        match scope {
            Scope::Plan => self.plan = true,
            Scope::Budget => self.budget = true,
            Scope::Goals => self.goals = true,
            Scope::AddGoals => self.add_goals = true,
            Scope::RequestReview => self.request_review = true,
            Scope::Reviews => self.reviews = true,
        }
        self
    }

    pub fn any(self) -> bool {
        SCOPES.into_iter().any(|s| self.has(s))
    }
}

/// Why a carer has access: the law's three grounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The person agreed: in the app, or told their caseworker (recorded with how).
    Consent,
    /// A registered Lasting Power of Attorney for health and welfare.
    Lpa,
    /// A deputy appointed by the Court of Protection.
    Deputy,
}

impl Basis {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Consent => "consent",
            Self::Lpa => "lpa",
            Self::Deputy => "deputy",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::Consent, Self::Lpa, Self::Deputy]
            .into_iter()
            .find(|b| b.as_str() == text)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Self::Consent => msg!("basis-consent"),
            Self::Lpa => msg!("basis-lpa"),
            Self::Deputy => msg!("basis-deputy"),
        }
    }

    /// Only a caseworker changes access given under an LPA or by a court.
    pub fn person_manages(self) -> bool {
        self == Self::Consent
    }
}

/// The person's own grant or change: `PUT /api/v1/me/carers/{carer}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Grant {
    pub scopes: Scopes,
    /// The last day of access (ISO date), if it should end.
    #[serde(default)]
    pub ends_on: Option<String>,
}

/// A caseworker's record: `PUT /api/v1/people/{person}/carers/{carer}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Record {
    pub basis: Basis,
    /// For consent the person gave to the caseworker: how (in person, by phone, in writing).
    #[serde(default)]
    pub consent_how: String,
    /// The LPA's registration number or the court order's reference.
    #[serde(default)]
    pub reference: String,
    /// Why this is recorded, e.g. the capacity assessment behind an LPA decision.
    #[serde(default)]
    pub reasons: String,
    pub scopes: Scopes,
    #[serde(default)]
    pub ends_on: Option<String>,
}

/// A caseworker ends access (an LPA or deputy link, say), with reasons.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct EndAccess {
    #[serde(default)]
    pub reasons: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Linked as a carer, with nothing granted yet.
    NotGranted,
    Active,
    Expired,
    Ended,
}

/// One carer's access to one person, as the person (or their caseworker) sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CarerAccess {
    pub carer_id: String,
    pub carer_name: String,
    pub relationship: String,
    pub basis: Option<Basis>,
    pub consent_how: String,
    pub reference: String,
    pub scopes: Scopes,
    pub ends_on: Option<String>,
    pub status: Status,
    /// Who last granted or changed it, and when.
    pub changed: Option<Written>,
}

/// Something that happened to a carer's access: granted, changed, ended, expired.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AccessEvent {
    pub carer_name: String,
    pub what: AccessChange,
    pub by: Option<Written>,
    pub at: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AccessChange {
    Granted,
    Changed,
    Ended,
    Expired,
}

impl AccessChange {
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Granted => msg!("access-granted"),
            Self::Changed => msg!("access-changed"),
            Self::Ended => msg!("access-ended"),
            Self::Expired => msg!("access-expired"),
        }
    }
}

/// `GET /api/v1/me/carers`: everyone who cares for me, what they may do, and the history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MyCarers {
    pub carers: Vec<CarerAccess>,
    pub history: Vec<AccessEvent>,
}

/// Someone the signed-in carer cares for, with what they may do now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CaredFor {
    pub person_id: String,
    pub person_name: String,
    pub scopes: Scopes,
    pub ends_on: Option<String>,
    /// Their published plans, when the carer may see them.
    pub plans: Vec<CaredForPlan>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CaredForPlan {
    pub plan_id: String,
    pub kind: crate::plan::PlanKind,
}

/// "Is someone pressuring you?": told only to the person's caseworker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ConcernInput {
    #[serde(default)]
    pub text: String,
}

/// A concern as the caseworker sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Concern {
    pub id: String,
    pub text: String,
    pub at: i64,
    /// Set when the concern is not the person's words but a warning sign: they gave this
    /// carer (named) access again after their caseworker ended it.
    #[serde(default)]
    pub regranted: Option<String>,
}

fn check_end(problems: &mut Vec<FieldProblem>, ends_on: Option<&str>, today: &str) {
    let problem = match ends_on {
        Some(date) if !is_date(date) => Problem::NotADate,
        Some(date) if date < today => Problem::DateInPast,
        _ => return,
    };
    problems.push(FieldProblem {
        field: "ends_on".into(),
        problem,
    });
}

/// Checks the person's own grant; `today` is an ISO date.
pub fn check_grant(grant: &Grant, today: &str) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    check_end(&mut problems, grant.ends_on.as_deref(), today);
    problems
}

/// Checks a caseworker's record: an LPA or deputy needs its reference and the reasons;
/// consent given to the caseworker needs how it was given.
pub fn check_record(record: &Record, today: &str) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    let legal = record.basis != Basis::Consent;
    text(&mut problems, "reference", &record.reference, SHORT_TEXT, legal);
    text(&mut problems, "consent_how", &record.consent_how, SHORT_TEXT, !legal);
    text(&mut problems, "reasons", &record.reasons, LONG_TEXT, legal);
    check_end(&mut problems, record.ends_on.as_deref(), today);
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_lpa_needs_a_reference_and_reasons_and_an_end_date_cannot_be_past() {
        let record = Record {
            basis: Basis::Lpa,
            consent_how: String::new(),
            reference: " ".into(),
            reasons: String::new(),
            scopes: Scopes::ALL,
            ends_on: Some("2026-11-25".into()),
        };
        let fields: Vec<(String, Problem)> = check_record(&record, "2026-11-26")
            .into_iter()
            .map(|p| (p.field, p.problem))
            .collect();
        assert_eq!(
            fields,
            [
                ("reference".into(), Problem::Missing),
                ("reasons".into(), Problem::Missing),
                ("ends_on".into(), Problem::DateInPast),
            ]
        );
        let consent = Record {
            basis: Basis::Consent,
            consent_how: "In person, at home".into(),
            reference: String::new(),
            reasons: String::new(),
            ends_on: None,
            ..record
        };
        assert!(check_record(&consent, "2026-11-26").is_empty());
    }

    #[test]
    fn each_scope_is_granted_on_its_own() {
        for scope in SCOPES {
            let one = Scopes::default().with(scope);
            assert!(one.has(scope));
            assert_eq!(SCOPES.into_iter().filter(|s| one.has(*s)).count(), 1);
        }
        assert!(!Scopes::default().any());
    }
}
