//! The audit trail: who did what, when, to whom, and whether it worked. A change is
//! recorded in the same transaction as the change itself.

pub mod request;

use sqlx::AnyConnection;

use crate::db::{StoreError, new_id, now_ms};

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
    let requested = request::current();
    sqlx::query(
        "INSERT INTO audit_events (id, at, actor_account_id, action, outcome, subject_account_id, subject_person_id, \
         detail, client_address, request_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(new_id())
    .bind(now_ms())
    .bind(event.actor)
    .bind(event.action)
    .bind(match outcome {
        Outcome::Done => "done",
        Outcome::Refused => "refused",
    })
    .bind(event.subject_account)
    .bind(event.subject_person)
    .bind(event.detail)
    .bind(requested.as_ref().map(|r| r.client.as_str()))
    .bind(requested.as_ref().map(|r| r.request_id.as_str()))
    .execute(conn)
    .await?;
    Ok(())
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

/// The newest events first, optionally only one action: for tests and, later, the
/// person's own "who has looked at my plan".
pub async fn latest(conn: &mut AnyConnection, action: &str, limit: i64) -> Result<Vec<Recorded>, StoreError> {
    Ok(sqlx::query_as(
        "SELECT at, actor_account_id, action, outcome, subject_account_id, detail FROM audit_events \
         WHERE action = $1 ORDER BY at DESC, id LIMIT $2",
    )
    .bind(action)
    .bind(limit)
    .fetch_all(conn)
    .await?)
}
