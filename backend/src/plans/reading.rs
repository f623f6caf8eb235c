//! Reading a plan: its versions, one version, what changed, the person's answer, who has
//! looked, and a copy to keep. Each read is audited in the same transaction.

use api::error::ErrorCode;
use api::plan::{COMMENT_MAX, Comparison, LookedAt, NamedWorker, PlanView, Respond, Response, VersionInfo};
use api::plan_text::changes;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response as HttpResponse};
use serde::Deserialize;
use sqlx::AnyConnection;

use super::access::{allowed, person_name, record, staff_name};
use super::download;
use crate::auth::SignedIn;
use crate::auth::accounts;
use crate::http::{AppError, AppState};
use crate::policy::PlanAccess;
use crate::staff;

/// `GET /api/v1/plans/{id}/versions`
pub async fn versions(
    State(state): State<AppState>,
    user: SignedIn,
    Path(plan_id): Path<String>,
) -> Result<Json<Vec<VersionInfo>>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = crate::db::begin_write(&mut conn).await?;
    let allowed = allowed(&mut tx, &user, &plan_id).await?;
    record(&mut tx, &allowed, "plan_versions_listed", &plan_id).await?;
    let mut list = Vec::new();
    for (version, published_by, published_at) in super::versions(&mut tx, &plan_id).await? {
        list.push(VersionInfo {
            version,
            published_by,
            published_at,
            response: allowed.private(super::response(&mut tx, &plan_id, version).await?),
        });
    }
    tx.commit().await?;
    Ok(Json(list))
}

/// Which version: a number, or `latest`.
async fn version_number(conn: &mut AnyConnection, plan_id: &str, which: &str) -> Result<i64, AppError> {
    match which {
        "latest" => Ok(super::current(conn, plan_id).await?.ok_or(AppError::NOT_FOUND)?.version),
        number => number.parse().map_err(|_| AppError::NOT_FOUND),
    }
}

/// `GET /api/v1/plans/{id}/versions/{n}`: one version, to read. Audited as a view.
pub async fn view(
    State(state): State<AppState>,
    user: SignedIn,
    Path((plan_id, which)): Path<(String, String)>,
) -> Result<Json<PlanView>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = crate::db::begin_write(&mut conn).await?;
    let allowed = allowed(&mut tx, &user, &plan_id).await?;
    let number = version_number(&mut tx, &plan_id, &which).await?;
    let published = super::version(&mut tx, &plan_id, number).await?;
    record(&mut tx, &allowed, "plan_viewed", &format!("{plan_id} version {number}")).await?;
    let latest = super::current(&mut tx, &plan_id).await?.map(|p| p.version);
    let worker = staff::named_worker(&mut tx, &allowed.person_id).await?;
    let view = PlanView {
        plan_id: plan_id.clone(),
        kind: allowed.draft.kind,
        person_name: person_name(&mut tx, &allowed.person_id).await?,
        version: number,
        latest: latest == Some(number),
        content: allowed.shown(published.content),
        published_by: staff_name(&mut tx, &published.published_by).await?,
        published_at: published.published_at,
        named_worker: worker.map(|w| NamedWorker {
            name: w.full_name,
            email: w.email,
        }),
        response: allowed.private(super::response(&mut tx, &plan_id, number).await?),
        mine: allowed.access == PlanAccess::Own,
        money_hidden: allowed.money_hidden(),
    };
    tx.commit().await?;
    Ok(Json(view))
}

#[derive(Deserialize)]
pub struct CompareQuery {
    from: i64,
    to: i64,
}

/// `GET /api/v1/plans/{id}/compare?from=1&to=2`: what changed, in words.
pub async fn compare(
    State(state): State<AppState>,
    user: SignedIn,
    headers: HeaderMap,
    Path(plan_id): Path<String>,
    Query(query): Query<CompareQuery>,
) -> Result<Json<Comparison>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = crate::db::begin_write(&mut conn).await?;
    let allowed = allowed(&mut tx, &user, &plan_id).await?;
    let before = super::version(&mut tx, &plan_id, query.from).await?;
    let after = super::version(&mut tx, &plan_id, query.to).await?;
    let detail = format!("{plan_id} versions {} and {}", query.from, query.to);
    record(&mut tx, &allowed, "plan_compared", &detail).await?;
    tx.commit().await?;
    let messages = state.messages_for(&headers);
    Ok(Json(Comparison {
        from: query.from,
        to: query.to,
        changes: changes(&allowed.shown(before.content), &allowed.shown(after.content), messages),
    }))
}

/// `POST /api/v1/plans/{id}/versions/{n}/response`: the person agrees, or not.
pub async fn respond(
    State(state): State<AppState>,
    user: SignedIn,
    Path((plan_id, which)): Path<(String, String)>,
    Json(body): Json<Respond>,
) -> Result<Json<Response>, AppError> {
    if body.comment.chars().count() > COMMENT_MAX {
        return Err(AppError::Invalid {
            field: "comment",
            code: ErrorCode::CommentTooLong,
        });
    }
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = crate::db::begin_write(&mut conn).await?;
    let allowed = allowed(&mut tx, &user, &plan_id).await?;
    if allowed.access != PlanAccess::Own {
        return Err(AppError::NOT_FOUND);
    }
    let number = version_number(&mut tx, &plan_id, &which).await?;
    super::version(&mut tx, &plan_id, number).await?;
    let comment = body.comment.trim();
    let at = super::respond(&mut tx, &plan_id, number, allowed.actor.account(), body.agrees, comment).await?;
    let what = if body.agrees { "agrees" } else { "does not agree" };
    record(
        &mut tx,
        &allowed,
        "plan_response",
        &format!("{plan_id} version {number}: {what}"),
    )
    .await?;
    tx.commit().await?;
    Ok(Json(Response {
        agrees: body.agrees,
        comment: comment.to_owned(),
        at,
    }))
}

/// `GET /api/v1/plans/{id}/looked-at`: who has looked at this person's plans, newest first.
pub async fn looked_at(
    State(state): State<AppState>,
    user: SignedIn,
    Path(plan_id): Path<String>,
) -> Result<Json<Vec<LookedAt>>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let allowed = allowed(&mut conn, &user, &plan_id).await?;
    // Who has looked is the person's to know (and their caseworker's), not a carer's.
    if !(allowed.access == PlanAccess::Own || allowed.access.is_staff()) {
        return Err(AppError::NOT_FOUND);
    }
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT actor_account_id, at FROM audit_events WHERE subject_person_id = $1 AND outcome = 'done' \
         AND action IN ('plan_viewed', 'plan_draft_viewed', 'plan_compared', 'plan_downloaded') \
         AND actor_account_id IS NOT NULL ORDER BY at DESC, id LIMIT 200",
    )
    .bind(&allowed.person_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut list = Vec::with_capacity(rows.len());
    for (account, at) in rows {
        let described = accounts::describe(&mut conn, &account).await?;
        list.push(LookedAt {
            name: described.name,
            role: described.role,
            at,
        });
    }
    Ok(Json(list))
}

/// `GET /api/v1/plans/{id}/versions/{n}/download`: the plan as one HTML file that opens
/// on any phone, offline, with no app. Audited as a view.
pub async fn download(
    State(state): State<AppState>,
    user: SignedIn,
    headers: HeaderMap,
    Path((plan_id, which)): Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = crate::db::begin_write(&mut conn).await?;
    let allowed = allowed(&mut tx, &user, &plan_id).await?;
    let number = version_number(&mut tx, &plan_id, &which).await?;
    let mut published = super::version(&mut tx, &plan_id, number).await?;
    published.content = allowed.shown(published.content);
    record(
        &mut tx,
        &allowed,
        "plan_downloaded",
        &format!("{plan_id} version {number}"),
    )
    .await?;
    let name = person_name(&mut tx, &allowed.person_id).await?;
    let by = staff_name(&mut tx, &published.published_by).await?;
    tx.commit().await?;
    let messages = state.messages_for(&headers);
    let html = download::render(&published, allowed.draft.kind, &name, &by, messages);
    let disposition = format!("attachment; filename=\"plan-version-{number}.html\"");
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment")),
            ),
        ],
        html,
    )
        .into_response())
}
