//! The rules a plan's answers must meet, checked on the server (and shown field by field):
//! lengths, money and hours that make sense, real dates, and — before publishing — the
//! sections the Care Act asks every plan to have.

use serde::{Deserialize, Serialize};

use crate::plan::{PlanContent, PlanKind};

pub const SHORT_TEXT: usize = 200;
pub const LONG_TEXT: usize = 2000;
pub const MAX_ITEMS: usize = 30;
/// A week has 168 hours; tenths of an hour.
pub const MAX_TENTHS_PER_WEEK: u32 = 1680;
/// £100,000 a week is beyond any care package: a typing slip.
pub const MAX_PENCE: i64 = 10_000_000;

/// What is wrong with one answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    Required,
    TooLong,
    TooMany,
    NotMoney,
    NotHours,
    NotADate,
    DateTooFar,
    DateInPast,
    Importance,
    /// Empty, where an answer is needed now (not only before publishing).
    Missing,
    /// Not a published version of this person's plan.
    NoSuchVersion,
    NotEmail,
    DateInFuture,
    NotPhone,
    NotALanguage,
    /// Already used by another record, where each must be different.
    Taken,
}

impl Problem {
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Required => msg!("plan-problem-required"),
            Self::TooLong => msg!("plan-problem-too-long"),
            Self::TooMany => msg!("plan-problem-too-many"),
            Self::NotMoney => msg!("plan-problem-money"),
            Self::NotHours => msg!("plan-problem-hours"),
            Self::NotADate => msg!("plan-problem-date"),
            Self::DateTooFar => msg!("plan-problem-date-range"),
            Self::DateInPast => msg!("problem-date-in-past"),
            Self::Importance => msg!("problem-importance"),
            Self::Missing => msg!("problem-missing"),
            Self::NoSuchVersion => msg!("problem-no-such-version"),
            Self::NotEmail => msg!("problem-not-email"),
            Self::DateInFuture => msg!("problem-date-in-future"),
            Self::NotPhone => msg!("problem-not-phone"),
            Self::NotALanguage => msg!("problem-not-a-language"),
            Self::Taken => msg!("problem-taken"),
        }
    }
}

/// One problem, at a field's path (`needs.0.description`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FieldProblem {
    pub field: String,
    pub problem: Problem,
}

struct Checker {
    problems: Vec<FieldProblem>,
}

impl Checker {
    fn add(&mut self, field: impl Into<String>, problem: Problem) {
        self.problems.push(FieldProblem {
            field: field.into(),
            problem,
        });
    }

    fn text(&mut self, field: &str, text: &str, max: usize, required: bool) {
        if required && text.trim().is_empty() {
            self.add(field, Problem::Required);
        } else if text.chars().count() > max {
            self.add(field, Problem::TooLong);
        }
    }

    fn list(&mut self, field: &str, items: &[String], required: bool) {
        if required && items.iter().all(|i| i.trim().is_empty()) {
            self.add(field, Problem::Required);
        } else if items.len() > MAX_ITEMS {
            self.add(field, Problem::TooMany);
        } else if items.iter().any(|i| i.chars().count() > SHORT_TEXT) {
            self.add(field, Problem::TooLong);
        }
    }

    fn money(&mut self, field: &str, pence: i64) {
        if !(0..=MAX_PENCE).contains(&pence) {
            self.add(field, Problem::NotMoney);
        }
    }
}

/// Checks a plan's answers. A draft may be unfinished; a plan being published must have
/// every section the person relies on. `today` is an ISO date (`2026-11-25`).
pub fn check(content: &PlanContent, kind: PlanKind, publishing: bool, today: &str) -> Vec<FieldProblem> {
    let mut c = Checker { problems: Vec::new() };
    let about = &content.about_me;
    c.text(
        "about_me.important_to_me",
        &about.important_to_me,
        LONG_TEXT,
        publishing,
    );
    c.text(
        "about_me.people_important_to_me",
        &about.people_important_to_me,
        LONG_TEXT,
        false,
    );
    c.text("about_me.communication", &about.communication, LONG_TEXT, false);
    c.text("about_me.how_to_support_me", &about.how_to_support_me, LONG_TEXT, false);
    c.list("about_me.please_do", &about.please_do, false);
    c.list("about_me.please_dont", &about.please_dont, false);
    c.text(
        "strengths.what_i_can_do",
        &content.strengths.what_i_can_do,
        LONG_TEXT,
        publishing,
    );
    c.text(
        "strengths.who_helps_me",
        &content.strengths.who_helps_me,
        LONG_TEXT,
        false,
    );

    if publishing && content.needs.is_empty() {
        c.add("needs", Problem::Required);
    }
    if content.needs.len() > MAX_ITEMS {
        c.add("needs", Problem::TooMany);
    }
    for (i, need) in content.needs.iter().enumerate() {
        c.text(&format!("needs.{i}.description"), &need.description, LONG_TEXT, true);
        c.text(&format!("needs.{i}.how_met"), &need.how_met, LONG_TEXT, publishing);
    }
    c.list("outcomes", &content.outcomes, publishing);

    if content.support.len() > MAX_ITEMS {
        c.add("support", Problem::TooMany);
    }
    for (i, support) in content.support.iter().enumerate() {
        c.text(&format!("support.{i}.what"), &support.what, SHORT_TEXT, true);
        let provider = match &support.provider {
            crate::plan::Provider::Organisation { name } | crate::plan::Provider::UnpaidCarer { name, .. } => name,
        };
        c.text(&format!("support.{i}.provider"), provider, SHORT_TEXT, true);
        c.text(&format!("support.{i}.when"), &support.when, SHORT_TEXT, false);
        if support.tenths_of_hours_per_week > MAX_TENTHS_PER_WEEK {
            c.add(format!("support.{i}.hours"), Problem::NotHours);
        }
        let field = format!("support.{i}.weekly_cost");
        match support.weekly_cost_pence {
            Some(pence) => c.money(&field, pence),
            None => c.add(field, Problem::NotMoney),
        }
    }

    if let Some(budget) = &content.budget {
        c.money("budget.yearly", budget.yearly_pence);
        c.money("budget.weekly", budget.weekly_pence);
        c.money("budget.council_weekly", budget.council_weekly_pence);
        c.money("budget.contribution_weekly", budget.contribution_weekly_pence);
        if let Some(payment) = &budget.direct_payment {
            c.money("budget.direct_payment.amount", payment.amount_pence);
            if !(1..=52).contains(&payment.every_weeks) {
                c.add("budget.direct_payment.every_weeks", Problem::Required);
            }
        }
    } else if publishing && kind == PlanKind::Care && !content.support.is_empty() {
        c.add("budget", Problem::Required);
    }

    c.text("advice", &content.advice, LONG_TEXT, false);
    c.text("prevention", &content.prevention, LONG_TEXT, false);
    let contingency = &content.contingency;
    c.text("contingency.if_carer_ill", &contingency.if_carer_ill, LONG_TEXT, false);
    c.text(
        "contingency.if_visit_missed",
        &contingency.if_visit_missed,
        LONG_TEXT,
        false,
    );
    c.text(
        "contingency.who_to_call",
        &contingency.who_to_call,
        SHORT_TEXT,
        publishing,
    );
    c.text("contingency.out_of_hours", &contingency.out_of_hours, SHORT_TEXT, false);
    c.list("involved", &content.involved, publishing);

    match &content.next_review {
        Some(date) if !is_date(date) => c.add("next_review", Problem::NotADate),
        // A review is planned from today, and not more than three years out.
        Some(date) if date.as_str() < today || date.as_str() > add_years(today, 3).as_str() => {
            c.add("next_review", Problem::DateTooFar);
        }
        Some(_) => {}
        None if publishing => c.add("next_review", Problem::Required),
        None => {}
    }
    c.problems
}

/// Adds a problem with a person's answer, if it has one: empty where it is needed now, or
/// longer than `max` characters.
pub fn text(problems: &mut Vec<FieldProblem>, field: &str, value: &str, max: usize, required: bool) {
    let problem = if required && value.trim().is_empty() {
        Problem::Missing
    } else if value.chars().count() > max {
        Problem::TooLong
    } else {
        return;
    };
    problems.push(FieldProblem {
        field: field.to_owned(),
        problem,
    });
}

/// `YYYY-MM-DD`, a real day of a real month.
pub fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return false;
    };
    let (Ok(year), Ok(month), Ok(day)) = (year.parse::<u32>(), month.parse::<u32>(), day.parse::<u32>()) else {
        return false;
    };
    if text.len() != 10 || !(1900..=2200).contains(&year) || !(1..=12).contains(&month) {
        return false;
    }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (1..=days).contains(&day)
}

fn add_years(date: &str, years: u32) -> String {
    let year: u32 = date.get(..4).and_then(|y| y.parse().ok()).unwrap_or(2000);
    format!("{}{}", year + years, date.get(4..).unwrap_or("-01-01"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Need, Provider, SupportArrangement};

    fn problems(content: &PlanContent, publishing: bool) -> Vec<(String, Problem)> {
        check(content, PlanKind::Care, publishing, "2026-11-25")
            .into_iter()
            .map(|p| (p.field, p.problem))
            .collect()
    }

    #[test]
    fn a_draft_may_be_unfinished_but_a_published_plan_may_not() {
        assert!(problems(&PlanContent::default(), false).is_empty());
        let missing = problems(&PlanContent::default(), true);
        for field in [
            "about_me.important_to_me",
            "needs",
            "outcomes",
            "contingency.who_to_call",
            "next_review",
        ] {
            assert!(
                missing.contains(&(field.into(), Problem::Required)),
                "{field}: {missing:?}"
            );
        }
    }

    #[test]
    fn each_bad_answer_is_named_by_its_field() {
        let mut content = PlanContent::default();
        content.about_me.important_to_me = "x".repeat(LONG_TEXT + 1);
        content.needs.push(Need {
            description: String::new(),
            eligible: true,
            wellbeing: vec![],
            how_met: String::new(),
        });
        content.support.push(SupportArrangement {
            what: "Visits".into(),
            provider: Provider::Organisation { name: "Agency".into() },
            when: String::new(),
            tenths_of_hours_per_week: 2000,
            weekly_cost_pence: Some(-1),
        });
        content.next_review = Some("2026-02-30".into());
        assert_eq!(
            problems(&content, false),
            [
                ("about_me.important_to_me".into(), Problem::TooLong),
                ("needs.0.description".into(), Problem::Required),
                ("support.0.hours".into(), Problem::NotHours),
                ("support.0.weekly_cost".into(), Problem::NotMoney),
                ("next_review".into(), Problem::NotADate),
            ]
        );
    }

    #[test]
    fn a_review_date_is_from_today_and_within_three_years() {
        let mut content = PlanContent::default();
        for (date, ok) in [
            ("2026-11-25", true),
            ("2029-11-25", true),
            ("2026-11-24", false),
            ("2030-01-01", false),
        ] {
            content.next_review = Some(date.into());
            assert_eq!(problems(&content, false).is_empty(), ok, "{date}");
        }
    }

    #[test]
    fn dates_are_real_days() {
        assert!(is_date("2028-02-29"));
        assert!(!is_date("2027-02-29"));
        assert!(!is_date("2027-13-01"));
        assert!(!is_date("27-1-1"));
    }
}
