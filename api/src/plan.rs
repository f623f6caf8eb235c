//! A care and support plan's contents, as the Care Act 2014 s.25 and the PRSB "About Me"
//! standard shape it. Money is whole pence; dates are ISO 8601 (`2026-03-01`).

use serde::{Deserialize, Serialize};

/// A person's own care and support plan, or a carer's support plan (Care Act s.25).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PlanKind {
    Care,
    Carer,
}

impl PlanKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Care => "care",
            Self::Carer => "carer",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::Care, Self::Carer].into_iter().find(|kind| kind.as_str() == text)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PlanContent {
    pub about_me: AboutMe,
    pub strengths: Strengths,
    pub needs: Vec<Need>,
    /// The outcomes the person wants, in their own words.
    pub outcomes: Vec<String>,
    pub support: Vec<SupportArrangement>,
    pub budget: Option<PersonalBudget>,
    pub advice: String,
    pub prevention: String,
    pub contingency: Contingency,
    /// Who took part in making the plan.
    pub involved: Vec<String>,
    pub next_review: Option<String>,
}

impl PlanContent {
    /// The plan without its budget or the cost of any support: for a reader who may not
    /// see money, so the figures never leave the server.
    pub fn without_money(mut self) -> Self {
        self.budget = None;
        for support in &mut self.support {
            support.weekly_cost_pence = None;
        }
        self
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AboutMe {
    pub important_to_me: String,
    pub people_important_to_me: String,
    pub communication: String,
    pub how_to_support_me: String,
    pub please_do: Vec<String>,
    pub please_dont: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Strengths {
    pub what_i_can_do: String,
    pub who_helps_me: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Need {
    pub description: String,
    pub eligible: bool,
    pub wellbeing: Vec<Wellbeing>,
    pub how_met: String,
}

/// The areas of wellbeing in Care Act 2014 s.1(2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Wellbeing {
    Dignity,
    Health,
    Protection,
    Control,
    Participation,
    SocialAndEconomic,
    Relationships,
    Accommodation,
    Contribution,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SupportArrangement {
    pub what: String,
    pub provider: Provider,
    pub when: String,
    /// Tenths of an hour, so 7.5 hours is 75.
    pub tenths_of_hours_per_week: u32,
    /// `None` only where the reader may not see money (a carer without "see my budget").
    pub weekly_cost_pence: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Provider {
    Organisation { name: String },
    UnpaidCarer { name: String, agreed: bool },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PersonalBudget {
    pub yearly_pence: i64,
    pub weekly_pence: i64,
    pub council_weekly_pence: i64,
    pub contribution_weekly_pence: i64,
    pub managed_by: BudgetManagement,
    pub direct_payment: Option<DirectPayment>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum BudgetManagement {
    DirectPayment,
    CouncilManaged,
    IndividualServiceFund,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DirectPayment {
    pub amount_pence: i64,
    pub every_weeks: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Contingency {
    pub if_carer_ill: String,
    pub if_visit_missed: String,
    pub who_to_call: String,
    pub out_of_hours: String,
}

/// How a language writes numbers: the thousands separator, the decimal mark, and whether
/// the pound sign comes after the amount.
struct NumberStyle {
    group: &'static str,
    decimal: &'static str,
    pound_after: bool,
}

fn number_style(locale: &str) -> NumberStyle {
    match locale {
        // 1 234,56 £
        "pl" => NumberStyle {
            group: "\u{a0}",
            decimal: ",",
            pound_after: true,
        },
        // 1.234,56 £
        "ro" => NumberStyle {
            group: ".",
            decimal: ",",
            pound_after: true,
        },
        _ => NumberStyle {
            group: ",",
            decimal: ".",
            pound_after: false,
        },
    }
}

/// Pence as pounds, the way a letter from the council writes them: `£1,234.50`.
pub fn pounds(pence: i64) -> String {
    pounds_in(pence, "en-GB")
}

/// Pence as pounds, written as the language writes money (`1 234,50 £` in Polish).
pub fn pounds_in(pence: i64, locale: &str) -> String {
    let style = number_style(locale);
    let sign = if pence < 0 { "-" } else { "" };
    let pence = pence.unsigned_abs();
    let whole = (pence / 100).to_string();
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push_str(style.group);
        }
        grouped.push(digit);
    }
    let amount = format!("{grouped}{}{:02}", style.decimal, pence % 100);
    if style.pound_after {
        format!("{sign}{amount}\u{a0}£")
    } else {
        format!("{sign}£{amount}")
    }
}

/// Tenths of an hour as hours: `7.5`, or `3` when whole.
pub fn hours(tenths: u32) -> String {
    hours_in(tenths, "en-GB")
}

/// Tenths of an hour as hours, with the language's decimal mark (`7,5` in Polish).
pub fn hours_in(tenths: u32, locale: &str) -> String {
    if tenths.is_multiple_of(10) {
        (tenths / 10).to_string()
    } else {
        format!("{}{}{}", tenths / 10, number_style(locale).decimal, tenths % 10)
    }
}

// The plan as it crosses HTTP.

/// One plan, as a list shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PlanSummary {
    pub id: String,
    pub kind: PlanKind,
    pub person_id: String,
    pub person_name: String,
    /// The newest published version, if any.
    pub current_version: Option<i64>,
    pub draft_version: i64,
    pub draft_updated_at: i64,
}

/// A person on a caseload, with their plans.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CaseloadEntry {
    pub person_id: String,
    pub name: String,
    /// The council's reference for them in its case-management system.
    pub case_reference: Option<String>,
    /// How they need information given (Accessible Information Standard).
    pub communication_needs: String,
    pub worker_name: String,
    pub plans: Vec<PlanSummary>,
    /// Concerns the person raised privately ("is someone pressuring you?") not yet read:
    /// a possible safeguarding matter.
    #[serde(default)]
    pub concerns: i64,
    /// The day the next planned review falls due (ISO), once a plan is published.
    pub next_review: Option<String>,
    pub review_overdue: bool,
    /// Nobody is their caseworker: not yet allocated, or their caseworker has left.
    pub needs_allocation: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NewPlan {
    pub kind: PlanKind,
}

/// The working draft, for staff to edit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DraftView {
    pub plan_id: String,
    pub kind: PlanKind,
    pub person_name: String,
    pub content: PlanContent,
    /// Send it back with a save: a save from an older version is refused.
    pub version: i64,
    pub updated_by: String,
    pub updated_at: i64,
    pub current_version: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SaveDraft {
    pub version: i64,
    pub content: PlanContent,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Saved {
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PublishDraft {
    pub version: i64,
    /// What the caseworker tells the person with the new version (up to `COMMENT_MAX`).
    #[serde(default)]
    pub message: String,
}

/// The person's answer to one version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Response {
    pub agrees: bool,
    pub comment: String,
    pub at: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Respond {
    pub agrees: bool,
    pub comment: String,
}

pub const COMMENT_MAX: usize = 2000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct VersionInfo {
    pub version: i64,
    pub published_by: String,
    pub published_at: i64,
    pub response: Option<Response>,
}

// `Content` lets the server send a plan's content as it keeps it, already in JSON; a
// reader always gets a `PlanContent`.
/// One published version, to read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "PlanView"))]
pub struct PlanView<Content = PlanContent> {
    pub plan_id: String,
    pub kind: PlanKind,
    pub person_name: String,
    pub version: i64,
    pub latest: bool,
    pub content: Content,
    pub published_by: String,
    pub published_at: i64,
    /// The person's named worker, and how to reach them.
    pub named_worker: Option<NamedWorker>,
    pub response: Option<Response>,
    /// Whether the reader is the person the plan is about (and so may answer it).
    pub mine: bool,
    /// The budget and costs were left out: the reader may not see them.
    #[serde(default)]
    pub money_hidden: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NamedWorker {
    pub name: String,
    pub email: Option<String>,
    /// To ring or text them.
    #[serde(default)]
    pub phone: Option<String>,
}

/// One difference between two versions, in words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Change {
    pub label: String,
    pub before: String,
    pub after: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Comparison {
    pub from: i64,
    pub to: i64,
    pub changes: Vec<Change>,
}

/// An entry of "Who has looked at my plan".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LookedAt {
    pub name: String,
    pub role: crate::auth::Role,
    pub at: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_pounds_with_pence() {
        assert_eq!(pounds(0), "£0.00");
        assert_eq!(pounds(10_290), "£102.90");
        assert_eq!(pounds(123_456_789), "£1,234,567.89");
        assert_eq!(hours(75), "7.5");
        assert_eq!(hours(120), "12");
        assert_eq!(pounds_in(123_456_789, "pl"), "1\u{a0}234\u{a0}567,89\u{a0}£");
        assert_eq!(pounds_in(10_290, "ro"), "102,90\u{a0}£");
        assert_eq!(pounds_in(10_290, "cy"), "£102.90");
        assert_eq!(hours_in(75, "pl"), "7,5");
    }
}
