//! Cross-site request forgery: a request that changes anything must come from our own
//! pages, as the browser's `Origin` (or `Sec-Fetch-Site`) header tells.

use api::error::ErrorCode;
use axum::extract::{Request, State};
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::audit::{self, Event, Outcome};
use crate::error::AppError;
use crate::state::AppState;

pub async fn same_origin_writes(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let safe = matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let headers = request.headers();
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    let ours = state.settings.public_origin.origin().ascii_serialization();
    let same_origin = match origin {
        Some(origin) => origin == ours,
        None => headers.get("sec-fetch-site").is_some_and(|v| v == "same-origin"),
    };
    if safe || same_origin {
        next.run(request).await
    } else {
        tracing::warn!("refused a cross-origin write");
        if let Ok(mut conn) = state.store.pool.acquire().await {
            let event = Event {
                action: "cross_origin_write",
                detail: origin.unwrap_or("no origin"),
                ..Event::default()
            };
            if let Err(error) = audit::record(&mut conn, &event, Outcome::Refused).await {
                tracing::error!(%error, "could not audit a refusal");
            }
        }
        AppError::Refused(ErrorCode::CrossOrigin).into_response()
    }
}
