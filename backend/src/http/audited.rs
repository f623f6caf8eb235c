//! Every audit row written while a request is answered says where it came from (the
//! client, through a trusted proxy) and the request id our own layer set.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;

use crate::state::AppState;

pub async fn with_origin(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let trusted = &state.settings.trusted_proxies;
    let client = crate::client_address::of_request(request.extensions(), request.headers(), trusted);
    let request_id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    crate::audit::request::within(client, request_id, next.run(request)).await
}
