//! Every audit row written while a request is answered says where it came from (the
//! client, through a trusted proxy) and the request id our own layer set; and whether the
//! request only reads (a GET) is known to the permit it opens.

use axum::extract::{Request, State};
use axum::http::Method;
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
    let reading = matches!(*request.method(), Method::GET | Method::HEAD);
    crate::audit::request::within(client, request_id, reading, next.run(request)).await
}
