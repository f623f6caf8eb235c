//! The audit trail: who did what, when, to whom, and whether it worked. A change is
//! recorded in `audit_events` in the same transaction as the change itself; a read, in
//! `read_events` in a batch with other reads (`batched`), kept before the answer goes out.

pub mod batched;
pub mod request;

use rand::RngCore;
use sqlx::AnyConnection;

use crate::db::{StoreError, now_ms};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Done,
    Refused,
}

#[derive(Debug, Clone, Default)]
pub struct Event<'a> {
    pub actor: Option<&'a str>,
    pub action: &'a str,
    pub subject_account: Option<&'a str>,
    pub subject_person: Option<&'a str>,
    /// Why it was refused, or what changed: never personal data.
    pub detail: &'a str,
}

/// Records one event; written while a request is answered, it carries where the request
/// came from and its id.
pub async fn record(conn: &mut AnyConnection, event: &Event<'_>, outcome: Outcome) -> Result<(), StoreError> {
    Row::new(event, outcome).insert(conn).await
}

/// Which of the two tables a row goes to.
#[derive(Debug, Clone, Copy)]
enum Trail {
    Changes,
    Reads,
}

impl Trail {
    fn table(self) -> &'static str {
        match self {
            Self::Changes => "audit_events",
            Self::Reads => "read_events",
        }
    }
}

/// A unique id that sorts by time (a version 7 UUID): each new row's id goes at the end
/// of the id's index, beside the last, where a random one would change a page anywhere in
/// it, one more page for each read's batch to write and sync (audit ids are in no URL).
fn ordered_id(at: i64) -> String {
    let mut random = [0; 10];
    rand::rng().fill_bytes(&mut random);
    uuid::Builder::from_unix_timestamp_millis(u64::try_from(at).unwrap_or_default(), &random)
        .into_uuid()
        .to_string()
}

/// Rows one statement writes at most: 1,000 values, far below either database's limit.
const ROWS_PER_INSERT: usize = 100;

/// An event as it is written, owned, so that it can wait for a batch.
#[derive(Debug)]
struct Row {
    id: String,
    at: i64,
    actor: Option<String>,
    action: String,
    outcome: &'static str,
    subject_account: Option<String>,
    subject_person: Option<String>,
    detail: String,
    client: Option<String>,
    request_id: Option<String>,
}

impl Row {
    /// The event now, from the request being answered.
    fn new(event: &Event<'_>, outcome: Outcome) -> Self {
        let requested = request::current();
        let at = now_ms();
        Self {
            id: ordered_id(at),
            at,
            actor: event.actor.map(str::to_owned),
            action: event.action.to_owned(),
            outcome: match outcome {
                Outcome::Done => "done",
                Outcome::Refused => "refused",
            },
            subject_account: event.subject_account.map(str::to_owned),
            subject_person: event.subject_person.map(str::to_owned),
            detail: event.detail.to_owned(),
            client: requested.as_ref().map(|r| r.client.clone()),
            request_id: requested.map(|r| r.request_id),
        }
    }

    async fn insert(&self, conn: &mut AnyConnection) -> Result<(), StoreError> {
        Self::insert_all(conn, Trail::Changes, std::slice::from_ref(self)).await
    }

    /// Many rows in few statements: each statement is one trip to the database's thread,
    /// and a batch of reads can hold hundreds.
    async fn insert_all<'r>(
        conn: &mut AnyConnection,
        trail: Trail,
        rows: impl IntoIterator<Item = &'r Row>,
    ) -> Result<(), StoreError> {
        const COLUMNS: usize = 10;
        let rows: Vec<&Row> = rows.into_iter().collect();
        for chunk in rows.chunks(ROWS_PER_INSERT) {
            let values: Vec<String> = (0..chunk.len())
                .map(|r| {
                    let marks: Vec<String> = (1..=COLUMNS).map(|c| format!("${}", r * COLUMNS + c)).collect();
                    format!("({})", marks.join(", "))
                })
                .collect();
            let sql = format!(
                "INSERT INTO {} (id, at, actor_account_id, action, outcome, subject_account_id, \
                 subject_person_id, detail, client_address, request_id) VALUES {}",
                trail.table(),
                values.join(", ")
            );
            let mut query = sqlx::query(&sql);
            for row in chunk {
                query = query
                    .bind(&row.id)
                    .bind(row.at)
                    .bind(&row.actor)
                    .bind(&row.action)
                    .bind(row.outcome)
                    .bind(&row.subject_account)
                    .bind(&row.subject_person)
                    .bind(&row.detail)
                    .bind(&row.client)
                    .bind(&row.request_id);
            }
            query.execute(&mut *conn).await?;
        }
        Ok(())
    }
}

/// Records something an account did about a person, which worked.
pub async fn done_about(
    conn: &mut AnyConnection,
    actor: &str,
    person: &str,
    action: &str,
    detail: &str,
) -> Result<(), StoreError> {
    let event = Event {
        actor: Some(actor),
        action,
        subject_person: Some(person),
        detail,
        ..Event::default()
    };
    record(conn, &event, Outcome::Done).await
}

#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Recorded {
    pub at: i64,
    pub actor_account_id: Option<String>,
    pub action: String,
    pub outcome: String,
    pub subject_account_id: Option<String>,
    pub detail: String,
}

/// The newest events of one action first, changes and reads alike.
pub async fn latest(conn: &mut AnyConnection, action: &str, limit: i64) -> Result<Vec<Recorded>, StoreError> {
    Ok(sqlx::query_as(
        "SELECT at, actor_account_id, action, outcome, subject_account_id, detail, id FROM audit_events \
         WHERE action = $1 UNION ALL SELECT at, actor_account_id, action, outcome, subject_account_id, detail, id \
         FROM read_events WHERE action = $1 ORDER BY at DESC, id LIMIT $2",
    )
    .bind(action)
    .bind(limit)
    .fetch_all(conn)
    .await?)
}
