//! The connections requests work on, handed from one request to the next (see
//! [`Requests`]).

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, Connection};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::{Backend, CONNECT_TIMEOUT, Store, UNCHECKED_IDLE};

/// The connections requests work on: at most `slots` at once, so that the pool keeps
/// the rest for writes, sign-ins and the reads' audit writer. sqlx checks a
/// connection given back to its pool with a ping, one more trip to the database (SQLite's
/// thread, or PostgreSQL) a request; a request whose work ended cleanly hands its
/// connection on to the next instead, as it is.
#[derive(Debug)]
pub(super) struct Requests {
    slots: Arc<Semaphore>,
    handed_on: Mutex<Vec<(PoolConnection<Any>, Instant)>>,
}

/// A connection a request works on, from [`Store::connection`]: kept from its session's
/// lookup to its permit's reads, then handed on. Dropped instead (an error, or a client
/// gone mid-query, which may leave a statement unfinished), it goes back to the pool,
/// which checks it.
#[derive(Debug)]
pub struct Held {
    conn: Option<PoolConnection<Any>>,
    requests: Arc<Requests>,
    _slot: OwnedSemaphorePermit,
}

impl Held {
    /// The request's work on it is done and nothing is left open: the next takes it.
    pub fn hand_on(mut self) {
        let mut handed_on = lock(&self.requests.handed_on);
        // Once the store is closing, the pool waits for every connection to come back.
        if !self.requests.slots.is_closed()
            && let Some(conn) = self.conn.take()
        {
            handed_on.push((conn, Instant::now()));
        }
    }
}

const HANDED_ON: &str = "a held connection is taken only as it is handed on";

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl std::ops::Deref for Held {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        self.conn.as_ref().expect(HANDED_ON)
    }
}

impl std::ops::DerefMut for Held {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        self.conn.as_mut().expect(HANDED_ON)
    }
}

impl Requests {
    pub(super) fn new(slots: usize) -> Self {
        Self {
            slots: Arc::new(Semaphore::new(slots)),
            handed_on: Mutex::default(),
        }
    }

    /// No more are taken or handed on, and those handed on go back to the pool, which
    /// waits for every connection as it closes.
    pub(super) fn close(&self) {
        let handed_on = {
            let mut handed_on = lock(&self.handed_on);
            self.slots.close();
            std::mem::take(&mut *handed_on)
        };
        drop(handed_on);
    }
}

impl Store {
    /// A connection for a request: one a request before it handed on, else one from the
    /// pool. A request waits its turn while others hold every slot, as long as it would
    /// have waited for the pool.
    pub async fn connection(&self) -> Result<Held, sqlx::Error> {
        let slot = tokio::time::timeout(CONNECT_TIMEOUT, self.requests.slots.clone().acquire_owned())
            .await
            .map_err(|_| sqlx::Error::PoolTimedOut)?
            .map_err(|_| sqlx::Error::PoolClosed)?;
        let handed_on = lock(&self.requests.handed_on).pop();
        let conn = match handed_on {
            // As the pool does (`before_acquire`): PostgreSQL may have dropped one idle
            // for a while; a file cannot.
            Some((mut conn, since)) if self.backend == Backend::Postgres && since.elapsed() >= UNCHECKED_IDLE => {
                match conn.ping().await {
                    Ok(()) => conn,
                    Err(_) => self.pool.acquire().await?,
                }
            }
            Some((conn, _)) => conn,
            None => self.pool.acquire().await?,
        };
        Ok(Held {
            conn: Some(conn),
            requests: self.requests.clone(),
            _slot: slot,
        })
    }
}
