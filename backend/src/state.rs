//! What every request can reach: the store, the settings the server was started with,
//! the passkey relying party, rate limits and the messages in each language. It sits at
//! the bottom: it imports no capability.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use api::i18n::{LOCALES, Messages, negotiate, parse_accept_language};
use axum::http::{HeaderMap, header};
use tokio::sync::Semaphore;
use url::Url;
use webauthn_rs::prelude::{Webauthn, WebauthnBuilder};

use crate::accounts::sessions::SessionPolicy;
use crate::audit::batched::Batched;
use crate::client_address::Cidr;
use crate::db::Store;
use crate::rate_limit::RateLimiter;

/// How quickly a review request must be answered, in working days from when it was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Targets {
    pub acknowledge: u32,
    pub decide: u32,
}

impl Default for Targets {
    fn default() -> Self {
        Self {
            acknowledge: 2,
            decide: 10,
        }
    }
}

/// What the server was started with, as the requests need it.
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
    /// How long a person whose case is closed may still sign in and read their plans.
    pub closed_case_access: Duration,
    /// Proxies whose `X-Forwarded-For` or `Forwarded` header is believed: none by default.
    pub trusted_proxies: Vec<Cidr>,
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
            closed_case_access: Duration::from_secs(90 * 24 * 60 * 60),
            trusted_proxies: Vec::new(),
            review_targets: Targets::default(),
            email: false,
        })
    }
}

/// What every request shares, behind one pointer: the router hands each request's
/// handler and layers a copy of it, so a copy is one count, not one per part.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

pub struct Shared {
    pub store: Store,
    pub settings: Settings,
    pub webauthn: Webauthn,
    pub limiter: RateLimiter,
    pub metrics: crate::metrics::Metrics,
    /// Where reads are recorded, in batches.
    pub audit: Arc<Batched>,
    /// Turns at reading a caseload's lists (see `Permit::caseload`).
    pub lists: Arc<Semaphore>,
    messages: HashMap<&'static str, Messages>,
}

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

impl AppState {
    pub fn new(store: Store, settings: Settings) -> Result<Self, OriginError> {
        let (_, webauthn) = relying_party(settings.public_origin.as_str())?;
        let messages = LOCALES
            .iter()
            .map(|locale| (locale.tag, Messages::for_locale(locale.tag)))
            .collect();
        Ok(Self(Arc::new(Shared {
            audit: Arc::new(Batched::new(store.clone())),
            // One a core.
            lists: Arc::new(Semaphore::new(
                std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
            )),
            store,
            settings,
            webauthn,
            limiter: RateLimiter::default(),
            metrics: Default::default(),
            messages,
        })))
    }

    /// The messages of one of the shipped locales (British English for any other tag).
    pub fn messages(&self, locale: &str) -> &Messages {
        &self.messages[negotiate([locale])]
    }

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

/// Why the public origin cannot anchor passkeys.
#[derive(Debug, thiserror::Error)]
pub enum OriginError {
    #[error(
        "the public origin {0:?} is not a web address with a host name (passkeys cannot use an IP address): set --public-origin or OURPLAN_PUBLIC_ORIGIN, such as https://ourplan.example.gov.uk"
    )]
    NoDomain(String),
    #[error(
        "the public origin {0} must use https (plain http works only for localhost): set --public-origin or OURPLAN_PUBLIC_ORIGIN"
    )]
    NotSecure(String),
    #[error("passkeys cannot be set up for {0}: {1}")]
    Webauthn(String, String),
}

/// The relying party: passkeys made here work only at this origin.
pub fn relying_party(origin: &str) -> Result<(Url, Webauthn), OriginError> {
    let url = Url::parse(origin).map_err(|_| OriginError::NoDomain(origin.to_owned()))?;
    let domain = url
        .domain()
        .ok_or_else(|| OriginError::NoDomain(origin.to_owned()))?
        .to_owned();
    if url.scheme() != "https" && !is_localhost(&url) {
        return Err(OriginError::NotSecure(origin.to_owned()));
    }
    let webauthn = WebauthnBuilder::new(&domain, &url)
        .and_then(|builder| builder.rp_name("OurPlan").build())
        .map_err(|e| OriginError::Webauthn(origin.to_owned(), e.to_string()))?;
    Ok((url, webauthn))
}

pub fn is_localhost(url: &Url) -> bool {
    url.domain() == Some("localhost")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passkeys_need_https_or_localhost_and_a_host_name() {
        assert!(relying_party("https://ourplan.example.gov.uk").is_ok());
        assert!(relying_party("http://localhost:8080").is_ok());
        assert!(matches!(
            relying_party("http://ourplan.example"),
            Err(OriginError::NotSecure(_))
        ));
        assert!(matches!(
            relying_party("http://127.0.0.1:8080"),
            Err(OriginError::NoDomain(_))
        ));
    }
}
