//! Cross-site request forgery: a request that changes anything must come from our own
//! pages, as the browser's `Origin` (or `Sec-Fetch-Site`) header tells.

use std::time::Duration;

use api::error::ErrorCode;
use axum::extract::{Request, State};
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::audit::{self, Event, Outcome};
use crate::error::AppError;
use crate::rate_limit::Limit;
use crate::state::AppState;

const AUDITED: Limit = Limit {
    tries: 10,
    window: Duration::from_secs(60),
};

pub async fn same_origin_writes(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let safe = matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let headers = request.headers();
    // Present but not plain ASCII is not ours: refused, never taken as absent.
    let origin = headers.get(header::ORIGIN).map(|v| v.to_str().unwrap_or("(not ASCII)"));
    let ours = state.settings.public_origin.origin().ascii_serialization();
    let same_origin = match origin {
        Some(origin) => origin == ours,
        None => headers.get("sec-fetch-site").is_some_and(|v| v == "same-origin"),
    };
    if safe || same_origin {
        next.run(request).await
    } else {
        tracing::warn!("refused a cross-origin write");
        // Signed-out floods must not grow the audit log without bound: ten rows a minute.
        let recorded = state.limiter.check("cross_origin_audit", AUDITED).is_ok();
        if recorded && let Ok(mut conn) = state.store.pool.acquire().await {
            let event = Event {
                action: "cross_origin_write",
                detail: if origin.is_some() {
                    "another origin"
                } else {
                    "no origin"
                },
                ..Event::default()
            };
            if let Err(error) = audit::record(&mut conn, &event, Outcome::Refused).await {
                tracing::error!(%error, "could not audit a refusal");
            }
        }
        AppError::Refused(ErrorCode::CrossOrigin).into_response()
    }
}
