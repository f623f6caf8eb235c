//! Reads recorded in batches. Each read hands its row to one writer, which keeps the rows
//! waiting in one statement (one write lock, one sync to disk) and then lets each
//! of those reads answer. So reads no longer queue one by one behind the database's one
//! writer, and a read that was answered is still a read that was recorded, crash or not.

use std::sync::OnceLock;

use sqlx::Any;
use sqlx::pool::PoolConnection;
use tokio::sync::{mpsc, oneshot};

use super::{Event, Outcome, ROWS_PER_INSERT, Row, Trail};
use crate::db::{Store, StoreError};

/// The most rows one batch keeps: what one INSERT writes, a transaction on its own, so
/// that a batch is one trip to the database (no BEGIN, no COMMIT) and one sync to disk.
const MOST: usize = ROWS_PER_INSERT;

/// How many times the writer lets the other requests run before it writes. With one turn
/// a batch kept about 7 rows; with more, about 12, and a read took a sixth less of the
/// core (each batch is a commit, a sync and a write of each index's last page). Up to
/// eight turns did no better than four, and each row waits a little longer.
const TURNS_BEFORE_WRITING: usize = 4;

/// Told once the row is kept, or why it could not be.
type Kept = oneshot::Sender<Result<(), String>>;

pub struct Batched {
    store: Store,
    /// Started on first use, inside the server's runtime.
    rows: OnceLock<mpsc::UnboundedSender<(Row, Kept)>>,
}

impl Batched {
    pub fn new(store: Store) -> Self {
        Self {
            store,
            rows: OnceLock::new(),
        }
    }

    /// Records `event`; returns once it is kept.
    pub async fn record(&self, event: &Event<'_>, outcome: Outcome) -> Result<(), StoreError> {
        let rows = self.rows.get_or_init(|| {
            let (rows, waiting) = mpsc::unbounded_channel();
            tokio::spawn(write(self.store.clone(), waiting));
            rows
        });
        let (kept, written) = oneshot::channel();
        let failed = |why: String| StoreError::Database(sqlx::Error::Protocol(format!("audit: {why}")));
        rows.send((Row::new(event, outcome), kept))
            .map_err(|_| failed("the writer has stopped".into()))?;
        written
            .await
            .map_err(|_| failed("the writer has stopped".into()))?
            .map_err(failed)
    }
}

/// Keeps whatever rows are waiting, in batches, until the server stops. It holds its
/// connection from one batch to the next (a connection given back to the pool is pinged
/// on the way, one more trip), and takes a new one after an error.
async fn write(store: Store, mut waiting: mpsc::UnboundedReceiver<(Row, Kept)>) {
    let mut batch = Vec::with_capacity(MOST);
    let mut conn: Option<PoolConnection<Any>> = None;
    while waiting.recv_many(&mut batch, MOST).await > 0 {
        // Requests already under way may be about to add theirs: let them run first, so
        // that one write and one sync to disk keep more rows. An idle server has none
        // under way, and this costs it nothing.
        for _ in 0..TURNS_BEFORE_WRITING {
            tokio::task::yield_now().await;
            while batch.len() < MOST
                && let Ok(row) = waiting.try_recv()
            {
                batch.push(row);
            }
        }
        let kept = keep(&store, &mut conn, &batch).await.map_err(|e| e.to_string());
        if let Err(why) = &kept {
            conn = None;
            tracing::error!(rows = batch.len(), %why, "audit rows not kept: their reads are refused");
        }
        for (_, told) in batch.drain(..) {
            // The request may have gone (its client hung up): nothing to tell.
            let _ = told.send(kept.clone());
        }
    }
}

async fn keep(store: &Store, slot: &mut Option<PoolConnection<Any>>, batch: &[(Row, Kept)]) -> Result<(), StoreError> {
    let conn = match slot {
        Some(conn) => conn,
        None => slot.insert(store.pool.acquire().await?),
    };
    let _lock = store.write_lock().await;
    Row::insert_all(conn, Trail::Reads, batch.iter().map(|(row, _)| row)).await
}
