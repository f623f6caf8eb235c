//! Reading what people have said: one person's goals and wishes, or a caseload's at once
//! for the queue, with who wrote each thing and each answer.

use std::collections::HashMap;

use api::goals::{
    ContributionKind, Contributions, Decision, Goal, GoalInput, Note, StaffResponse, Step, Wish, WishKind,
};
use sqlx::{AnyConnection, Arguments};

use crate::accounts::Authors;
use crate::db::{StoreError, list};

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

const ANSWER_COLUMNS: &str =
    "t.decision, t.decision_reason, t.plan_id, t.plan_version, t.response, t.response_by, t.response_at";

/// Which goals and wishes a list shows.
#[derive(Debug, Clone, Copy)]
pub(super) enum Which {
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
            Self::Open { .. } => "AND (t.decision = 'new' OR t.response_at >= $2)",
        }
    }

    /// The same on a caseload's allocation `a`: whether its person may have any such.
    fn allocation_condition(self) -> &'static str {
        match self {
            Self::All => "",
            Self::Open { .. } => "AND a.queued_at >= $2",
        }
    }
}

/// Whose goals and wishes a list reads, with its key bound as `$1`.
pub(super) enum Whose<'a> {
    Person(&'a str),
    /// The people allocated to the staff `s` that the condition (from
    /// `policy::caseload_staff`) picks, with its key.
    Caseload(&'static str, &'a str),
}

impl Whose<'_> {
    fn key(&self) -> &str {
        match self {
            Self::Person(id) | Self::Caseload(_, id) => id,
        }
    }

    /// `FROM … WHERE …` for the rows of `table`, named `t`, that `which` shows. A
    /// caseload's are joined from its allocations (asked for `person_id IN (the
    /// caseload)`, SQLite first builds an index of the ids); its queue's only from those
    /// whose person may have something in it (migration 0023).
    fn rows_of(&self, table: &str, which: Which) -> String {
        let (shown, queued) = (which.condition(), which.allocation_condition());
        match self {
            Self::Person(_) => format!("FROM {table} t WHERE t.person_id = $1 {shown}"),
            Self::Caseload(on_staff, _) => format!(
                "FROM staff s JOIN allocations a ON a.staff_id = s.id AND a.ended_at IS NULL {queued} \
                 JOIN {table} t ON t.person_id = a.person_id WHERE {on_staff} {shown}"
            ),
        }
    }
}

/// Everything a person has said: goals (newest first, withdrawn ones too) and wishes.
pub async fn of_person(conn: &mut AnyConnection, person_id: &str) -> Result<(Vec<Goal>, Vec<Wish>), StoreError> {
    Ok(of_people(conn, Whose::Person(person_id), Which::All)
        .await?
        .remove(person_id)
        .unwrap_or_default())
}

/// What each of `people` has said, as [`of_person`]. Six queries, however many people;
/// goals and wishes newest first, steps and notes oldest.
pub(super) async fn of_people(
    conn: &mut AnyConnection,
    people: Whose<'_>,
    which: Which,
) -> Result<HashMap<String, (Vec<Goal>, Vec<Wish>)>, StoreError> {
    let args = || {
        let mut args = list::args(&[people.key()]);
        if let Which::Open { answered_since } = which {
            // Binding a number cannot fail.
            let _ = args.add(answered_since);
        }
        args
    };
    let mut goal_rows: Vec<GoalRow> = list::fetch(
        conn,
        &format!(
            "SELECT t.person_id, t.id, t.author_account, t.what, t.why, t.can_do, t.who_helps, t.would_help, \
             t.importance, t.withdrawn_at, t.created_at, t.updated_at, {ANSWER_COLUMNS} {}",
            people.rows_of("goals", which)
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
            "SELECT t.goal_id, t.id, t.what, t.who, t.by_when, t.done_at, t.author_account, t.created_at \
             FROM {goals} JOIN goal_steps t ON t.goal_id = j.value"
        ),
        list::args(&[&goal_ids]),
    )
    .await?;
    step_rows.sort_by(|a, b| (a.created_at, &a.id).cmp(&(b.created_at, &b.id)));
    let mut note_rows: Vec<NoteRow> = list::fetch(
        conn,
        &format!(
            "SELECT t.goal_id, t.id, t.text, t.author_account, t.created_at \
             FROM {goals} JOIN goal_notes t ON t.goal_id = j.value"
        ),
        list::args(&[&goal_ids]),
    )
    .await?;
    note_rows.sort_by(|a, b| (a.created_at, &a.id).cmp(&(b.created_at, &b.id)));
    let mut wish_rows: Vec<WishRow> = list::fetch(
        conn,
        &format!(
            "SELECT t.person_id, t.id, t.author_account, t.kind, t.text, t.created_at, t.updated_at, {ANSWER_COLUMNS} \
             {} AND t.removed_at IS NULL",
            people.rows_of("wishes", which)
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
        "SELECT {text} AS text, {ANSWER_COLUMNS} FROM {table} t WHERE t.id = $1"
    ))
    .bind(id)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|row| (row.text, row.answered.decision(), row.answered.response)))
}
