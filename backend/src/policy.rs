//! Who may do what: the one place access is decided. Deny by default; each rule names
//! the relationship that allows it. Anything denied looks, from outside, as if it did not
//! exist (404): a refusal would tell that it does.

use api::carers::{Scope, Scopes};
use api::error::ErrorCode;
use api::staff::StaffRole;
use sqlx::AnyConnection;

use crate::auth::accounts::Owner;
use crate::db::StoreError;
use crate::http::AppError;
use crate::plans::today;
use crate::staff::Staff;

/// The member of staff behind an account, if it is a staff account that is active.
pub async fn staff_of(conn: &mut AnyConnection, account_id: &str) -> Result<Option<Staff>, StoreError> {
    let row: Option<(Option<String>,)> = sqlx::query_as("SELECT staff_id FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_optional(&mut *conn)
        .await?;
    let Some((Some(staff_id),)) = row else {
        return Ok(None);
    };
    let staff = crate::staff::get(conn, &staff_id).await?;
    Ok(staff.active.then_some(staff))
}

/// Whom a member of staff works with, as an SQL condition on a current allocation `a`
/// (with `$1` its parameter): a caseworker, their caseload; a manager, their team's
/// caseloads; an admin, nobody.
pub fn caseload_scope(staff: &Staff) -> Option<(&'static str, String)> {
    match staff.role {
        StaffRole::Caseworker => Some(("a.staff_id = $1", staff.id.clone())),
        StaffRole::Manager => Some((
            "a.staff_id IN (SELECT id FROM staff WHERE team_id = $1)",
            staff.team_id.clone().unwrap_or_default(),
        )),
        StaffRole::Admin => None,
    }
}

/// A caseworker invites the people on their caseload and those people's carers; a
/// manager, anyone their team works with, and the team's staff; an admin, any staff.
pub async fn may_invite(conn: &mut AnyConnection, staff: &Staff, invitee: &Owner) -> Result<bool, StoreError> {
    match (staff.role, invitee) {
        (StaffRole::Caseworker, Owner::Person(person)) => Ok(count(
            conn,
            "SELECT COUNT(*) FROM allocations a WHERE a.ended_at IS NULL AND a.staff_id = $1 AND (a.person_id = $2 \
             OR a.person_id IN (SELECT person_id FROM carer_relationships WHERE carer_id = $2))",
            &staff.id,
            person,
        )
        .await?
            > 0),
        (StaffRole::Manager, Owner::Person(person)) => Ok(count(
            conn,
            "SELECT COUNT(*) FROM allocations a JOIN staff s ON s.id = a.staff_id \
             WHERE a.ended_at IS NULL AND s.team_id = $1 AND (a.person_id = $2 \
             OR a.person_id IN (SELECT person_id FROM carer_relationships WHERE carer_id = $2))",
            staff.team_id.as_deref().unwrap_or_default(),
            person,
        )
        .await?
            > 0),
        (StaffRole::Manager, Owner::Staff(colleague)) => Ok(count(
            conn,
            "SELECT COUNT(*) FROM staff WHERE team_id = $1 AND id = $2",
            staff.team_id.as_deref().unwrap_or_default(),
            colleague,
        )
        .await?
            > 0),
        (StaffRole::Admin, Owner::Staff(_)) => Ok(true),
        (StaffRole::Caseworker, Owner::Staff(_)) | (StaffRole::Admin, Owner::Person(_)) => Ok(false),
    }
}

async fn count(conn: &mut AnyConnection, sql: &str, a: &str, b: &str) -> Result<i64, StoreError> {
    let (n,): (i64,) = sqlx::query_as(sql).bind(a).bind(b).fetch_one(conn).await?;
    Ok(n)
}

/// Who is asking, as the rules need to know them.
#[derive(Debug, Clone)]
pub enum Actor {
    /// Someone with a plan of their own (a person who draws on care, or a carer).
    Person {
        account: String,
        person_id: String,
    },
    Staff {
        account: String,
        staff: Staff,
    },
}

impl Actor {
    /// The person's own record, for the `/me` endpoints; staff have none: 404.
    pub fn own_person(&self) -> Result<String, AppError> {
        match self {
            Self::Person { person_id, .. } => Ok(person_id.clone()),
            Self::Staff { .. } => Err(AppError::NOT_FOUND),
        }
    }

    pub fn account(&self) -> &str {
        match self {
            Self::Person { account, .. } | Self::Staff { account, .. } => account,
        }
    }
}

/// The actor behind a signed-in account; `None` for a disabled member of staff.
pub async fn actor(conn: &mut AnyConnection, account_id: &str) -> Result<Option<Actor>, StoreError> {
    let (person_id, staff_id): (Option<String>, Option<String>) =
        sqlx::query_as("SELECT person_id, staff_id FROM accounts WHERE id = $1")
            .bind(account_id)
            .fetch_one(&mut *conn)
            .await?;
    Ok(match (person_id, staff_id) {
        (Some(person_id), _) => Some(Actor::Person {
            account: account_id.to_owned(),
            person_id,
        }),
        (None, Some(_)) => staff_of(conn, account_id).await?.map(|staff| Actor::Staff {
            account: account_id.to_owned(),
            staff,
        }),
        (None, None) => None,
    })
}

/// The actor behind a signed-in account; a disabled member of staff: 404.
pub async fn signed_in(conn: &mut AnyConnection, account_id: &str) -> Result<Actor, AppError> {
    actor(conn, account_id).await?.ok_or(AppError::NOT_FOUND)
}

/// What an actor may do with one person's record: their plans, goals and wishes, reviews.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanAccess {
    /// Everything a person does with their own record: the person themselves.
    Own,
    /// What the person (or the law, through a caseworker) allowed this carer.
    Carer(Scopes),
    /// A carer whose access ended or expired: told so kindly, shown nothing.
    Ended,
    /// Read: a manager of the person's caseworker's team.
    Oversee,
    /// Read, edit and publish plans, answer, take review steps: the person's own caseworker.
    Edit,
}

impl PlanAccess {
    pub fn is_staff(self) -> bool {
        matches!(self, Self::Oversee | Self::Edit)
    }

    /// May read this part of the record.
    pub fn may_read(self, scope: Scope) -> bool {
        match self {
            Self::Own | Self::Oversee | Self::Edit => true,
            Self::Carer(scopes) => scopes.has(scope),
            Self::Ended => false,
        }
    }

    /// May act as the person: add goals and wishes, ask for a review.
    pub fn may_act(self, scope: Scope) -> bool {
        match self {
            Self::Own => true,
            Self::Carer(scopes) => scopes.has(scope),
            Self::Ended | Self::Oversee | Self::Edit => false,
        }
    }
}

/// The access, if `allowed` says it is enough. Otherwise a carer whose access ended is
/// told so (403, so they know why the page went); anyone else gets 404.
pub fn require(access: Option<PlanAccess>, allowed: impl Fn(PlanAccess) -> bool) -> Result<PlanAccess, AppError> {
    match access {
        Some(access) if allowed(access) => Ok(access),
        Some(PlanAccess::Ended) => Err(AppError::Refused(ErrorCode::AccessEnded)),
        _ => Err(AppError::NOT_FOUND),
    }
}

/// A person has their own record; a carer, what the person allowed them, until it ends
/// or expires; a caseworker, the records of people on their caseload; a manager, their
/// team's. Admins and everyone else: nothing.
pub async fn plan_access(
    conn: &mut AnyConnection,
    actor: &Actor,
    person_id: &str,
) -> Result<Option<PlanAccess>, StoreError> {
    match actor {
        Actor::Person { person_id: own, .. } if own == person_id => Ok(Some(PlanAccess::Own)),
        Actor::Person { person_id: carer, .. } => carer_access(conn, carer, person_id).await,
        Actor::Staff { staff, .. } => match staff.role {
            StaffRole::Caseworker => {
                let on_caseload = count(
                    conn,
                    "SELECT COUNT(*) FROM allocations WHERE ended_at IS NULL AND staff_id = $1 AND person_id = $2",
                    &staff.id,
                    person_id,
                )
                .await?;
                Ok((on_caseload > 0).then_some(PlanAccess::Edit))
            }
            StaffRole::Manager => {
                let in_team = count(
                    conn,
                    "SELECT COUNT(*) FROM allocations a JOIN staff s ON s.id = a.staff_id \
                     WHERE a.ended_at IS NULL AND s.team_id = $1 AND a.person_id = $2",
                    staff.team_id.as_deref().unwrap_or_default(),
                    person_id,
                )
                .await?;
                Ok((in_team > 0).then_some(PlanAccess::Oversee))
            }
            StaffRole::Admin => Ok(None),
        },
    }
}

/// A carer's access as it stands today: checked on every request, so a change or an
/// ending takes effect at once.
async fn carer_access(conn: &mut AnyConnection, carer: &str, person: &str) -> Result<Option<PlanAccess>, StoreError> {
    let Some(granted) = crate::carers::current(conn, carer, person).await? else {
        return Ok(None);
    };
    Ok(if !granted.in_force(&today()) {
        Some(PlanAccess::Ended)
    } else if granted.scopes.any() {
        Some(PlanAccess::Carer(granted.scopes))
    } else {
        None
    })
}
