//! The route of the caseload.

use api::dates::day_of_ms;
use api::plan::CaseloadEntry;
use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};

use crate::access::{Permit, Signed};
use crate::db::now_ms;
use crate::error::AppError;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route("/caseload", get(caseload))
}

/// `GET /api/v1/caseload`: the people a caseworker (or a manager's team) works with, and
/// their plans.
async fn caseload(State(s): State<AppState>, who: Signed) -> Result<Json<Vec<CaseloadEntry>>, AppError> {
    let staff = who.staff()?;
    let mut permit = Permit::caseload(&s, &who).await?;
    let entries = super::of(permit.parts().0, staff, day_of_ms(now_ms())).await?;
    Ok(Json(permit.read("caseload_viewed", "", entries).await?))
}
