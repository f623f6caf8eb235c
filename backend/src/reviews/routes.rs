//! The routes of reviews. The person asks (a carer, once the person allows it, on their
//! behalf); the person's caseworker takes each step; a manager reads. Every read and step
//! is audited, and every step notified, in its transaction.

use aide::axum::ApiRouter;
use aide::axum::routing::{get, post};
use api::carers::Scope;
use api::dates::day_of_ms;
use api::reviews::{AdditionInput, QueueEntry, RequestInput, Review, Step, check_addition, check_request, check_step};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;

use crate::access::{Need, Permit, Signed, Subject, Table, Target};
use crate::db::{now_ms, today};
use crate::error::AppError;
use crate::state::AppState;

pub fn routes() -> ApiRouter<AppState> {
    ApiRouter::new()
        .api_route("/me/reviews", get(of_person).post(request))
        .api_route("/people/{person}/reviews", get(of_person).post(start_planned))
        .api_route("/people/{person}/review-requests", post(request))
        .api_route("/reviews", get(queue))
        .api_route("/reviews/{id}", get(view))
        .api_route("/reviews/{id}/steps", post(take_step))
        .api_route("/reviews/{id}/information", post(add_information))
}

/// `POST /api/v1/me/reviews`, and `POST /api/v1/people/{person}/review-requests` for a
/// carer allowed to ask on the person's behalf.
async fn request(
    State(s): State<AppState>,
    who: Signed,
    subject: Subject,
    Json(body): Json<RequestInput>,
) -> Result<Json<String>, AppError> {
    AppError::unless_problems(check_request(&body, matches!(subject, Subject::Person(_))))?;
    let mut permit = Permit::open(&s, &who, Target::Subject(&subject), Need::Act(Scope::RequestReview)).await?;
    let (conn, g) = permit.parts();
    let id = super::ask(conn, g, &body, s.settings.email).await?;
    permit.change("review_requested", &id, ()).await?;
    Ok(Json(id))
}

/// `GET /api/v1/me/reviews` and `GET /api/v1/people/{person}/reviews`: the person, their
/// caseworker, the manager, and a carer allowed to follow them.
async fn of_person(State(s): State<AppState>, who: Signed, subject: Subject) -> Result<Json<Vec<Review>>, AppError> {
    let mut permit = Permit::open(&s, &who, Target::Subject(&subject), Need::Read(Scope::Reviews)).await?;
    let (conn, g) = permit.parts();
    let reviews = super::of_person(conn, g.person()).await?;
    Ok(Json(permit.read("reviews_viewed", "", reviews).await?))
}

/// `GET /api/v1/reviews/{id}`
async fn view(State(s): State<AppState>, who: Signed, Path(id): Path<String>) -> Result<Json<Review>, AppError> {
    let mut permit = Permit::open(
        &s,
        &who,
        Target::Record(Table::Reviews, &id),
        Need::Read(Scope::Reviews),
    )
    .await?;
    let review = super::get(permit.parts().0, &id).await?;
    let review = super::with_next_by(review, s.settings.review_targets);
    Ok(Json(permit.read("review_viewed", &id, review).await?))
}

/// `POST /api/v1/reviews/{id}/steps`: the person's caseworker takes the next step.
async fn take_step(
    State(s): State<AppState>,
    who: Signed,
    Path(id): Path<String>,
    Json(step): Json<Step>,
) -> Result<StatusCode, AppError> {
    AppError::unless_problems(check_step(&step, &today()))?;
    let mut permit = Permit::open(&s, &who, Target::Record(Table::Reviews, &id), Need::Edit).await?;
    let (conn, g) = permit.parts();
    super::step(conn, g, &id, &step, s.settings.email).await?;
    permit.change(&format!("review_{}", step.name()), &id, ()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/reviews/{id}/information`: the person, or a carer who may ask for reviews
/// for them, adds to a review under way.
async fn add_information(
    State(s): State<AppState>,
    who: Signed,
    Path(id): Path<String>,
    Json(body): Json<AdditionInput>,
) -> Result<StatusCode, AppError> {
    AppError::unless_problems(check_addition(&body))?;
    let need = Need::Act(Scope::RequestReview);
    let mut permit = Permit::open(&s, &who, Target::Record(Table::Reviews, &id), need).await?;
    let (conn, g) = permit.parts();
    super::add_information(conn, &id, &body.text, g.actor().account()).await?;
    permit.change("review_information_added", &id, ()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/people/{person}/reviews`: the caseworker starts a planned review.
async fn start_planned(State(s): State<AppState>, who: Signed, person: Subject) -> Result<Json<String>, AppError> {
    let mut permit = Permit::open(&s, &who, Target::Subject(&person), Need::Edit).await?;
    let (conn, g) = permit.parts();
    let id = super::start_planned(conn, g, s.settings.email).await?;
    permit.change("review_planned", &id, ()).await?;
    Ok(Json(id))
}

/// `GET /api/v1/reviews`: the caseworker's queue (a manager's: the team's).
async fn queue(State(s): State<AppState>, who: Signed) -> Result<Json<Vec<QueueEntry>>, AppError> {
    let staff = who.staff()?;
    let mut permit = Permit::caseload(&s, &who).await?;
    let today = day_of_ms(now_ms());
    let entries = super::queue::entries(permit.parts().0, staff, s.settings.review_targets, today).await?;
    Ok(Json(permit.read("review_queue_viewed", "", entries).await?))
}
