//! A caseworker's "To do": everything waiting on them across their caseload (a manager's:
//! the team's), most urgent first, each with the day it is due.

use serde::{Deserialize, Serialize};

use crate::goals::ContributionKind;
use crate::reviews::QueueEntry;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TodoItem {
    pub person_id: String,
    pub person_name: String,
    pub waiting: Waiting,
    /// When it arrived (ms since 1970).
    pub at: i64,
    /// The day it should be done by, as an ISO date; none once nothing is due.
    pub due: Option<String>,
    pub overdue: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Waiting {
    /// The person said they do not agree with a version of their plan.
    Disagreement {
        plan_id: String,
        version: i64,
        comment: String,
        /// The response, to mark it dealt with.
        response_id: String,
    },
    /// A new or changed goal or wish, not yet answered.
    Contribution {
        contribution: ContributionKind,
        id: String,
        text: String,
    },
    /// The person (or a carer) added to a review under way since its last step.
    Addition { review_id: String, text: String },
    /// A review asked for, under way, or a planned review now due.
    Review { entry: QueueEntry },
    /// The person told their caseworker privately that someone may be pressuring them.
    Safeguarding { concerns: i64 },
    /// The person gave, changed or ended a carer's access since staff last looked.
    CarerChange { carer: String, ended: bool },
}

impl Waiting {
    /// Safeguarding first, then urgent reviews; the rest by when they are due.
    pub fn rank(&self) -> u8 {
        match self {
            Self::Safeguarding { .. } => 0,
            Self::Review { entry } if entry.urgency == crate::reviews::Urgency::Urgent => 1,
            _ => 2,
        }
    }
}
