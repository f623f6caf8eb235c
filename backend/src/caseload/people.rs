//! Putting people on caseloads: a caseworker registers someone they will work with; a
//! manager registers someone for their team and allocates, or reallocates, them to one of
//! its caseworkers (the person is told who their named worker is now).

use api::admin::NewPersonInput;
use api::plan_check::{FieldProblem, Problem};
use api::staff::StaffRole;
use sqlx::AnyConnection;

use crate::admin::taken_field;
use crate::error::AppError;
use crate::people::{self, NewPerson};
use crate::staff::{self, Staff};

/// Registers the person; returns their id.
pub async fn register(conn: &mut AnyConnection, by: &Staff, input: &NewPersonInput) -> Result<String, AppError> {
    let caseworker = match (by.role, input.caseworker_id.as_deref()) {
        (StaffRole::Caseworker, None) => Some(by.clone()),
        (StaffRole::Caseworker, Some(id)) if id == by.id => Some(by.clone()),
        (StaffRole::Manager, Some(id)) => Some(team_caseworker(conn, by, id, "caseworker_id").await?),
        (StaffRole::Manager, None) => None,
        _ => return Err(AppError::NOT_FOUND),
    };
    let reference = input.case_reference.trim();
    let (taken,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM people WHERE case_reference = $1")
        .bind(reference)
        .fetch_one(&mut *conn)
        .await?;
    if taken > 0 {
        return Err(taken_field("case_reference"));
    }
    let filled = |text: &str| Some(text.trim()).filter(|t| !t.is_empty()).map(str::to_owned);
    let (preferred, born, email, phone) = (
        filled(&input.preferred_name),
        filled(&input.date_of_birth),
        filled(&input.email),
        filled(&input.phone),
    );
    let team = caseworker.as_ref().unwrap_or(by).team_id.clone();
    let id = people::create(
        conn,
        &NewPerson {
            full_name: input.full_name.trim(),
            preferred_name: preferred.as_deref(),
            date_of_birth: born.as_deref(),
            language: &input.language,
            email: email.as_deref(),
            phone: phone.as_deref(),
            case_reference: Some(reference),
            team_id: team.as_deref(),
            communication_needs: input.communication_needs.trim(),
        },
    )
    .await?;
    if let Some(caseworker) = caseworker {
        staff::allocate(conn, &id, &caseworker.id).await?;
    }
    Ok(id)
}

/// An active caseworker of the manager's team, or the field `field` is refused.
async fn team_caseworker(conn: &mut AnyConnection, manager: &Staff, id: &str, field: &str) -> Result<Staff, AppError> {
    let found = staff::get(conn, id)
        .await
        .ok()
        .filter(|s| s.active && s.role == StaffRole::Caseworker && s.team_id.is_some() && s.team_id == manager.team_id);
    found.ok_or_else(|| {
        AppError::Fields(vec![FieldProblem {
            field: field.to_owned(),
            problem: Problem::Missing,
        }])
    })
}

/// Whether the person is the manager's team's: with the team, or allocated to one of it.
async fn in_team(conn: &mut AnyConnection, manager: &Staff, person: &str) -> Result<bool, AppError> {
    let (found,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM people p WHERE p.id = $1 AND (p.team_id = $2 OR EXISTS (SELECT 1 FROM allocations a \
         JOIN staff s ON s.id = a.staff_id WHERE a.person_id = p.id AND a.ended_at IS NULL AND s.team_id = $2))",
    )
    .bind(person)
    .bind(manager.team_id.as_deref().unwrap_or_default())
    .fetch_one(conn)
    .await?;
    Ok(found > 0)
}

/// A manager makes `to` the person's named worker; returns the new worker.
pub async fn allocate(conn: &mut AnyConnection, manager: &Staff, person: &str, to: &str) -> Result<Staff, AppError> {
    if manager.role != StaffRole::Manager || !in_team(conn, manager, person).await? {
        return Err(AppError::NOT_FOUND);
    }
    let worker = team_caseworker(conn, manager, to, "staff_id").await?;
    staff::allocate(conn, person, &worker.id).await?;
    sqlx::query("UPDATE people SET team_id = $1 WHERE id = $2")
        .bind(&worker.team_id)
        .bind(person)
        .execute(conn)
        .await?;
    Ok(worker)
}

/// Closes the person's case: their allocation ends and, for `access` more, they may sign
/// in and read their plans, then no longer. Nothing is deleted. Returns the day their
/// access ends (ISO); not found if the case is closed already.
pub async fn close(conn: &mut AnyConnection, person: &str, access: std::time::Duration) -> Result<String, AppError> {
    let now = crate::db::now_ms();
    let until = now + i64::try_from(access.as_millis()).unwrap_or(i64::MAX / 2);
    let done = sqlx::query("UPDATE people SET closed_at = $1, access_until = $2 WHERE id = $3 AND closed_at IS NULL")
        .bind(now)
        .bind(until)
        .bind(person)
        .execute(&mut *conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(AppError::NOT_FOUND);
    }
    sqlx::query("UPDATE allocations SET ended_at = $1 WHERE person_id = $2 AND ended_at IS NULL")
        .bind(now)
        .bind(person)
        .execute(conn)
        .await?;
    Ok(api::dates::iso(api::dates::day_of_ms(until)))
}
