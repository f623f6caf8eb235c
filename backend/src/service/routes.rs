//! What anyone may ask before signing in.

use api::service::ServiceInfo;
use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};

use crate::error::AppError;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route("/service", get(info))
}

/// `GET /api/v1/service`
async fn info(State(state): State<AppState>) -> Result<Json<ServiceInfo>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    Ok(Json(ServiceInfo {
        council: super::get_council(&mut conn).await?,
        demo: state.settings.demo,
    }))
}
