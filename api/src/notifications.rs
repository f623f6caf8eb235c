//! What a person is told has happened: a step of their review, an answer to their goal or
//! wish, a new version of their plan — each with who did it, never of their own doing.

use serde::{Deserialize, Serialize};

use crate::goals::{ContributionKind, Decision};
use crate::reviews::Step;

/// The person's notifications, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Notifications {
    pub unread: usize,
    pub items: Vec<Notification>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Notification {
    pub id: String,
    pub at: i64,
    pub read: bool,
    /// Who did it, by name.
    pub by: Option<String>,
    /// Whose record it is about, when that is someone the reader cares for (not
    /// themselves).
    pub about: Option<About>,
    pub news: News,
}

/// Someone a carer cares for, as a notification names them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct About {
    pub person_id: String,
    /// What they like to be called.
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum News {
    /// A review took a step. `step` is its name; `detail` the step itself (with the date
    /// and way of an arranged meeting), missing on notifications written before it was kept.
    Review {
        review_id: String,
        step: String,
        detail: Option<Step>,
    },
    /// The caseworker answered a goal or a wish.
    Answer {
        contribution: ContributionKind,
        id: String,
        /// The goal's "what", or the wish, in the person's words.
        text: String,
        decision: Decision,
        comment: String,
    },
    /// A new version of a plan was published, with the caseworker's message, if any.
    Plan {
        plan_id: String,
        version: i64,
        message: String,
    },
    /// The person has a new named worker.
    Worker { name: String },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_review_step_travels_with_its_detail() {
        let news = News::Review {
            review_id: "r1".into(),
            step: "acknowledged".into(),
            detail: Some(Step::Acknowledged),
        };
        let json = serde_json::to_string(&news).expect("json");
        assert_eq!(serde_json::from_str::<News>(&json).expect("back"), news);
        assert!(json.contains("\"kind\":\"review\""), "{json}");
    }
}
