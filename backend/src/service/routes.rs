//! What anyone may ask before signing in.

use aide::axum::ApiRouter;
use aide::axum::routing::get;
use api::service::ServiceInfo;
use axum::Json;
use axum::extract::State;

use crate::error::AppError;
use crate::state::AppState;

pub fn routes() -> ApiRouter<AppState> {
    ApiRouter::new().api_route("/service", get(info))
}

/// `GET /api/v1/service`
async fn info(State(state): State<AppState>) -> Result<Json<ServiceInfo>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    Ok(Json(ServiceInfo {
        council: super::get_council(&mut conn).await?,
        demo: state.settings.demo,
    }))
}
