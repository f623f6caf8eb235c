//! "Is someone pressuring you?": the person tells their caseworker privately. It flags the
//! case as a possible safeguarding concern; nothing about it is shown or sent to a carer.

use std::collections::HashMap;

use api::carers::{Concern, ConcernInput};
use api::plan_check::{FieldProblem, LONG_TEXT, Problem};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;

use crate::audit;
use crate::auth::SignedIn;
use crate::db::{begin_write, new_id, now_ms};
use crate::http::{AppError, AppState};
use crate::policy::{self, Actor, PlanAccess};

/// `POST /api/v1/me/concerns`
pub async fn raise(
    State(state): State<AppState>,
    user: SignedIn,
    Json(body): Json<ConcernInput>,
) -> Result<StatusCode, AppError> {
    if body.text.chars().count() > LONG_TEXT {
        return Err(AppError::Fields(vec![FieldProblem {
            field: "text".into(),
            problem: Problem::TooLong,
        }]));
    }
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = begin_write(&mut conn).await?;
    let Some(Actor::Person { account, person_id }) = policy::actor(&mut tx, &user.account_id).await? else {
        return Err(AppError::NOT_FOUND);
    };
    let id = new_id();
    sqlx::query("INSERT INTO concerns (id, person_id, text, created_at) VALUES ($1, $2, $3, $4)")
        .bind(&id)
        .bind(&person_id)
        .bind(body.text.trim())
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
    audit::done_about(&mut tx, &account, &person_id, "concern_raised", &id).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    text: String,
    created_at: i64,
}

/// `GET /api/v1/people/{person}/concerns`: for the caseworker and the manager; unread
/// ones, oldest first. Reading them is audited.
pub async fn of_person(
    State(state): State<AppState>,
    user: SignedIn,
    Path(person): Path<String>,
) -> Result<Json<Vec<Concern>>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = begin_write(&mut conn).await?;
    let actor = policy::signed_in(&mut tx, &user.account_id).await?;
    policy::require(
        policy::plan_access(&mut tx, &actor, &person).await?,
        PlanAccess::is_staff,
    )?;
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, text, created_at FROM concerns WHERE person_id = $1 AND read_at IS NULL ORDER BY created_at",
    )
    .bind(&person)
    .fetch_all(&mut *tx)
    .await?;
    audit::done_about(&mut tx, actor.account(), &person, "concerns_viewed", "").await?;
    tx.commit().await?;
    Ok(Json(
        rows.into_iter()
            .map(|r| Concern {
                id: r.id,
                text: r.text,
                at: r.created_at,
            })
            .collect(),
    ))
}

/// `POST /api/v1/concerns/{id}/read`: the caseworker has acted on it.
pub async fn mark_read(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = begin_write(&mut conn).await?;
    let actor = policy::signed_in(&mut tx, &user.account_id).await?;
    let (person,): (String,) = sqlx::query_as("SELECT person_id FROM concerns WHERE id = $1")
        .bind(&id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(AppError::NOT_FOUND)?;
    policy::require(policy::plan_access(&mut tx, &actor, &person).await?, |a| {
        a == PlanAccess::Edit
    })?;
    sqlx::query("UPDATE concerns SET read_at = $1, read_by = $2 WHERE id = $3")
        .bind(now_ms())
        .bind(actor.account())
        .bind(&id)
        .execute(&mut *tx)
        .await?;
    audit::done_about(&mut tx, actor.account(), &person, "concern_read", &id).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Everyone with concerns their caseworker has not yet read, and how many: one query for
/// a whole caseload.
pub async fn unread(conn: &mut sqlx::AnyConnection) -> Result<HashMap<String, i64>, crate::db::StoreError> {
    let rows: Vec<(String, i64)> =
        sqlx::query_as("SELECT person_id, COUNT(*) FROM concerns WHERE read_at IS NULL GROUP BY person_id")
            .fetch_all(conn)
            .await?;
    Ok(rows.into_iter().collect())
}
