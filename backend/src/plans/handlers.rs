//! The plan's HTTP endpoints. Every one asks `policy` first, and every read or change of
//! a plan commits with its audit row in one transaction — or neither happens.

use api::error::ErrorCode;
use api::plan::{
    COMMENT_MAX, CaseloadEntry, Comparison, DraftView, LookedAt, NamedWorker, NewPlan, PlanSummary, PlanView,
    PublishDraft, Respond, Response, SaveDraft, Saved, VersionInfo,
};
use api::plan_check::check;
use api::plan_text::changes;
use api::staff::StaffRole;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response as HttpResponse};
use serde::Deserialize;
use sqlx::{AnyConnection, Connection};

use super::download;
use crate::audit::{self, Event, Outcome};
use crate::auth::SignedIn;
use crate::auth::accounts;
use crate::db::{StoreError, now_ms};
use crate::http::{AppError, AppState};
use crate::policy::{self, Actor, PlanAccess};
use crate::staff;

/// The plan, if this actor may see it at all, with what they may do; otherwise 404.
struct Allowed {
    actor: Actor,
    access: PlanAccess,
    person_id: String,
    draft: super::Draft,
}

impl Allowed {
    /// The person's own caseworker, who alone edits and publishes; anyone else: 404.
    fn editor(&self) -> Result<&staff::Staff, AppError> {
        match (&self.actor, self.access) {
            (Actor::Staff { staff, .. }, PlanAccess::Edit) => Ok(staff),
            _ => Err(AppError::NOT_FOUND),
        }
    }
}

async fn allowed(conn: &mut AnyConnection, user: &SignedIn, plan_id: &str) -> Result<Allowed, AppError> {
    let actor = policy::actor(conn, &user.account_id)
        .await?
        .ok_or(AppError::NOT_FOUND)?;
    let draft = super::draft(conn, plan_id).await?;
    let access = policy::plan_access(conn, &actor, &draft.person_id)
        .await?
        .ok_or(AppError::NOT_FOUND)?;
    Ok(Allowed {
        actor,
        access,
        person_id: draft.person_id.clone(),
        draft,
    })
}

async fn record(conn: &mut AnyConnection, allowed: &Allowed, action: &str, detail: &str) -> Result<(), StoreError> {
    let event = Event {
        actor: Some(allowed.actor.account()),
        action,
        subject_person: Some(&allowed.person_id),
        detail,
        ..Event::default()
    };
    audit::record(conn, &event, Outcome::Done).await
}

/// Today, as an ISO date, for checking review dates.
fn today() -> String {
    // Days since 1970 to a civil date (Howard Hinnant's algorithm).
    let days = now_ms().div_euclid(86_400_000);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

async fn person_name(conn: &mut AnyConnection, person_id: &str) -> Result<String, StoreError> {
    let (name,): (String,) = sqlx::query_as("SELECT full_name FROM people WHERE id = $1")
        .bind(person_id)
        .fetch_one(conn)
        .await?;
    Ok(name)
}

async fn staff_name(conn: &mut AnyConnection, staff_id: &str) -> Result<String, StoreError> {
    Ok(staff::get(conn, staff_id).await?.full_name)
}

/// `GET /api/v1/caseload`: the people a caseworker (or a manager's team) works with, and
/// their plans.
pub async fn caseload(State(state): State<AppState>, user: SignedIn) -> Result<Json<Vec<CaseloadEntry>>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let Some(Actor::Staff { staff, .. }) = policy::actor(&mut conn, &user.account_id).await? else {
        return Err(AppError::NOT_FOUND);
    };
    let (scope, key) = match staff.role {
        StaffRole::Caseworker => ("a.staff_id = $1", staff.id.clone()),
        StaffRole::Manager => ("s.team_id = $1", staff.team_id.clone().unwrap_or_default()),
        StaffRole::Admin => return Ok(Json(Vec::new())),
    };
    let mut entries: Vec<CaseloadEntry> = Vec::new();
    for (person_id, name, worker_name, plan) in super::summaries(&mut conn, scope, &key).await? {
        if entries.last().is_none_or(|e| e.person_id != person_id) {
            entries.push(CaseloadEntry {
                person_id,
                name,
                worker_name,
                plans: Vec::new(),
            });
        }
        if let (Some(entry), Some(plan)) = (entries.last_mut(), plan) {
            entry.plans.push(plan);
        }
    }
    Ok(Json(entries))
}

/// `GET /api/v1/me/plans`: the signed-in person's own published plans.
pub async fn my_plans(State(state): State<AppState>, user: SignedIn) -> Result<Json<Vec<PlanSummary>>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    match policy::actor(&mut conn, &user.account_id).await? {
        Some(Actor::Person { person_id, .. }) => Ok(Json(super::published_of(&mut conn, &person_id).await?)),
        _ => Ok(Json(Vec::new())),
    }
}

/// `POST /api/v1/people/{person}/plans`: a new draft, by the person's caseworker.
pub async fn create(
    State(state): State<AppState>,
    user: SignedIn,
    Path(person_id): Path<String>,
    Json(body): Json<NewPlan>,
) -> Result<Json<PlanSummary>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let actor = policy::actor(&mut conn, &user.account_id)
        .await?
        .ok_or(AppError::NOT_FOUND)?;
    let access = policy::plan_access(&mut conn, &actor, &person_id).await?;
    let Actor::Staff { staff, .. } = &actor else {
        return Err(AppError::NOT_FOUND);
    };
    if access != Some(PlanAccess::Edit) {
        return Err(AppError::NOT_FOUND);
    }
    let mut tx = conn.begin().await?;
    let id = super::create(&mut tx, &person_id, body.kind, &Default::default(), &staff.id).await?;
    let event = Event {
        actor: Some(actor.account()),
        action: "plan_created",
        subject_person: Some(&person_id),
        detail: &id,
        ..Event::default()
    };
    audit::record(&mut tx, &event, Outcome::Done).await?;
    let summary = PlanSummary {
        id,
        kind: body.kind,
        person_name: person_name(&mut tx, &person_id).await?,
        person_id,
        current_version: None,
        draft_version: 1,
        draft_updated_at: now_ms(),
    };
    tx.commit().await?;
    Ok(Json(summary))
}

/// `GET /api/v1/plans/{id}/draft`: the working draft, for the caseworker (and the manager).
pub async fn draft(
    State(state): State<AppState>,
    user: SignedIn,
    Path(plan_id): Path<String>,
) -> Result<Json<DraftView>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = conn.begin().await?;
    let allowed = allowed(&mut tx, &user, &plan_id).await?;
    if !allowed.access.is_staff() {
        return Err(AppError::NOT_FOUND);
    }
    record(&mut tx, &allowed, "plan_draft_viewed", &plan_id).await?;
    let draft = &allowed.draft;
    let view = DraftView {
        plan_id: plan_id.clone(),
        kind: draft.kind,
        person_name: person_name(&mut tx, &allowed.person_id).await?,
        content: draft.content.clone(),
        version: draft.version,
        updated_by: staff_name(&mut tx, &draft.updated_by).await?,
        updated_at: draft.updated_at,
        current_version: super::current(&mut tx, &plan_id).await?.map(|p| p.version),
    };
    tx.commit().await?;
    Ok(Json(view))
}

/// `PUT /api/v1/plans/{id}/draft`: saves the draft, unless someone else saved since.
pub async fn save(
    State(state): State<AppState>,
    user: SignedIn,
    Path(plan_id): Path<String>,
    Json(body): Json<SaveDraft>,
) -> Result<Json<Saved>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = conn.begin().await?;
    let allowed = allowed(&mut tx, &user, &plan_id).await?;
    let staff = allowed.editor()?;
    let problems = check(&body.content, allowed.draft.kind, false, &today());
    if !problems.is_empty() {
        return Err(AppError::Fields(problems));
    }
    let version = super::save_draft(&mut tx, &plan_id, body.version, &body.content, &staff.id)
        .await
        .map_err(conflict)?;
    record(
        &mut tx,
        &allowed,
        "plan_draft_saved",
        &format!("{plan_id} draft {version}"),
    )
    .await?;
    tx.commit().await?;
    Ok(Json(Saved { version }))
}

fn conflict(error: StoreError) -> AppError {
    match error {
        StoreError::VersionConflict => AppError::Refused(ErrorCode::VersionConflict),
        other => other.into(),
    }
}

/// `POST /api/v1/plans/{id}/publish`: the draft, complete, becomes the next version.
pub async fn publish(
    State(state): State<AppState>,
    user: SignedIn,
    Path(plan_id): Path<String>,
    Json(body): Json<PublishDraft>,
) -> Result<Json<Saved>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = conn.begin().await?;
    let allowed = allowed(&mut tx, &user, &plan_id).await?;
    let staff = allowed.editor()?;
    if allowed.draft.version != body.version {
        return Err(AppError::Refused(ErrorCode::VersionConflict));
    }
    let problems = check(&allowed.draft.content, allowed.draft.kind, true, &today());
    if !problems.is_empty() {
        return Err(AppError::Fields(problems));
    }
    let version = super::publish(&mut tx, &plan_id, body.version, &staff.id)
        .await
        .map_err(conflict)?;
    record(
        &mut tx,
        &allowed,
        "plan_published",
        &format!("{plan_id} version {version}"),
    )
    .await?;
    tx.commit().await?;
    Ok(Json(Saved { version }))
}

/// `GET /api/v1/plans/{id}/versions`
pub async fn versions(
    State(state): State<AppState>,
    user: SignedIn,
    Path(plan_id): Path<String>,
) -> Result<Json<Vec<VersionInfo>>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = conn.begin().await?;
    let allowed = allowed(&mut tx, &user, &plan_id).await?;
    record(&mut tx, &allowed, "plan_versions_listed", &plan_id).await?;
    let mut list = Vec::new();
    for (version, published_by, published_at) in super::versions(&mut tx, &plan_id).await? {
        list.push(VersionInfo {
            version,
            published_by,
            published_at,
            response: super::response(&mut tx, &plan_id, version).await?,
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
    let mut tx = conn.begin().await?;
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
        content: published.content,
        published_by: staff_name(&mut tx, &published.published_by).await?,
        published_at: published.published_at,
        named_worker: worker.map(|w| NamedWorker {
            name: w.full_name,
            email: w.email,
        }),
        response: super::response(&mut tx, &plan_id, number).await?,
        mine: allowed.access == PlanAccess::Own,
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
    let mut tx = conn.begin().await?;
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
        changes: changes(&before.content, &after.content, messages),
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
    let mut tx = conn.begin().await?;
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
    let mut tx = conn.begin().await?;
    let allowed = allowed(&mut tx, &user, &plan_id).await?;
    let number = version_number(&mut tx, &plan_id, &which).await?;
    let published = super::version(&mut tx, &plan_id, number).await?;
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

#[cfg(test)]
mod tests {
    #[test]
    fn today_is_an_iso_date() {
        let today = super::today();
        assert!(api::plan_check::is_date(&today), "{today}");
        assert!(today.as_str() > "2025-01-01");
    }
}
