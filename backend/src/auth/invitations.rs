//! Invitations: a single-use code, typed or opened as a link, that lets someone register
//! a passkey. Only the code's hash is stored; it expires, and staff can revoke it.

use std::time::Duration;

use api::auth::{IdentityCheck, InvitationCreated, InvitationInfo, InvitationStatus, Invitee, NewInvitation, Purpose};
use api::error::ErrorCode;
use sqlx::AnyConnection;

use crate::access::policy::{may_invite, may_recover};
use crate::accounts::Owner;
use crate::accounts::secrets;
use crate::audit::{self, Event, Outcome};
use crate::db::{StoreError, new_id, now_ms};
use crate::error::AppError;
use crate::staff::Staff;
use crate::state::AppState;

#[derive(Debug, Clone, PartialEq)]
pub struct Invitation {
    pub id: String,
    pub purpose: Purpose,
    pub owner: Owner,
    pub expires_at: i64,
    pub used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

impl Invitation {
    pub fn status(&self, now: i64) -> InvitationStatus {
        if self.revoked_at.is_some() {
            InvitationStatus::Revoked
        } else if self.used_at.is_some() {
            InvitationStatus::Used
        } else if self.expires_at <= now {
            InvitationStatus::Expired
        } else {
            InvitationStatus::Pending
        }
    }
}

type Row = (
    String,
    String,
    Option<String>,
    Option<String>,
    i64,
    Option<i64>,
    Option<i64>,
);

const COLUMNS: &str = "id, purpose, person_id, staff_id, expires_at, used_at, revoked_at";

fn from_row((id, purpose, person_id, staff_id, expires_at, used_at, revoked_at): Row) -> Invitation {
    Invitation {
        id,
        purpose: if purpose == "recovery" {
            Purpose::Recovery
        } else {
            Purpose::Register
        },
        owner: match (person_id, staff_id) {
            (Some(person), _) => Owner::Person(person),
            (None, staff) => Owner::Staff(staff.unwrap_or_default()),
        },
        expires_at,
        used_at,
        revoked_at,
    }
}

/// Creates an invitation; returns it with its code, which is never stored.
pub async fn create(
    conn: &mut AnyConnection,
    owner: &Owner,
    purpose: Purpose,
    identity_check: Option<IdentityCheck>,
    created_by: Option<&str>,
    valid_for: Duration,
) -> Result<(Invitation, String), StoreError> {
    let code = secrets::new_invitation_code();
    let now = now_ms();
    let invitation = Invitation {
        id: new_id(),
        purpose,
        owner: owner.clone(),
        expires_at: now + i64::try_from(valid_for.as_millis()).unwrap_or(i64::MAX),
        used_at: None,
        revoked_at: None,
    };
    let (person, staff) = match owner {
        Owner::Person(id) => (Some(id.as_str()), None),
        Owner::Staff(id) => (None, Some(id.as_str())),
    };
    sqlx::query(
        "INSERT INTO invitations (id, code_hash, purpose, person_id, staff_id, created_by, created_at, expires_at, \
         identity_check) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(&invitation.id)
    .bind(secrets::hash_code(&code))
    .bind(match purpose {
        Purpose::Register => "register",
        Purpose::Recovery => "recovery",
    })
    .bind(person)
    .bind(staff)
    .bind(created_by)
    .bind(now)
    .bind(invitation.expires_at)
    .bind(identity_check.map(IdentityCheck::as_str))
    .execute(conn)
    .await?;
    Ok((invitation, code))
}

pub async fn by_code(conn: &mut AnyConnection, typed: &str) -> Result<Option<Invitation>, StoreError> {
    let row: Option<Row> = sqlx::query_as(&format!("SELECT {COLUMNS} FROM invitations WHERE code_hash = $1"))
        .bind(secrets::hash_code(typed))
        .fetch_optional(conn)
        .await?;
    Ok(row.map(from_row))
}

pub async fn get(conn: &mut AnyConnection, id: &str) -> Result<Invitation, StoreError> {
    let row: Row = sqlx::query_as(&format!("SELECT {COLUMNS} FROM invitations WHERE id = $1"))
        .bind(id)
        .fetch_one(conn)
        .await?;
    Ok(from_row(row))
}

/// Uses the invitation up; `false` if it was used, revoked or expired in the meantime.
pub async fn mark_used(conn: &mut AnyConnection, id: &str) -> Result<bool, StoreError> {
    let now = now_ms();
    let done = sqlx::query(
        "UPDATE invitations SET used_at = $1 WHERE id = $2 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $1",
    )
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Revokes a pending invitation; `false` if it was no longer pending.
pub async fn revoke(conn: &mut AnyConnection, id: &str) -> Result<bool, StoreError> {
    let done =
        sqlx::query("UPDATE invitations SET revoked_at = $1 WHERE id = $2 AND used_at IS NULL AND revoked_at IS NULL")
            .bind(now_ms())
            .bind(id)
            .execute(conn)
            .await?;
    Ok(done.rows_affected() == 1)
}

/// The invitations one member of staff made, newest first, with each invitee's name.
pub async fn made_by(conn: &mut AnyConnection, account_id: &str) -> Result<Vec<InvitationInfo>, StoreError> {
    let rows: Vec<Listed> = sqlx::query_as(
        "SELECT i.id, i.purpose, i.person_id, i.staff_id, i.expires_at, i.used_at, i.revoked_at, \
         COALESCE(p.full_name, s.full_name, '') AS invitee_name, i.created_at \
         FROM invitations i LEFT JOIN people p ON p.id = i.person_id LEFT JOIN staff s ON s.id = i.staff_id \
         WHERE i.created_by = $1 ORDER BY i.created_at DESC, i.id",
    )
    .bind(account_id)
    .fetch_all(conn)
    .await?;
    let now = now_ms();
    Ok(rows
        .into_iter()
        .map(|row| {
            let invitation = from_row((
                row.id,
                row.purpose,
                row.person_id,
                row.staff_id,
                row.expires_at,
                row.used_at,
                row.revoked_at,
            ));
            InvitationInfo {
                status: invitation.status(now),
                id: invitation.id,
                invitee_name: row.invitee_name,
                purpose: invitation.purpose,
                created_at: row.created_at,
                expires_at: row.expires_at,
            }
        })
        .collect())
}

#[derive(sqlx::FromRow)]
struct Listed {
    id: String,
    purpose: String,
    person_id: Option<String>,
    staff_id: Option<String>,
    expires_at: i64,
    used_at: Option<i64>,
    revoked_at: Option<i64>,
    invitee_name: String,
    created_at: i64,
}

/// Whom a member of staff may invite, as [`crate::access::policy::may_invite`] decides: the
/// people they (or, for a manager, their team) work with and the carers whose access to
/// them is in force; colleagues for a manager (their team) or an admin (everyone). Someone
/// with an account is listed only to those who may give them a recovery code.
pub async fn invitable_by(
    conn: &mut AnyConnection,
    staff: &crate::staff::Staff,
) -> Result<Vec<api::auth::Invitable>, StoreError> {
    use api::auth::{Invitable, Invitee, Relationship};
    use api::staff::StaffRole;

    let colleagues = match staff.role {
        StaffRole::Caseworker => None,
        StaffRole::Manager => Some(("team_id = $1", staff.team_id.clone().unwrap_or_default())),
        StaffRole::Admin => Some(("$1 = $1", staff.id.clone())),
    };
    let mut invitable = Vec::new();
    if let Some((scope, key)) = crate::access::policy::caseload_scope(staff) {
        let people: Vec<(String, String, Option<String>, i64)> = sqlx::query_as(&format!(
            "SELECT p.id, p.full_name, NULL, (SELECT COUNT(*) FROM accounts WHERE person_id = p.id) \
             FROM people p JOIN allocations a ON a.person_id = p.id WHERE a.ended_at IS NULL AND {scope} \
             UNION ALL \
             SELECT c.id, c.full_name, cared.full_name, (SELECT COUNT(*) FROM accounts WHERE person_id = c.id) \
             FROM carer_access r JOIN people c ON c.id = r.carer_id JOIN people cared ON cared.id = r.person_id \
             JOIN allocations a ON a.person_id = r.person_id WHERE a.ended_at IS NULL AND {scope} \
             AND r.ended_at IS NULL AND (r.ends_on IS NULL OR r.ends_on >= $2) \
             ORDER BY 2"
        ))
        .bind(&key)
        .bind(crate::db::today())
        .fetch_all(&mut *conn)
        .await?;
        let recovers = may_recover(staff.role, None);
        invitable.extend(
            people
                .into_iter()
                .filter(|(.., accounts)| *accounts == 0 || recovers)
                .map(|(id, name, cares_for, accounts)| Invitable {
                    invitee: Invitee::Person(id),
                    name,
                    relationship: match cares_for {
                        Some(name) => Relationship::CarerOf { name },
                        None => Relationship::OnCaseload,
                    },
                    has_account: accounts > 0,
                }),
        );
    }
    if let Some((scope, key)) = colleagues {
        let rows: Vec<(String, String, String, i64)> = sqlx::query_as(&format!(
            "SELECT s.id, s.full_name, s.role, (SELECT COUNT(*) FROM accounts WHERE staff_id = s.id) \
             FROM staff s WHERE {scope} AND s.id <> $2 ORDER BY s.full_name"
        ))
        .bind(&key)
        .bind(&staff.id)
        .fetch_all(conn)
        .await?;
        invitable.extend(rows.into_iter().filter_map(|(id, name, role, accounts)| {
            let role = StaffRole::parse(&role)?;
            (accounts == 0 || may_recover(staff.role, Some(role))).then_some(Invitable {
                invitee: Invitee::Staff(id),
                name,
                relationship: Relationship::Colleague { role },
                has_account: accounts > 0,
            })
        }));
    }
    Ok(invitable)
}

/// A member of staff invites someone they may invite (anyone else: 404); returns the
/// code, shown once. A first invitation is for someone without an account; a recovery,
/// for someone with one, after saying how their identity was checked.
pub async fn invite(
    state: &AppState,
    account_id: &str,
    staff: &Staff,
    body: NewInvitation,
) -> Result<InvitationCreated, AppError> {
    let owner = match body.invitee {
        Invitee::Person(id) => Owner::Person(id),
        Invitee::Staff(id) => Owner::Staff(id),
    };
    let mut tx = state.store.begin_write().await?;
    if !may_invite(&mut tx, staff, &owner, body.purpose).await? {
        return Err(AppError::NOT_FOUND);
    }
    let has_account = crate::accounts::of(&mut tx, &owner).await?.is_some();
    let check = match (body.purpose, has_account, body.identity_check) {
        (Purpose::Register, false, _) => None,
        (Purpose::Register, true, _) => return Err(AppError::Refused(ErrorCode::AlreadyHasAccount)),
        (Purpose::Recovery, false, _) => return Err(AppError::Refused(ErrorCode::NoAccountToRecover)),
        (Purpose::Recovery, true, None) => {
            return Err(AppError::Invalid {
                field: "identity_check",
                code: ErrorCode::IdentityCheckMissing,
            });
        }
        (Purpose::Recovery, true, Some(check)) => Some(check),
    };
    let (invitation, code) = create(
        &mut tx,
        &owner,
        body.purpose,
        check,
        Some(account_id),
        state.settings.invitation_lifetime,
    )
    .await?;
    let detail = match check {
        Some(check) => format!("{} recovery, identity checked: {}", invitation.id, check.as_str()),
        None => invitation.id.clone(),
    };
    let event = Event {
        actor: Some(account_id),
        action: "invitation_created",
        subject_person: match &owner {
            Owner::Person(id) => Some(id),
            Owner::Staff(_) => None,
        },
        detail: &detail,
        ..Event::default()
    };
    audit::record(&mut tx, &event, Outcome::Done).await?;
    tx.commit().await?;
    Ok(InvitationCreated {
        id: invitation.id,
        code,
        expires_at: invitation.expires_at,
    })
}

/// Revokes an invitation this account made and that is not used yet.
pub async fn revoke_mine(state: &AppState, account_id: &str, id: &str) -> Result<(), AppError> {
    let mut tx = state.store.begin_write().await?;
    let mine = made_by(&mut tx, account_id).await?.iter().any(|i| i.id == id);
    if !mine {
        return Err(AppError::NOT_FOUND);
    }
    if !revoke(&mut tx, id).await? {
        return Err(AppError::Refused(ErrorCode::InvitationUsed));
    }
    let event = Event {
        actor: Some(account_id),
        action: "invitation_revoked",
        detail: id,
        ..Event::default()
    };
    audit::record(&mut tx, &event, Outcome::Done).await?;
    tx.commit().await?;
    Ok(())
}
