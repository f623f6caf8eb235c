//! The route of a caseworker's "To do".

use aide::axum::ApiRouter;
use aide::axum::routing::get;
use api::dates::day_of_ms;
use api::todo::TodoItem;
use axum::Json;
use axum::extract::State;

use crate::access::{Permit, Signed};
use crate::db::now_ms;
use crate::error::AppError;
use crate::state::AppState;

pub fn routes() -> ApiRouter<AppState> {
    ApiRouter::new().api_route("/todo", get(todo))
}

/// `GET /api/v1/todo`: what waits on the signed-in member of staff, most urgent first.
async fn todo(State(s): State<AppState>, who: Signed) -> Result<Json<Vec<TodoItem>>, AppError> {
    let staff = who.staff()?;
    let mut permit = Permit::caseload(&s, &who).await?;
    let today = day_of_ms(now_ms());
    let items = super::of(permit.parts().0, staff, s.settings.review_targets, today).await?;
    Ok(Json(permit.read("todo_viewed", "", items).await?))
}
