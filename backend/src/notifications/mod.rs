//! Telling people that something changed: a notification in the app, and an email (through
//! the outbox) where an address is on file. Both are written in the caller's transaction,
//! so a change and its notice are saved together or not at all.

pub mod outbox;
pub mod routes;

use api::i18n::negotiate;
use api::reviews::{Notification, Notifications};
use sqlx::AnyConnection;

use crate::db::{StoreError, new_id, now_ms};

/// The one email template there is: it says only that there is news, never what.
pub const REVIEW_UPDATE: &str = "review_update";

/// Notifies the person a review is about and, if a carer asked for it on their behalf, the
/// carer too — while the person still lets them follow their reviews.
/// `email` is whether mail is being sent at all (SMTP configured).
pub async fn review_changed(
    conn: &mut AnyConnection,
    review_id: &str,
    step: &str,
    email: bool,
) -> Result<(), StoreError> {
    let (person, requester): (String, Option<String>) = sqlx::query_as(
        "SELECT r.person_id, a.person_id FROM reviews r JOIN accounts a ON a.id = r.requested_by WHERE r.id = $1",
    )
    .bind(review_id)
    .fetch_one(&mut *conn)
    .await?;
    let mut recipients = vec![person.clone()];
    if let Some(carer) = requester.filter(|r| *r != person)
        && let Some(granted) = crate::carers::current(conn, &carer, &person).await?
        && granted.in_force(&crate::db::today())
        && granted.scopes.reviews
    {
        recipients.push(carer);
    }
    let now = now_ms();
    for person in recipients {
        sqlx::query(
            "INSERT INTO notifications (id, person_id, review_id, step, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(new_id())
        .bind(&person)
        .bind(review_id)
        .bind(step)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        if email {
            let (address, language): (Option<String>, String) =
                sqlx::query_as("SELECT email, language FROM people WHERE id = $1")
                    .bind(&person)
                    .fetch_one(&mut *conn)
                    .await?;
            if let Some(address) = address.filter(|a| !a.trim().is_empty()) {
                outbox::enqueue(conn, &address, negotiate([language.as_str()]), REVIEW_UPDATE).await?;
            }
        }
    }
    Ok(())
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    review_id: String,
    step: String,
    created_at: i64,
    read_at: Option<i64>,
}

/// The person's newest 50 notifications, and how many are unread.
pub async fn of_person(conn: &mut AnyConnection, person: &str) -> Result<Notifications, StoreError> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, review_id, step, created_at, read_at FROM notifications WHERE person_id = $1 \
         ORDER BY created_at DESC LIMIT 50",
    )
    .bind(person)
    .fetch_all(&mut *conn)
    .await?;
    let (unread,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM notifications WHERE person_id = $1 AND read_at IS NULL")
            .bind(person)
            .fetch_one(&mut *conn)
            .await?;
    Ok(Notifications {
        unread: usize::try_from(unread).unwrap_or_default(),
        items: rows
            .into_iter()
            .map(|r| Notification {
                id: r.id,
                review_id: r.review_id,
                step: r.step,
                at: r.created_at,
                read: r.read_at.is_some(),
            })
            .collect(),
    })
}

pub async fn mark_all_read(conn: &mut AnyConnection, person: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE notifications SET read_at = $1 WHERE person_id = $2 AND read_at IS NULL")
        .bind(now_ms())
        .bind(person)
        .execute(conn)
        .await?;
    Ok(())
}
