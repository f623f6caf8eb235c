//! The plan editor's form: every answer as the text a caseworker types, turned into a
//! plan (or into a list of answers to fix, such as "£12.3x" for money) before saving.

use api::msg;
use api::plan::{
    AboutMe, BudgetManagement, Contingency, DirectPayment, Need, PersonalBudget, PlanContent, Provider, Strengths,
    SupportArrangement, Wellbeing,
};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Form {
    pub important_to_me: String,
    pub people_important: String,
    pub communication: String,
    pub how_to_support: String,
    pub please_do: String,
    pub please_dont: String,
    pub can_do: String,
    pub who_helps: String,
    pub needs: Vec<NeedForm>,
    pub outcomes: String,
    pub support: Vec<SupportForm>,
    pub has_budget: bool,
    pub yearly: String,
    pub weekly: String,
    pub council_weekly: String,
    pub contribution_weekly: String,
    pub managed_by: Option<BudgetManagement>,
    pub payment_amount: String,
    pub payment_weeks: String,
    pub advice: String,
    pub prevention: String,
    pub if_carer_ill: String,
    pub if_visit_missed: String,
    pub who_to_call: String,
    pub out_of_hours: String,
    pub involved: String,
    pub next_review: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct NeedForm {
    pub description: String,
    pub eligible: bool,
    pub wellbeing: Vec<Wellbeing>,
    pub how_met: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SupportForm {
    pub what: String,
    pub unpaid_carer: bool,
    pub provider: String,
    pub agreed: bool,
    pub when: String,
    pub hours: String,
    pub weekly_cost: String,
}

fn lines(items: &[String]) -> String {
    items.join("\n")
}

fn items(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Pence as the caseworker would type pounds: `102.90`.
fn money(pence: i64) -> String {
    format!("{}.{:02}", pence / 100, pence % 100)
}

/// Pounds as typed (`£1,234.5`, `12`) to pence; `None` if it is not an amount.
pub fn parse_money(text: &str) -> Option<i64> {
    let cleaned: String = text
        .trim()
        .trim_start_matches('£')
        .chars()
        .filter(|c| *c != ',')
        .collect();
    let (pounds, pence) = cleaned.split_once('.').unwrap_or((&cleaned, "0"));
    if pounds.is_empty()
        || !pounds.chars().all(|c| c.is_ascii_digit())
        || pence.len() > 2
        || !pence.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let pence: i64 = format!("{pence:0<2}").parse().ok()?;
    pounds.parse::<i64>().ok()?.checked_mul(100)?.checked_add(pence)
}

/// Hours as typed (`7.5`) to tenths; `None` if it is not a number of hours.
pub fn parse_hours(text: &str) -> Option<u32> {
    let text = text.trim();
    if text.is_empty() {
        return Some(0);
    }
    let (whole, tenth) = text.split_once('.').unwrap_or((text, "0"));
    if tenth.len() != 1 {
        return None;
    }
    whole
        .parse::<u32>()
        .ok()?
        .checked_mul(10)?
        .checked_add(tenth.parse().ok()?)
}

impl Form {
    pub fn from_plan(plan: &PlanContent) -> Self {
        let budget = plan.budget.as_ref();
        let payment = budget.and_then(|b| b.direct_payment.as_ref());
        Self {
            important_to_me: plan.about_me.important_to_me.clone(),
            people_important: plan.about_me.people_important_to_me.clone(),
            communication: plan.about_me.communication.clone(),
            how_to_support: plan.about_me.how_to_support_me.clone(),
            please_do: lines(&plan.about_me.please_do),
            please_dont: lines(&plan.about_me.please_dont),
            can_do: plan.strengths.what_i_can_do.clone(),
            who_helps: plan.strengths.who_helps_me.clone(),
            needs: plan
                .needs
                .iter()
                .map(|n| NeedForm {
                    description: n.description.clone(),
                    eligible: n.eligible,
                    wellbeing: n.wellbeing.clone(),
                    how_met: n.how_met.clone(),
                })
                .collect(),
            outcomes: lines(&plan.outcomes),
            support: plan
                .support
                .iter()
                .map(|s| {
                    let (unpaid_carer, provider, agreed) = match &s.provider {
                        Provider::Organisation { name } => (false, name.clone(), false),
                        Provider::UnpaidCarer { name, agreed } => (true, name.clone(), *agreed),
                    };
                    SupportForm {
                        what: s.what.clone(),
                        unpaid_carer,
                        provider,
                        agreed,
                        when: s.when.clone(),
                        hours: api::plan::hours(s.tenths_of_hours_per_week),
                        weekly_cost: money(s.weekly_cost_pence.unwrap_or_default()),
                    }
                })
                .collect(),
            has_budget: budget.is_some(),
            yearly: budget.map(|b| money(b.yearly_pence)).unwrap_or_default(),
            weekly: budget.map(|b| money(b.weekly_pence)).unwrap_or_default(),
            council_weekly: budget.map(|b| money(b.council_weekly_pence)).unwrap_or_default(),
            contribution_weekly: budget.map(|b| money(b.contribution_weekly_pence)).unwrap_or_default(),
            managed_by: budget.map(|b| b.managed_by),
            payment_amount: payment.map(|p| money(p.amount_pence)).unwrap_or_default(),
            payment_weeks: payment.map(|p| p.every_weeks.to_string()).unwrap_or_default(),
            advice: plan.advice.clone(),
            prevention: plan.prevention.clone(),
            if_carer_ill: plan.contingency.if_carer_ill.clone(),
            if_visit_missed: plan.contingency.if_visit_missed.clone(),
            who_to_call: plan.contingency.who_to_call.clone(),
            out_of_hours: plan.contingency.out_of_hours.clone(),
            involved: lines(&plan.involved),
            next_review: plan.next_review.clone().unwrap_or_default(),
        }
    }

    /// The plan these answers make, or each answer that is not a number where one is needed
    /// (its field path, and the message id that says what to type).
    pub fn to_plan(&self) -> Result<PlanContent, Vec<(String, &'static str)>> {
        let mut problems = Vec::new();
        let mut pence = |field: String, text: &str| match parse_money(if text.trim().is_empty() { "0" } else { text }) {
            Some(value) => value,
            None => {
                problems.push((field, msg!("plan-problem-money")));
                0
            }
        };
        let support: Vec<SupportArrangement> = self
            .support
            .iter()
            .enumerate()
            .map(|(i, s)| SupportArrangement {
                what: s.what.trim().to_owned(),
                provider: if s.unpaid_carer {
                    Provider::UnpaidCarer {
                        name: s.provider.trim().to_owned(),
                        agreed: s.agreed,
                    }
                } else {
                    Provider::Organisation {
                        name: s.provider.trim().to_owned(),
                    }
                },
                when: s.when.trim().to_owned(),
                tenths_of_hours_per_week: parse_hours(&s.hours).unwrap_or(u32::MAX),
                weekly_cost_pence: Some(pence(format!("support.{i}.weekly_cost"), &s.weekly_cost)),
            })
            .collect();
        let budget = self.has_budget.then(|| PersonalBudget {
            yearly_pence: pence("budget.yearly".into(), &self.yearly),
            weekly_pence: pence("budget.weekly".into(), &self.weekly),
            council_weekly_pence: pence("budget.council_weekly".into(), &self.council_weekly),
            contribution_weekly_pence: pence("budget.contribution_weekly".into(), &self.contribution_weekly),
            managed_by: self.managed_by.unwrap_or(BudgetManagement::CouncilManaged),
            direct_payment: (self.managed_by == Some(BudgetManagement::DirectPayment)).then(|| DirectPayment {
                amount_pence: pence("budget.direct_payment.amount".into(), &self.payment_amount),
                every_weeks: self.payment_weeks.trim().parse().unwrap_or(0),
            }),
        });
        for (i, s) in self.support.iter().enumerate() {
            if parse_hours(&s.hours).is_none() {
                problems.push((format!("support.{i}.hours"), msg!("plan-problem-hours")));
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(PlanContent {
            about_me: AboutMe {
                important_to_me: self.important_to_me.trim().to_owned(),
                people_important_to_me: self.people_important.trim().to_owned(),
                communication: self.communication.trim().to_owned(),
                how_to_support_me: self.how_to_support.trim().to_owned(),
                please_do: items(&self.please_do),
                please_dont: items(&self.please_dont),
            },
            strengths: Strengths {
                what_i_can_do: self.can_do.trim().to_owned(),
                who_helps_me: self.who_helps.trim().to_owned(),
            },
            needs: self
                .needs
                .iter()
                .map(|n| Need {
                    description: n.description.trim().to_owned(),
                    eligible: n.eligible,
                    wellbeing: n.wellbeing.clone(),
                    how_met: n.how_met.trim().to_owned(),
                })
                .collect(),
            outcomes: items(&self.outcomes),
            support,
            budget,
            advice: self.advice.trim().to_owned(),
            prevention: self.prevention.trim().to_owned(),
            contingency: Contingency {
                if_carer_ill: self.if_carer_ill.trim().to_owned(),
                if_visit_missed: self.if_visit_missed.trim().to_owned(),
                who_to_call: self.who_to_call.trim().to_owned(),
                out_of_hours: self.out_of_hours.trim().to_owned(),
            },
            involved: items(&self.involved),
            next_review: Some(self.next_review.trim().to_owned()).filter(|d| !d.is_empty()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_read_as_people_type_it() {
        assert_eq!(parse_money("102.90"), Some(10_290));
        assert_eq!(parse_money("£1,234.5"), Some(123_450));
        assert_eq!(parse_money("12"), Some(1_200));
        assert_eq!(parse_money("12.345"), None);
        assert_eq!(parse_money("-3"), None);
        assert_eq!(parse_money("ten"), None);
        assert_eq!(parse_hours("7.5"), Some(75));
        assert_eq!(parse_hours("seven"), None);
    }
}
