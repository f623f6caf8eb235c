//! Who may do what: the one place access is decided. Deny by default; each rule names
//! the relationship that allows it. Anything denied looks, from outside, as if it did not
//! exist (404): a refusal would tell that it does.

use api::auth::Purpose;
use api::carers::{Scope, Scopes};
use api::staff::StaffRole;
use sqlx::AnyConnection;

use super::signed::Actor;
use crate::accounts::Owner;
use crate::db::{StoreError, today};
use crate::staff::Staff;

/// Whom a member of staff works with, as an SQL condition on the member of staff `s` a
/// current allocation is with (with `$1` its parameter): a caseworker, themselves; a
/// manager, their team; an admin, nobody.
pub fn caseload_staff(staff: &Staff) -> Option<(&'static str, String)> {
    match staff.role {
        StaffRole::Caseworker => Some(("s.id = $1", staff.id.clone())),
        StaffRole::Manager => Some(("s.team_id = $1", staff.team_id.clone().unwrap_or_default())),
        StaffRole::Admin => None,
    }
}

/// The same, as a condition on a current allocation `a`.
pub fn caseload_scope(staff: &Staff) -> Option<(String, String)> {
    caseload_staff(staff).map(|(on_staff, key)| {
        (
            format!("a.staff_id IN (SELECT s.id FROM staff s WHERE {on_staff})"),
            key,
        )
    })
}

/// Who runs a team: an admin every team, a manager their own; nobody else.
pub fn runs_team(staff: &Staff, team_id: Option<&str>) -> bool {
    match staff.role {
        StaffRole::Admin => true,
        StaffRole::Manager => team_id.is_some() && team_id == staff.team_id.as_deref(),
        StaffRole::Caseworker => false,
    }
}

/// Whether `staff` may change `other` (their role, team, or whether they can sign in):
/// an admin anyone, a manager the caseworkers and managers of their own team.
pub fn may_change_staff(staff: &Staff, other: &Staff) -> bool {
    runs_team(staff, other.team_id.as_deref()) && may_give_role(staff, other.role)
}

/// Only an admin makes someone an admin.
pub fn may_give_role(staff: &Staff, role: StaffRole) -> bool {
    role != StaffRole::Admin || staff.role == StaffRole::Admin
}

/// A caseworker invites the people on their caseload and the carers whose access to one
/// of them is in force; a manager, anyone their team works with, and the team's staff;
/// an admin, any staff. Nobody invites themselves. A recovery code puts a new passkey on
/// an account that exists, so fewer may give one: see [`may_recover`].
pub async fn may_invite(
    conn: &mut AnyConnection,
    staff: &Staff,
    invitee: &Owner,
    purpose: Purpose,
) -> Result<bool, StoreError> {
    let role = match invitee {
        Owner::Person(person) => {
            if !works_with(conn, staff, person).await? {
                return Ok(false);
            }
            None
        }
        Owner::Staff(id) => {
            let colleague: Option<(Option<String>, String)> =
                sqlx::query_as("SELECT team_id, role FROM staff WHERE id = $1")
                    .bind(id)
                    .fetch_optional(conn)
                    .await?;
            let Some((team, role)) = colleague else {
                return Ok(false);
            };
            let role = StaffRole::parse(&role);
            if *id == staff.id || role.is_none() || !runs_team(staff, team.as_deref()) {
                return Ok(false);
            }
            role
        }
    };
    Ok(purpose == Purpose::Register || may_recover(staff.role, role))
}

/// Who gives a recovery code, once they work with the invitee: a person's caseworker (for
/// them and their carers), a manager for their team's caseworkers, an admin for any other
/// member of staff. `invitee` is the invitee's staff role; `None` for a person.
pub fn may_recover(giver: StaffRole, invitee: Option<StaffRole>) -> bool {
    matches!(
        (giver, invitee),
        (StaffRole::Caseworker, None) | (StaffRole::Manager, Some(StaffRole::Caseworker)) | (StaffRole::Admin, Some(_))
    )
}

/// Whether the person, or someone they care for, is in the member of staff's caseload
/// (a carer only while their access is in force).
async fn works_with(conn: &mut AnyConnection, staff: &Staff, person: &str) -> Result<bool, StoreError> {
    let Some((scope, key)) = caseload_scope(staff) else {
        return Ok(false);
    };
    let (n,): (i64,) = sqlx::query_as(&format!(
        "SELECT COUNT(*) FROM allocations a WHERE a.ended_at IS NULL AND {scope} AND (a.person_id = $2 \
         OR a.person_id IN (SELECT person_id FROM carer_access WHERE carer_id = $2 AND ended_at IS NULL \
         AND (ends_on IS NULL OR ends_on >= $3)))"
    ))
    .bind(key)
    .bind(person)
    .bind(today())
    .fetch_one(conn)
    .await?;
    Ok(n > 0)
}

async fn count(conn: &mut AnyConnection, sql: &str, a: &str, b: &str) -> Result<i64, StoreError> {
    let (n,): (i64,) = sqlx::query_as(sql).bind(a).bind(b).fetch_one(conn).await?;
    Ok(n)
}

/// What an actor may do with one person's record: their plans, goals and wishes, reviews.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanAccess {
    /// Everything a person does with their own record: the person themselves.
    Own,
    /// The person, once their case is closed: they read, and change nothing.
    Closed,
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
            Self::Own | Self::Closed | Self::Oversee | Self::Edit => true,
            Self::Carer(scopes) => scopes.has(scope),
            Self::Ended => false,
        }
    }

    /// A carer without the budget scope reads no money anywhere: the plan, a comparison
    /// or a download.
    pub fn money_hidden(self) -> bool {
        !self.may_read(Scope::Budget)
    }

    /// The person's answer to their plan is between them and their caseworker: a carer
    /// never sees it.
    pub fn sees_answer(self) -> bool {
        !matches!(self, Self::Carer(_))
    }

    /// May act as the person: add goals and wishes, ask for a review.
    pub fn may_act(self, scope: Scope) -> bool {
        match self {
            Self::Own => true,
            Self::Carer(scopes) => scopes.has(scope),
            Self::Closed | Self::Ended | Self::Oversee | Self::Edit => false,
        }
    }
}

/// Why a request was refused. Anything refused looks, from outside, as if it did not
/// exist; only a carer whose access ended is told so, so they know why the page went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denied {
    Hidden,
    AccessEnded,
    /// The person's case is closed: they may read, not change.
    CaseClosed,
}

/// What a request needs of a person's record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// To read this part of it.
    Read(Scope),
    /// To act as the person on this part: add goals, ask for a review.
    Act(Scope),
    /// To be the person themselves.
    Own,
    /// To read as the person themselves: still so once their case is closed.
    OwnRead,
    /// To read as the person, or as staff who work with them.
    OwnOrStaff,
    /// To be staff who work with them: their caseworker or the team's manager.
    Staff,
    /// To be their own caseworker: edit, publish, answer, take review steps.
    Edit,
}

impl Need {
    pub fn allows(self, access: PlanAccess) -> bool {
        match self {
            Self::Read(scope) => access.may_read(scope),
            Self::Act(scope) => access.may_act(scope),
            Self::Own => access == PlanAccess::Own,
            Self::OwnRead => matches!(access, PlanAccess::Own | PlanAccess::Closed),
            Self::OwnOrStaff => matches!(access, PlanAccess::Own | PlanAccess::Closed) || access.is_staff(),
            Self::Staff => access.is_staff(),
            Self::Edit => access == PlanAccess::Edit,
        }
    }
}

/// The access, if it meets the need; otherwise why not.
pub fn decide(access: Option<PlanAccess>, need: Need) -> Result<PlanAccess, Denied> {
    match access {
        Some(access) if need.allows(access) => Ok(access),
        Some(PlanAccess::Ended) => Err(Denied::AccessEnded),
        Some(PlanAccess::Closed) => Err(Denied::CaseClosed),
        _ => Err(Denied::Hidden),
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
        // Whether their case is closed came with the session, in the same query.
        Actor::Person {
            person_id: own,
            case_closed,
            ..
        } if own == person_id => Ok(Some(if *case_closed {
            PlanAccess::Closed
        } else {
            PlanAccess::Own
        })),
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
    let Some(granted) = super::grants::current(conn, carer, person).await? else {
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
