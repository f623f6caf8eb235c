//! The whole application: the one file that knows every capability. It merges each
//! capability's routes under `/api/v1` and wraps them in what every request passes through
//! (request ids, logs without personal data, security headers, limits, error bodies).

use std::sync::Arc;
use std::time::Duration;

use aide::axum::ApiRouter;
use aide::openapi::{Info, OpenApi};
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware;
use axum::response::IntoResponse;
use axum::routing::{any, get};
use axum::{Json, Router};
use tower::util::BoxCloneSyncService;
use tower::{ServiceBuilder, ServiceExt};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::error::{AppError, render_error_bodies};
use crate::http::{health, hidden_characters, metrics, origin, security, static_files};
use crate::state::AppState;
use crate::{admin, auth, carers, caseload, export, goals, notifications, pages, plans, reviews, service, todo};

/// The largest request body the API accepts; a plan is a few kilobytes.
const BODY_LIMIT: usize = 256 * 1024;
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Every capability's routes, as they appear under `/api/v1`.
fn v1() -> ApiRouter<AppState> {
    ApiRouter::new()
        .merge(service::routes::routes())
        .merge(auth::routes::routes())
        .merge(plans::routes::routes())
        .merge(goals::routes::routes())
        .merge(reviews::routes::routes())
        .merge(carers::routes::routes())
        .merge(notifications::routes::routes())
        .merge(todo::routes::routes())
        .merge(caseload::routes::routes())
        .merge(admin::routes::routes())
        .merge(export::routes::routes())
}

/// The API under `/api/v1`, and its OpenAPI description, made from the same routes.
pub fn api() -> (Router<AppState>, OpenApi) {
    let mut description = OpenApi {
        info: Info {
            title: "OurPlan".into(),
            description: Some("Care and support plans on your phone: the API the OurPlan app uses.".into()),
            version: env!("CARGO_PKG_VERSION").into(),
            ..Info::default()
        },
        ..OpenApi::default()
    };
    let router = ApiRouter::new().nest("/api/v1", v1()).finish_api(&mut description);
    crate::http::openapi::complete(&mut description);
    (router, description)
}

/// The whole application, ready to serve or to test with `oneshot`.
pub fn app(state: AppState) -> Router {
    let (v1, description) = api();
    let description = Arc::new(description);
    let api = v1
        .route(
            "/api/v1/openapi.json",
            get(move || async move { Json(description.as_ref().clone()) }),
        )
        .route("/api/{*rest}", any(|| async { AppError::NOT_FOUND }))
        .layer(middleware::from_fn(|request, next| {
            hidden_characters::refuse(request, next, BODY_LIMIT)
        }))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            origin::same_origin_writes,
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ));
    // What a page drawn on the server asks: the API as a browser meets it, errors explained.
    let asked_by_pages = api
        .clone()
        .layer(middleware::from_fn_with_state(state.clone(), render_error_bodies))
        .with_state(state.clone());
    // A page is HTML and JSON, written afresh each time: compressed for a phone on slow data.
    let pages = BoxCloneSyncService::new(
        ServiceBuilder::new()
            .layer(CompressionLayer::new())
            .service(pages::service(state.clone(), asked_by_pages))
            .map_response(|response| response.map(axum::body::Body::new)),
    );

    let routes = Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .merge(api)
        .fallback_service(static_files::service(state.settings.dist.as_deref(), pages))
        .layer(middleware::from_fn_with_state(state.clone(), metrics::count));
    layered(routes, state)
}

/// `/metrics` alone, for the address only Prometheus reaches (`--metrics-listen`).
pub fn metrics_app(state: AppState) -> Router {
    Router::new().route("/metrics", get(metrics::scrape)).with_state(state)
}

/// What every request passes through, around `routes`.
pub fn layered(routes: Router<AppState>, state: AppState) -> Router {
    routes
        // A handler that panics answers 500 with the request id, like any other error.
        .layer(CatchPanicLayer::custom(|_| {
            AppError::Internal("a handler panicked".into()).into_response()
        }))
        .layer(middleware::from_fn_with_state(state.clone(), render_error_bodies))
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
        // Inside the request id's layer, so that every audit row can carry it.
        .layer(middleware::from_fn_with_state(
            state.clone(),
            crate::http::audited::with_origin,
        ))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        // The request id is ours: one a client sends is never taken into the logs.
        .layer(middleware::map_request(|mut request: Request| async move {
            request.headers_mut().remove("x-request-id");
            request
        }))
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
    let route = metrics::route_pattern(request);
    tracing::info_span!("request", id = %request_id, method = %request.method(), route = %route)
}
