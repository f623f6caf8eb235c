//! Council staff, their teams, and caseload allocation: which caseworker is each
//! person's named worker.

use api::staff::StaffRole;
use sqlx::{AnyConnection, Connection};

use crate::db::{StoreError, new_id, now_ms};
use crate::people::Person;

#[derive(Debug, Clone, PartialEq)]
pub struct Staff {
    pub id: String,
    pub full_name: String,
    pub email: Option<String>,
    /// For people to ring or text their named worker.
    pub phone: Option<String>,
    pub role: StaffRole,
    pub team_id: Option<String>,
    pub active: bool,
    pub language: String,
}

/// A `staff` row as stored.
#[derive(sqlx::FromRow)]
pub struct StaffRow {
    pub id: String,
    pub full_name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub role: String,
    pub team_id: Option<String>,
    pub active: i64,
    pub language: String,
}

impl TryFrom<StaffRow> for Staff {
    type Error = StoreError;
    fn try_from(row: StaffRow) -> Result<Self, StoreError> {
        let role = StaffRole::parse(&row.role).ok_or_else(|| {
            StoreError::Database(sqlx::Error::Decode(format!("unknown staff role {:?}", row.role).into()))
        })?;
        Ok(Self {
            id: row.id,
            full_name: row.full_name,
            email: row.email,
            phone: row.phone,
            role,
            team_id: row.team_id,
            active: row.active != 0,
            language: row.language,
        })
    }
}

pub struct NewStaff<'a> {
    pub full_name: &'a str,
    pub email: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub role: StaffRole,
    pub team_id: Option<&'a str>,
    pub language: &'a str,
}

pub async fn create_team(conn: &mut AnyConnection, name: &str) -> Result<String, StoreError> {
    let id = new_id();
    sqlx::query("INSERT INTO teams (id, name, created_at) VALUES ($1, $2, $3)")
        .bind(&id)
        .bind(name)
        .bind(now_ms())
        .execute(conn)
        .await?;
    Ok(id)
}

/// The team with this name, created if there is none yet.
pub async fn team_named(conn: &mut AnyConnection, name: &str) -> Result<String, StoreError> {
    let found: Option<(String,)> = sqlx::query_as("SELECT id FROM teams WHERE name = $1")
        .bind(name)
        .fetch_optional(&mut *conn)
        .await?;
    match found {
        Some((id,)) => Ok(id),
        None => create_team(conn, name).await,
    }
}

pub async fn create(conn: &mut AnyConnection, new: &NewStaff<'_>) -> Result<String, StoreError> {
    let id = new_id();
    sqlx::query(
        "INSERT INTO staff (id, full_name, email, phone, role, team_id, active, language, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $8)",
    )
    .bind(&id)
    .bind(new.full_name)
    .bind(new.email)
    .bind(new.phone)
    .bind(new.role.as_str())
    .bind(new.team_id)
    .bind(new.language)
    .bind(now_ms())
    .execute(conn)
    .await?;
    Ok(id)
}

pub async fn get(conn: &mut AnyConnection, id: &str) -> Result<Staff, StoreError> {
    sqlx::query_as::<_, StaffRow>("SELECT * FROM staff WHERE id = $1")
        .bind(id)
        .fetch_one(conn)
        .await?
        .try_into()
}

/// Makes `staff_id` the person's named worker, ending any earlier allocation, in one step.
pub async fn allocate(conn: &mut AnyConnection, person_id: &str, staff_id: &str) -> Result<(), StoreError> {
    let mut tx = conn.begin().await?;
    let now = now_ms();
    sqlx::query("UPDATE allocations SET ended_at = $1 WHERE person_id = $2 AND ended_at IS NULL")
        .bind(now)
        .bind(person_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO allocations (id, person_id, staff_id, allocated_at) VALUES ($1, $2, $3, $4)")
        .bind(new_id())
        .bind(person_id)
        .bind(staff_id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    mark_queued(&mut tx, person_id).await?;
    tx.commit().await?;
    Ok(())
}

/// Sets the current allocations' `queued_at` (migration 0023 says what it holds) from the
/// people's goals and wishes; add a condition on the allocations with `AND`.
pub const MARK_QUEUED: &str = "UPDATE allocations SET queued_at = (\
    SELECT MAX(CASE WHEN c.decision = 'new' THEN 9223372036854775807 ELSE c.response_at END) FROM (\
    SELECT decision, response_at FROM goals g WHERE g.person_id = allocations.person_id AND g.withdrawn_at IS NULL \
    UNION ALL \
    SELECT decision, response_at FROM wishes w WHERE w.person_id = allocations.person_id AND w.removed_at IS NULL\
    ) c) WHERE ended_at IS NULL";

/// After any change to the person's goals or wishes (`goals`), or to whom they are
/// allocated.
pub async fn mark_queued(conn: &mut AnyConnection, person_id: &str) -> Result<(), StoreError> {
    sqlx::query(&format!("{MARK_QUEUED} AND person_id = $1"))
        .bind(person_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// The person's current named worker, if they have one.
pub async fn named_worker(conn: &mut AnyConnection, person_id: &str) -> Result<Option<Staff>, StoreError> {
    sqlx::query_as::<_, StaffRow>(
        "SELECT s.* FROM staff s JOIN allocations a ON a.staff_id = s.id \
         WHERE a.person_id = $1 AND a.ended_at IS NULL",
    )
    .bind(person_id)
    .fetch_optional(conn)
    .await?
    .map(Staff::try_from)
    .transpose()
}

/// The people currently allocated to one caseworker.
pub async fn caseload(conn: &mut AnyConnection, staff_id: &str) -> Result<Vec<Person>, StoreError> {
    Ok(sqlx::query_as(
        "SELECT p.* FROM people p JOIN allocations a ON a.person_id = p.id \
         WHERE a.staff_id = $1 AND a.ended_at IS NULL ORDER BY p.full_name",
    )
    .bind(staff_id)
    .fetch_all(conn)
    .await?)
}

/// Every person allocated to someone in the team, with their named worker's id: what a
/// manager oversees.
pub async fn team_caseload(conn: &mut AnyConnection, team_id: &str) -> Result<Vec<Allocated>, StoreError> {
    Ok(sqlx::query_as(
        "SELECT p.*, a.staff_id AS worker_id FROM people p \
         JOIN allocations a ON a.person_id = p.id JOIN staff s ON s.id = a.staff_id \
         WHERE s.team_id = $1 AND a.ended_at IS NULL ORDER BY p.full_name",
    )
    .bind(team_id)
    .fetch_all(conn)
    .await?)
}

#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Allocated {
    #[sqlx(flatten)]
    pub person: Person,
    pub worker_id: String,
}
