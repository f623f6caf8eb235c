//! Passkeys: the ones an account has, what signing in and registering share (refusals,
//! audited), and removing one — never the last.

use api::auth::{PASSKEY_NAME_MAX, PasskeyInfo};
use api::error::ErrorCode;
use sqlx::AnyConnection;
use webauthn_rs::prelude::Passkey;

use crate::accounts::Owner;
use crate::audit::{self, Event, Outcome};
use crate::db::{StoreError, new_id, now_ms};
use crate::error::AppError;
use crate::state::AppState;

/// A new session, for the handler to set as a cookie.
pub struct Started {
    pub account_id: String,
    pub token: String,
    pub other_passkeys: u32,
}

/// Records a refusal in the audit trail (on its own, since nothing else is written) and
/// turns it into the error the person sees.
pub(super) async fn refuse(
    state: &AppState,
    action: &str,
    account: Option<&str>,
    detail: &str,
    code: ErrorCode,
) -> AppError {
    tracing::warn!(action, detail, "refused");
    state.metrics.sign_in_refused();
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

pub(super) fn internal(error: impl std::fmt::Display) -> AppError {
    AppError::Internal(error.to_string())
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

/// Removes one of the account's passkeys — never the last, or they could not sign in.
pub async fn remove(state: &AppState, account_id: &str, passkey_id: &str) -> Result<(), AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = crate::db::begin_write(&mut conn).await?;
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

pub(super) async fn store(
    conn: &mut AnyConnection,
    account_id: &str,
    passkey: &Passkey,
    name: &str,
) -> Result<String, AppError> {
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

/// Keeps a passkey as it stands after use (its signature counter moves on), and when.
pub(super) async fn used(conn: &mut AnyConnection, passkey_id: &str, passkey: &Passkey) -> Result<(), AppError> {
    sqlx::query("UPDATE passkeys SET passkey = $1, last_used_at = $2 WHERE id = $3")
        .bind(serde_json::to_string(passkey).map_err(internal)?)
        .bind(now_ms())
        .bind(passkey_id)
        .execute(conn)
        .await?;
    Ok(())
}

pub(super) async fn stored(conn: &mut AnyConnection, account_id: &str) -> Result<Vec<Passkey>, AppError> {
    let rows: Vec<(String,)> = sqlx::query_as("SELECT passkey FROM passkeys WHERE account_id = $1")
        .bind(account_id)
        .fetch_all(conn)
        .await?;
    rows.iter()
        .map(|(json,)| serde_json::from_str(json).map_err(internal))
        .collect()
}

pub(super) async fn by_credential(
    conn: &mut AnyConnection,
    credential_id: &str,
) -> Result<Option<(String, String, Passkey, bool)>, AppError> {
    let row: Option<(String, String, String, i64, Option<i64>)> = sqlx::query_as(
        "SELECT p.id, p.account_id, p.passkey, a.disabled, pe.access_until FROM passkeys p \
         JOIN accounts a ON a.id = p.account_id LEFT JOIN people pe ON pe.id = a.person_id \
         WHERE p.credential_id = $1",
    )
    .bind(credential_id)
    .fetch_optional(conn)
    .await?;
    // A closed case whose access has ended signs in no more, as a disabled account.
    let now = now_ms();
    row.map(|(id, account, json, disabled, until)| {
        Ok((
            id,
            account,
            serde_json::from_str(&json).map_err(internal)?,
            disabled != 0 || until.is_some_and(|until| now >= until),
        ))
    })
    .transpose()
}

/// The name a passkey prompt shows: the person's or staff member's full name.
pub(super) async fn owner_name(conn: &mut AnyConnection, owner: &Owner) -> Result<String, AppError> {
    let (sql, id) = match owner {
        Owner::Person(id) => ("SELECT full_name FROM people WHERE id = $1", id),
        Owner::Staff(id) => ("SELECT full_name FROM staff WHERE id = $1", id),
    };
    let (name,): (String,) = sqlx::query_as(sql).bind(id).fetch_one(conn).await?;
    Ok(name)
}
