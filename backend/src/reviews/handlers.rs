//! The endpoints of reviews. The person asks (a carer, once the person allows it, on their
//! behalf); the person's caseworker takes each step; a manager reads. Every read and step
//! is audited, and every step notified, in its transaction.

use api::dates::day_of_ms;
use api::error::ErrorCode;
use api::plan_check::{FieldProblem, Problem};
use api::reviews::{Outcome, QueueEntry, RequestInput, Review, Step, check_request, check_step};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;

use super::Opened;
use crate::audit;
use crate::auth::SignedIn;
use crate::db::{StoreError, begin_write, now_ms};
use crate::http::{AppError, AppState};
use crate::notifications;
use crate::plans::today;
use crate::policy::{self, Actor, PlanAccess};
use api::carers::Scope;

/// `POST /api/v1/me/reviews`
pub async fn request(
    state: State<AppState>,
    user: SignedIn,
    body: Json<RequestInput>,
) -> Result<Json<String>, AppError> {
    request_for(state, user, None, body).await
}

/// `POST /api/v1/people/{person}/review-requests`: a carer allowed to, on the person's behalf.
pub async fn request_on_behalf(
    state: State<AppState>,
    user: SignedIn,
    Path(person): Path<String>,
    body: Json<RequestInput>,
) -> Result<Json<String>, AppError> {
    request_for(state, user, Some(&person), body).await
}

async fn request_for(
    State(state): State<AppState>,
    user: SignedIn,
    for_person: Option<&str>,
    Json(body): Json<RequestInput>,
) -> Result<Json<String>, AppError> {
    AppError::unless_problems(check_request(&body))?;
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = begin_write(&mut conn).await?;
    let actor = policy::signed_in(&mut tx, &user.account_id).await?;
    let own = actor.own_person()?;
    let person = for_person.unwrap_or(&own).to_owned();
    let access = policy::require(policy::plan_access(&mut tx, &actor, &person).await?, |a| {
        a.may_act(Scope::RequestReview)
    })?;
    let who = Opened {
        person_id: &person,
        by_account: actor.account(),
        on_behalf: access != PlanAccess::Own,
    };
    let id = super::request(&mut tx, &who, &body).await.map_err(|e| match e {
        StoreError::Duplicate => AppError::Refused(ErrorCode::ReviewAlreadyOpen),
        other => other.into(),
    })?;
    notifications::review_changed(&mut tx, &id, Step::Submitted.name(), state.settings.email).await?;
    audit::done_about(&mut tx, actor.account(), &person, "review_requested", &id).await?;
    tx.commit().await?;
    Ok(Json(id))
}

/// `GET /api/v1/me/reviews`
pub async fn mine(State(state): State<AppState>, user: SignedIn) -> Result<Json<Vec<Review>>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = begin_write(&mut conn).await?;
    let actor = policy::signed_in(&mut tx, &user.account_id).await?;
    let person = actor.own_person()?;
    let reviews = super::of_person(&mut tx, &person).await?;
    audit::done_about(&mut tx, actor.account(), &person, "reviews_viewed", "").await?;
    tx.commit().await?;
    Ok(Json(reviews))
}

/// `GET /api/v1/people/{person}/reviews`: for the caseworker, the manager, and a carer
/// allowed to follow them.
pub async fn of_person(
    State(state): State<AppState>,
    user: SignedIn,
    Path(person): Path<String>,
) -> Result<Json<Vec<Review>>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = begin_write(&mut conn).await?;
    let actor = policy::signed_in(&mut tx, &user.account_id).await?;
    policy::require(policy::plan_access(&mut tx, &actor, &person).await?, |a| {
        a.may_read(Scope::Reviews)
    })?;
    let reviews = super::of_person(&mut tx, &person).await?;
    audit::done_about(&mut tx, actor.account(), &person, "reviews_viewed", "").await?;
    tx.commit().await?;
    Ok(Json(reviews))
}

/// `GET /api/v1/reviews/{id}`: the person, their caseworker, the manager, and a carer
/// allowed to follow reviews.
pub async fn view(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<String>,
) -> Result<Json<Review>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = begin_write(&mut conn).await?;
    let actor = policy::signed_in(&mut tx, &user.account_id).await?;
    let person = super::person_of(&mut tx, &id).await?;
    policy::require(policy::plan_access(&mut tx, &actor, &person).await?, |a| {
        a.may_read(Scope::Reviews)
    })?;
    let review = super::get(&mut tx, &id).await?;
    audit::done_about(&mut tx, actor.account(), &person, "review_viewed", &id).await?;
    tx.commit().await?;
    Ok(Json(review))
}

/// `POST /api/v1/reviews/{id}/steps`: the person's caseworker takes the next step.
pub async fn take_step(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<String>,
    Json(step): Json<Step>,
) -> Result<StatusCode, AppError> {
    AppError::unless_problems(check_step(&step, &today()))?;
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = begin_write(&mut conn).await?;
    let actor = policy::signed_in(&mut tx, &user.account_id).await?;
    let person = super::person_of(&mut tx, &id).await?;
    if policy::plan_access(&mut tx, &actor, &person).await? != Some(PlanAccess::Edit) {
        return Err(AppError::NOT_FOUND);
    }
    if let Step::Completed {
        outcome: Outcome::PlanRevised { plan_id, plan_version },
    } = &step
    {
        // The new version must be one of this person's published plans.
        let (count,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM plan_versions v JOIN plans p ON p.id = v.plan_id \
             WHERE v.plan_id = $1 AND v.version = $2 AND p.person_id = $3",
        )
        .bind(plan_id)
        .bind(plan_version)
        .bind(&person)
        .fetch_one(&mut *tx)
        .await?;
        if count == 0 {
            return Err(AppError::Fields(vec![FieldProblem {
                field: "plan_version".into(),
                problem: Problem::NoSuchVersion,
            }]));
        }
    }
    let review = super::get(&mut tx, &id).await?;
    if !super::take_step(&mut tx, &review, actor.account(), &step).await? {
        return Err(AppError::Refused(ErrorCode::ReviewStepNotAllowed));
    }
    notifications::review_changed(&mut tx, &id, step.name(), state.settings.email).await?;
    audit::done_about(
        &mut tx,
        actor.account(),
        &person,
        &format!("review_{}", step.name()),
        &id,
    )
    .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/people/{person}/reviews`: the caseworker starts a planned review.
pub async fn start_planned(
    State(state): State<AppState>,
    user: SignedIn,
    Path(person): Path<String>,
) -> Result<Json<String>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = begin_write(&mut conn).await?;
    let actor = policy::signed_in(&mut tx, &user.account_id).await?;
    if policy::plan_access(&mut tx, &actor, &person).await? != Some(PlanAccess::Edit) {
        return Err(AppError::NOT_FOUND);
    }
    let (open,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM reviews WHERE person_id = $1 AND origin = 'planned' AND is_open = 1")
            .bind(&person)
            .fetch_one(&mut *tx)
            .await?;
    if open > 0 {
        return Err(AppError::Refused(ErrorCode::ReviewAlreadyOpen));
    }
    let who = Opened {
        person_id: &person,
        by_account: actor.account(),
        on_behalf: false,
    };
    let id = super::plan(&mut tx, &who).await?;
    notifications::review_changed(&mut tx, &id, Step::Planned.name(), state.settings.email).await?;
    audit::done_about(&mut tx, actor.account(), &person, "review_planned", &id).await?;
    tx.commit().await?;
    Ok(Json(id))
}

/// `GET /api/v1/reviews`: the caseworker's queue (a manager's: the team's).
pub async fn queue(State(state): State<AppState>, user: SignedIn) -> Result<Json<Vec<QueueEntry>>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let Actor::Staff { staff, .. } = policy::signed_in(&mut conn, &user.account_id).await? else {
        return Err(AppError::NOT_FOUND);
    };
    let today = day_of_ms(now_ms());
    let entries = super::queue::entries(&mut conn, &staff, state.settings.review_targets, today).await?;
    Ok(Json(entries))
}
