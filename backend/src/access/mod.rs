//! Access in one place: who is asking (found once per request), whose record they name,
//! what the policy allows, and the permit through which every read and change of a
//! person's record goes, audited as it ends.

mod cookie;
pub mod grants;
mod owners;
mod permit;
pub mod policy;
mod signed;
mod subject;

pub use cookie::{clear_session_cookie, session_cookie};
pub use permit::{Grant, Permit, Table, Target};
pub use policy::{Denied, Need, PlanAccess};
pub use signed::{Actor, Signed};
pub use subject::Subject;

use api::error::ErrorCode;

use crate::error::AppError;

/// The edge's view of a refusal: hidden is "not found"; an ended carer's access, 403.
impl From<Denied> for AppError {
    fn from(denied: Denied) -> Self {
        match denied {
            Denied::Hidden => Self::NOT_FOUND,
            Denied::AccessEnded => Self::Refused(ErrorCode::AccessEnded),
            Denied::CaseClosed => Self::Refused(ErrorCode::CaseClosed),
        }
    }
}
