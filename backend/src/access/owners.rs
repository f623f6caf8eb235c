//! Whose record a plan, review, goal, wish or concern is. No statement moves a record to
//! another person, so the answer is looked up once and kept for the whole process: reading
//! one's plan makes one trip to the database fewer. A record later erased stays here as
//! its former owner's, which allows nothing by itself: the policy still decides whether
//! the asker may reach that person, and then the record is not found. Kept by table and
//! id (random, never reused); at most `MOST`, all forgotten at once when full.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, PoisonError};

use sqlx::AnyConnection;

use super::Table;
use crate::error::AppError;

const MOST: usize = 65_536;

static KEPT: LazyLock<Mutex<HashMap<(Table, String), String>>> = LazyLock::new(Mutex::default);

/// The person whose record `id` in `table` is; not found if there is no such record.
pub async fn owner(conn: &mut AnyConnection, table: Table, id: &str) -> Result<String, AppError> {
    let key = (table, id.to_owned());
    if let Some(person) = KEPT.lock().unwrap_or_else(PoisonError::into_inner).get(&key) {
        return Ok(person.clone());
    }
    let row: Option<(String,)> = sqlx::query_as(table.owner_query())
        .bind(id)
        .fetch_optional(conn)
        .await?;
    let (person,) = row.ok_or(AppError::NOT_FOUND)?;
    let mut kept = KEPT.lock().unwrap_or_else(PoisonError::into_inner);
    if kept.len() >= MOST {
        kept.clear();
    }
    kept.insert(key, person.clone());
    Ok(person)
}
