//! The store: one connection pool and one SQL text for SQLite and PostgreSQL (`sqlx::Any`).
//! The only dialect differences are in the migrations, chosen by the URL's scheme, in how a
//! long list is read as one value (`list`), and in where reads' audit rows are kept (`reads`).

mod handed_on;
pub mod list;
pub mod reads;
mod record;

pub use handed_on::Held;
use handed_on::Requests;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::error::ErrorKind;
use sqlx::migrate::Migrator;
use sqlx::{Any, AnyConnection, AnyPool, Connection, Executor, Transaction};
use tokio::sync::{Mutex, OwnedMutexGuard};

use crate::config::{DATABASE_REQUESTS, DatabaseUrl};

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/postgres");

const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// How long a PostgreSQL connection may have been idle and still be used without a
/// ping first (one that fails is dropped, and another taken).
const UNCHECKED_IDLE: Duration = Duration::from_secs(1);

/// How long a write waits for SQLite's lock, as `PRAGMA busy_timeout` says below.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Debug, Clone)]
pub struct Store {
    pub pool: AnyPool,
    pub backend: Backend,
    /// The connections requests work on (see [`Held`]).
    requests: Arc<Requests>,
    /// Whose turn it is to write, on SQLite (see [`Writing`]).
    turn: Arc<Mutex<()>>,
    /// Held while this server writes to SQLite: by a writer whose turn it is, or by the
    /// reads' audit writer (see [`Store::write_lock`]).
    lock: Arc<Mutex<()>>,
}

/// A transaction that writes, with, on SQLite, this server's turn to write. SQLite lets
/// one connection write at a time; one that asks while another writes is told "busy" and
/// sleeps (1, 2, 5 … 100 ms) before it asks again, often long after the lock came free:
/// sixteen clients saving at once waited up to half a second. Here writers wait for their
/// turn in order, and each begins as the one before it commits. A writer takes its turn
/// before its connection, so one waiting holds none that the writer at work might need.
/// (The sign-in steps, which read on their connection first, and other processes, such as
/// an import, still wait in SQLite's way.)
pub struct Writing {
    tx: Transaction<'static, Any>,
    // Dropped in this order: the transaction ends, then the lock passes (to the reads' audit
    // writer if it waits, as it waits for no writer's turn), then the turn.
    _lock: Option<OwnedMutexGuard<()>>,
    _turn: Option<OwnedMutexGuard<()>>,
}

impl Writing {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await
    }
}

impl std::ops::Deref for Writing {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        &self.tx
    }
}

impl std::ops::DerefMut for Writing {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.tx
    }
}

/// Why the database could not be opened, each with the fix, for the one line the
/// server prints before it exits.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error(
        "unsupported database URL scheme in {0}: use sqlite://FILE or postgres://USER@HOST/DATABASE (--database-url or OURPLAN_DATABASE_URL)"
    )]
    UnknownScheme(DatabaseUrl),
    #[error(
        "cannot create the database file {path} ({source}): choose a writable path with --database-url or OURPLAN_DATABASE_URL"
    )]
    Unwritable { path: PathBuf, source: std::io::Error },
    #[error(
        "cannot reach the database at {url} ({reason}): check that it is running and that --database-url or OURPLAN_DATABASE_URL is right"
    )]
    Unreachable { url: DatabaseUrl, reason: String },
    #[error("cannot bring the database schema up to date ({0}): restore a backup, or ask for help with this message")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// What a store operation can fail with; the HTTP edge maps each to a response.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// Someone else saved first; nothing was overwritten.
    #[error("the record was changed by someone else")]
    VersionConflict,
    /// A unique value (an email, say) is already taken.
    #[error("already exists")]
    Duplicate,
    /// The record refers to something that does not exist.
    #[error("refers to a missing record")]
    MissingReference,
    #[error(transparent)]
    Database(sqlx::Error),
}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> Self {
        match &error {
            sqlx::Error::RowNotFound => Self::NotFound,
            sqlx::Error::Database(db) => match db.kind() {
                ErrorKind::UniqueViolation => Self::Duplicate,
                ErrorKind::ForeignKeyViolation => Self::MissingReference,
                _ => Self::Database(error),
            },
            _ => Self::Database(error),
        }
    }
}

/// `ANALYZE` run on the file by hand leaves sampled statistics (`sqlite_stat4`, which the
/// SQLite sqlx builds keeps), and with them SQLite plans a statement again each time a
/// value is bound: read my plan at 100,000 people answered half as many a second. They
/// are dropped at start; the per-index counts stay, the migrations' among them.
async fn forget_sampled_statistics(pool: &AnyPool) -> Result<(), sqlx::Error> {
    let (kept,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat4'")
        .fetch_one(pool)
        .await?;
    if kept > 0 {
        // ANALYZE of the schema alone makes every connection read the statistics again.
        sqlx::query("DELETE FROM sqlite_stat4; ANALYZE sqlite_schema")
            .execute(pool)
            .await?;
    }
    Ok(())
}

impl Store {
    /// Opens (creating an SQLite file if missing) and migrates the database, for
    /// [`DATABASE_REQUESTS`] requests at once.
    pub async fn open(url: &DatabaseUrl) -> Result<Self, OpenError> {
        Self::open_for(url, DATABASE_REQUESTS).await
    }

    /// As [`Store::open`], for `requests` requests working on the database at once.
    pub async fn open_for(url: &DatabaseUrl, requests: u32) -> Result<Self, OpenError> {
        let raw = url.expose();
        let backend = if raw.starts_with("sqlite:") {
            Backend::Sqlite
        } else if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            return Err(OpenError::UnknownScheme(url.clone()));
        };
        // The reads' audit file beside an SQLite database (see `reads`).
        let reads_file = sqlite_path(url).map(|path| reads::file(&path));
        if backend == Backend::Sqlite {
            create_sqlite_file(sqlite_path(url))?;
            create_sqlite_file(reads_file.clone())?;
        }
        // One plain connection first: a pool retries until its timeout and reports only
        // that, where this reports the cause ("connection refused").
        reachable(url).await?;
        let unreachable = |reason: String| OpenError::Unreachable {
            url: url.clone(),
            reason,
        };
        // Slots for requests (see `Requests`), one the reads' audit writer holds, and the
        // rest for writes: one on SQLite, which writes one at a time, as many again as
        // requests have on PostgreSQL, where each write holds its own for a transaction.
        let most = if backend == Backend::Sqlite {
            requests + 2
        } else {
            2 * requests + 1
        };
        let mut options = AnyPoolOptions::new()
            .max_connections(most)
            .acquire_timeout(CONNECT_TIMEOUT)
            // A file cannot drop a connection: no ping (a trip to the connection's thread)
            // before every use.
            .test_before_acquire(false);
        if backend == Backend::Postgres {
            // A server can, but one that answered a moment ago is there: a ping before
            // every use was one more round trip a request.
            options = options.before_acquire(|conn, meta| {
                Box::pin(async move {
                    if meta.idle_for >= UNCHECKED_IDLE {
                        conn.ping().await?;
                    }
                    Ok(true)
                })
            });
        }
        let pool = options
            .after_connect(move |conn, _| {
                let reads_file = reads_file.clone();
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers work while one writes; FULL sync makes an
                        // acknowledged write survive a power cut. A caseload reads
                        // hundreds of rows: keep 32 MiB of pages a connection (SQLite's
                        // default keeps 2 MiB), so they are not read in again each time.
                        // And read the file's first GiB through the operating system's
                        // cache, mapped, which every connection shares, rather than copy
                        // each page into each connection's own: a manager's caseload
                        // touches pages all over a council's tables (+25 % at 100,000
                        // people, eight managers in turn).
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                             PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                             PRAGMA cache_size = -32768; PRAGMA mmap_size = 1073741824;",
                        )
                        .await?;
                        reads::attach(conn, reads_file.as_deref()).await?;
                    } else {
                        // PostgreSQL's default prices a random read as four sequential
                        // ones (spinning disks), and so reads every goal in the council
                        // rather than look up a manager's 600 people in the index: 60 ms
                        // instead of 7 at 100,000 people. On SSDs, as its manual advises,
                        // a random read costs little more.
                        conn.execute("SET random_page_cost = 1.1").await?;
                    }
                    Ok(())
                })
            })
            .connect(raw)
            .await
            .map_err(|error| unreachable(error.to_string()))?;
        let migrator = match backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&pool).await?;
        if backend == Backend::Sqlite
            && let Err(error) = forget_sampled_statistics(&pool).await
        {
            tracing::warn!(%error, "SQLite's sampled statistics could not be dropped: reads may be slower");
        }
        Ok(Self {
            pool,
            backend,
            requests: Arc::new(Requests::new(requests as usize)),
            turn: Arc::default(),
            lock: Arc::default(),
        })
    }

    /// Whether the database lacks a migration this build knows: it was restored from an
    /// older backup under a running server, say. Such a server is not ready.
    pub async fn migrations_pending(&self) -> Result<bool, StoreError> {
        let migrator = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        let latest = migrator.iter().map(|m| m.version).max().unwrap_or_default();
        let (applied,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM _sqlx_migrations WHERE version = $1")
            .bind(latest)
            .fetch_one(&self.pool)
            .await?;
        Ok(applied == 0)
    }

    /// True when the database answers a query.
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    pub async fn close(&self) {
        self.requests.close();
        self.pool.close().await;
    }
}

/// Connects once and lets go, changing nothing: whether the database can be reached.
pub async fn reachable(url: &DatabaseUrl) -> Result<(), OpenError> {
    install_default_drivers();
    let unreachable = |reason: String| OpenError::Unreachable {
        url: url.clone(),
        reason,
    };
    tokio::time::timeout(CONNECT_TIMEOUT, AnyConnection::connect(url.expose()))
        .await
        .map_err(|_| unreachable(format!("no answer within {} seconds", CONNECT_TIMEOUT.as_secs())))?
        .map_err(|error| unreachable(error.to_string()))?
        .close()
        .await
        .map_err(|error| unreachable(error.to_string()))
}

/// The file an SQLite URL names; `None` for another database or one in memory.
pub fn sqlite_path(url: &DatabaseUrl) -> Option<PathBuf> {
    let rest = url.expose().strip_prefix("sqlite:")?.trim_start_matches("//");
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then(|| PathBuf::from(path))
}

fn create_sqlite_file(path: Option<PathBuf>) -> Result<(), OpenError> {
    let Some(path) = path else {
        return Ok(());
    };
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .map(drop)
        .map_err(|source| OpenError::Unwritable { path, source })
}

impl Store {
    /// A transaction that writes, owning its connection: see [`begin_write`] and
    /// [`Writing`].
    pub async fn begin_write(&self) -> Result<Writing, sqlx::Error> {
        Ok(match self.backend {
            Backend::Sqlite => {
                // As long as a busy SQLite would have been waited for.
                let waited = |_| sqlx::Error::PoolTimedOut;
                let turn = tokio::time::timeout(BUSY_TIMEOUT, self.turn.clone().lock_owned())
                    .await
                    .map_err(waited)?;
                let lock = tokio::time::timeout(BUSY_TIMEOUT, self.lock.clone().lock_owned())
                    .await
                    .map_err(waited)?;
                Writing {
                    tx: self.pool.begin_with("BEGIN IMMEDIATE").await?,
                    _lock: Some(lock),
                    _turn: Some(turn),
                }
            }
            Backend::Postgres => Writing {
                tx: self.pool.begin().await?,
                _lock: None,
                _turn: None,
            },
        })
    }

    /// For the reads' audit writer, on SQLite: the lock a writer holds for its transaction,
    /// without waiting for the writers' turns. `BEGIN IMMEDIATE` takes the write lock of
    /// every file attached, the reads' file too, so a batch of reads' rows waits for the
    /// transaction under way in any case; asked of SQLite, it waited in its busy handler
    /// and came in only when a sleep happened to end between two writers' transactions (a
    /// caseworker opening a draft while sixteen clients saved: p99 342 ms).
    pub async fn write_lock(&self) -> Option<OwnedMutexGuard<()>> {
        match self.backend {
            Backend::Sqlite => Some(self.lock.clone().lock_owned().await),
            Backend::Postgres => None,
        }
    }
}

/// Starts a transaction that writes. On SQLite it takes the write lock at once
/// (`BEGIN IMMEDIATE`): a transaction that reads first and asks for the lock later fails
/// at once ("database is locked") if another writer got in between, where waiting for
/// the lock (`busy_timeout`) lets it see the other's work — a stale save then gets its
/// 409, not a 500. Every request that changes data, or audits a read, starts here.
pub async fn begin_write(conn: &mut AnyConnection) -> Result<Transaction<'_, Any>, sqlx::Error> {
    if conn.backend_name() == "SQLite" {
        conn.begin_with("BEGIN IMMEDIATE").await
    } else {
        conn.begin().await
    }
}

/// Milliseconds since 1970, the one time format in the database.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// A new random id: opaque, so ids in URLs say nothing about anyone.
pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// A value kept as JSON text (a plan's content, a review's step).
pub fn to_json<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|error| decode_error(error.to_string()))
}

pub fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|error| decode_error(error.to_string()))
}

pub fn decode_error(message: String) -> StoreError {
    StoreError::Database(sqlx::Error::Decode(message.into()))
}

/// Today (UTC), as an ISO date, for checking dates people choose.
pub fn today() -> String {
    api::dates::iso(api::dates::day_of_ms(now_ms()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn today_is_an_iso_date() {
        let today = super::today();
        assert!(api::plan_check::is_date(&today), "{today}");
        assert!(today.as_str() > "2025-01-01");
    }
}
