//! Confirming it is you: a passkey of this account, used again in a signed-in session,
//! before a change to how the account signs in.

use api::auth::{CeremonyStart, FinishSignIn};
use api::error::ErrorCode;
use webauthn_rs::prelude::{PasskeyAuthentication, PublicKeyCredential};

use super::ceremonies::{self, Kind};
use super::passkeys::{internal, refuse, stored, used};
use crate::access::Signed;
use crate::accounts::sessions;
use crate::audit::{self, Event, Outcome};
use crate::error::AppError;
use crate::state::AppState;

/// Step one: a challenge that only this account's passkeys can answer.
pub async fn start(state: &AppState, who: &Signed) -> Result<CeremonyStart, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let passkeys = stored(&mut conn, &who.account_id).await?;
    let (options, authentication) = state
        .webauthn
        .start_passkey_authentication(&passkeys)
        .map_err(internal)?;
    let remembered = serde_json::to_string(&authentication).map_err(internal)?;
    let ceremony = ceremonies::begin(&mut conn, Kind::Confirm, &remembered, None, Some(&who.account_id)).await?;
    Ok(CeremonyStart {
        ceremony,
        options: serde_json::to_value(options).map_err(internal)?,
    })
}

/// Step two: the answer checks out, so this session may change how the account signs in
/// for the next few minutes.
pub async fn finish(state: &AppState, who: &Signed, body: &FinishSignIn) -> Result<(), AppError> {
    let account = who.account_id.as_str();
    let mut conn = state.store.pool.acquire().await?;
    let ceremony = ceremonies::take(&mut conn, &body.ceremony, Kind::Confirm)
        .await?
        .filter(|c| c.account_id.as_deref() == Some(account));
    let Some(ceremony) = ceremony else {
        return Err(refuse(
            state,
            "identity_confirm",
            Some(account),
            "no such ceremony",
            ErrorCode::CeremonyExpired,
        )
        .await);
    };
    let not_accepted = |detail: String| async move {
        refuse(
            state,
            "identity_confirm",
            Some(account),
            &detail,
            ErrorCode::PasskeyNotAccepted,
        )
        .await
    };
    let Ok(credential) = serde_json::from_value::<PublicKeyCredential>(body.credential.clone()) else {
        return Err(not_accepted("malformed credential".into()).await);
    };
    let authentication: PasskeyAuthentication = serde_json::from_str(&ceremony.state).map_err(internal)?;
    let result = match state
        .webauthn
        .finish_passkey_authentication(&credential, &authentication)
    {
        Ok(result) => result,
        Err(error) => return Err(not_accepted(format!("{error:?}")).await),
    };

    let mut tx = crate::db::begin_write(&mut conn).await?;
    let credential_id = hex::encode(result.cred_id().as_slice());
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT id, passkey FROM passkeys WHERE credential_id = $1 AND account_id = $2")
            .bind(&credential_id)
            .bind(account)
            .fetch_optional(&mut *tx)
            .await?;
    if let Some((id, json)) = row {
        let mut passkey: webauthn_rs::prelude::Passkey = serde_json::from_str(&json).map_err(internal)?;
        passkey.update_credential(&result);
        used(&mut tx, &id, &passkey).await?;
    }
    sessions::verified(&mut tx, &who.session_id).await?;
    let event = Event {
        actor: Some(account),
        action: "identity_confirmed",
        subject_account: Some(account),
        detail: &who.session_id,
        ..Event::default()
    };
    audit::record(&mut tx, &event, Outcome::Done).await?;
    tx.commit().await?;
    Ok(())
}
