//! Registering a passkey: from an invitation (a first passkey, or after a lost phone),
//! or as another passkey on a signed-in account.

use api::auth::{
    CeremonyStart, FinishRegistration, InvitationStatus, NewPasskey, PasskeyInfo, Purpose, RedeemInvitation,
};
use api::error::ErrorCode;
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;
use webauthn_rs::prelude::{Passkey, PasskeyRegistration, RegisterPublicKeyCredential, Uuid};
use webauthn_rs_proto::ResidentKeyRequirement;

use super::ceremonies::{self, Kind};
use super::invitations::{self, Invitation};
use super::passkeys::{Started, internal, owner_name, passkey_name, refuse, store, stored};
use crate::accounts::sessions::{self, Device};
use crate::accounts::{self, Owner};
use crate::audit::{self, Event, Outcome};
use crate::db::now_ms;
use crate::error::AppError;
use crate::state::AppState;

/// What a registration ceremony remembers between its two steps.
#[derive(Serialize, Deserialize)]
struct Registration {
    user: Uuid,
    /// The passkey's name, checked before the phone is asked to make anything.
    name: String,
    state: PasskeyRegistration,
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

/// A first invitation is for someone with no account, and never adds a passkey to one
/// that exists; a recovery code is for an account that exists.
async fn fits_account(state: &AppState, invitation: &Invitation, account: Option<&str>) -> Result<(), AppError> {
    let code = match (invitation.purpose, account) {
        (Purpose::Register, Some(_)) => ErrorCode::AlreadyHasAccount,
        (Purpose::Recovery, None) => ErrorCode::NoAccountToRecover,
        _ => return Ok(()),
    };
    Err(refuse(state, "invitation_redeem", account, code.as_str(), code).await)
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
    fits_account(state, &invitation, account.as_deref()).await?;
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
    super::limits::throttle(state, &key, "redeem-invitation", super::limits::PER_INVITATION).await?;
    let invitation = redeemable(state, Some(invitations::get(&mut conn, &invitation_id).await?)).await?;
    let (user, name, passkey) =
        finish_registration(state, &ceremony.state, &body.credential, ceremony.account_id.as_deref()).await?;
    let account_id = user.to_string();

    let mut tx = crate::db::begin_write(&mut conn).await?;
    // Checked again inside the write: an account may have been made since the first step.
    let existing = accounts::of(&mut tx, &invitation.owner).await?;
    if existing != ceremony.account_id {
        drop(tx);
        fits_account(state, &invitation, existing.as_deref()).await?;
        return Err(AppError::Refused(ErrorCode::CeremonyExpired));
    }
    if existing.is_none() {
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
    if invitation.purpose == Purpose::Recovery {
        // Whoever held the lost phone is signed out, and the owner hears of it by email
        // too, in case it was not them.
        sessions::end_all(&mut tx, &account_id).await?;
        crate::notifications::account_recovered(&mut tx, &invitation.owner).await?;
    }
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
    let mut tx = crate::db::begin_write(&mut conn).await?;
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
