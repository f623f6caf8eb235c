//! Goals and wishes in the person's own words, with who wrote each and when; and the
//! caseworker's answer to each. Staff answer; they never edit the person's words.

mod queue;
mod reading;
pub mod routes;

pub use queue::{ANSWERED_SHOWN_FOR_DAYS, queue};
pub use reading::{answer_of, contributions, of_person};

use api::goals::{Answer, AnswerDecision, ContributionKind, GOAL_TEXT, GoalInput, StepInput, WishInput, check_text};
use api::plan::COMMENT_MAX;
use api::plan_check::{FieldProblem, Problem};
use sqlx::AnyConnection;

use crate::access::Table;
use crate::db::{StoreError, new_id, now_ms};
use crate::staff;

/// The two kinds of contribution, which share how they are answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Goal,
    Wish,
}

impl Kind {
    pub fn contribution(self) -> ContributionKind {
        match self {
            Self::Goal => ContributionKind::Goal,
            Self::Wish => ContributionKind::Wish,
        }
    }

    /// Where the permit finds whose it is.
    pub fn records(self) -> Table {
        match self {
            Self::Goal => Table::Goals,
            Self::Wish => Table::Wishes,
        }
    }

    fn table(self) -> &'static str {
        match self {
            Self::Goal => "goals",
            Self::Wish => "wishes",
        }
    }

    /// When a goal was withdrawn, or a wish removed.
    fn closed_column(self) -> &'static str {
        match self {
            Self::Goal => "withdrawn_at",
            Self::Wish => "removed_at",
        }
    }
}

/// The person a goal or wish is about, and who wrote it; `None` if it does not exist (or
/// was withdrawn or removed, when `live` is asked for).
pub async fn owner(
    conn: &mut AnyConnection,
    kind: Kind,
    id: &str,
) -> Result<Option<(String, String, bool)>, StoreError> {
    let closed = kind.closed_column();
    let row: Option<(String, String, Option<i64>)> = sqlx::query_as(&format!(
        "SELECT person_id, author_account, {closed} FROM {} WHERE id = $1",
        kind.table()
    ))
    .bind(id)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|(person, author, closed)| (person, author, closed.is_some())))
}

/// Marks a contribution as new or changed, for the caseworker's list.
async fn touch(conn: &mut AnyConnection, kind: Kind, id: &str) -> Result<(), StoreError> {
    let (person,): (String,) = sqlx::query_as(&format!(
        "UPDATE {} SET updated_at = $1, decision = 'new' WHERE id = $2 RETURNING person_id",
        kind.table()
    ))
    .bind(now_ms())
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    staff::mark_queued(conn, &person).await
}

pub async fn add_goal(
    conn: &mut AnyConnection,
    person_id: &str,
    author: &str,
    goal: &GoalInput,
) -> Result<String, StoreError> {
    let id = new_id();
    let now = now_ms();
    sqlx::query(
        "INSERT INTO goals (id, person_id, author_account, what, why, can_do, who_helps, would_help, importance, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)",
    )
    .bind(&id)
    .bind(person_id)
    .bind(author)
    .bind(goal.what.trim())
    .bind(goal.why.trim())
    .bind(goal.can_do.trim())
    .bind(goal.who_helps.trim())
    .bind(goal.would_help.trim())
    .bind(goal.importance)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    for step in &goal.steps {
        add_step(conn, &id, author, step).await?;
    }
    staff::mark_queued(conn, person_id).await?;
    Ok(id)
}

pub async fn edit_goal(conn: &mut AnyConnection, id: &str, goal: &GoalInput) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE goals SET what = $1, why = $2, can_do = $3, who_helps = $4, would_help = $5, importance = $6 WHERE id = $7",
    )
    .bind(goal.what.trim())
    .bind(goal.why.trim())
    .bind(goal.can_do.trim())
    .bind(goal.who_helps.trim())
    .bind(goal.would_help.trim())
    .bind(goal.importance)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    touch(conn, Kind::Goal, id).await
}

/// Withdraws a goal, or removes a wish: kept for the record, no longer live.
pub async fn close(conn: &mut AnyConnection, kind: Kind, id: &str) -> Result<(), StoreError> {
    sqlx::query(&format!(
        "UPDATE {} SET {} = $1 WHERE id = $2",
        kind.table(),
        kind.closed_column()
    ))
    .bind(now_ms())
    .bind(id)
    .execute(&mut *conn)
    .await?;
    touch(conn, kind, id).await
}

pub async fn add_step(
    conn: &mut AnyConnection,
    goal_id: &str,
    author: &str,
    step: &StepInput,
) -> Result<String, StoreError> {
    let id = new_id();
    sqlx::query(
        "INSERT INTO goal_steps (id, goal_id, what, who, by_when, author_account, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&id)
    .bind(goal_id)
    .bind(step.what.trim())
    .bind(step.who.trim())
    .bind(step.by_when.trim())
    .bind(author)
    .bind(now_ms())
    .execute(&mut *conn)
    .await?;
    touch(conn, Kind::Goal, goal_id).await?;
    Ok(id)
}

/// Marks a step done; `NotFound` if the step is not the goal's.
pub async fn step_done(conn: &mut AnyConnection, goal_id: &str, step_id: &str) -> Result<(), StoreError> {
    let done = sqlx::query("UPDATE goal_steps SET done_at = $1 WHERE id = $2 AND goal_id = $3 AND done_at IS NULL")
        .bind(now_ms())
        .bind(step_id)
        .bind(goal_id)
        .execute(&mut *conn)
        .await?;
    if done.rows_affected() != 1 {
        return Err(StoreError::NotFound);
    }
    touch(conn, Kind::Goal, goal_id).await
}

pub async fn add_note(conn: &mut AnyConnection, goal_id: &str, author: &str, text: &str) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO goal_notes (id, goal_id, text, author_account, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(new_id())
        .bind(goal_id)
        .bind(text.trim())
        .bind(author)
        .bind(now_ms())
        .execute(&mut *conn)
        .await?;
    touch(conn, Kind::Goal, goal_id).await
}

pub async fn add_wish(
    conn: &mut AnyConnection,
    person_id: &str,
    author: &str,
    wish: &WishInput,
) -> Result<String, StoreError> {
    let id = new_id();
    let now = now_ms();
    sqlx::query(
        "INSERT INTO wishes (id, person_id, author_account, kind, text, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6)",
    )
    .bind(&id)
    .bind(person_id)
    .bind(author)
    .bind(wish.kind.as_str())
    .bind(wish.text.trim())
    .bind(now)
    .execute(&mut *conn)
    .await?;
    staff::mark_queued(conn, person_id).await?;
    Ok(id)
}

pub async fn edit_wish(conn: &mut AnyConnection, id: &str, wish: &WishInput) -> Result<(), StoreError> {
    sqlx::query("UPDATE wishes SET kind = $1, text = $2 WHERE id = $3")
        .bind(wish.kind.as_str())
        .bind(wish.text.trim())
        .bind(id)
        .execute(&mut *conn)
        .await?;
    touch(conn, Kind::Wish, id).await
}

/// The caseworker's answer: a comment, and what became of the contribution.
pub async fn answer(
    conn: &mut AnyConnection,
    kind: Kind,
    id: &str,
    by: &str,
    comment: &str,
    decision: &AnswerDecision,
) -> Result<(), StoreError> {
    let (status, reason, plan_id, plan_version) = match decision {
        AnswerDecision::Seen => ("seen", "", None, None),
        AnswerDecision::Added { plan_id, plan_version } => ("added", "", Some(plan_id.as_str()), Some(*plan_version)),
        AnswerDecision::NotAdded { reason } => ("not_added", reason.trim(), None, None),
    };
    let (person,): (String,) = sqlx::query_as(&format!(
        "UPDATE {} SET decision = $1, decision_reason = $2, plan_id = $3, plan_version = $4, response = $5, \
         response_by = $6, response_at = $7 WHERE id = $8 RETURNING person_id",
        kind.table()
    ))
    .bind(status)
    .bind(reason)
    .bind(plan_id)
    .bind(plan_version)
    .bind(comment.trim())
    .bind(by)
    .bind(now_ms())
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    staff::mark_queued(conn, &person).await
}

/// What needs changing in a caseworker's answer before it can be saved.
pub fn check_answer(body: &Answer) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    if body.comment.chars().count() > COMMENT_MAX {
        problems.push(FieldProblem {
            field: "comment".into(),
            problem: Problem::TooLong,
        });
    }
    if let AnswerDecision::NotAdded { reason } = &body.decision {
        problems.extend(check_text("reason", reason, GOAL_TEXT));
    }
    problems
}
