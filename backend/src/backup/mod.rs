//! Backups a council can trust: an online, consistent copy of an SQLite database taken
//! while the server runs, with a checksum beside it; and a restore that checks the
//! checksum, never overwrites data by accident, and says what it brought back.
//! PostgreSQL has its own tools (`pg_dump`, `pg_restore`): for it, the commands to run.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::config::DatabaseUrl;
use crate::db::{OpenError, Store, StoreError, reads, sqlite_path};

/// Every table that holds the council's data, in an order that restores without breaking
/// a reference, with the migrations' own bookkeeping left out.
pub const TABLES: &[&str] = &[
    "council",
    "teams",
    "staff",
    "people",
    "carer_relationships",
    "carer_access",
    "allocations",
    "accounts",
    "passkeys",
    "invitations",
    "ceremonies",
    "sessions",
    "audit_events",
    "read_events",
    "plans",
    "plan_versions",
    "plan_responses",
    "goals",
    "goal_steps",
    "goal_notes",
    "wishes",
    "reviews",
    "review_steps",
    "review_additions",
    "notifications",
    "outbox",
    "concerns",
];

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} already exists: choose a new file, so that no backup is overwritten")]
    Exists(PathBuf),
    #[error(
        "OurPlan does not copy a PostgreSQL database itself: use its own tools, which copy it consistently while the server runs:\n  pg_dump --format=custom --file={file} '{url}'\nand to restore into an empty database:\n  pg_restore --no-owner --dbname='NEW_DATABASE_URL' {file}\nthen run `ourplan migrate` against it"
    )]
    Postgres { file: String, url: DatabaseUrl },
    #[error(
        "cannot read the checksum file {0}: a backup is restored only with the checksum `ourplan backup` wrote beside it"
    )]
    NoChecksum(PathBuf),
    #[error(
        "{file} does not match its checksum: it is damaged or was changed since the backup; restore another backup"
    )]
    Damaged { file: PathBuf },
    #[error(
        "the database at {0} already holds data: restore into a new file, or add --force to replace everything in it"
    )]
    NotEmpty(DatabaseUrl),
    #[error("restore into an SQLite file (sqlite://FILE); for PostgreSQL, use pg_restore")]
    NotSqlite,
    #[error("{0}")]
    Io(String),
    #[error(transparent)]
    Open(#[from] OpenError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn io(context: &str, path: &Path) -> impl FnOnce(std::io::Error) -> BackupError {
    let message = format!("{context} {}", path.display());
    move |error| BackupError::Io(format!("{message}: {error}"))
}

/// The file beside a backup that holds its checksum, as `sha256sum` writes it.
pub fn checksum_file(backup: &Path) -> PathBuf {
    let mut name = backup.as_os_str().to_owned();
    name.push(".sha256");
    PathBuf::from(name)
}

fn sha256(path: &Path) -> Result<String, BackupError> {
    let mut file = std::fs::File::open(path).map_err(io("cannot read", path))?;
    let mut hasher = Sha256::new();
    std::io::copy(&mut file, &mut hasher).map_err(io("cannot read", path))?;
    Ok(hex::encode(hasher.finalize()))
}

/// Copies the database to `to` while the server runs (`VACUUM INTO` reads one consistent
/// snapshot, and writers carry on), then writes its checksum beside it. Returns the checksum.
pub async fn backup(url: &DatabaseUrl, to: &Path) -> Result<String, BackupError> {
    if sqlite_path(url).is_none() {
        return Err(BackupError::Postgres {
            file: to.display().to_string(),
            url: url.clone(),
        });
    }
    if to.exists() {
        return Err(BackupError::Exists(to.to_owned()));
    }
    let store = Store::open(url).await?;
    let target = to
        .to_str()
        .ok_or_else(|| BackupError::Io("the backup's path is not UTF-8".into()))?;
    let mut conn = store.pool.acquire().await.map_err(StoreError::from)?;
    sqlx::query("VACUUM INTO $1")
        .bind(target)
        .execute(&mut *conn)
        .await
        .map_err(StoreError::from)?;
    reads::copy_into_backup(&mut conn, target)
        .await
        .map_err(StoreError::from)?;
    drop(conn);
    store.close().await;
    let sum = sha256(to)?;
    let name = to
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let checksum = checksum_file(to);
    std::fs::write(&checksum, format!("{sum}  {name}\n")).map_err(io("cannot write", &checksum))?;
    Ok(sum)
}

/// Rows per table, as a restore reports them.
pub type Counts = Vec<(&'static str, i64)>;

pub async fn counts(store: &Store) -> Result<Counts, StoreError> {
    let mut counts = Vec::new();
    for table in TABLES {
        let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(&store.pool)
            .await?;
        counts.push((*table, n));
    }
    Ok(counts)
}

/// Puts the backup `from` in place as the SQLite database `url` after checking its
/// checksum, brings its schema up to date, and returns what it holds. A database that
/// already holds data is replaced only with `force`.
pub async fn restore(from: &Path, url: &DatabaseUrl, force: bool) -> Result<Counts, BackupError> {
    let written =
        std::fs::read_to_string(checksum_file(from)).map_err(|_| BackupError::NoChecksum(checksum_file(from)))?;
    let expected = written.split_whitespace().next().unwrap_or_default();
    if sha256(from)? != expected {
        return Err(BackupError::Damaged { file: from.to_owned() });
    }
    let path = sqlite_path(url).ok_or(BackupError::NotSqlite)?;
    if path.exists() && !force {
        let store = Store::open(url).await?;
        let held: i64 = counts(&store).await?.iter().map(|(_, n)| n).sum();
        store.close().await;
        if held > 0 {
            return Err(BackupError::NotEmpty(url.clone()));
        }
    }
    // Copied beside the target, then renamed over it: a restore cut short leaves the old
    // database, never half of the new one.
    let mut partial = path.as_os_str().to_owned();
    partial.push(".restoring");
    let partial = PathBuf::from(partial);
    std::fs::copy(from, &partial).map_err(io("cannot write", &partial))?;
    for stale in &reads::SUFFIXES[1..] {
        let mut name = path.as_os_str().to_owned();
        name.push(stale);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
    std::fs::rename(&partial, &path).map_err(io("cannot replace", &path))?;
    let store = Store::open(url).await?;
    let mut conn = store.pool.acquire().await.map_err(StoreError::from)?;
    reads::take_back_from_backup(&mut conn)
        .await
        .map_err(StoreError::from)?;
    drop(conn);
    let counts = counts(&store).await?;
    store.close().await;
    Ok(counts)
}
