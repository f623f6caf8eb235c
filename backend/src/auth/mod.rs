//! Signing in with passkeys only: invitations, WebAuthn ceremonies and their routes.

pub mod ceremonies;
pub mod confirm;
pub mod demo;
pub mod invitations;
mod limits;
pub mod passkeys;
pub mod registration;
pub mod routes;
pub mod sign_in;

use api::auth::Me;
use axum::Json;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use url::Url;

use crate::access::session_cookie;
use crate::accounts::{self, sessions::Device};
use crate::error::AppError;
use crate::state::AppState;

/// The client's address, for rate limits: the connection's peer, or the client a trusted
/// proxy forwarded.
pub fn client_address(parts: &Parts, trusted: &[crate::client_address::Cidr]) -> String {
    crate::client_address::of_request(&parts.extensions, &parts.headers, trusted)
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
    team: Option<&str>,
    role: api::staff::StaffRole,
    days: u64,
) -> Result<String, crate::db::StoreError> {
    let mut conn = store.pool.acquire().await?;
    let mut tx = crate::db::begin_write(&mut conn).await?;
    let team_id = match team.map(str::trim).filter(|t| !t.is_empty()) {
        Some(name) => Some(crate::staff::team_named(&mut tx, name).await?),
        None => None,
    };
    let staff_id = crate::staff::create(
        &mut tx,
        &crate::staff::NewStaff {
            full_name: name,
            email,
            phone: None,
            role,
            team_id: team_id.as_deref(),
            language: api::i18n::DEFAULT_LOCALE,
        },
    )
    .await?;
    let owner = accounts::Owner::Staff(staff_id);
    let lifetime = std::time::Duration::from_secs(days * 24 * 60 * 60);
    let (invitation, code) =
        invitations::create(&mut tx, &owner, api::auth::Purpose::Register, None, None, lifetime).await?;
    let event = crate::audit::Event {
        action: "invitation_created",
        detail: &invitation.id,
        ..crate::audit::Event::default()
    };
    crate::audit::record(&mut tx, &event, crate::audit::Outcome::Done).await?;
    tx.commit().await?;
    Ok(code)
}

pub fn device_of(headers: &HeaderMap) -> Device {
    Device::from_user_agent(
        headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default(),
    )
}

async fn me(state: &AppState, account_id: &str, other_passkeys: u32) -> Result<Me, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let described = accounts::describe(&mut conn, account_id).await?;
    Ok(Me {
        name: described.name,
        role: described.role,
        other_passkeys,
        language: accounts::language(&mut conn, &described.owner).await?,
        display: accounts::display(&mut conn, account_id).await?,
    })
}

/// Answers a new session: the cookie, and who is now signed in.
pub async fn signed_in(state: &AppState, started: passkeys::Started) -> Result<Response, AppError> {
    let me = me(state, &started.account_id, started.other_passkeys).await?;
    let cookie = session_cookie(state, &started.token);
    Ok(([(header::SET_COOKIE, cookie)], Json(me)).into_response())
}
