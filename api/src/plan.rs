//! A care and support plan's contents, as the Care Act 2014 s.25 and the PRSB "About Me"
//! standard shape it. Money is whole pence; dates are ISO 8601 (`2026-03-01`).

use serde::{Deserialize, Serialize};

/// A person's own care and support plan, or a carer's support plan (Care Act s.25).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AboutMe {
    pub important_to_me: String,
    pub people_important_to_me: String,
    pub communication: String,
    pub how_to_support_me: String,
    pub please_do: Vec<String>,
    pub please_dont: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Strengths {
    pub what_i_can_do: String,
    pub who_helps_me: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Need {
    pub description: String,
    pub eligible: bool,
    pub wellbeing: Vec<Wellbeing>,
    pub how_met: String,
}

/// The areas of wellbeing in Care Act 2014 s.1(2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
pub struct SupportArrangement {
    pub what: String,
    pub provider: Provider,
    pub when: String,
    /// Tenths of an hour, so 7.5 hours is 75.
    pub tenths_of_hours_per_week: u32,
    pub weekly_cost_pence: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Provider {
    Organisation { name: String },
    UnpaidCarer { name: String, agreed: bool },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonalBudget {
    pub yearly_pence: i64,
    pub weekly_pence: i64,
    pub council_weekly_pence: i64,
    pub contribution_weekly_pence: i64,
    pub managed_by: BudgetManagement,
    pub direct_payment: Option<DirectPayment>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BudgetManagement {
    DirectPayment,
    CouncilManaged,
    IndividualServiceFund,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DirectPayment {
    pub amount_pence: i64,
    pub every_weeks: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Contingency {
    pub if_carer_ill: String,
    pub if_visit_missed: String,
    pub who_to_call: String,
    pub out_of_hours: String,
}
