//! The route of the caseload.

use aide::axum::ApiRouter;
use aide::axum::routing::{get, post};
use api::admin::{Allocate, NewPersonInput, check_person};
use api::dates::day_of_ms;
use api::plan::CaseloadEntry;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;

use crate::access::{Need, Permit, Signed, Subject, Target};
use crate::db::{now_ms, today};
use crate::error::AppError;
use crate::state::AppState;

pub fn routes() -> ApiRouter<AppState> {
    ApiRouter::new()
        .api_route("/caseload", get(caseload))
        .api_route("/people", post(register))
        .api_route("/people/{person}/allocation", post(allocate))
        .api_route("/people/{person}/close", post(close))
}

/// `GET /api/v1/caseload`: the people a caseworker (or a manager's team) works with, and
/// their plans.
async fn caseload(State(s): State<AppState>, who: Signed) -> Result<Json<Vec<CaseloadEntry>>, AppError> {
    let staff = who.staff()?;
    let mut permit = Permit::caseload(&s, &who).await?;
    let entries = super::of(permit.parts().0, staff, day_of_ms(now_ms())).await?;
    Ok(Json(permit.read("caseload_viewed", "", entries).await?))
}

/// `POST /api/v1/people`: a caseworker registers someone they will work with; a manager,
/// someone for their team, allocated to one of its caseworkers or waiting for one.
async fn register(
    State(s): State<AppState>,
    who: Signed,
    Json(body): Json<NewPersonInput>,
) -> Result<Json<String>, AppError> {
    AppError::unless_problems(check_person(&body, &today()))?;
    let staff = who.staff()?;
    let mut permit = Permit::caseload(&s, &who).await?;
    let id = super::people::register(permit.parts().0, staff, &body).await?;
    Ok(Json(permit.change("person_registered", &id, id.clone()).await?))
}

/// `POST /api/v1/people/{person}/allocation`: a manager makes one of their team's
/// caseworkers the person's named worker, and the person is told.
async fn allocate(
    State(s): State<AppState>,
    who: Signed,
    Path(person): Path<String>,
    Json(body): Json<Allocate>,
) -> Result<StatusCode, AppError> {
    let staff = who.staff()?;
    let mut permit = Permit::caseload(&s, &who).await?;
    let (conn, grant) = permit.parts();
    let worker = super::people::allocate(conn, staff, &person, &body.staff_id).await?;
    let by = grant.actor().account();
    crate::notifications::worker_changed(conn, &person, &worker.full_name, by, s.settings.email).await?;
    permit.change("person_allocated", &person, ()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/people/{person}/close`: the person's caseworker, or the team's manager,
/// closes the case. Returns the day the person's access to their plans ends.
async fn close(State(s): State<AppState>, who: Signed, subject: Subject) -> Result<Json<String>, AppError> {
    let mut permit = Permit::open(&s, &who, Target::Subject(&subject), Need::Staff).await?;
    let (conn, g) = permit.parts();
    let until = super::people::close(conn, g.person(), s.settings.closed_case_access).await?;
    Ok(Json(permit.change("case_closed", "", until).await?))
}
