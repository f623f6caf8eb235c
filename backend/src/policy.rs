//! Who may do what: the one place access is decided. Deny by default; each rule names
//! the relationship that allows it.

use api::staff::StaffRole;
use sqlx::AnyConnection;

use crate::auth::accounts::Owner;
use crate::db::StoreError;
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
