//! Rate limits on signing in and on invitation codes, which are guessable in principle.
//! The first refusal in a window is audited.

use std::time::Duration;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;

use crate::audit::{self, Event, Outcome};
use crate::error::AppError;
use crate::rate_limit::Limit;
use crate::state::AppState;

/// Tries at finishing one invitation, whoever makes them.
pub const PER_INVITATION: Limit = Limit {
    tries: 5,
    window: Duration::from_secs(15 * 60),
};
/// Ceremonies one client address may start or finish.
pub const CEREMONIES_PER_CLIENT: Limit = Limit {
    tries: 30,
    window: Duration::from_secs(60),
};
/// Invitation codes one client address may try: few, as codes are guessable in principle.
pub const CODES_PER_CLIENT: Limit = Limit {
    tries: 10,
    window: Duration::from_secs(10 * 60),
};

/// The client's address, for rate limits.
pub struct Client(String);

impl aide::OperationInput for Client {}

impl FromRequestParts<AppState> for Client {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        Ok(Self(super::client_address(parts, &state.settings.trusted_proxies)))
    }
}

/// Counts a try at `action` from this client.
pub async fn limit(state: &AppState, action: &str, Client(address): &Client, limit: Limit) -> Result<(), AppError> {
    throttle(state, &format!("{action}:{address}"), action, limit).await
}

/// Counts a try under `key`; refused, with how long to wait, once the window's tries are used.
pub async fn throttle(state: &AppState, key: &str, action: &str, limit: Limit) -> Result<(), AppError> {
    let Err(refused) = state.limiter.check(key, limit) else {
        return Ok(());
    };
    if refused.first {
        tracing::warn!(action, "rate limit reached");
        let mut conn = state.store.pool.acquire().await?;
        let event = Event {
            action: "rate_limited",
            detail: action,
            ..Event::default()
        };
        audit::record(&mut conn, &event, Outcome::Refused).await?;
    }
    Err(AppError::RateLimited(refused.wait))
}
