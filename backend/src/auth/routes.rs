//! The routes of signing in: passkeys, sessions, invitations, the account's own settings,
//! and demo mode's quick sign-in. Each is thin: extract, rate-limit, call one function of
//! `passkeys`, `sessions` or `invitations`, and answer.

use aide::axum::ApiRouter;
use aide::axum::routing::{delete, get, post, post_with, put};
use aide::transform::TransformOperation;
use api::auth::{
    CeremonyStart, ChooseLanguage, Display, FinishRegistration, FinishSignIn, Invitable, InvitationCreated,
    InvitationInfo, Me, NewInvitation, NewPasskey, PasskeyInfo, RedeemInvitation, SessionInfo, SignInChange,
};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::limits::{CEREMONIES_PER_CLIENT, CODES_PER_CLIENT, Client, limit};
use super::{confirm, demo, device_of, invitations, passkeys, registration, sign_in, signed_in};
use crate::access::{Signed, clear_session_cookie};
use crate::accounts::{self, sessions};
use crate::error::AppError;
use crate::state::AppState;

pub fn routes() -> ApiRouter<AppState> {
    ApiRouter::new()
        .api_route("/sign-in", post(start_sign_in))
        .api_route("/sign-in/finish", post_with(finish_sign_in, signs_in))
        .api_route("/sign-out", post(sign_out))
        .api_route("/me", get(who_am_i))
        .api_route("/me/language", put(choose_language))
        .api_route("/me/display", put(choose_display))
        .api_route("/me/confirm", post(start_confirming))
        .api_route("/me/confirm/finish", post(finish_confirming))
        .api_route("/me/sign-in-changes", get(sign_in_changes))
        .api_route("/me/passkeys", get(my_passkeys).post(add_passkey))
        .api_route("/me/passkeys/finish", post(finish_add_passkey))
        .api_route("/me/passkeys/{id}", delete(remove_passkey))
        .api_route("/me/sessions", get(my_sessions))
        .api_route("/me/sessions/{id}", delete(end_my_session))
        .api_route("/invitations", get(my_invitations).post(create_invitation))
        .api_route("/invitations/invitable", get(invitable))
        .api_route("/invitations/redeem", post(redeem))
        .api_route("/invitations/redeem/finish", post_with(finish_redeem, signs_in))
        .api_route("/invitations/{id}/revoke", post(revoke_invitation))
        .api_route("/demo/accounts", get(demo::accounts))
        .api_route("/demo/sign-in", post_with(demo::sign_in, signs_in))
}

/// What a route that signs someone in answers: the session cookie, and who they are.
fn signs_in(operation: TransformOperation<'_>) -> TransformOperation<'_> {
    operation.response::<200, Json<Me>>()
}

/// `GET /api/v1/me`
async fn who_am_i(State(s): State<AppState>, who: Signed) -> Result<Json<Me>, AppError> {
    Ok(Json(super::me(&s, &who.account_id, 0).await?))
}

/// `PUT /api/v1/me/display`: text size, contrast, theme and motion, kept on the account.
async fn choose_display(
    State(s): State<AppState>,
    who: Signed,
    Json(display): Json<Display>,
) -> Result<StatusCode, AppError> {
    let mut conn = s.store.pool.acquire().await?;
    accounts::set_display(&mut conn, &who.account_id, &display).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `PUT /api/v1/me/language`: remembered on the account, and used for its email. An
/// unknown or malformed tag gets the nearest shipped language, else British English.
async fn choose_language(
    State(s): State<AppState>,
    who: Signed,
    Json(body): Json<ChooseLanguage>,
) -> Result<StatusCode, AppError> {
    let language = api::i18n::negotiate([body.language.as_str()]);
    let mut conn = s.store.pool.acquire().await?;
    let described = accounts::describe(&mut conn, &who.account_id).await?;
    accounts::set_language(&mut conn, &described.owner, language).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/invitations/redeem`
async fn redeem(
    State(s): State<AppState>,
    client: Client,
    Json(body): Json<RedeemInvitation>,
) -> Result<Json<CeremonyStart>, AppError> {
    limit(&s, "redeem", &client, CODES_PER_CLIENT).await?;
    Ok(Json(registration::start_redeeming(&s, &body).await?))
}

/// `POST /api/v1/invitations/redeem/finish`
async fn finish_redeem(
    State(s): State<AppState>,
    client: Client,
    headers: HeaderMap,
    Json(body): Json<FinishRegistration>,
) -> Result<Response, AppError> {
    limit(&s, "ceremony", &client, CEREMONIES_PER_CLIENT).await?;
    let started = registration::finish_redeeming(&s, &body, device_of(&headers)).await?;
    signed_in(&s, started).await
}

/// `POST /api/v1/sign-in`
async fn start_sign_in(State(s): State<AppState>, client: Client) -> Result<Json<CeremonyStart>, AppError> {
    limit(&s, "ceremony", &client, CEREMONIES_PER_CLIENT).await?;
    Ok(Json(sign_in::start_sign_in(&s).await?))
}

/// `POST /api/v1/sign-in/finish`
async fn finish_sign_in(
    State(s): State<AppState>,
    client: Client,
    headers: HeaderMap,
    Json(body): Json<FinishSignIn>,
) -> Result<Response, AppError> {
    limit(&s, "ceremony", &client, CEREMONIES_PER_CLIENT).await?;
    let started = sign_in::finish_sign_in(&s, &body, device_of(&headers)).await?;
    signed_in(&s, started).await
}

/// `POST /api/v1/sign-out`
async fn sign_out(State(s): State<AppState>, who: Signed) -> Result<Response, AppError> {
    sessions::end_audited(&s.store, &who.account_id, &who.session_id, "sign_out").await?;
    let cookie = clear_session_cookie(&s);
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, cookie)]).into_response())
}

/// `POST /api/v1/me/confirm`: a passkey prompt to confirm it is you.
async fn start_confirming(
    State(s): State<AppState>,
    client: Client,
    who: Signed,
) -> Result<Json<CeremonyStart>, AppError> {
    limit(&s, "ceremony", &client, CEREMONIES_PER_CLIENT).await?;
    Ok(Json(confirm::start(&s, &who).await?))
}

/// `POST /api/v1/me/confirm/finish`
async fn finish_confirming(
    State(s): State<AppState>,
    client: Client,
    who: Signed,
    Json(body): Json<FinishSignIn>,
) -> Result<StatusCode, AppError> {
    limit(&s, "ceremony", &client, CEREMONIES_PER_CLIENT).await?;
    confirm::finish(&s, &who, &body).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/me/sign-in-changes`: passkeys added and removed, devices signed out, and
/// recoveries, newest first, so that one made by someone else is noticed.
async fn sign_in_changes(State(s): State<AppState>, who: Signed) -> Result<Json<Vec<SignInChange>>, AppError> {
    let mut conn = s.store.pool.acquire().await?;
    Ok(Json(accounts::sign_in_changes(&mut conn, &who.account_id).await?))
}

/// `GET /api/v1/me/passkeys`
async fn my_passkeys(State(s): State<AppState>, who: Signed) -> Result<Json<Vec<PasskeyInfo>>, AppError> {
    let mut conn = s.store.pool.acquire().await?;
    Ok(Json(passkeys::list(&mut conn, &who.account_id).await?))
}

/// `POST /api/v1/me/passkeys`
async fn add_passkey(
    State(s): State<AppState>,
    client: Client,
    who: Signed,
    Json(body): Json<NewPasskey>,
) -> Result<Json<CeremonyStart>, AppError> {
    limit(&s, "ceremony", &client, CEREMONIES_PER_CLIENT).await?;
    who.confirmed_lately()?;
    Ok(Json(registration::start_adding(&s, &who.account_id, &body).await?))
}

/// `POST /api/v1/me/passkeys/finish`
async fn finish_add_passkey(
    State(s): State<AppState>,
    client: Client,
    who: Signed,
    Json(body): Json<FinishRegistration>,
) -> Result<Json<PasskeyInfo>, AppError> {
    limit(&s, "ceremony", &client, CEREMONIES_PER_CLIENT).await?;
    who.confirmed_lately()?;
    Ok(Json(registration::finish_adding(&s, &who.account_id, &body).await?))
}

/// `DELETE /api/v1/me/passkeys/{id}`
async fn remove_passkey(
    State(s): State<AppState>,
    who: Signed,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    who.confirmed_lately()?;
    passkeys::remove(&s, &who.account_id, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/me/sessions`
async fn my_sessions(State(s): State<AppState>, who: Signed) -> Result<Json<Vec<SessionInfo>>, AppError> {
    let mut conn = s.store.pool.acquire().await?;
    let live = sessions::live(&mut conn, &who.account_id, s.settings.sessions).await?;
    Ok(Json(
        live.into_iter().map(|session| session.info(&who.session_id)).collect(),
    ))
}

/// `DELETE /api/v1/me/sessions/{id}`
async fn end_my_session(
    State(s): State<AppState>,
    who: Signed,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    // Signing this device out is signing out; another device needs a fresh passkey.
    if id != who.session_id {
        who.confirmed_lately()?;
    }
    sessions::end_audited(&s.store, &who.account_id, &id, "session_ended").await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/invitations`
async fn create_invitation(
    State(s): State<AppState>,
    who: Signed,
    Json(body): Json<NewInvitation>,
) -> Result<Json<InvitationCreated>, AppError> {
    let staff = who.staff()?;
    Ok(Json(invitations::invite(&s, &who.account_id, staff, body).await?))
}

/// `GET /api/v1/invitations`: what this member of staff has sent, and what became of it.
async fn my_invitations(State(s): State<AppState>, who: Signed) -> Result<Json<Vec<InvitationInfo>>, AppError> {
    who.staff()?;
    let mut conn = s.store.pool.acquire().await?;
    Ok(Json(invitations::made_by(&mut conn, &who.account_id).await?))
}

/// `GET /api/v1/invitations/invitable`: whom this member of staff may invite.
async fn invitable(State(s): State<AppState>, who: Signed) -> Result<Json<Vec<Invitable>>, AppError> {
    let staff = who.staff()?;
    let mut conn = s.store.pool.acquire().await?;
    Ok(Json(invitations::invitable_by(&mut conn, staff).await?))
}

/// `POST /api/v1/invitations/{id}/revoke`: only the member of staff who made it.
async fn revoke_invitation(
    State(s): State<AppState>,
    who: Signed,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    who.staff()?;
    invitations::revoke_mine(&s, &who.account_id, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
