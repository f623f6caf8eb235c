//! The caseworker's side of a plan: the caseload, a new draft, saving and publishing.

use api::error::ErrorCode;
use api::plan::{CaseloadEntry, DraftView, NewPlan, PlanSummary, PublishDraft, SaveDraft, Saved};
use api::plan_check::check;
use axum::Json;
use axum::extract::{Path, State};

use super::access::{allowed, person_name, record, staff_name, today};
use crate::audit::{self, Event, Outcome};
use crate::auth::SignedIn;
use crate::db::{StoreError, now_ms};
use crate::http::{AppError, AppState};
use crate::policy::{self, Actor, PlanAccess};

/// `GET /api/v1/caseload`: the people a caseworker (or a manager's team) works with, and
/// their plans.
pub async fn caseload(State(state): State<AppState>, user: SignedIn) -> Result<Json<Vec<CaseloadEntry>>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let Some(Actor::Staff { staff, .. }) = policy::actor(&mut conn, &user.account_id).await? else {
        return Err(AppError::NOT_FOUND);
    };
    let Some((scope, key)) = policy::caseload_scope(&staff) else {
        return Ok(Json(Vec::new()));
    };
    let mut entries: Vec<CaseloadEntry> = Vec::new();
    for (person_id, name, worker_name, plan) in super::summaries(&mut conn, scope, &key).await? {
        if entries.last().is_none_or(|e| e.person_id != person_id) {
            entries.push(CaseloadEntry {
                person_id,
                name,
                worker_name,
                plans: Vec::new(),
                concerns: 0,
            });
        }
        if let (Some(entry), Some(plan)) = (entries.last_mut(), plan) {
            entry.plans.push(plan);
        }
    }
    let unread = crate::carers::concerns::unread(&mut conn).await?;
    for entry in &mut entries {
        entry.concerns = unread.get(&entry.person_id).copied().unwrap_or_default();
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
    let mut tx = crate::db::begin_write(&mut conn).await?;
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
    let mut tx = crate::db::begin_write(&mut conn).await?;
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
    let mut tx = crate::db::begin_write(&mut conn).await?;
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
    let mut tx = crate::db::begin_write(&mut conn).await?;
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
