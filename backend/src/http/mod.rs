//! The HTTP edge: the router, and what every request and response passes through
//! (request ids, logs without personal data, security headers, limits, error bodies).

mod error;
mod health;
mod security;
mod static_files;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use api::i18n::{LOCALES, Messages, negotiate, parse_accept_language};
use axum::Router;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware;
use axum::routing::get;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

pub use error::AppError;

use crate::db::Store;

/// The largest request body the API accepts; a plan is a few kilobytes.
const BODY_LIMIT: usize = 256 * 1024;
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    /// Running on made-up data (`ourplan demo`).
    pub demo: bool,
    /// The built frontend; `None` serves the API alone.
    pub dist: Option<PathBuf>,
    messages: Arc<HashMap<&'static str, Messages>>,
}

impl AppState {
    pub fn new(store: Store, demo: bool, dist: Option<PathBuf>) -> Self {
        let messages = LOCALES
            .iter()
            .map(|(tag, _)| (*tag, Messages::for_locale(tag)))
            .collect();
        Self {
            store,
            demo,
            dist,
            messages: Arc::new(messages),
        }
    }

    /// The messages in the language the request asks for (`Accept-Language`).
    pub fn messages_for(&self, headers: &HeaderMap) -> &Messages {
        let wanted = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map(parse_accept_language)
            .unwrap_or_default();
        let locale = negotiate(wanted);
        &self.messages[locale]
    }
}

/// The whole application, ready to serve or to test with `oneshot`.
pub fn app(state: AppState) -> Router {
    let api = Router::new()
        .route("/v1/service", get(crate::service::info))
        .fallback(|| async { AppError::NotFound })
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ));

    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .nest("/api", api)
        .fallback_service(static_files::service(state.dist.as_deref()))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            error::render_error_bodies,
        ))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(middleware::from_fn(security::add_headers))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(request_span)
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .with_state(state)
}

/// Logs the route's pattern, never the path itself: paths may one day carry ids that,
/// put together, say something about someone.
fn request_span(request: &Request) -> tracing::Span {
    let request_id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-");
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("(static)", MatchedPath::as_str);
    tracing::info_span!("request", id = %request_id, method = %request.method(), route = %route)
}
