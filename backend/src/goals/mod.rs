//! Goals and wishes in the person's own words, with who wrote each and when; and the
//! caseworker's answer to each. Staff answer; they never edit the person's words.

pub mod routes;

use std::collections::HashMap;

use api::goals::{
    Answer, AnswerDecision, ContributionKind, Contributions, Decision, GOAL_TEXT, Goal, GoalInput, Note, QueueItem,
    StaffResponse, Step, StepInput, Wish, WishInput, WishKind, check_text,
};
use api::plan::COMMENT_MAX;
use api::plan_check::{FieldProblem, Problem};
use sqlx::{AnyConnection, Arguments};

use crate::access::Table;
use crate::access::policy::caseload_scope;
use crate::accounts::Authors;
use crate::db::{StoreError, list, new_id, now_ms};
use crate::staff::Staff;

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
    sqlx::query(&format!(
        "UPDATE {} SET updated_at = $1, decision = 'new' WHERE id = $2",
        kind.table()
    ))
    .bind(now_ms())
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
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
    .execute(conn)
    .await?;
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
    sqlx::query(&format!(
        "UPDATE {} SET decision = $1, decision_reason = $2, plan_id = $3, plan_version = $4, response = $5, \
         response_by = $6, response_at = $7 WHERE id = $8",
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
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct Answered {
    decision: String,
    decision_reason: String,
    plan_id: Option<String>,
    plan_version: Option<i64>,
    response: String,
    response_by: Option<String>,
    response_at: Option<i64>,
}

impl Answered {
    fn decision(&self) -> Decision {
        match (self.decision.as_str(), &self.plan_id, self.plan_version) {
            ("added", Some(plan_id), Some(plan_version)) => Decision::Added {
                plan_id: plan_id.clone(),
                plan_version,
            },
            ("not_added", _, _) => Decision::NotAdded {
                reason: self.decision_reason.clone(),
            },
            ("new", _, _) => Decision::New,
            _ => Decision::Seen,
        }
    }

    async fn split(
        self,
        conn: &mut AnyConnection,
        authors: &mut Authors,
    ) -> Result<(Decision, Option<StaffResponse>), StoreError> {
        let decision = self.decision();
        let response = match (self.response_by, self.response_at) {
            (Some(by), Some(at)) if !self.response.is_empty() => Some(StaffResponse {
                comment: self.response,
                by: authors.written(conn, &by, at).await?,
            }),
            _ => None,
        };
        Ok((decision, response))
    }
}

/// A goal as `of_people` reads it: a list's row is flat, so its answer is in the columns
/// `ANSWER_COLUMNS` names (taken out with `answered!`), as it is in a wish's row.
#[derive(serde::Deserialize)]
struct GoalRow {
    person_id: String,
    id: String,
    author_account: String,
    what: String,
    why: String,
    can_do: String,
    who_helps: String,
    would_help: String,
    importance: i64,
    withdrawn_at: Option<i64>,
    created_at: i64,
    updated_at: i64,
    decision: String,
    decision_reason: String,
    plan_id: Option<String>,
    plan_version: Option<i64>,
    response: String,
    response_by: Option<String>,
    response_at: Option<i64>,
}

#[derive(serde::Deserialize)]
struct WishRow {
    person_id: String,
    id: String,
    author_account: String,
    kind: String,
    text: String,
    created_at: i64,
    updated_at: i64,
    decision: String,
    decision_reason: String,
    plan_id: Option<String>,
    plan_version: Option<i64>,
    response: String,
    response_by: Option<String>,
    response_at: Option<i64>,
}

#[derive(serde::Deserialize)]
struct StepRow {
    goal_id: String,
    id: String,
    what: String,
    who: String,
    by_when: String,
    done_at: Option<i64>,
    author_account: String,
    created_at: i64,
}

#[derive(serde::Deserialize)]
struct NoteRow {
    goal_id: String,
    id: String,
    text: String,
    author_account: String,
    created_at: i64,
}

/// The answer a list's row carries in `ANSWER_COLUMNS`, taken out of it.
macro_rules! answered {
    ($row:ident) => {
        Answered {
            decision: $row.decision,
            decision_reason: $row.decision_reason,
            plan_id: $row.plan_id,
            plan_version: $row.plan_version,
            response: $row.response,
            response_by: $row.response_by,
            response_at: $row.response_at,
        }
    };
}

const ANSWER_COLUMNS: &str = "decision, decision_reason, plan_id, plan_version, response, response_by, response_at";

/// How long an answered goal or wish stays in a caseworker's queue, so they can see what
/// they said; after that it is on the person's page only.
pub const ANSWERED_SHOWN_FOR_DAYS: i64 = 14;

/// Which goals and wishes a list shows.
#[derive(Debug, Clone, Copy)]
enum Which {
    /// Everything, withdrawn goals too: the person's own page.
    All,
    /// What waits for an answer, or was answered since this time (ms): a caseload's queue.
    Open { answered_since: i64 },
}

impl Which {
    /// The condition on goals and wishes, the answered time bound as `$2`.
    fn condition(self) -> &'static str {
        match self {
            Self::All => "",
            Self::Open { .. } => "AND (decision = 'new' OR response_at >= $2)",
        }
    }
}

/// Everything a person has said: goals (newest first, withdrawn ones too) and wishes.
pub async fn of_person(conn: &mut AnyConnection, person_id: &str) -> Result<(Vec<Goal>, Vec<Wish>), StoreError> {
    Ok(of_people(conn, "$1", person_id, Which::All)
        .await?
        .remove(person_id)
        .unwrap_or_default())
}

/// What each of `people` has said, as [`of_person`]: `people` goes inside `IN (…)` and
/// takes `key` as `$1` (`$1` itself, or a subquery of a caseload's people). Six
/// queries, however many people; goals and wishes newest first, steps and notes oldest.
async fn of_people(
    conn: &mut AnyConnection,
    people: &str,
    key: &str,
    which: Which,
) -> Result<HashMap<String, (Vec<Goal>, Vec<Wish>)>, StoreError> {
    let args = || {
        let mut args = list::args(&[key]);
        if let Which::Open { answered_since } = which {
            // Binding a number cannot fail.
            let _ = args.add(answered_since);
        }
        args
    };
    let mut goal_rows: Vec<GoalRow> = list::fetch(
        conn,
        &format!(
            "SELECT person_id, id, author_account, what, why, can_do, who_helps, would_help, importance, \
             withdrawn_at, created_at, updated_at, {ANSWER_COLUMNS} FROM goals WHERE person_id IN ({people}) {}",
            which.condition()
        ),
        args(),
    )
    .await?;
    goal_rows.sort_by(|a, b| (b.created_at, &a.id).cmp(&(a.created_at, &b.id)));
    // Steps and notes by the goals' ids: looking the people up again would cost more.
    let goal_ids = crate::db::to_json(&goal_rows.iter().map(|g| &g.id).collect::<Vec<_>>())?;
    let goals = list::each(conn, "$1");
    let mut step_rows: Vec<StepRow> = list::fetch(
        conn,
        &format!(
            "SELECT goal_id, id, what, who, by_when, done_at, author_account, created_at FROM goal_steps \
             WHERE goal_id IN ({goals})"
        ),
        list::args(&[&goal_ids]),
    )
    .await?;
    step_rows.sort_by(|a, b| (a.created_at, &a.id).cmp(&(b.created_at, &b.id)));
    let mut note_rows: Vec<NoteRow> = list::fetch(
        conn,
        &format!("SELECT goal_id, id, text, author_account, created_at FROM goal_notes WHERE goal_id IN ({goals})"),
        list::args(&[&goal_ids]),
    )
    .await?;
    note_rows.sort_by(|a, b| (a.created_at, &a.id).cmp(&(b.created_at, &b.id)));
    let mut wish_rows: Vec<WishRow> = list::fetch(
        conn,
        &format!(
            "SELECT person_id, id, author_account, kind, text, created_at, updated_at, {ANSWER_COLUMNS} FROM wishes \
             WHERE person_id IN ({people}) AND removed_at IS NULL {}",
            which.condition()
        ),
        args(),
    )
    .await?;
    wish_rows.sort_by(|a, b| (b.created_at, &a.id).cmp(&(a.created_at, &b.id)));
    // Who wrote each thing and each answer, looked up together.
    let mut accounts: Vec<String> = Vec::new();
    let written = (goal_rows.iter().map(|g| (&g.author_account, &g.response_by)))
        .chain(wish_rows.iter().map(|w| (&w.author_account, &w.response_by)));
    for (author, response_by) in written {
        accounts.extend([Some(author), response_by.as_ref()].into_iter().flatten().cloned());
    }
    accounts.extend(step_rows.iter().map(|s| s.author_account.clone()));
    accounts.extend(note_rows.iter().map(|n| n.author_account.clone()));
    let mut authors = Authors::default();
    authors.look_up(conn, accounts).await?;

    let mut steps: HashMap<String, Vec<Step>> = HashMap::new();
    for step in step_rows {
        steps.entry(step.goal_id).or_default().push(Step {
            written: authors.written(conn, &step.author_account, step.created_at).await?,
            id: step.id,
            what: step.what,
            who: step.who,
            by_when: step.by_when,
            done: step.done_at.is_some(),
        });
    }
    let mut notes: HashMap<String, Vec<Note>> = HashMap::new();
    for note in note_rows {
        notes.entry(note.goal_id).or_default().push(Note {
            text: note.text,
            written: authors.written(conn, &note.author_account, note.created_at).await?,
        });
    }
    let mut said: HashMap<String, (Vec<Goal>, Vec<Wish>)> = HashMap::new();
    for row in goal_rows {
        let written = authors.written(conn, &row.author_account, row.created_at).await?;
        let (decision, response) = answered!(row).split(conn, &mut authors).await?;
        said.entry(row.person_id.clone()).or_default().0.push(Goal {
            steps: steps.remove(&row.id).unwrap_or_default(),
            notes: notes.remove(&row.id).unwrap_or_default(),
            id: row.id,
            person_id: row.person_id,
            input: GoalInput {
                what: row.what,
                why: row.why,
                can_do: row.can_do,
                who_helps: row.who_helps,
                would_help: row.would_help,
                importance: row.importance,
                steps: Vec::new(),
            },
            withdrawn: row.withdrawn_at.is_some(),
            written,
            updated_at: row.updated_at,
            decision,
            response,
        });
    }
    for row in wish_rows {
        let written = authors.written(conn, &row.author_account, row.created_at).await?;
        let (decision, response) = answered!(row).split(conn, &mut authors).await?;
        said.entry(row.person_id.clone()).or_default().1.push(Wish {
            id: row.id,
            person_id: row.person_id,
            kind: WishKind::parse(&row.kind).unwrap_or(WishKind::Other),
            text: row.text,
            written,
            updated_at: row.updated_at,
            decision,
            response,
        });
    }
    Ok(said)
}

/// The person's goals and wishes, with their name.
pub async fn contributions(conn: &mut AnyConnection, person_id: &str) -> Result<Contributions, StoreError> {
    let (goals, wishes) = of_person(conn, person_id).await?;
    let person_name = crate::people::full_name(conn, person_id).await?;
    Ok(Contributions {
        person_id: person_id.to_owned(),
        person_name,
        goals,
        wishes,
    })
}

/// New and changed goals and wishes across a caseload (a manager: the team's), and those
/// answered in the last two weeks; unread first, then newest.
pub async fn queue(conn: &mut AnyConnection, staff: &Staff) -> Result<Vec<QueueItem>, StoreError> {
    let Some((scope, key)) = caseload_scope(staff) else {
        return Ok(Vec::new());
    };
    let caseload = format!("SELECT a.person_id FROM allocations a WHERE a.ended_at IS NULL AND {scope}");
    let answered_since = now_ms() - ANSWERED_SHOWN_FOR_DAYS * 86_400_000;
    let said = of_people(conn, &caseload, &key, Which::Open { answered_since }).await?;
    let people = queued_people(conn, said.keys()).await?;
    let mut items = Vec::new();
    for (person, (goals, wishes)) in said {
        let Some((name, care_plan)) = people.get(&person) else {
            continue;
        };
        items.extend(goals.into_iter().filter(|g| !g.withdrawn).map(|g| QueueItem {
            person_id: person.clone(),
            person_name: name.clone(),
            kind: ContributionKind::Goal,
            id: g.id.clone(),
            text: g.input.what.clone(),
            decision: g.decision.clone(),
            updated_at: g.updated_at,
            written: g.written.clone(),
            response: g.response.clone(),
            goal: Some(Box::new(g)),
            care_plan_id: care_plan.as_ref().map(|p| p.0.clone()),
            care_plan_version: care_plan.as_ref().map(|p| p.1),
        }));
        items.extend(wishes.into_iter().map(|w| QueueItem {
            person_id: person.clone(),
            person_name: name.clone(),
            kind: ContributionKind::Wish,
            id: w.id,
            text: w.text,
            decision: w.decision,
            updated_at: w.updated_at,
            written: w.written,
            response: w.response,
            goal: None,
            care_plan_id: care_plan.as_ref().map(|p| p.0.clone()),
            care_plan_version: care_plan.as_ref().map(|p| p.1),
        }));
    }
    items.sort_by(|a, b| {
        let key = |i: &QueueItem| (i.decision != Decision::New, std::cmp::Reverse(i.updated_at));
        (key(a), &a.id).cmp(&(key(b), &b.id))
    });
    Ok(items)
}

/// The name of each person with something in the queue, and their care plan and its newest
/// published version (their first care plan, if they have more than one).
async fn queued_people(
    conn: &mut AnyConnection,
    people: impl Iterator<Item = &String>,
) -> Result<HashMap<String, (String, Option<(String, i64)>)>, StoreError> {
    #[derive(serde::Deserialize)]
    struct Row {
        person_id: String,
        name: String,
        plan_id: Option<String>,
        plan_version: Option<i64>,
        plan_created: Option<i64>,
    }
    let ids = crate::db::to_json(&people.collect::<Vec<_>>())?;
    let mut rows: Vec<Row> = list::fetch(
        conn,
        &format!(
            "SELECT p.id AS person_id, p.full_name AS name, pl.id AS plan_id, pl.published_version AS plan_version, \
             pl.created_at AS plan_created FROM people p LEFT JOIN plans pl ON pl.person_id = p.id AND pl.kind = 'care' \
             WHERE p.id IN ({})",
            list::each(conn, "$1")
        ),
        list::args(&[&ids]),
    )
    .await?;
    rows.sort_by(|a, b| (&a.person_id, a.plan_created, &a.plan_id).cmp(&(&b.person_id, b.plan_created, &b.plan_id)));
    let mut people = HashMap::new();
    for row in rows {
        people
            .entry(row.person_id)
            .or_insert((row.name, row.plan_id.zip(row.plan_version)));
    }
    Ok(people)
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

/// A goal's "what" or a wish's words, with its answer as it stands: for telling the
/// person about the answer. `None` if it no longer exists.
pub async fn answer_of(
    conn: &mut AnyConnection,
    kind: ContributionKind,
    id: &str,
) -> Result<Option<(String, Decision, String)>, StoreError> {
    let (text, table) = match kind {
        ContributionKind::Goal => ("what", "goals"),
        ContributionKind::Wish => ("text", "wishes"),
    };
    #[derive(sqlx::FromRow)]
    struct Row {
        text: String,
        #[sqlx(flatten)]
        answered: Answered,
    }
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT {text} AS text, {ANSWER_COLUMNS} FROM {table} WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|row| (row.text, row.answered.decision(), row.answered.response)))
}
