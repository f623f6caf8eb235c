//! Passkeys: registering one from an invitation or from a signed-in account, signing in
//! with one (no username: the passkey says whose it is), listing and removing them.
//! Every success and every refusal is audited.

use api::auth::{
    CeremonyStart, FinishRegistration, FinishSignIn, InvitationStatus, NewPasskey, PASSKEY_NAME_MAX, PasskeyInfo,
    Purpose, RedeemInvitation,
};
use api::error::ErrorCode;
use serde::{Deserialize, Serialize};
use sqlx::{AnyConnection, Connection};
use webauthn_rs::prelude::{
    DiscoverableAuthentication, Passkey, PasskeyRegistration, PublicKeyCredential, RegisterPublicKeyCredential, Uuid,
};
use webauthn_rs_proto::ResidentKeyRequirement;

use super::accounts::{self, Owner};
use super::ceremonies::{self, Kind};
use super::invitations::{self, Invitation};
use super::sessions::{self, Device};
use crate::audit::{self, Event, Outcome};
use crate::db::{StoreError, new_id, now_ms};
use crate::http::{AppError, AppState};

/// What a registration ceremony remembers between its two steps.
#[derive(Serialize, Deserialize)]
struct Registration {
    user: Uuid,
    /// The passkey's name, checked before the phone is asked to make anything.
    name: String,
    state: PasskeyRegistration,
}

/// A new session, for the handler to set as a cookie.
pub struct Started {
    pub account_id: String,
    pub token: String,
    pub other_passkeys: u32,
}

/// Records a refusal in the audit trail (on its own, since nothing else is written) and
/// turns it into the error the person sees.
async fn refuse(state: &AppState, action: &str, account: Option<&str>, detail: &str, code: ErrorCode) -> AppError {
    tracing::warn!(action, detail, "refused");
    if let Ok(mut conn) = state.store.pool.acquire().await {
        let event = Event {
            action,
            subject_account: account,
            detail,
            ..Event::default()
        };
        if let Err(error) = audit::record(&mut conn, &event, Outcome::Refused).await {
            tracing::error!(%error, "could not audit a refusal");
        }
    }
    AppError::Refused(code)
}

fn internal(error: impl std::fmt::Display) -> AppError {
    AppError::Internal(error.to_string())
}

fn status_error(status: InvitationStatus) -> Option<ErrorCode> {
    match status {
        InvitationStatus::Pending => None,
        InvitationStatus::Used => Some(ErrorCode::InvitationUsed),
        InvitationStatus::Expired => Some(ErrorCode::InvitationExpired),
        InvitationStatus::Revoked => Some(ErrorCode::InvitationRevoked),
    }
}

async fn redeemable(state: &AppState, invitation: Option<Invitation>) -> Result<Invitation, AppError> {
    let Some(invitation) = invitation else {
        return Err(refuse(
            state,
            "invitation_redeem",
            None,
            "unknown code",
            ErrorCode::InvitationUnknown,
        )
        .await);
    };
    match status_error(invitation.status(now_ms())) {
        None => Ok(invitation),
        Some(code) => Err(refuse(state, "invitation_redeem", None, code.as_str(), code).await),
    }
}

/// The passkey's name as the person gave it, checked.
pub fn passkey_name(typed: &str) -> Result<String, AppError> {
    let name = typed.trim();
    if name.is_empty() {
        return Err(AppError::Invalid {
            field: "passkey_name",
            code: ErrorCode::PasskeyNameMissing,
        });
    }
    if name.chars().count() > PASSKEY_NAME_MAX {
        return Err(AppError::Invalid {
            field: "passkey_name",
            code: ErrorCode::PasskeyNameTooLong,
        });
    }
    Ok(name.to_owned())
}

/// Starts registering a passkey for `user` (named as the passkey prompt should show
/// them), excluding the passkeys they already have.
async fn start_registration(
    state: &AppState,
    conn: &mut AnyConnection,
    kind: Kind,
    user: Uuid,
    (name, passkey_name): (&str, String),
    invitation_id: Option<&str>,
    account_id: Option<&str>,
) -> Result<CeremonyStart, AppError> {
    let existing = match account_id {
        Some(account) => stored(conn, account)
            .await?
            .iter()
            .map(|p| p.cred_id().clone())
            .collect(),
        None => Vec::new(),
    };
    let (mut options, registration) = state
        .webauthn
        .start_passkey_registration(user, name, name, Some(existing))
        .map_err(internal)?;
    // A discoverable credential, so that signing in later needs no username.
    if let Some(selection) = options.public_key.authenticator_selection.as_mut() {
        selection.resident_key = Some(ResidentKeyRequirement::Required);
        selection.require_resident_key = true;
    }
    let remembered = serde_json::to_string(&Registration {
        user,
        name: passkey_name,
        state: registration,
    })
    .map_err(internal)?;
    let ceremony = ceremonies::begin(conn, kind, &remembered, invitation_id, account_id).await?;
    Ok(CeremonyStart {
        ceremony,
        options: serde_json::to_value(options).map_err(internal)?,
    })
}

/// Step one of redeeming an invitation: the passkey prompt's options.
pub async fn start_redeeming(state: &AppState, body: &RedeemInvitation) -> Result<CeremonyStart, AppError> {
    let passkey_name = passkey_name(&body.passkey_name)?;
    let mut conn = state.store.pool.acquire().await?;
    let invitation = redeemable(state, invitations::by_code(&mut conn, &body.code).await?).await?;
    let account = accounts::of(&mut conn, &invitation.owner).await?;
    // A new account takes the invitation's id, so every try at one invitation offers the
    // phone the same user: a retry replaces a passkey that a failed try left behind.
    let user = Uuid::parse_str(account.as_deref().unwrap_or(&invitation.id)).map_err(internal)?;
    let name = owner_name(&mut conn, &invitation.owner).await?;
    let names = (name.as_str(), passkey_name);
    start_registration(
        state,
        &mut conn,
        Kind::Register,
        user,
        names,
        Some(&invitation.id),
        account.as_deref(),
    )
    .await
}

/// Step two: the new passkey is checked and kept, the invitation used up, and the person
/// signed in — all or nothing.
pub async fn finish_redeeming(
    state: &AppState,
    body: &FinishRegistration,
    device: Device,
) -> Result<Started, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let ceremony = ceremonies::take(&mut conn, &body.ceremony, Kind::Register).await?;
    let Some(ceremony) = ceremony else {
        return Err(refuse(
            state,
            "passkey_register",
            None,
            "no such ceremony",
            ErrorCode::CeremonyExpired,
        )
        .await);
    };
    let invitation_id = ceremony.invitation_id.clone().unwrap_or_default();
    let key = format!("redeem-invitation:{invitation_id}");
    super::handlers::throttle(state, &key, "redeem-invitation", super::handlers::PER_INVITATION).await?;
    let invitation = redeemable(state, Some(invitations::get(&mut conn, &invitation_id).await?)).await?;
    let (user, name, passkey) =
        finish_registration(state, &ceremony.state, &body.credential, ceremony.account_id.as_deref()).await?;
    let account_id = user.to_string();

    let mut tx = conn.begin().await?;
    if ceremony.account_id.is_none() {
        accounts::create(&mut tx, &account_id, &invitation.owner).await?;
    }
    store(&mut tx, &account_id, &passkey, &name).await?;
    if !invitations::mark_used(&mut tx, &invitation.id).await? {
        drop(tx);
        return Err(refuse(
            state,
            "invitation_redeem",
            None,
            "used meanwhile",
            ErrorCode::InvitationUsed,
        )
        .await);
    }
    let action = match invitation.purpose {
        Purpose::Register => "passkey_registered",
        Purpose::Recovery => "recovery_redeemed",
    };
    let event = Event {
        actor: Some(&account_id),
        action,
        subject_account: Some(&account_id),
        subject_person: match &invitation.owner {
            Owner::Person(id) => Some(id),
            Owner::Staff(_) => None,
        },
        detail: &invitation.id,
    };
    audit::record(&mut tx, &event, Outcome::Done).await?;
    let (_, token) = sessions::start(&mut tx, &account_id, device, state.settings.sessions).await?;
    let count = stored(&mut tx, &account_id).await?.len();
    tx.commit().await?;
    Ok(Started {
        account_id,
        token,
        other_passkeys: u32::try_from(count.saturating_sub(1)).unwrap_or(u32::MAX),
    })
}

/// Checks the authenticator's answer against the remembered state.
async fn finish_registration(
    state: &AppState,
    remembered: &str,
    credential: &serde_json::Value,
    account: Option<&str>,
) -> Result<(Uuid, String, Passkey), AppError> {
    let remembered: Registration = serde_json::from_str(remembered).map_err(internal)?;
    let credential: RegisterPublicKeyCredential =
        serde_json::from_value(credential.clone()).map_err(|_| AppError::Refused(ErrorCode::BadRequest))?;
    match state
        .webauthn
        .finish_passkey_registration(&credential, &remembered.state)
    {
        Ok(passkey) => Ok((remembered.user, remembered.name, passkey)),
        Err(error) => {
            let detail = format!("{error:?}");
            Err(refuse(
                state,
                "passkey_register",
                account,
                &detail,
                ErrorCode::PasskeyNotAccepted,
            )
            .await)
        }
    }
}

/// Step one of adding another passkey to a signed-in account.
pub async fn start_adding(state: &AppState, account_id: &str, body: &NewPasskey) -> Result<CeremonyStart, AppError> {
    let passkey_name = passkey_name(&body.passkey_name)?;
    let mut conn = state.store.pool.acquire().await?;
    let described = accounts::describe(&mut conn, account_id).await?;
    let user = Uuid::parse_str(account_id).map_err(internal)?;
    let name = owner_name(&mut conn, &described.owner).await?;
    let names = (name.as_str(), passkey_name);
    start_registration(state, &mut conn, Kind::AddPasskey, user, names, None, Some(account_id)).await
}

pub async fn finish_adding(
    state: &AppState,
    account_id: &str,
    body: &FinishRegistration,
) -> Result<PasskeyInfo, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let ceremony = ceremonies::take(&mut conn, &body.ceremony, Kind::AddPasskey)
        .await?
        .filter(|c| c.account_id.as_deref() == Some(account_id));
    let Some(ceremony) = ceremony else {
        return Err(refuse(
            state,
            "passkey_register",
            Some(account_id),
            "no such ceremony",
            ErrorCode::CeremonyExpired,
        )
        .await);
    };
    let (_, name, passkey) = finish_registration(state, &ceremony.state, &body.credential, Some(account_id)).await?;
    let mut tx = conn.begin().await?;
    let id = store(&mut tx, account_id, &passkey, &name).await?;
    let event = Event {
        actor: Some(account_id),
        action: "passkey_added",
        subject_account: Some(account_id),
        detail: &id,
        ..Event::default()
    };
    audit::record(&mut tx, &event, Outcome::Done).await?;
    tx.commit().await?;
    Ok(PasskeyInfo {
        id,
        name,
        created_at: now_ms(),
        last_used_at: None,
    })
}

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

    let mut tx = conn.begin().await?;
    sqlx::query("UPDATE passkeys SET passkey = $1, last_used_at = $2 WHERE id = $3")
        .bind(serde_json::to_string(&passkey).map_err(internal)?)
        .bind(now_ms())
        .bind(&passkey_id)
        .execute(&mut *tx)
        .await?;
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

/// Removes one of the account's passkeys — never the last, or they could not sign in.
pub async fn remove(state: &AppState, account_id: &str, passkey_id: &str) -> Result<(), AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = conn.begin().await?;
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM passkeys WHERE account_id = $1")
        .bind(account_id)
        .fetch_one(&mut *tx)
        .await?;
    let owned: Option<(String,)> = sqlx::query_as("SELECT id FROM passkeys WHERE id = $1 AND account_id = $2")
        .bind(passkey_id)
        .bind(account_id)
        .fetch_optional(&mut *tx)
        .await?;
    if owned.is_none() {
        return Err(AppError::NOT_FOUND);
    }
    if count <= 1 {
        drop(tx);
        return Err(refuse(
            state,
            "passkey_remove",
            Some(account_id),
            "last passkey",
            ErrorCode::LastPasskey,
        )
        .await);
    }
    sqlx::query("DELETE FROM passkeys WHERE id = $1")
        .bind(passkey_id)
        .execute(&mut *tx)
        .await?;
    let event = Event {
        actor: Some(account_id),
        action: "passkey_removed",
        subject_account: Some(account_id),
        detail: passkey_id,
        ..Event::default()
    };
    audit::record(&mut tx, &event, Outcome::Done).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn list(conn: &mut AnyConnection, account_id: &str) -> Result<Vec<PasskeyInfo>, StoreError> {
    let rows: Vec<(String, String, i64, Option<i64>)> = sqlx::query_as(
        "SELECT id, name, created_at, last_used_at FROM passkeys WHERE account_id = $1 ORDER BY created_at, id",
    )
    .bind(account_id)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, created_at, last_used_at)| PasskeyInfo {
            id,
            name,
            created_at,
            last_used_at,
        })
        .collect())
}

async fn store(conn: &mut AnyConnection, account_id: &str, passkey: &Passkey, name: &str) -> Result<String, AppError> {
    let id = new_id();
    sqlx::query(
        "INSERT INTO passkeys (id, account_id, credential_id, name, passkey, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&id)
    .bind(account_id)
    .bind(hex::encode(passkey.cred_id().as_slice()))
    .bind(name)
    .bind(serde_json::to_string(passkey).map_err(internal)?)
    .bind(now_ms())
    .execute(conn)
    .await
    .map_err(StoreError::from)?;
    Ok(id)
}

async fn stored(conn: &mut AnyConnection, account_id: &str) -> Result<Vec<Passkey>, AppError> {
    let rows: Vec<(String,)> = sqlx::query_as("SELECT passkey FROM passkeys WHERE account_id = $1")
        .bind(account_id)
        .fetch_all(conn)
        .await?;
    rows.iter()
        .map(|(json,)| serde_json::from_str(json).map_err(internal))
        .collect()
}

async fn by_credential(
    conn: &mut AnyConnection,
    credential_id: &str,
) -> Result<Option<(String, String, Passkey, bool)>, AppError> {
    let row: Option<(String, String, String, i64)> = sqlx::query_as(
        "SELECT p.id, p.account_id, p.passkey, a.disabled FROM passkeys p JOIN accounts a ON a.id = p.account_id \
         WHERE p.credential_id = $1",
    )
    .bind(credential_id)
    .fetch_optional(conn)
    .await?;
    row.map(|(id, account, json, disabled)| {
        Ok((
            id,
            account,
            serde_json::from_str(&json).map_err(internal)?,
            disabled != 0,
        ))
    })
    .transpose()
}

/// The name a passkey prompt shows: the person's or staff member's full name.
async fn owner_name(conn: &mut AnyConnection, owner: &Owner) -> Result<String, AppError> {
    let (sql, id) = match owner {
        Owner::Person(id) => ("SELECT full_name FROM people WHERE id = $1", id),
        Owner::Staff(id) => ("SELECT full_name FROM staff WHERE id = $1", id),
    };
    let (name,): (String,) = sqlx::query_as(sql).bind(id).fetch_one(conn).await?;
    Ok(name)
}
