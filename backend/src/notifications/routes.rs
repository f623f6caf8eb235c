//! The signed-in person's notifications: what has happened to their reviews, unread first.

use aide::axum::ApiRouter;
use aide::axum::routing::{get, post};
use api::notifications::Notifications;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use crate::access::{Need, Permit, Signed, Subject, Target};
use crate::error::AppError;
use crate::state::AppState;

pub fn routes() -> ApiRouter<AppState> {
    ApiRouter::new()
        .api_route("/me/notifications", get(mine))
        .api_route("/me/notifications/read", post(read_all))
}

const ME: Target = Target::Subject(&Subject::Me);

/// `GET /api/v1/me/notifications`: the newest 50.
async fn mine(State(s): State<AppState>, who: Signed) -> Result<Json<Notifications>, AppError> {
    // Staff hear of what waits on them through their "To do", not here.
    if who.staff().is_ok() {
        return Ok(Json(Notifications {
            unread: 0,
            items: Vec::new(),
        }));
    }
    let mut permit = Permit::open(&s, &who, ME, Need::OwnRead).await?;
    let (conn, g) = permit.parts();
    let list = super::of_person(conn, g.person()).await?;
    Ok(Json(permit.read("notifications_viewed", "", list).await?))
}

/// `POST /api/v1/me/notifications/read`: marks them all as read.
async fn read_all(State(s): State<AppState>, who: Signed) -> Result<StatusCode, AppError> {
    // Marking news read is part of reading it: a closed case may still.
    let mut permit = Permit::open(&s, &who, ME, Need::OwnRead).await?;
    let (conn, g) = permit.parts();
    super::mark_all_read(conn, g.person()).await?;
    permit.change("notifications_read", "", ()).await?;
    Ok(StatusCode::NO_CONTENT)
}
