//! Running the service: the council's teams and staff. An admin runs every team, a
//! manager their own; a member of staff who leaves is disabled (never deleted), which ends
//! their sessions and stops their passkeys at once, and the last active admin stays.

pub mod routes;

use api::admin::{StaffChange, StaffChangeEntry, StaffMember, Team};
use api::error::ErrorCode;
use api::plan_check::{FieldProblem, Problem};
use api::staff::StaffRole;
use sqlx::AnyConnection;

use crate::db::StoreError;
use crate::error::AppError;
use crate::staff::Staff;

/// The audit actions the staff changes log shows.
pub const STAFF_ACTIONS: [&str; 6] = [
    "team_created",
    "team_renamed",
    "staff_invited",
    "staff_changed",
    "staff_disabled",
    "staff_enabled",
];

/// The teams `staff` sees: every team for an admin, their own for anyone else.
pub async fn teams(conn: &mut AnyConnection, staff: &Staff) -> Result<Vec<Team>, StoreError> {
    let all = staff.role == StaffRole::Admin;
    let rows: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT t.id, t.name, (SELECT COUNT(*) FROM staff s WHERE s.team_id = t.id AND s.active = 1) \
         FROM teams t WHERE $1 = 1 OR t.id = $2 ORDER BY t.name",
    )
    .bind(i64::from(all))
    .bind(staff.team_id.as_deref().unwrap_or_default())
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, members)| Team { id, name, members })
        .collect())
}

/// Refuses a name another team has (whatever its case).
pub async fn team_name_free(conn: &mut AnyConnection, name: &str, except: &str) -> Result<(), AppError> {
    let (taken,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM teams WHERE LOWER(name) = LOWER($1) AND id <> $2")
        .bind(name)
        .bind(except)
        .fetch_one(conn)
        .await?;
    if taken > 0 {
        return Err(taken_field("name"));
    }
    Ok(())
}

pub async fn rename_team(conn: &mut AnyConnection, id: &str, name: &str) -> Result<(), StoreError> {
    let done = sqlx::query("UPDATE teams SET name = $1 WHERE id = $2")
        .bind(name)
        .bind(id)
        .execute(conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

pub fn taken_field(field: &str) -> AppError {
    AppError::Fields(vec![FieldProblem {
        field: field.to_owned(),
        problem: Problem::Taken,
    }])
}

/// The staff `staff` runs: everyone for an admin, their team for a manager.
pub async fn members(conn: &mut AnyConnection, staff: &Staff) -> Result<Vec<StaffMember>, StoreError> {
    let all = staff.role == StaffRole::Admin;
    let rows: Vec<MemberRow> = sqlx::query_as(
        "SELECT s.id, s.full_name, s.email, s.role, s.team_id, t.name AS team_name, s.active, \
         (SELECT COUNT(*) FROM allocations a WHERE a.staff_id = s.id AND a.ended_at IS NULL) AS caseload, \
         (SELECT COUNT(*) FROM passkeys p JOIN accounts ac ON ac.id = p.account_id WHERE ac.staff_id = s.id) AS passkeys \
         FROM staff s LEFT JOIN teams t ON t.id = s.team_id \
         WHERE $1 = 1 OR s.team_id = $2 ORDER BY s.active DESC, s.full_name",
    )
    .bind(i64::from(all))
    .bind(staff.team_id.as_deref().unwrap_or_default())
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().filter_map(MemberRow::member).collect())
}

#[derive(sqlx::FromRow)]
struct MemberRow {
    id: String,
    full_name: String,
    email: Option<String>,
    role: String,
    team_id: Option<String>,
    team_name: Option<String>,
    active: i64,
    caseload: i64,
    passkeys: i64,
}

impl MemberRow {
    fn member(self) -> Option<StaffMember> {
        Some(StaffMember {
            id: self.id,
            name: self.full_name,
            email: self.email,
            role: StaffRole::parse(&self.role)?,
            team_id: self.team_id,
            team_name: self.team_name,
            active: self.active == 1,
            caseload: self.caseload,
            signed_up: self.passkeys > 0,
        })
    }
}

/// Refuses a team that does not exist.
pub async fn team_exists(conn: &mut AnyConnection, team_id: Option<&str>) -> Result<(), AppError> {
    let Some(id) = team_id else { return Ok(()) };
    let (found,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM teams WHERE id = $1")
        .bind(id)
        .fetch_one(conn)
        .await?;
    if found == 0 {
        return Err(AppError::Fields(vec![FieldProblem {
            field: "team_id".into(),
            problem: Problem::Missing,
        }]));
    }
    Ok(())
}

/// Refuses an email another member of staff has.
pub async fn email_free(conn: &mut AnyConnection, email: &str) -> Result<(), AppError> {
    let (taken,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM staff WHERE LOWER(email) = LOWER($1)")
        .bind(email)
        .fetch_one(conn)
        .await?;
    if taken > 0 {
        return Err(taken_field("email"));
    }
    Ok(())
}

/// Refuses to leave the service without an active admin: `other` stops being one.
pub async fn keep_an_admin(conn: &mut AnyConnection, other: &Staff) -> Result<(), AppError> {
    if other.role != StaffRole::Admin || !other.active {
        return Ok(());
    }
    let (admins,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM staff WHERE role = 'admin' AND active = 1 AND id <> $1")
            .bind(&other.id)
            .fetch_one(conn)
            .await?;
    if admins == 0 {
        return Err(AppError::Refused(ErrorCode::LastAdmin));
    }
    Ok(())
}

pub async fn change(conn: &mut AnyConnection, id: &str, change: &StaffChange) -> Result<(), StoreError> {
    sqlx::query("UPDATE staff SET role = $1, team_id = $2 WHERE id = $3")
        .bind(change.role.as_str())
        .bind(change.team_id.as_deref())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Lets a member of staff sign in, or stops them: their account is disabled with them, so
/// their sessions are refused from the next request and their passkeys no longer work.
pub async fn set_active(conn: &mut AnyConnection, id: &str, active: bool) -> Result<(), StoreError> {
    sqlx::query("UPDATE staff SET active = $1 WHERE id = $2")
        .bind(i64::from(active))
        .bind(id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE accounts SET disabled = $1 WHERE staff_id = $2")
        .bind(i64::from(!active))
        .bind(id)
        .execute(&mut *conn)
        .await?;
    // Their sessions end (not only pause), and an invitation not yet used would
    // otherwise let a leaver in.
    if !active {
        sqlx::query(
            "UPDATE sessions SET ended_at = $1 WHERE ended_at IS NULL \
             AND account_id IN (SELECT id FROM accounts WHERE staff_id = $2)",
        )
        .bind(crate::db::now_ms())
        .bind(id)
        .execute(&mut *conn)
        .await?;
        sqlx::query(
            "UPDATE invitations SET revoked_at = $1 WHERE staff_id = $2 AND used_at IS NULL AND revoked_at IS NULL",
        )
        .bind(crate::db::now_ms())
        .bind(id)
        .execute(conn)
        .await?;
    }
    Ok(())
}

/// The newest changes to teams and staff, newest first.
pub async fn changes(conn: &mut AnyConnection) -> Result<Vec<StaffChangeEntry>, StoreError> {
    let actions = STAFF_ACTIONS.map(|a| format!("'{a}'")).join(", ");
    let rows: Vec<(i64, Option<String>, String, Option<String>)> = sqlx::query_as(&format!(
        "SELECT e.at, by_staff.full_name, e.action, COALESCE(about_staff.full_name, about_team.name) \
         FROM audit_events e \
         LEFT JOIN accounts ac ON ac.id = e.actor_account_id LEFT JOIN staff by_staff ON by_staff.id = ac.staff_id \
         LEFT JOIN staff about_staff ON about_staff.id = e.detail LEFT JOIN teams about_team ON about_team.id = e.detail \
         WHERE e.action IN ({actions}) ORDER BY e.at DESC LIMIT 500"
    ))
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(at, by, action, about)| StaffChangeEntry {
            at,
            by: by.unwrap_or_else(|| "OurPlan".into()),
            action,
            about: about.unwrap_or_default(),
        })
        .collect())
}
