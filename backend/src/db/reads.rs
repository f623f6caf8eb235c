//! Where the audit rows of requests that only read are kept: `read_events`. On SQLite it
//! is a file of its own beside the database (`FILE-reads`), attached to every connection
//! as `reads`. A commit makes every other SQLite connection drop the pages it had cached of
//! the file that changed, and reads, each audited, commit far more often than anything
//! else: kept apart, they no longer empty the caches a caseload is read from. On
//! PostgreSQL `read_events` is a table like the others (migration 0015).

use std::path::{Path, PathBuf};

use sqlx::{AnyConnection, Executor};

/// `read_events` in `schema` (with its dot, or empty): the columns of `audit_events`.
fn table(schema: &str) -> String {
    format!(
        "CREATE TABLE IF NOT EXISTS {schema}read_events (id TEXT PRIMARY KEY, at INTEGER NOT NULL, \
         actor_account_id TEXT, action TEXT NOT NULL, outcome TEXT NOT NULL, subject_account_id TEXT, \
         subject_person_id TEXT, detail TEXT NOT NULL DEFAULT '', client_address TEXT, request_id TEXT)"
    )
}

/// What an SQLite database's path is followed by in the names of the files it is kept in:
/// its own, SQLite's two beside it, and the reads' file with its two.
pub const SUFFIXES: [&str; 6] = ["", "-wal", "-shm", "-reads", "-reads-wal", "-reads-shm"];

/// The reads' file beside the SQLite database `database`: named so that copying
/// `FILE*` copies it too.
pub fn file(database: &Path) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push("-reads");
    PathBuf::from(name)
}

/// Attaches the reads' file (which must exist) to a new connection, kept as durably as
/// the database, with `read_events` and its indexes made if new. Without a file (a
/// database in memory) the table is the database's own.
pub async fn attach(conn: &mut AnyConnection, file: Option<&Path>) -> Result<(), sqlx::Error> {
    let schema = match file {
        Some(file) => {
            sqlx::query("ATTACH DATABASE $1 AS reads")
                .bind(file.to_string_lossy().into_owned())
                .execute(&mut *conn)
                .await?;
            conn.execute("PRAGMA reads.journal_mode = WAL; PRAGMA reads.synchronous = FULL;")
                .await?;
            "reads."
        }
        None => "",
    };
    // Every read writes each index: only those something searches. Nothing looks reads up
    // by action, and few are about an account; a file made before had an index of each.
    conn.execute(
        format!(
            "{}; \
             CREATE INDEX IF NOT EXISTS {schema}reads_by_subject_person ON read_events (subject_person_id, at); \
             CREATE INDEX IF NOT EXISTS {schema}reads_about_accounts ON read_events (subject_account_id, at) \
               WHERE subject_account_id IS NOT NULL; \
             DROP INDEX IF EXISTS {schema}reads_by_subject_account; DROP INDEX IF EXISTS {schema}reads_by_action;",
            table(schema)
        )
        .as_str(),
    )
    .await?;
    Ok(())
}

/// Puts the reads' rows into the backup `copy` (already written from the database), so
/// that one file holds everything.
pub async fn copy_into_backup(conn: &mut AnyConnection, copy: &str) -> Result<(), sqlx::Error> {
    sqlx::query("ATTACH DATABASE $1 AS copy")
        .bind(copy)
        .execute(&mut *conn)
        .await?;
    let copied = conn
        .execute(
            format!(
                "{}; INSERT INTO copy.read_events SELECT * FROM reads.read_events",
                table("copy.")
            )
            .as_str(),
        )
        .await;
    conn.execute("DETACH DATABASE copy").await?;
    copied.map(drop)
}

/// After a restore: the backup's reads, which came back inside the database, go back to
/// their own file.
pub async fn take_back_from_backup(conn: &mut AnyConnection) -> Result<(), sqlx::Error> {
    let (restored,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM main.sqlite_master WHERE type = 'table' AND name = 'read_events'")
            .fetch_one(&mut *conn)
            .await?;
    if restored > 0 {
        conn.execute(
            "INSERT OR IGNORE INTO reads.read_events SELECT * FROM main.read_events; DROP TABLE main.read_events;",
        )
        .await?;
    }
    Ok(())
}
