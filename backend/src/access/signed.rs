//! Who is asking: the `Signed` extractor finds the session, the account and the actor
//! behind it in one query, once per request, before the handler runs.

use std::sync::{Mutex, PoisonError};

use api::error::ErrorCode;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;

use super::cookie::session_token;
use super::policy::Denied;
use crate::accounts::sessions::{self, Resumed};
use crate::audit;
use crate::db::Held;
use crate::error::AppError;
use crate::staff::Staff;
use crate::state::AppState;

/// Who is asking, as the rules need to know them.
#[derive(Debug, Clone)]
pub enum Actor {
    /// Someone with a plan of their own (a person who draws on care, or a carer).
    Person {
        account: String,
        person_id: String,
        /// Their case is closed: read-only, as the policy says.
        case_closed: bool,
    },
    Staff {
        account: String,
        staff: Staff,
    },
}

impl Actor {
    /// The person's own record, for the `/me` endpoints; staff have none.
    pub fn own_person(&self) -> Result<&str, Denied> {
        match self {
            Self::Person { person_id, .. } => Ok(person_id),
            Self::Staff { .. } => Err(Denied::Hidden),
        }
    }

    /// The member of staff; anyone else is told the page does not exist.
    pub fn staff(&self) -> Result<&Staff, Denied> {
        match self {
            Self::Staff { staff, .. } => Ok(staff),
            Self::Person { .. } => Err(Denied::Hidden),
        }
    }

    pub fn account(&self) -> &str {
        match self {
            Self::Person { account, .. } | Self::Staff { account, .. } => account,
        }
    }
}

/// How long a passkey used in a session opens changes to how one signs in.
pub const CONFIRMED_FOR: std::time::Duration = std::time::Duration::from_secs(5 * 60);

/// A live session. A handler that takes it never runs for someone signed out, whose
/// session ended, or whose account was disabled.
#[derive(Debug)]
pub struct Signed {
    pub account_id: String,
    pub session_id: String,
    /// `None` for a member of staff who left (made inactive) or an account with no owner.
    actor: Option<Actor>,
    verified_at: i64,
    /// For a request that only reads, the connection its session was found on, for its
    /// permit.
    held: Mutex<Option<Held>>,
}

impl Signed {
    /// Who is asking, as the rules know them.
    pub fn actor(&self) -> Result<&Actor, Denied> {
        self.actor.as_ref().ok_or(Denied::Hidden)
    }

    /// The active member of staff; anyone else: hidden.
    pub fn staff(&self) -> Result<&Staff, Denied> {
        self.actor()?.staff()
    }

    /// The connection the session was found on, if this request kept it.
    pub(super) fn take_connection(&self) -> Option<Held> {
        self.held.lock().unwrap_or_else(PoisonError::into_inner).take()
    }

    /// Changing how one signs in (a passkey added or removed, another device signed out)
    /// needs a passkey used in this session within the last few minutes: a phone left
    /// unlocked is not enough.
    pub fn confirmed_lately(&self) -> Result<(), AppError> {
        let age = crate::db::now_ms() - self.verified_at;
        if age <= i64::try_from(CONFIRMED_FOR.as_millis()).unwrap_or(i64::MAX) {
            Ok(())
        } else {
            Err(AppError::Refused(ErrorCode::ConfirmIdentity))
        }
    }
}

impl From<Resumed> for Signed {
    fn from(resumed: Resumed) -> Self {
        let account = resumed.account_id.clone();
        let actor = match (resumed.person_id, resumed.staff) {
            (Some(person_id), _) => Some(Actor::Person {
                account,
                person_id,
                case_closed: resumed.case_closed,
            }),
            (None, Some(staff)) if staff.active => Some(Actor::Staff { account, staff }),
            _ => None,
        };
        Self {
            account_id: resumed.account_id,
            session_id: resumed.session_id,
            actor,
            verified_at: resumed.verified_at,
            held: Mutex::default(),
        }
    }
}

/// The session cookie, which the description names as the API's one security scheme.
impl aide::OperationInput for Signed {}

impl FromRequestParts<AppState> for Signed {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let token = session_token(&parts.headers, &state.settings.public_origin)
            .ok_or(AppError::Refused(ErrorCode::SignedOut))?;
        let mut conn = state.store.connection().await?;
        let resumed = sessions::resume(&mut conn, token, state.settings.sessions).await?;
        // A request that only reads keeps the connection for its permit; one that changes
        // something writes on another, in its turn.
        let kept = match resumed {
            Some(_) if audit::request::reading() => Some(conn),
            _ => {
                conn.hand_on();
                None
            }
        };
        let resumed = resumed.ok_or(AppError::Refused(ErrorCode::SignedOut))?;
        if !resumed.seen_lately {
            sessions::seen(&state.store, &resumed.session_id);
        }
        let signed = Signed::from(resumed);
        *signed.held.lock().unwrap_or_else(PoisonError::into_inner) = kept;
        Ok(signed)
    }
}
