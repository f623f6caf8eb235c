//! Published versions, kept in memory once read. A version never changes once published,
//! so a plan read again and again (by the person, their carers, their caseworker) is not
//! fetched and decoded each time. Kept by plan id (random, never reused) and version, for
//! the whole process; at most `MOST`, all forgotten at once when full.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex, PoisonError};

use sqlx::AnyConnection;

use super::Published;
use crate::db::StoreError;

const MOST: usize = 4096;

type Versions = HashMap<(String, i64), Arc<Published>>;

static KEPT: LazyLock<Mutex<Versions>> = LazyLock::new(Mutex::default);

/// The published `version` of the plan; the caller has checked that it exists (a plan
/// erased is gone from the database first, so it is never reached here).
pub async fn version(conn: &mut AnyConnection, plan_id: &str, version: i64) -> Result<Arc<Published>, StoreError> {
    let key = (plan_id.to_owned(), version);
    if let Some(kept) = KEPT.lock().unwrap_or_else(PoisonError::into_inner).get(&key) {
        return Ok(kept.clone());
    }
    let read = Arc::new(super::version(conn, plan_id, version).await?);
    let mut kept = KEPT.lock().unwrap_or_else(PoisonError::into_inner);
    if kept.len() >= MOST {
        kept.clear();
    }
    kept.insert(key, read.clone());
    Ok(read)
}
