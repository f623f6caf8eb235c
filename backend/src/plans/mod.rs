//! Care and support plans: one working draft per plan, saved with a version number so two
//! caseworkers never silently overwrite each other, and immutable published versions.

pub mod download;
pub mod editing;
mod kept;
pub mod reading;
pub mod routes;

use api::plan::{PlanContent, PlanKind, Respond, Response};
use api::plan_check::{FieldProblem, Problem};
use sqlx::{AnyConnection, Connection};

use crate::access::Grant;
use crate::db::{StoreError, decode_error, from_json, new_id, now_ms, to_json};
use crate::error::AppError;

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
        "INSERT INTO plan_versions (plan_id, version, content, published_by, published_at, next_review) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(plan_id)
    .bind(next)
    .bind(to_json(&current.content)?)
    .bind(by_staff)
    .bind(now_ms())
    // Kept beside the content too, for a caseload's review dates without reading every plan.
    .bind(&current.content.next_review)
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

/// What a plan's page shows beside one published version, in one query (a plan is read
/// far more than anything else): its kind, its newest version, whose it is, their named
/// worker if they have one, and of the version asked for (or the newest) who published it
/// and the person's answer to it.
pub struct Heading {
    pub kind: PlanKind,
    pub latest: Option<i64>,
    pub person_name: String,
    pub worker: Option<api::plan::NamedWorker>,
    /// The version asked for, if it has been published.
    pub version: Option<i64>,
    pub published_by: Option<String>,
    pub response: Option<api::plan::Response>,
}

pub async fn heading(conn: &mut AnyConnection, plan_id: &str, version: Option<i64>) -> Result<Heading, StoreError> {
    #[derive(sqlx::FromRow)]
    struct Row {
        kind: String,
        latest: Option<i64>,
        person_name: String,
        worker: Option<String>,
        email: Option<String>,
        phone: Option<String>,
        version: Option<i64>,
        published_by: Option<String>,
        agrees: Option<i64>,
        comment: Option<String>,
        answered_at: Option<i64>,
    }
    let row: Row = sqlx::query_as(
        "SELECT pl.kind, pl.published_version AS latest, pe.full_name AS person_name, st.full_name AS worker, \
         st.email, st.phone, v.version, pub.full_name AS published_by, r.agrees, r.comment, r.at AS answered_at \
         FROM plans pl JOIN people pe ON pe.id = pl.person_id \
         LEFT JOIN allocations a ON a.person_id = pl.person_id AND a.ended_at IS NULL \
         LEFT JOIN staff st ON st.id = a.staff_id \
         LEFT JOIN plan_versions v ON v.plan_id = pl.id AND v.version = COALESCE($2, pl.published_version) \
         LEFT JOIN staff pub ON pub.id = v.published_by \
         LEFT JOIN plan_responses r ON r.id = (SELECT id FROM plan_responses \
           WHERE plan_id = v.plan_id AND version = v.version ORDER BY at DESC, id LIMIT 1) \
         WHERE pl.id = $1",
    )
    .bind(plan_id)
    .bind(version)
    .fetch_one(conn)
    .await?;
    let response = match (row.agrees, row.comment, row.answered_at) {
        (Some(agrees), Some(comment), Some(at)) => Some(api::plan::Response {
            agrees: agrees != 0,
            comment,
            at,
        }),
        _ => None,
    };
    Ok(Heading {
        kind: PlanKind::parse(&row.kind).ok_or_else(|| decode_error(format!("unknown plan kind {:?}", row.kind)))?,
        latest: row.latest,
        person_name: row.person_name,
        worker: row.worker.map(|name| api::plan::NamedWorker {
            name,
            email: row.email,
            phone: row.phone,
        }),
        version: row.version,
        published_by: row.published_by,
        response,
    })
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

/// Who published each version and when, newest first.
pub async fn versions(conn: &mut AnyConnection, plan_id: &str) -> Result<Vec<(i64, String, i64)>, StoreError> {
    Ok(sqlx::query_as(
        "SELECT v.version, s.full_name, v.published_at FROM plan_versions v JOIN staff s ON s.id = v.published_by \
         WHERE v.plan_id = $1 ORDER BY v.version DESC",
    )
    .bind(plan_id)
    .fetch_all(conn)
    .await?)
}

/// One published version.
pub async fn version(conn: &mut AnyConnection, plan_id: &str, version: i64) -> Result<Published, StoreError> {
    let (plan_id, version, content, published_by, published_at): (String, i64, String, String, i64) = sqlx::query_as(
        "SELECT plan_id, version, content, published_by, published_at FROM plan_versions \
             WHERE plan_id = $1 AND version = $2",
    )
    .bind(plan_id)
    .bind(version)
    .fetch_one(conn)
    .await?;
    Ok(Published {
        plan_id,
        version,
        content: from_json(&content)?,
        published_by,
        published_at,
    })
}

/// Records the person's answer to a version: they agree, or not, and why.
pub async fn respond(
    conn: &mut AnyConnection,
    plan_id: &str,
    version: i64,
    account_id: &str,
    agrees: bool,
    comment: &str,
) -> Result<i64, StoreError> {
    let at = now_ms();
    sqlx::query(
        "INSERT INTO plan_responses (id, plan_id, version, account_id, agrees, comment, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(new_id())
    .bind(plan_id)
    .bind(version)
    .bind(account_id)
    .bind(i64::from(agrees))
    .bind(comment)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(at)
}

/// Marks the person's disagreement `response_id` with plan `plan_id` dealt with by
/// `staff_id`: talked through without a new version. Not found if it is not one of this
/// plan's, or was dealt with already.
pub async fn deal_with(
    conn: &mut AnyConnection,
    plan_id: &str,
    response_id: &str,
    staff_id: &str,
) -> Result<(), StoreError> {
    let done = sqlx::query(
        "UPDATE plan_responses SET dealt_with_at = $1, dealt_with_by = $2 \
         WHERE id = $3 AND plan_id = $4 AND agrees = 0 AND dealt_with_at IS NULL",
    )
    .bind(now_ms())
    .bind(staff_id)
    .bind(response_id)
    .bind(plan_id)
    .execute(conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

/// The person's latest answer to a version, if they have given one.
pub async fn response(
    conn: &mut AnyConnection,
    plan_id: &str,
    version: i64,
) -> Result<Option<api::plan::Response>, StoreError> {
    let row: Option<(i64, String, i64)> = sqlx::query_as(
        "SELECT agrees, comment, at FROM plan_responses WHERE plan_id = $1 AND version = $2 ORDER BY at DESC, id LIMIT 1",
    )
    .bind(plan_id)
    .bind(version)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|(agrees, comment, at)| api::plan::Response {
        agrees: agrees != 0,
        comment,
        at,
    }))
}

/// A person's own plans that have a published version.
pub async fn published_of(
    conn: &mut AnyConnection,
    person_id: &str,
) -> Result<Vec<api::plan::PlanSummary>, StoreError> {
    let rows: Vec<(String, String, String, i64, i64, Option<i64>)> = sqlx::query_as(
        "SELECT pl.id, pl.kind, p.full_name, pl.draft_version, pl.draft_updated_at, pl.published_version \
         FROM plans pl JOIN people p ON p.id = pl.person_id WHERE pl.person_id = $1 ORDER BY pl.created_at, pl.id",
    )
    .bind(person_id)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(
            |(id, kind, person_name, draft_version, draft_updated_at, current_version)| {
                Some(api::plan::PlanSummary {
                    id,
                    kind: PlanKind::parse(&kind)?,
                    person_id: person_id.to_owned(),
                    person_name,
                    current_version: Some(current_version?),
                    draft_version,
                    draft_updated_at,
                })
            },
        )
        .collect())
}

/// The person answers a version of their plan: agrees, or not, with a comment. Returns
/// the version's number and the answer as saved.
pub async fn answer(
    conn: &mut AnyConnection,
    g: &Grant<'_>,
    plan_id: &str,
    which: &str,
    body: &Respond,
) -> Result<(i64, Response), AppError> {
    let number = reading::version_number(conn, plan_id, which).await?;
    version(conn, plan_id, number).await?;
    let comment = body.comment.trim();
    let at = respond(conn, plan_id, number, g.actor().account(), body.agrees, comment).await?;
    Ok((
        number,
        Response {
            agrees: body.agrees,
            comment: comment.to_owned(),
            at,
        },
    ))
}

/// Refused, at the field, unless this is one of the person's published plan versions.
pub async fn require_published(
    conn: &mut AnyConnection,
    person: &str,
    plan_id: &str,
    version: i64,
) -> Result<(), AppError> {
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM plan_versions v JOIN plans p ON p.id = v.plan_id \
         WHERE v.plan_id = $1 AND v.version = $2 AND p.person_id = $3",
    )
    .bind(plan_id)
    .bind(version)
    .bind(person)
    .fetch_one(conn)
    .await?;
    if count == 0 {
        return Err(AppError::Fields(vec![FieldProblem {
            field: "plan_version".into(),
            problem: Problem::NoSuchVersion,
        }]));
    }
    Ok(())
}

pub async fn staff_name(conn: &mut AnyConnection, staff_id: &str) -> Result<String, StoreError> {
    Ok(crate::staff::get(conn, staff_id).await?.full_name)
}
