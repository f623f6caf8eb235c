//! Signing in with a passkey: no username, since the passkey says whose it is.

use api::auth::{CeremonyStart, FinishSignIn};
use api::error::ErrorCode;
use webauthn_rs::prelude::{DiscoverableAuthentication, PublicKeyCredential};

use super::ceremonies::{self, Kind};
use super::passkeys::{Started, by_credential, internal, refuse, used};
use crate::accounts::sessions::{self, Device};
use crate::audit::{self, Event, Outcome};
use crate::error::AppError;
use crate::state::AppState;

/// Step one of signing in: a challenge for any passkey of this site.
pub async fn start_sign_in(state: &AppState) -> Result<CeremonyStart, AppError> {
    let (mut options, authentication) = state.webauthn.start_discoverable_authentication().map_err(internal)?;
    // A button, not the autofill prompt webauthn-rs asks for by default.
    options.mediation = None;
    let remembered = serde_json::to_string(&authentication).map_err(internal)?;
    let mut conn = state.store.pool.acquire().await?;
    let ceremony = ceremonies::begin(&mut conn, Kind::SignIn, &remembered, None, None).await?;
    Ok(CeremonyStart {
        ceremony,
        options: serde_json::to_value(options).map_err(internal)?,
    })
}

/// Step two: whoever the passkey belongs to is signed in, if it checks out. Every
/// failure looks the same from outside, so nobody learns whether an account exists.
pub async fn finish_sign_in(state: &AppState, body: &FinishSignIn, device: Device) -> Result<Started, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let Some(ceremony) = ceremonies::take(&mut conn, &body.ceremony, Kind::SignIn).await? else {
        return Err(refuse(state, "sign_in", None, "no such ceremony", ErrorCode::CeremonyExpired).await);
    };
    let not_accepted = |account: Option<String>, detail: String| async move {
        refuse(
            state,
            "sign_in",
            account.as_deref(),
            &detail,
            ErrorCode::PasskeyNotAccepted,
        )
        .await
    };
    let Ok(credential) = serde_json::from_value::<PublicKeyCredential>(body.credential.clone()) else {
        return Err(not_accepted(None, "malformed credential".into()).await);
    };
    let authentication: DiscoverableAuthentication = serde_json::from_str(&ceremony.state).map_err(internal)?;
    let (user, credential_id) = match state.webauthn.identify_discoverable_authentication(&credential) {
        Ok(found) => found,
        Err(error) => return Err(not_accepted(None, format!("{error:?}")).await),
    };
    let found = by_credential(&mut conn, &hex::encode(credential_id)).await?;
    let Some((passkey_id, account_id, mut passkey, disabled)) =
        found.filter(|(_, owner, _, _)| *owner == user.to_string())
    else {
        return Err(not_accepted(None, "unknown credential".into()).await);
    };
    let result =
        match state
            .webauthn
            .finish_discoverable_authentication(&credential, authentication, &[(&passkey).into()])
        {
            Ok(result) => result,
            Err(error) => return Err(not_accepted(Some(account_id), format!("{error:?}")).await),
        };
    if disabled {
        return Err(not_accepted(Some(account_id), "account disabled".into()).await);
    }
    passkey.update_credential(&result);

    let mut tx = crate::db::begin_write(&mut conn).await?;
    used(&mut tx, &passkey_id, &passkey).await?;
    let (session_id, token) = sessions::start(&mut tx, &account_id, device, state.settings.sessions).await?;
    let event = Event {
        actor: Some(&account_id),
        action: "sign_in",
        subject_account: Some(&account_id),
        detail: &session_id,
        ..Event::default()
    };
    audit::record(&mut tx, &event, Outcome::Done).await?;
    tx.commit().await?;
    Ok(Started {
        account_id,
        token,
        other_passkeys: 0,
    })
}
