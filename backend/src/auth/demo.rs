//! Demo mode only (`ourplan demo`, never `serve`): sign in as any made-up account without
//! a passkey, so a newcomer can look around on a laptop.

use api::auth::{DemoAccount, DemoSignIn, Role};
use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;

use super::device_of;
use super::passkeys::Started;
use crate::accounts;
use crate::accounts::sessions;
use crate::audit::{self, Event, Outcome};
use crate::error::AppError;
use crate::state::AppState;

/// Outside demo mode, these routes do not exist.
fn demo_only(state: &AppState) -> Result<(), AppError> {
    if state.settings.demo {
        Ok(())
    } else {
        Err(AppError::NOT_FOUND)
    }
}

/// `GET /api/v1/demo/accounts`
pub(super) async fn accounts(State(state): State<AppState>) -> Result<Json<Vec<DemoAccount>>, AppError> {
    demo_only(&state)?;
    let mut conn = state.store.pool.acquire().await?;
    let mut list: Vec<DemoAccount> = accounts::describe_all(&mut conn)
        .await?
        .into_iter()
        .map(|(account_id, described)| DemoAccount {
            account_id,
            name: described.name,
            role: described.role,
        })
        .collect();
    // People first, then staff, each by name.
    list.sort_by(|a, b| (matches!(a.role, Role::Staff(_)), &a.name).cmp(&(matches!(b.role, Role::Staff(_)), &b.name)));
    Ok(Json(list))
}

/// `POST /api/v1/demo/sign-in`
pub(super) async fn sign_in(
    State(state): State<AppState>,
    headers: HeaderMap,
    Json(body): Json<DemoSignIn>,
) -> Result<Response, AppError> {
    demo_only(&state)?;
    let mut conn = state.store.pool.acquire().await?;
    accounts::describe(&mut conn, &body.account_id).await?;
    let mut tx = crate::db::begin_write(&mut conn).await?;
    let (session_id, token) =
        sessions::start(&mut tx, &body.account_id, device_of(&headers), state.settings.sessions).await?;
    let event = Event {
        actor: Some(&body.account_id),
        action: "demo_sign_in",
        subject_account: Some(&body.account_id),
        detail: &session_id,
        ..Event::default()
    };
    audit::record(&mut tx, &event, Outcome::Done).await?;
    tx.commit().await?;
    super::signed_in(
        &state,
        Started {
            account_id: body.account_id,
            token,
            other_passkeys: 0,
        },
    )
    .await
}
