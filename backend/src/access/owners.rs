//! Whose record a plan, review, goal, wish or concern is. No statement moves a record to
//! another person, so the answer is looked up once and kept for the whole process: reading
//! one's plan makes one trip to the database fewer. A record later erased stays here as
//! its former owner's, which allows nothing by itself: the policy still decides whether
//! the asker may reach that person, and then the record is not found.

use std::sync::LazyLock;

use sqlx::AnyConnection;

use super::Table;
use crate::error::AppError;
use crate::memo::Memo;

static KEPT: LazyLock<Memo<(Table, String), String>> = LazyLock::new(|| Memo::new(65_536));

/// The person whose record `id` in `table` is; not found if there is no such record.
pub async fn owner(conn: &mut AnyConnection, table: Table, id: &str) -> Result<String, AppError> {
    let key = (table, id.to_owned());
    if let Some(person) = KEPT.get(&key) {
        return Ok(person);
    }
    let row: Option<(String,)> = sqlx::query_as(table.owner_query())
        .bind(id)
        .fetch_optional(conn)
        .await?;
    let (person,) = row.ok_or(AppError::NOT_FOUND)?;
    KEPT.keep(key, person.clone());
    Ok(person)
}
