//! The HTTP edge: the router, and what every request and response passes through
//! (request ids, logs without personal data, security headers, limits, error bodies).

mod error;
mod health;
mod origin;
pub mod rate_limit;
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
use axum::routing::{delete, get, post, put};
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

pub use error::AppError;
use rate_limit::RateLimiter;
use url::Url;
use webauthn_rs::prelude::Webauthn;

use crate::auth::sessions::SessionPolicy;
use crate::auth::{OriginError, demo, handlers as auth, relying_party};
use crate::carers::{concerns, handlers as carers};
use crate::db::Store;
use crate::goals::handlers as goals;
use crate::notifications::handlers as notifications;
use crate::plans::{editing, reading};
use crate::reviews::handlers as reviews;
use crate::reviews::queue::Targets;

/// The largest request body the API accepts; a plan is a few kilobytes.
const BODY_LIMIT: usize = 256 * 1024;
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// What the server was started with, as the HTTP edge needs it.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The address people reach OurPlan at; passkeys are bound to it.
    pub public_origin: Url,
    /// Running on made-up data (`ourplan demo`): quick sign-in is on.
    pub demo: bool,
    /// The built frontend; `None` serves the API alone.
    pub dist: Option<PathBuf>,
    pub sessions: SessionPolicy,
    pub invitation_lifetime: Duration,
    /// Working days to acknowledge a review request, and to decide on it.
    pub review_targets: Targets,
    /// Email is being sent (SMTP is configured): notifications go to the outbox too.
    pub email: bool,
}

impl Settings {
    /// Defaults for everything but the origin: no frontend, not a demo.
    pub fn new(public_origin: &str) -> Result<Self, OriginError> {
        let (public_origin, _) = relying_party(public_origin)?;
        Ok(Self {
            public_origin,
            demo: false,
            dist: None,
            sessions: SessionPolicy::default(),
            invitation_lifetime: Duration::from_secs(7 * 24 * 60 * 60),
            review_targets: Targets::default(),
            email: false,
        })
    }
}

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub settings: Arc<Settings>,
    pub webauthn: Arc<Webauthn>,
    pub limiter: Arc<RateLimiter>,
    messages: Arc<HashMap<&'static str, Messages>>,
}

impl AppState {
    pub fn new(store: Store, settings: Settings) -> Result<Self, OriginError> {
        let (_, webauthn) = relying_party(settings.public_origin.as_str())?;
        let messages = LOCALES
            .iter()
            .map(|locale| (locale.tag, Messages::for_locale(locale.tag)))
            .collect();
        Ok(Self {
            store,
            settings: Arc::new(settings),
            webauthn: Arc::new(webauthn),
            limiter: Arc::new(RateLimiter::default()),
            messages: Arc::new(messages),
        })
    }

    /// The messages in the language the request asks for (`Accept-Language`).
    /// The messages in the language the person chose in the app (its `ourplan-lang`
    /// cookie), or else the one their browser asks for (`Accept-Language`).
    pub fn messages_for(&self, headers: &HeaderMap) -> &Messages {
        let chosen = headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .find_map(|pair| pair.trim().strip_prefix("ourplan-lang="));
        let asked = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map(parse_accept_language)
            .unwrap_or_default();
        let locale = negotiate(chosen.into_iter().chain(asked));
        &self.messages[locale]
    }
}

/// The whole application, ready to serve or to test with `oneshot`.
pub fn app(state: AppState) -> Router {
    let api = Router::new()
        .route("/v1/service", get(crate::service::info))
        .route("/v1/sign-in", post(auth::sign_in))
        .route("/v1/sign-in/finish", post(auth::finish_sign_in))
        .route("/v1/sign-out", post(auth::sign_out))
        .route("/v1/me", get(auth::who_am_i))
        .route("/v1/me/language", put(auth::choose_language))
        .route("/v1/me/display", put(auth::choose_display))
        .route("/v1/me/passkeys", get(auth::my_passkeys).post(auth::add_passkey))
        .route("/v1/me/passkeys/finish", post(auth::finish_add_passkey))
        .route("/v1/me/passkeys/{id}", delete(auth::remove_passkey))
        .route("/v1/me/sessions", get(auth::my_sessions))
        .route("/v1/me/sessions/{id}", delete(auth::end_my_session))
        .route(
            "/v1/invitations",
            get(auth::my_invitations).post(auth::create_invitation),
        )
        .route("/v1/invitations/invitable", get(auth::invitable))
        .route("/v1/invitations/redeem", post(auth::redeem))
        .route("/v1/invitations/redeem/finish", post(auth::finish_redeem))
        .route("/v1/invitations/{id}/revoke", post(auth::revoke_invitation))
        .route("/v1/caseload", get(editing::caseload))
        .route("/v1/me/plans", get(editing::my_plans))
        .route("/v1/people/{person}/plans", post(editing::create))
        .route("/v1/plans/{id}/draft", get(editing::draft).put(editing::save))
        .route("/v1/plans/{id}/publish", post(editing::publish))
        .route("/v1/plans/{id}/versions", get(reading::versions))
        .route("/v1/plans/{id}/versions/{version}", get(reading::view))
        .route("/v1/plans/{id}/versions/{version}/response", post(reading::respond))
        .route("/v1/plans/{id}/versions/{version}/download", get(reading::download))
        .route("/v1/plans/{id}/compare", get(reading::compare))
        .route("/v1/plans/{id}/looked-at", get(reading::looked_at))
        .route("/v1/me/contributions", get(goals::mine))
        .route("/v1/me/goals", post(goals::add_goal))
        .route("/v1/me/wishes", post(goals::add_wish))
        .route("/v1/people/{person}/contributions", get(goals::of_person))
        .route("/v1/people/{person}/goals", post(goals::add_goal_for_person))
        .route("/v1/people/{person}/wishes", post(goals::add_wish_for_person))
        .route("/v1/goals/{id}", put(goals::edit_goal))
        .route("/v1/goals/{id}/withdraw", post(goals::withdraw_goal))
        .route("/v1/goals/{id}/steps", post(goals::add_step))
        .route("/v1/goals/{id}/steps/{step}/done", post(goals::step_done))
        .route("/v1/goals/{id}/notes", post(goals::add_note))
        .route("/v1/goals/{id}/answer", post(goals::answer_goal))
        .route("/v1/wishes/{id}", put(goals::edit_wish).delete(goals::remove_wish))
        .route("/v1/wishes/{id}/answer", post(goals::answer_wish))
        .route("/v1/contributions", get(goals::queue))
        .route("/v1/me/reviews", get(reviews::mine).post(reviews::request))
        .route(
            "/v1/people/{person}/reviews",
            get(reviews::of_person).post(reviews::start_planned),
        )
        .route("/v1/people/{person}/review-requests", post(reviews::request_on_behalf))
        .route("/v1/reviews", get(reviews::queue))
        .route("/v1/reviews/{id}", get(reviews::view))
        .route("/v1/reviews/{id}/steps", post(reviews::take_step))
        .route("/v1/me/carers", get(carers::mine))
        .route("/v1/me/carers/{carer}", put(carers::grant).delete(carers::end_mine))
        .route("/v1/me/caring-for", get(carers::caring_for))
        .route("/v1/people/{person}/carers", get(carers::of_person).post(carers::add))
        .route("/v1/people/{person}/carers/{carer}", put(carers::record))
        .route("/v1/people/{person}/carers/{carer}/end", post(carers::end))
        .route("/v1/me/concerns", post(concerns::raise))
        .route("/v1/people/{person}/concerns", get(concerns::of_person))
        .route("/v1/concerns/{id}/read", post(concerns::mark_read))
        .route("/v1/me/notifications", get(notifications::mine))
        .route("/v1/me/notifications/read", post(notifications::read_all))
        .route("/v1/demo/accounts", get(demo::accounts))
        .route("/v1/demo/sign-in", post(demo::sign_in))
        .fallback(|| async { AppError::NOT_FOUND })
        .layer(middleware::from_fn_with_state(
            state.clone(),
            origin::same_origin_writes,
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ));

    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .nest("/api", api)
        .fallback_service(static_files::service(state.settings.dist.as_deref()))
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
