//! People who have a plan: those who draw on care and support, and unpaid carers.

use sqlx::AnyConnection;

use crate::db::{StoreError, new_id, now_ms};

#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Person {
    pub id: String,
    pub full_name: String,
    pub preferred_name: Option<String>,
    pub date_of_birth: Option<String>,
    pub language: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub case_reference: Option<String>,
    pub communication_needs: String,
    pub created_at: i64,
}

impl Person {
    /// What they like to be called: their preferred name, else their full name.
    pub fn called(&self) -> &str {
        self.preferred_name.as_deref().unwrap_or(&self.full_name)
    }
}

#[derive(Debug, Clone, Default)]
pub struct NewPerson<'a> {
    pub full_name: &'a str,
    pub preferred_name: Option<&'a str>,
    pub date_of_birth: Option<&'a str>,
    pub language: &'a str,
    pub email: Option<&'a str>,
    pub phone: Option<&'a str>,
    /// The council's own reference for them, from its case-management system.
    pub case_reference: Option<&'a str>,
    pub team_id: Option<&'a str>,
    pub communication_needs: &'a str,
}

pub async fn create(conn: &mut AnyConnection, new: &NewPerson<'_>) -> Result<String, StoreError> {
    let id = new_id();
    sqlx::query(
        "INSERT INTO people (id, full_name, preferred_name, date_of_birth, language, email, phone, \
         case_reference, team_id, communication_needs, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(&id)
    .bind(new.full_name)
    .bind(new.preferred_name)
    .bind(new.date_of_birth)
    .bind(new.language)
    .bind(new.email)
    .bind(new.phone)
    .bind(new.case_reference)
    .bind(new.team_id)
    .bind(new.communication_needs)
    .bind(now_ms())
    .execute(conn)
    .await?;
    Ok(id)
}

pub async fn get(conn: &mut AnyConnection, id: &str) -> Result<Person, StoreError> {
    Ok(sqlx::query_as("SELECT * FROM people WHERE id = $1")
        .bind(id)
        .fetch_one(conn)
        .await?)
}

/// Records that `carer_id` is an unpaid carer of `person_id` ("daughter", "husband").
/// It grants no access: what a carer may see is the person's choice.
pub async fn add_carer(
    conn: &mut AnyConnection,
    carer_id: &str,
    person_id: &str,
    relationship: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO carer_relationships (carer_id, person_id, relationship, created_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(carer_id)
    .bind(person_id)
    .bind(relationship)
    .bind(now_ms())
    .execute(conn)
    .await?;
    Ok(())
}

/// The people `carer_id` cares for, by name.
pub async fn cared_for_by(conn: &mut AnyConnection, carer_id: &str) -> Result<Vec<Person>, StoreError> {
    Ok(sqlx::query_as(
        "SELECT p.* FROM people p JOIN carer_relationships c ON c.person_id = p.id \
         WHERE c.carer_id = $1 ORDER BY p.full_name",
    )
    .bind(carer_id)
    .fetch_all(conn)
    .await?)
}

/// The person's full name, as staff and formal documents use it.
pub async fn full_name(conn: &mut AnyConnection, person_id: &str) -> Result<String, StoreError> {
    let (name,): (String,) = sqlx::query_as("SELECT full_name FROM people WHERE id = $1")
        .bind(person_id)
        .fetch_one(conn)
        .await?;
    Ok(name)
}
