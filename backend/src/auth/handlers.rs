//! The HTTP endpoints of signing in. Each is thin: extract, rate-limit, call one function
//! of `passkeys`, `sessions` or `invitations`, and answer.

use std::time::Duration;

use api::auth::{
    CeremonyStart, ChooseLanguage, Display, FinishRegistration, FinishSignIn, Invitable, InvitationCreated,
    InvitationInfo, Invitee, Me, NewInvitation, NewPasskey, PasskeyInfo, RedeemInvitation, SessionInfo,
};
use api::error::ErrorCode;
use axum::Json;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::accounts::{self, Owner};
use super::passkeys::{self, Started};
use super::sessions::{self, Device};
use super::{SignedIn, client_address, invitations};
use super::{registration, sign_in};
use crate::audit::{self, Event, Outcome};
use crate::http::rate_limit::Limit;
use crate::http::{AppError, AppState};
use crate::policy;

/// Tries at finishing one invitation, whoever makes them.
pub const PER_INVITATION: Limit = Limit {
    tries: 5,
    window: Duration::from_secs(15 * 60),
};
/// Ceremonies one client address may start or finish.
const CEREMONIES_PER_CLIENT: Limit = Limit {
    tries: 30,
    window: Duration::from_secs(60),
};
/// Invitation codes one client address may try: few, as codes are guessable in principle.
const CODES_PER_CLIENT: Limit = Limit {
    tries: 10,
    window: Duration::from_secs(10 * 60),
};

/// The client's address, for rate limits.
pub struct Client(String);

impl<S: Send + Sync> FromRequestParts<S> for Client {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Self(client_address(parts)))
    }
}

/// Counts a try at `action` from this client; the first refusal in a window is audited.
async fn limit(state: &AppState, action: &str, Client(address): &Client, limit: Limit) -> Result<(), AppError> {
    throttle(state, &format!("{action}:{address}"), action, limit).await
}

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

/// `PUT /api/v1/me/display`: text size, contrast, theme and motion, kept on the account.
pub async fn choose_display(
    State(state): State<AppState>,
    user: SignedIn,
    Json(display): Json<Display>,
) -> Result<StatusCode, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    accounts::set_display(&mut conn, &user.account_id, &display).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `PUT /api/v1/me/language`: remembered on the account, and used for its email.
pub async fn choose_language(
    State(state): State<AppState>,
    user: SignedIn,
    Json(body): Json<ChooseLanguage>,
) -> Result<StatusCode, AppError> {
    // An unknown or malformed tag gets the nearest shipped language, else British English.
    let language = api::i18n::negotiate([body.language.as_str()]);
    let mut conn = state.store.pool.acquire().await?;
    let described = accounts::describe(&mut conn, &user.account_id).await?;
    accounts::set_language(&mut conn, &described.owner, language).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Answers a new session: the cookie, and who is now signed in.
pub async fn signed_in(state: &AppState, started: Started) -> Result<Response, AppError> {
    let me = me(state, &started.account_id, started.other_passkeys).await?;
    let cookie = super::session_cookie(state, &started.token);
    Ok(([(header::SET_COOKIE, cookie)], Json(me)).into_response())
}

/// `POST /api/v1/invitations/redeem`
pub async fn redeem(
    State(state): State<AppState>,
    client: Client,
    Json(body): Json<RedeemInvitation>,
) -> Result<Json<CeremonyStart>, AppError> {
    limit(&state, "redeem", &client, CODES_PER_CLIENT).await?;
    Ok(Json(registration::start_redeeming(&state, &body).await?))
}

/// `POST /api/v1/invitations/redeem/finish`
pub async fn finish_redeem(
    State(state): State<AppState>,
    client: Client,
    headers: HeaderMap,
    Json(body): Json<FinishRegistration>,
) -> Result<Response, AppError> {
    limit(&state, "ceremony", &client, CEREMONIES_PER_CLIENT).await?;
    let started = registration::finish_redeeming(&state, &body, device_of(&headers)).await?;
    signed_in(&state, started).await
}

/// `POST /api/v1/sign-in`
pub async fn sign_in(State(state): State<AppState>, client: Client) -> Result<Json<CeremonyStart>, AppError> {
    limit(&state, "ceremony", &client, CEREMONIES_PER_CLIENT).await?;
    Ok(Json(sign_in::start_sign_in(&state).await?))
}

/// `POST /api/v1/sign-in/finish`
pub async fn finish_sign_in(
    State(state): State<AppState>,
    client: Client,
    headers: HeaderMap,
    Json(body): Json<FinishSignIn>,
) -> Result<Response, AppError> {
    limit(&state, "ceremony", &client, CEREMONIES_PER_CLIENT).await?;
    let started = sign_in::finish_sign_in(&state, &body, device_of(&headers)).await?;
    signed_in(&state, started).await
}

/// `POST /api/v1/sign-out`
pub async fn sign_out(State(state): State<AppState>, user: SignedIn) -> Result<Response, AppError> {
    end_session(&state, &user, &user.session_id, "sign_out").await?;
    let cookie = super::clear_session_cookie(&state);
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, cookie)]).into_response())
}

async fn end_session(state: &AppState, user: &SignedIn, session_id: &str, action: &str) -> Result<(), AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = crate::db::begin_write(&mut conn).await?;
    sessions::end(&mut tx, &user.account_id, session_id).await?;
    let event = Event {
        actor: Some(&user.account_id),
        action,
        subject_account: Some(&user.account_id),
        detail: session_id,
        ..Event::default()
    };
    audit::record(&mut tx, &event, Outcome::Done).await?;
    tx.commit().await?;
    Ok(())
}

/// `GET /api/v1/me`
pub async fn who_am_i(State(state): State<AppState>, user: SignedIn) -> Result<Json<Me>, AppError> {
    Ok(Json(me(&state, &user.account_id, 0).await?))
}

/// `GET /api/v1/me/passkeys`
pub async fn my_passkeys(State(state): State<AppState>, user: SignedIn) -> Result<Json<Vec<PasskeyInfo>>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    Ok(Json(passkeys::list(&mut conn, &user.account_id).await?))
}

/// `POST /api/v1/me/passkeys`
pub async fn add_passkey(
    State(state): State<AppState>,
    client: Client,
    user: SignedIn,
    Json(body): Json<NewPasskey>,
) -> Result<Json<CeremonyStart>, AppError> {
    limit(&state, "ceremony", &client, CEREMONIES_PER_CLIENT).await?;
    Ok(Json(registration::start_adding(&state, &user.account_id, &body).await?))
}

/// `POST /api/v1/me/passkeys/finish`
pub async fn finish_add_passkey(
    State(state): State<AppState>,
    client: Client,
    user: SignedIn,
    Json(body): Json<FinishRegistration>,
) -> Result<Json<PasskeyInfo>, AppError> {
    limit(&state, "ceremony", &client, CEREMONIES_PER_CLIENT).await?;
    Ok(Json(
        registration::finish_adding(&state, &user.account_id, &body).await?,
    ))
}

/// `DELETE /api/v1/me/passkeys/{id}`
pub async fn remove_passkey(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    passkeys::remove(&state, &user.account_id, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/me/sessions`
pub async fn my_sessions(State(state): State<AppState>, user: SignedIn) -> Result<Json<Vec<SessionInfo>>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let live = sessions::live(&mut conn, &user.account_id, state.settings.sessions).await?;
    Ok(Json(
        live.into_iter()
            .map(|s| SessionInfo {
                current: s.id == user.session_id,
                id: s.id,
                browser: s.browser,
                system: s.system,
                created_at: s.created_at,
                last_seen_at: s.last_seen_at,
            })
            .collect(),
    ))
}

/// `DELETE /api/v1/me/sessions/{id}`
pub async fn end_my_session(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    end_session(&state, &user, &id, "session_ended").await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The signed-in member of staff; anyone else is told the page does not exist.
async fn staff(state: &AppState, user: &SignedIn) -> Result<crate::staff::Staff, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    policy::staff_of(&mut conn, &user.account_id)
        .await?
        .ok_or(AppError::NOT_FOUND)
}

/// `POST /api/v1/invitations`
pub async fn create_invitation(
    State(state): State<AppState>,
    user: SignedIn,
    Json(body): Json<NewInvitation>,
) -> Result<Json<InvitationCreated>, AppError> {
    let staff = staff(&state, &user).await?;
    let owner = match body.invitee {
        Invitee::Person(id) => Owner::Person(id),
        Invitee::Staff(id) => Owner::Staff(id),
    };
    let mut conn = state.store.pool.acquire().await?;
    if !policy::may_invite(&mut conn, &staff, &owner).await? {
        return Err(AppError::NOT_FOUND);
    }
    let mut tx = crate::db::begin_write(&mut conn).await?;
    let (invitation, code) = invitations::create(
        &mut tx,
        &owner,
        body.purpose,
        Some(&user.account_id),
        state.settings.invitation_lifetime,
    )
    .await?;
    let event = Event {
        actor: Some(&user.account_id),
        action: "invitation_created",
        subject_person: match &owner {
            Owner::Person(id) => Some(id),
            Owner::Staff(_) => None,
        },
        detail: &invitation.id,
        ..Event::default()
    };
    audit::record(&mut tx, &event, Outcome::Done).await?;
    tx.commit().await?;
    Ok(Json(InvitationCreated {
        id: invitation.id,
        code,
        expires_at: invitation.expires_at,
    }))
}

/// `GET /api/v1/invitations`: what this member of staff has sent, and what became of it.
pub async fn my_invitations(
    State(state): State<AppState>,
    user: SignedIn,
) -> Result<Json<Vec<InvitationInfo>>, AppError> {
    staff(&state, &user).await?;
    let mut conn = state.store.pool.acquire().await?;
    Ok(Json(invitations::made_by(&mut conn, &user.account_id).await?))
}

/// `GET /api/v1/invitations/invitable`: whom this member of staff may invite.
pub async fn invitable(State(state): State<AppState>, user: SignedIn) -> Result<Json<Vec<Invitable>>, AppError> {
    let staff = staff(&state, &user).await?;
    let mut conn = state.store.pool.acquire().await?;
    Ok(Json(invitations::invitable_by(&mut conn, &staff).await?))
}

/// `POST /api/v1/invitations/{id}/revoke`: only the member of staff who made it.
pub async fn revoke_invitation(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    staff(&state, &user).await?;
    let mut conn = state.store.pool.acquire().await?;
    let mine = invitations::made_by(&mut conn, &user.account_id)
        .await?
        .iter()
        .any(|i| i.id == id);
    if !mine {
        return Err(AppError::NOT_FOUND);
    }
    let mut tx = crate::db::begin_write(&mut conn).await?;
    if !invitations::revoke(&mut tx, &id).await? {
        return Err(AppError::Refused(ErrorCode::InvitationUsed));
    }
    let event = Event {
        actor: Some(&user.account_id),
        action: "invitation_revoked",
        detail: &id,
        ..Event::default()
    };
    audit::record(&mut tx, &event, Outcome::Done).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
