//! The signed-in person's notifications: what has happened to their reviews, unread first.

use api::reviews::{Notification, Notifications};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use crate::auth::SignedIn;
use crate::db::{begin_write, now_ms};
use crate::http::{AppError, AppState};
use crate::policy;

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    review_id: String,
    step: String,
    created_at: i64,
    read_at: Option<i64>,
}

/// `GET /api/v1/me/notifications`: the newest 50.
pub async fn mine(State(state): State<AppState>, user: SignedIn) -> Result<Json<Notifications>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let person = policy::signed_in(&mut conn, &user.account_id).await?.own_person()?;
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, review_id, step, created_at, read_at FROM notifications WHERE person_id = $1 \
         ORDER BY created_at DESC LIMIT 50",
    )
    .bind(&person)
    .fetch_all(&mut *conn)
    .await?;
    let (unread,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM notifications WHERE person_id = $1 AND read_at IS NULL")
            .bind(&person)
            .fetch_one(&mut *conn)
            .await?;
    Ok(Json(Notifications {
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
    }))
}

/// `POST /api/v1/me/notifications/read`: marks them all as read.
pub async fn read_all(State(state): State<AppState>, user: SignedIn) -> Result<StatusCode, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = begin_write(&mut conn).await?;
    let person = policy::signed_in(&mut tx, &user.account_id).await?.own_person()?;
    sqlx::query("UPDATE notifications SET read_at = $1 WHERE person_id = $2 AND read_at IS NULL")
        .bind(now_ms())
        .bind(&person)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
