//! The person's own words beside the council's: goals (with steps and notes on how they
//! are going) and wishes about how support is given. Staff never edit them; they respond.

use serde::{Deserialize, Serialize};

use crate::auth::Role;
use crate::plan_check::{FieldProblem, Problem, SHORT_TEXT, is_date, text};

pub const GOAL_TEXT: usize = 1000;
/// How many of each a person can have: enough for any plan, never without end.
pub const MAX_GOALS: i64 = 50;
pub const MAX_WISHES: i64 = 50;
pub const MAX_STEPS: i64 = 20;
pub const MAX_NOTES: i64 = 50;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct GoalInput {
    /// What I want to achieve.
    pub what: String,
    /// Why it matters to me.
    pub why: String,
    pub can_do: String,
    pub who_helps: String,
    pub would_help: String,
    /// How important it is, 1 to 10.
    pub importance: i64,
    /// Only when adding a goal; steps are added one by one afterwards.
    #[serde(default)]
    pub steps: Vec<StepInput>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StepInput {
    pub what: String,
    pub who: String,
    /// ISO date, optional.
    pub by_when: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum WishKind {
    PleaseDo,
    PleaseDont,
    Times,
    People,
    Culture,
    Faith,
    Food,
    Language,
    Other,
}

pub const WISH_KINDS: [WishKind; 9] = [
    WishKind::PleaseDo,
    WishKind::PleaseDont,
    WishKind::Times,
    WishKind::People,
    WishKind::Culture,
    WishKind::Faith,
    WishKind::Food,
    WishKind::Language,
    WishKind::Other,
];

impl WishKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::PleaseDo => "please_do",
            Self::PleaseDont => "please_dont",
            Self::Times => "times",
            Self::People => "people",
            Self::Culture => "culture",
            Self::Faith => "faith",
            Self::Food => "food",
            Self::Language => "language",
            Self::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        WISH_KINDS.into_iter().find(|k| k.as_str() == text)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Self::PleaseDo => msg!("wish-please-do"),
            Self::PleaseDont => msg!("wish-please-dont"),
            Self::Times => msg!("wish-times"),
            Self::People => msg!("wish-people"),
            Self::Culture => msg!("wish-culture"),
            Self::Faith => msg!("wish-faith"),
            Self::Food => msg!("wish-food"),
            Self::Language => msg!("wish-language"),
            Self::Other => msg!("wish-other"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct WishInput {
    pub kind: WishKind,
    pub text: String,
}

/// Who wrote something, and when: shown beside every goal, step, note and wish.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Written {
    pub name: String,
    pub role: Role,
    pub at: i64,
}

/// What the caseworker made of a contribution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Decision {
    /// Not yet looked at since it was written or changed.
    New,
    Seen,
    /// Built into the plan: the version it first appears in.
    Added {
        plan_id: String,
        plan_version: i64,
    },
    NotAdded {
        reason: String,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StaffResponse {
    pub comment: String,
    pub by: Written,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Step {
    pub id: String,
    pub what: String,
    pub who: String,
    pub by_when: String,
    pub done: bool,
    pub written: Written,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Note {
    pub text: String,
    pub written: Written,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Goal {
    pub id: String,
    pub person_id: String,
    pub input: GoalInput,
    pub withdrawn: bool,
    pub written: Written,
    pub updated_at: i64,
    pub steps: Vec<Step>,
    pub notes: Vec<Note>,
    pub decision: Decision,
    pub response: Option<StaffResponse>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Wish {
    pub id: String,
    pub person_id: String,
    pub kind: WishKind,
    pub text: String,
    pub written: Written,
    pub updated_at: i64,
    pub decision: Decision,
    pub response: Option<StaffResponse>,
}

/// A person's goals and wishes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Contributions {
    pub person_id: String,
    pub person_name: String,
    pub goals: Vec<Goal>,
    pub wishes: Vec<Wish>,
}

/// One goal or wish in a caseworker's list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct QueueItem {
    pub person_id: String,
    pub person_name: String,
    pub kind: ContributionKind,
    pub id: String,
    pub text: String,
    pub decision: Decision,
    pub updated_at: i64,
    pub written: Written,
    /// The caseworker's answer so far, if any.
    pub response: Option<StaffResponse>,
    /// For a goal, the whole of it — why, who helps, its steps and notes — to answer it
    /// knowing all the person wrote.
    pub goal: Option<Box<Goal>>,
    /// The person's care plan, which an answer may add a goal to, and its newest published
    /// version: both or neither. (Two fields, not a type of their own: the app's every
    /// type costs a phone bytes.)
    pub care_plan_id: Option<String>,
    pub care_plan_version: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContributionKind {
    Goal,
    Wish,
}

/// A caseworker's answer to a goal or a wish.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Answer {
    pub comment: String,
    pub decision: AnswerDecision,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum AnswerDecision {
    Seen,
    Added { plan_id: String, plan_version: i64 },
    NotAdded { reason: String },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NoteInput {
    pub text: String,
}

/// Checks a goal as the person wrote it; `today` is an ISO date.
pub fn check_goal(goal: &GoalInput, today: &str) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    text(&mut problems, "what", &goal.what, GOAL_TEXT, true);
    text(&mut problems, "why", &goal.why, GOAL_TEXT, false);
    text(&mut problems, "can_do", &goal.can_do, GOAL_TEXT, false);
    text(&mut problems, "who_helps", &goal.who_helps, GOAL_TEXT, false);
    text(&mut problems, "would_help", &goal.would_help, GOAL_TEXT, false);
    if !(1..=10).contains(&goal.importance) {
        problems.push(FieldProblem {
            field: "importance".into(),
            problem: Problem::Importance,
        });
    }
    if i64::try_from(goal.steps.len()).unwrap_or(i64::MAX) > MAX_STEPS {
        problems.push(FieldProblem {
            field: "steps".into(),
            problem: Problem::TooMany,
        });
    }
    for (i, step) in goal.steps.iter().enumerate() {
        problems.extend(check_step(step, today).into_iter().map(|p| FieldProblem {
            field: format!("steps.{i}.{}", p.field),
            problem: p.problem,
        }));
    }
    problems
}

/// Checks one step: something to do, by a date that has not passed.
pub fn check_step(step: &StepInput, today: &str) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    text(&mut problems, "what", &step.what, SHORT_TEXT, true);
    text(&mut problems, "who", &step.who, SHORT_TEXT, false);
    let by_when = step.by_when.trim();
    if !by_when.is_empty() {
        let problem = if !is_date(by_when) {
            Some(Problem::NotADate)
        } else if by_when < today {
            Some(Problem::DateInPast)
        } else {
            None
        };
        problems.extend(problem.map(|problem| FieldProblem {
            field: "by_when".into(),
            problem,
        }));
    }
    problems
}

pub fn check_text(field: &str, value: &str, max: usize) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    text(&mut problems, field, value, max, true);
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn goal() -> GoalInput {
        GoalInput {
            what: "Go to the football on Saturdays".into(),
            why: String::new(),
            can_do: String::new(),
            who_helps: String::new(),
            would_help: String::new(),
            importance: 8,
            steps: vec![StepInput {
                what: "Find out about a season ticket".into(),
                who: "Me and Kyle".into(),
                by_when: "2026-12-20".into(),
            }],
        }
    }

    #[test]
    fn a_goal_in_the_persons_words_passes() {
        assert!(check_goal(&goal(), "2026-11-25").is_empty());
    }

    #[test]
    fn importance_outside_one_to_ten_and_a_past_step_date_are_refused() {
        let mut bad = goal();
        bad.importance = 11;
        bad.steps[0].by_when = "2026-11-01".into();
        bad.what = "  ".into();
        let fields: Vec<_> = check_goal(&bad, "2026-11-25")
            .into_iter()
            .map(|p| (p.field, p.problem))
            .collect();
        assert_eq!(
            fields,
            [
                ("what".into(), Problem::Missing),
                ("importance".into(), Problem::Importance),
                ("steps.0.by_when".into(), Problem::DateInPast),
            ]
        );
    }
}
