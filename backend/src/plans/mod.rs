//! Care and support plans: one working draft per plan, saved with a version number so two
//! caseworkers never silently overwrite each other, and immutable published versions.

use api::plan::{PlanContent, PlanKind};
use sqlx::{AnyConnection, Connection};

use crate::db::{StoreError, new_id, now_ms};

#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub plan_id: String,
    pub person_id: String,
    pub kind: PlanKind,
    pub content: PlanContent,
    /// Goes up by one with every save; a save must name the version it started from.
    pub version: i64,
    pub updated_by: String,
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Published {
    pub plan_id: String,
    pub version: i64,
    pub content: PlanContent,
    pub published_by: String,
    pub published_at: i64,
}

/// Starts a plan for a person, as a draft (version 1) nobody but staff can see yet.
pub async fn create(
    conn: &mut AnyConnection,
    person_id: &str,
    kind: PlanKind,
    content: &PlanContent,
    by_staff: &str,
) -> Result<String, StoreError> {
    let id = new_id();
    let now = now_ms();
    sqlx::query(
        "INSERT INTO plans (id, person_id, kind, draft, draft_version, draft_updated_by, draft_updated_at, created_at) \
         VALUES ($1, $2, $3, $4, 1, $5, $6, $6)",
    )
    .bind(&id)
    .bind(person_id)
    .bind(kind.as_str())
    .bind(to_json(content)?)
    .bind(by_staff)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(id)
}

pub async fn draft(conn: &mut AnyConnection, plan_id: &str) -> Result<Draft, StoreError> {
    let (plan_id, person_id, kind, content, version, updated_by, updated_at): (
        String,
        String,
        String,
        String,
        i64,
        String,
        i64,
    ) = sqlx::query_as(
        "SELECT id, person_id, kind, draft, draft_version, draft_updated_by, draft_updated_at \
         FROM plans WHERE id = $1",
    )
    .bind(plan_id)
    .fetch_one(conn)
    .await?;
    Ok(Draft {
        plan_id,
        person_id,
        kind: PlanKind::parse(&kind).ok_or_else(|| decode_error(format!("unknown plan kind {kind:?}")))?,
        content: from_json(&content)?,
        version,
        updated_by,
        updated_at,
    })
}

/// Saves the draft if nobody has saved since `expected_version`; returns the new version.
pub async fn save_draft(
    conn: &mut AnyConnection,
    plan_id: &str,
    expected_version: i64,
    content: &PlanContent,
    by_staff: &str,
) -> Result<i64, StoreError> {
    let saved = sqlx::query(
        "UPDATE plans SET draft = $1, draft_version = draft_version + 1, draft_updated_by = $2, draft_updated_at = $3 \
         WHERE id = $4 AND draft_version = $5",
    )
    .bind(to_json(content)?)
    .bind(by_staff)
    .bind(now_ms())
    .bind(plan_id)
    .bind(expected_version)
    .execute(&mut *conn)
    .await?;
    if saved.rows_affected() == 1 {
        return Ok(expected_version + 1);
    }
    draft(conn, plan_id).await?;
    Err(StoreError::VersionConflict)
}

/// Publishes the draft, as it stood at `expected_version`, as the next immutable version.
pub async fn publish(
    conn: &mut AnyConnection,
    plan_id: &str,
    expected_version: i64,
    by_staff: &str,
) -> Result<i64, StoreError> {
    let mut tx = conn.begin().await?;
    let current = draft(&mut tx, plan_id).await?;
    if current.version != expected_version {
        return Err(StoreError::VersionConflict);
    }
    let (next,): (i64,) = sqlx::query_as("SELECT COALESCE(MAX(version), 0) + 1 FROM plan_versions WHERE plan_id = $1")
        .bind(plan_id)
        .fetch_one(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO plan_versions (plan_id, version, content, published_by, published_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(plan_id)
    .bind(next)
    .bind(to_json(&current.content)?)
    .bind(by_staff)
    .bind(now_ms())
    .execute(&mut *tx)
    .await
    .map_err(|error| match StoreError::from(error) {
        // Someone else published the same draft at the same moment.
        StoreError::Duplicate => StoreError::VersionConflict,
        other => other,
    })?;
    tx.commit().await?;
    Ok(next)
}

/// The newest published version, if there is one.
pub async fn current(conn: &mut AnyConnection, plan_id: &str) -> Result<Option<Published>, StoreError> {
    let row: Option<(String, i64, String, String, i64)> = sqlx::query_as(
        "SELECT plan_id, version, content, published_by, published_at FROM plan_versions \
         WHERE plan_id = $1 ORDER BY version DESC LIMIT 1",
    )
    .bind(plan_id)
    .fetch_optional(conn)
    .await?;
    row.map(|(plan_id, version, content, published_by, published_at)| {
        Ok(Published {
            plan_id,
            version,
            content: from_json(&content)?,
            published_by,
            published_at,
        })
    })
    .transpose()
}

/// The ids of a person's plans of one kind, oldest first.
pub async fn of_person(conn: &mut AnyConnection, person_id: &str, kind: PlanKind) -> Result<Vec<String>, StoreError> {
    let ids: Vec<(String,)> =
        sqlx::query_as("SELECT id FROM plans WHERE person_id = $1 AND kind = $2 ORDER BY created_at, id")
            .bind(person_id)
            .bind(kind.as_str())
            .fetch_all(conn)
            .await?;
    Ok(ids.into_iter().map(|(id,)| id).collect())
}

fn to_json(content: &PlanContent) -> Result<String, StoreError> {
    serde_json::to_string(content).map_err(|error| decode_error(error.to_string()))
}

fn from_json(text: &str) -> Result<PlanContent, StoreError> {
    serde_json::from_str(text).map_err(|error| decode_error(error.to_string()))
}

fn decode_error(message: String) -> StoreError {
    StoreError::Database(sqlx::Error::Decode(message.into()))
}
