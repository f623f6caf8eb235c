//! Probes for whoever runs the service: is the process up, and can it reach its database?

use axum::Json;
use axum::extract::State;
use serde_json::{Value, json};

use crate::error::AppError;
use crate::state::AppState;

/// `GET /healthz`: the process is up.
pub async fn healthz() -> Json<Value> {
    Json(json!({ "status": "ok" }))
}

/// `GET /readyz`: the process can serve, because the database answers.
pub async fn readyz(State(state): State<AppState>) -> Result<Json<Value>, AppError> {
    sqlx::query("SELECT 1").execute(&state.store.pool).await?;
    Ok(Json(json!({ "status": "ready" })))
}
