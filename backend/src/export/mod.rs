//! Subject access (UK GDPR Article 15): everything OurPlan holds about one person, as
//! `data.json` (every row, for a computer) and `summary.html` (for the person, in their
//! language), in one zip. Other people's contact details (a carer's email, a member of
//! staff's) are left out; a safeguarding flag is marked for review before release.

pub mod routes;
mod summary;

use std::io::Write;

use serde_json::{Map, Value, json};
use sqlx::{AnyConnection, Column, Row};

use crate::db::{StoreError, now_ms};

/// Columns that hold JSON, given back as JSON rather than as text.
const JSON_COLUMNS: &[&str] = &["content", "draft", "request", "step", "details", "needs"];

/// Each section: its name in `data.json`, and the query (on `$1`, the person) for its rows.
const SECTIONS: &[(&str, &str)] = &[
    (
        "profile",
        "SELECT id, full_name, preferred_name, date_of_birth, language, email, phone, case_reference, \
         communication_needs, created_at, closed_at, access_until FROM people WHERE id = $1",
    ),
    (
        "caseworkers",
        "SELECT s.full_name AS caseworker, a.allocated_at, a.ended_at FROM allocations a \
         JOIN staff s ON s.id = a.staff_id WHERE a.person_id = $1 ORDER BY a.allocated_at",
    ),
    ("plans", "SELECT * FROM plans WHERE person_id = $1 ORDER BY created_at"),
    (
        "plan_versions",
        "SELECT v.plan_id, v.version, v.content, v.published_at, s.full_name AS published_by FROM plan_versions v \
         JOIN plans p ON p.id = v.plan_id JOIN staff s ON s.id = v.published_by WHERE p.person_id = $1 \
         ORDER BY v.plan_id, v.version",
    ),
    (
        "plan_responses",
        "SELECT r.* FROM plan_responses r JOIN plans p ON p.id = r.plan_id WHERE p.person_id = $1",
    ),
    ("goals", "SELECT * FROM goals WHERE person_id = $1 ORDER BY created_at"),
    (
        "goal_steps",
        "SELECT s.* FROM goal_steps s JOIN goals g ON g.id = s.goal_id WHERE g.person_id = $1 ORDER BY s.created_at",
    ),
    (
        "goal_notes",
        "SELECT n.* FROM goal_notes n JOIN goals g ON g.id = n.goal_id WHERE g.person_id = $1 ORDER BY n.created_at",
    ),
    (
        "wishes",
        "SELECT * FROM wishes WHERE person_id = $1 ORDER BY created_at",
    ),
    (
        "reviews",
        "SELECT * FROM reviews WHERE person_id = $1 ORDER BY created_at",
    ),
    (
        "review_steps",
        "SELECT s.* FROM review_steps s JOIN reviews r ON r.id = s.review_id WHERE r.person_id = $1 ORDER BY s.at",
    ),
    (
        "review_additions",
        "SELECT a.* FROM review_additions a JOIN reviews r ON r.id = a.review_id WHERE r.person_id = $1 ORDER BY a.at",
    ),
    (
        "carers",
        "SELECT c.full_name AS carer, r.relationship, r.created_at FROM carer_relationships r \
         JOIN people c ON c.id = r.carer_id WHERE r.person_id = $1",
    ),
    (
        "carer_access",
        "SELECT c.full_name AS carer, a.* FROM carer_access a JOIN people c ON c.id = a.carer_id WHERE a.person_id = $1",
    ),
    (
        "caring_for",
        "SELECT p.full_name AS cares_for, r.relationship, r.created_at FROM carer_relationships r \
         JOIN people p ON p.id = r.person_id WHERE r.carer_id = $1",
    ),
    (
        "notifications",
        "SELECT * FROM notifications WHERE person_id = $1 ORDER BY created_at",
    ),
    (
        "concerns",
        "SELECT * FROM concerns WHERE person_id = $1 ORDER BY created_at",
    ),
    (
        "emails_sent",
        "SELECT template, created_at, sent_at FROM outbox WHERE to_address = (SELECT email FROM people WHERE id = $1)",
    ),
    (
        "account",
        "SELECT id, created_at, disabled FROM accounts WHERE person_id = $1",
    ),
    (
        "passkeys",
        "SELECT k.name, k.created_at, k.last_used_at FROM passkeys k JOIN accounts a ON a.id = k.account_id \
         WHERE a.person_id = $1",
    ),
    (
        "sessions",
        "SELECT s.browser, s.system, s.created_at, s.last_seen_at, s.ended_at FROM sessions s \
         JOIN accounts a ON a.id = s.account_id WHERE a.person_id = $1 ORDER BY s.created_at",
    ),
    (
        "invitations",
        "SELECT purpose, created_at, expires_at, used_at, revoked_at, identity_check FROM invitations \
         WHERE person_id = $1 ORDER BY created_at",
    ),
    (
        "audit",
        // Each table searched by each index (about the person, about their accounts), so a
        // council's millions of rows are not read through for one person; UNION keeps a
        // row found both ways once.
        "SELECT e.at, e.action, e.outcome, e.detail, COALESCE(s.full_name, p.full_name) AS who, s.role AS staff_role \
         FROM (SELECT id, at, action, outcome, detail, actor_account_id FROM audit_events WHERE subject_person_id = $1 \
         UNION SELECT id, at, action, outcome, detail, actor_account_id FROM audit_events \
         WHERE subject_account_id IN (SELECT id FROM accounts WHERE person_id = $1) \
         UNION SELECT id, at, action, outcome, detail, actor_account_id FROM read_events WHERE subject_person_id = $1 \
         UNION SELECT id, at, action, outcome, detail, actor_account_id FROM read_events \
         WHERE subject_account_id IN (SELECT id FROM accounts WHERE person_id = $1)) e \
         LEFT JOIN accounts a ON a.id = e.actor_account_id LEFT JOIN staff s ON s.id = a.staff_id \
         LEFT JOIN people p ON p.id = a.person_id ORDER BY e.at, e.id",
    ),
];

/// The person a council names, by OurPlan's id or the council's case reference.
pub async fn find(conn: &mut AnyConnection, named: &str) -> Result<(String, String), StoreError> {
    let found: Option<(String, String)> =
        sqlx::query_as("SELECT id, language FROM people WHERE id = $1 OR case_reference = $1")
            .bind(named.trim())
            .fetch_optional(conn)
            .await?;
    found.ok_or(StoreError::NotFound)
}

/// Everything held about `person`, section by section; `NotFound` if nobody has that id.
pub async fn gather(conn: &mut AnyConnection, person: &str) -> Result<Value, StoreError> {
    let mut sections = Map::new();
    for (name, sql) in SECTIONS {
        sections.insert((*name).to_owned(), Value::Array(rows(conn, sql, person).await?));
    }
    if sections["profile"].as_array().is_none_or(Vec::is_empty) {
        return Err(StoreError::NotFound);
    }
    // A concern that flags a carer the person let back in after their caseworker ended
    // their access is a safeguarding record: someone decides before it is released.
    if let Some(Value::Array(concerns)) = sections.get_mut("concerns") {
        for concern in concerns.iter_mut() {
            if !concern["regranted_carer"].is_null() {
                concern["review_before_release"] = json!(true);
            }
        }
    }
    Ok(json!({
        "made_at": now_ms(),
        "left_out": "other people's email addresses and phone numbers, and where staff connected from",
        "sections": sections,
    }))
}

/// Any row as JSON: each column as a number, a text or JSON, or null.
async fn rows(conn: &mut AnyConnection, sql: &str, person: &str) -> Result<Vec<Value>, StoreError> {
    let rows = sqlx::query(sql).bind(person).fetch_all(conn).await?;
    Ok(rows
        .iter()
        .map(|row| {
            let mut object = Map::new();
            for (i, column) in row.columns().iter().enumerate() {
                let name = column.name();
                let value = if let Ok(number) = row.try_get::<Option<i64>, _>(i) {
                    json!(number)
                } else if let Ok(text) = row.try_get::<Option<String>, _>(i) {
                    match text {
                        Some(text) if JSON_COLUMNS.contains(&name) => {
                            serde_json::from_str(&text).unwrap_or(json!(text))
                        }
                        other => json!(other),
                    }
                } else {
                    json!(row.try_get::<Option<f64>, _>(i).ok().flatten())
                };
                object.insert(name.to_owned(), value);
            }
            Value::Object(object)
        })
        .collect())
}

/// The zip a person (or the council, for them) receives: `data.json` and `summary.html`.
pub fn zip(data: &Value, messages: &api::i18n::Messages) -> std::io::Result<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("data.json", options)?;
    zip.write_all(serde_json::to_string_pretty(data).unwrap_or_default().as_bytes())?;
    zip.start_file("summary.html", options)?;
    zip.write_all(summary::html(data, messages).as_bytes())?;
    Ok(zip.finish()?.into_inner())
}
