//! Probes for whoever runs the service: is the process up, and can it reach its database
//! with the schema it expects?

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::error::AppError;
use crate::state::AppState;

/// `GET /healthz`: the process is up.
pub async fn healthz() -> Json<Value> {
    Json(json!({ "status": "ok" }))
}

/// `GET /readyz`: the process can serve, because the database answers and its schema is
/// the one this build expects.
pub async fn readyz(State(state): State<AppState>) -> Result<Response, AppError> {
    if state.store.migrations_pending().await? {
        let pending = json!({ "status": "migrations_pending", "fix": "run `ourplan migrate`, or restart the server" });
        return Ok((StatusCode::SERVICE_UNAVAILABLE, Json(pending)).into_response());
    }
    Ok(Json(json!({ "status": "ready" })).into_response())
}
