//! Signing in with passkeys only: invitations, WebAuthn ceremonies, sessions, and the
//! `SignedIn` extractor every protected handler takes.

pub mod accounts;
pub mod ceremonies;
pub mod demo;
pub mod handlers;
pub mod invitations;
pub mod passkeys;
pub mod registration;
pub mod secrets;
pub mod sessions;
pub mod sign_in;

use api::error::ErrorCode;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use url::Url;
use webauthn_rs::prelude::{Webauthn, WebauthnBuilder};

use crate::http::{AppError, AppState};

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

fn is_localhost(url: &Url) -> bool {
    url.domain() == Some("localhost")
}

/// The session cookie's name: `__Host-` (Secure, whole host, path /) everywhere except
/// plain-http localhost, where browsers would refuse a Secure cookie.
fn cookie_name(origin: &Url) -> &'static str {
    if origin.scheme() == "https" {
        "__Host-ourplan-session"
    } else {
        "ourplan-session"
    }
}

pub fn session_cookie(state: &AppState, token: &str) -> HeaderValue {
    let origin = &state.settings.public_origin;
    let secure = if origin.scheme() == "https" { "; Secure" } else { "" };
    let max_age = state.settings.sessions.lifetime.as_secs();
    let cookie = format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}",
        cookie_name(origin)
    );
    HeaderValue::from_str(&cookie).unwrap_or(HeaderValue::from_static(""))
}

pub fn clear_session_cookie(state: &AppState) -> HeaderValue {
    let origin = &state.settings.public_origin;
    let secure = if origin.scheme() == "https" { "; Secure" } else { "" };
    let cookie = format!(
        "{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{secure}",
        cookie_name(origin)
    );
    HeaderValue::from_str(&cookie).unwrap_or(HeaderValue::from_static(""))
}

fn session_token<'a>(headers: &'a HeaderMap, origin: &Url) -> Option<&'a str> {
    let name = cookie_name(origin);
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(name)?.strip_prefix('='))
}

/// The account behind a live session. A handler that takes it never runs for someone
/// signed out, whose session ended, or whose account was disabled.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub account_id: String,
    pub session_id: String,
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let token = session_token(&parts.headers, &state.settings.public_origin)
            .ok_or(AppError::Refused(ErrorCode::SignedOut))?;
        let mut conn = state.store.pool.acquire().await?;
        let (session_id, account_id) = sessions::resume(&mut conn, token, state.settings.sessions)
            .await?
            .ok_or(AppError::Refused(ErrorCode::SignedOut))?;
        Ok(Self { account_id, session_id })
    }
}

/// The client's address, for rate limits: the peer of the connection.
pub fn client_address(parts: &Parts) -> String {
    parts
        .extensions
        .get::<ConnectInfo<std::net::SocketAddr>>()
        .map_or_else(|| "unknown".to_owned(), |ConnectInfo(addr)| addr.ip().to_string())
}

/// The link form of an invitation: the code rides in the fragment, which browsers never
/// send to a server, so it stays out of every log.
pub fn invitation_link(origin: &Url, code: &str) -> String {
    format!("{}invitation#{code}", origin.as_str())
}

/// `ourplan invite`: a new member of staff with an invitation to register a passkey; the
/// first admin comes in this way. Returns the code.
pub async fn invite_staff(
    store: &crate::db::Store,
    name: &str,
    email: Option<&str>,
    role: api::staff::StaffRole,
    days: u64,
) -> Result<String, crate::db::StoreError> {
    let mut conn = store.pool.acquire().await?;
    let mut tx = crate::db::begin_write(&mut conn).await?;
    let staff_id = crate::staff::create(
        &mut tx,
        &crate::staff::NewStaff {
            full_name: name,
            email,
            role,
            team_id: None,
            language: api::i18n::DEFAULT_LOCALE,
        },
    )
    .await?;
    let owner = accounts::Owner::Staff(staff_id);
    let lifetime = std::time::Duration::from_secs(days * 24 * 60 * 60);
    let (invitation, code) = invitations::create(&mut tx, &owner, api::auth::Purpose::Register, None, lifetime).await?;
    let event = crate::audit::Event {
        action: "invitation_created",
        detail: &invitation.id,
        ..crate::audit::Event::default()
    };
    crate::audit::record(&mut tx, &event, crate::audit::Outcome::Done).await?;
    tx.commit().await?;
    Ok(code)
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

    #[test]
    fn the_session_cookie_is_found_among_others() {
        let origin = Url::parse("https://ourplan.example").expect("url");
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; __Host-ourplan-session=abc; b=2"),
        );
        assert_eq!(session_token(&headers, &origin), Some("abc"));
        let plain = Url::parse("http://localhost:8080").expect("url");
        assert_eq!(session_token(&headers, &plain), None);
    }
}
