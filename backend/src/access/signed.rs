//! Who is asking: the `Signed` extractor finds the session, the account and the actor
//! behind it in one query, once per request, before the handler runs.

use api::error::ErrorCode;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;

use super::cookie::session_token;
use super::policy::Denied;
use crate::accounts::sessions::{self, Resumed};
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

/// A live session. A handler that takes it never runs for someone signed out, whose
/// session ended, or whose account was disabled.
#[derive(Debug, Clone)]
pub struct Signed {
    pub account_id: String,
    pub session_id: String,
    /// `None` for a member of staff who left (made inactive) or an account with no owner.
    actor: Option<Actor>,
    /// Where the request came from and its id, for the audit.
    pub client: String,
    pub request_id: String,
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
            client: String::new(),
            request_id: String::new(),
        }
    }
}

impl FromRequestParts<AppState> for Signed {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let token = session_token(&parts.headers, &state.settings.public_origin)
            .ok_or(AppError::Refused(ErrorCode::SignedOut))?;
        let mut conn = state.store.pool.acquire().await?;
        let resumed = sessions::resume(&mut conn, token, state.settings.sessions)
            .await?
            .ok_or(AppError::Refused(ErrorCode::SignedOut))?;
        let trusted = &state.settings.trusted_proxies;
        Ok(Self {
            client: crate::client_address::of_request(&parts.extensions, &parts.headers, trusted),
            // Set by our own layer: a client's is removed before it.
            request_id: parts
                .headers
                .get("x-request-id")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned(),
            ..resumed.into()
        })
    }
}
