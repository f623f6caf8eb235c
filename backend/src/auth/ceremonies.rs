//! WebAuthn ceremony state, kept in the database so any server instance can finish what
//! another started. Each is taken once, and is worthless after five minutes.

use std::time::Duration;

use sqlx::AnyConnection;

use crate::db::{StoreError, new_id, now_ms};

pub const LIFETIME: Duration = Duration::from_secs(5 * 60);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Register,
    AddPasskey,
    SignIn,
    Confirm,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Self::Register => "register",
            Self::AddPasskey => "add_passkey",
            Self::SignIn => "sign_in",
            Self::Confirm => "confirm",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Ceremony {
    pub state: String,
    pub invitation_id: Option<String>,
    pub account_id: Option<String>,
}

pub async fn begin(
    conn: &mut AnyConnection,
    kind: Kind,
    state: &str,
    invitation_id: Option<&str>,
    account_id: Option<&str>,
) -> Result<String, StoreError> {
    let id = new_id();
    let now = now_ms();
    // Old, unfinished ceremonies are litter: sweep them as new ones begin.
    sqlx::query("DELETE FROM ceremonies WHERE expires_at < $1")
        .bind(now)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO ceremonies (id, kind, state, invitation_id, account_id, expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&id)
    .bind(kind.as_str())
    .bind(state)
    .bind(invitation_id)
    .bind(account_id)
    .bind(now + i64::try_from(LIFETIME.as_millis()).unwrap_or(i64::MAX))
    .execute(conn)
    .await?;
    Ok(id)
}

/// Takes the ceremony, so it can never be finished twice; `None` if it is unknown, of
/// another kind, already taken, or expired.
pub async fn take(conn: &mut AnyConnection, id: &str, kind: Kind) -> Result<Option<Ceremony>, StoreError> {
    let row: Option<(String, Option<String>, Option<String>, i64)> = sqlx::query_as(
        "DELETE FROM ceremonies WHERE id = $1 AND kind = $2 RETURNING state, invitation_id, account_id, expires_at",
    )
    .bind(id)
    .bind(kind.as_str())
    .fetch_optional(conn)
    .await?;
    Ok(row
        .filter(|(_, _, _, expires_at)| *expires_at > now_ms())
        .map(|(state, invitation_id, account_id, _)| Ceremony {
            state,
            invitation_id,
            account_id,
        }))
}
