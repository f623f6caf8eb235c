//! Published versions, kept in memory once read. A version never changes once published,
//! so a plan read again and again (by the person, their carers, their caseworker) is not
//! fetched and decoded each time. Kept by plan id (random, never reused) and version.

use std::sync::{Arc, LazyLock};

use sqlx::AnyConnection;

use super::Published;
use crate::db::StoreError;
use crate::memo::Memo;

static KEPT: LazyLock<Memo<(String, i64), Arc<Published>>> = LazyLock::new(|| Memo::new(4096));

/// The published `version` of the plan; the caller has checked that it exists (a plan
/// erased is gone from the database first, so it is never reached here).
pub async fn version(conn: &mut AnyConnection, plan_id: &str, version: i64) -> Result<Arc<Published>, StoreError> {
    let key = (plan_id.to_owned(), version);
    if let Some(kept) = KEPT.get(&key) {
        return Ok(kept);
    }
    let read = Arc::new(super::version(conn, plan_id, version).await?);
    KEPT.keep(key, read.clone());
    Ok(read)
}
