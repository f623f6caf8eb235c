//! "Is someone pressuring you?": the person tells their caseworker privately. It flags the
//! case as a possible safeguarding concern; nothing about it is shown or sent to a carer.

use api::carers::{Concern, ConcernInput};
use api::plan_check::{FieldProblem, LONG_TEXT, Problem};
use sqlx::AnyConnection;

use crate::db::{StoreError, new_id, now_ms};

pub fn check(body: &ConcernInput) -> Vec<FieldProblem> {
    if body.text.chars().count() > LONG_TEXT {
        vec![FieldProblem {
            field: "text".into(),
            problem: Problem::TooLong,
        }]
    } else {
        Vec::new()
    }
}

/// Records the person's concern; returns its id.
pub async fn raise(conn: &mut AnyConnection, person: &str, text: &str) -> Result<String, StoreError> {
    let id = new_id();
    sqlx::query("INSERT INTO concerns (id, person_id, text, created_at) VALUES ($1, $2, $3, $4)")
        .bind(&id)
        .bind(person)
        .bind(text.trim())
        .bind(now_ms())
        .execute(conn)
        .await?;
    Ok(id)
}

/// Flags the case when the person gives `carer` access again after a caseworker ended it.
pub async fn regranted(conn: &mut AnyConnection, person: &str, carer: &str) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO concerns (id, person_id, text, created_at, regranted_carer) VALUES ($1, $2, '', $3, $4)")
        .bind(new_id())
        .bind(person)
        .bind(now_ms())
        .bind(carer)
        .execute(conn)
        .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    text: String,
    created_at: i64,
    carer_name: Option<String>,
}

/// The person's concerns the caseworker has not yet acted on, oldest first.
pub async fn unread_of(conn: &mut AnyConnection, person: &str) -> Result<Vec<Concern>, StoreError> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT c.id, c.text, c.created_at, COALESCE(p.preferred_name, p.full_name) AS carer_name FROM concerns c \
         LEFT JOIN people p ON p.id = c.regranted_carer WHERE c.person_id = $1 AND c.read_at IS NULL \
         ORDER BY c.created_at",
    )
    .bind(person)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Concern {
            id: r.id,
            text: r.text,
            at: r.created_at,
            regranted: r.carer_name,
        })
        .collect())
}

pub async fn mark_read(conn: &mut AnyConnection, id: &str, by_account: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE concerns SET read_at = $1, read_by = $2 WHERE id = $3")
        .bind(now_ms())
        .bind(by_account)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}
