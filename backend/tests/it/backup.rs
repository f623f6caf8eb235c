//! The backup drill: a copy taken while people are signing in restores to a database
//! with exactly the copy's rows; a damaged copy, a database in the way, or PostgreSQL get
//! a clear refusal.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use sqlx::{Connection, SqliteConnection};

use crate::cli::{built_dist, ourplan, serving_as, stops_when_told_within};

/// One HTTP/1.1 request, as a same-origin page would send it; returns the whole answer.
fn http(address: &str, method: &str, path: &str, body: &str) -> String {
    let mut stream = std::net::TcpStream::connect(address).expect("connects");
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nSec-Fetch-Site: same-origin\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).expect("sent");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("answer");
    answer
}

/// Rows in `table` of the main database that the attached `other` lacks.
/// Where `table` of the database attached as `schema` is: reads' audit rows are in a file
/// of their own beside a database, attached as `{schema}_reads`, but inside a backup.
fn at(schema: &str, table: &str) -> String {
    if table == "read_events" && schema != "copy" {
        format!("{schema}_reads.{table}")
    } else {
        format!("{schema}.{table}")
    }
}

async fn missing(conn: &mut SqliteConnection, table: &str, other: &str) -> i64 {
    let (main, other) = (at("main", table), at(other, table));
    let sql = format!("SELECT COUNT(*) FROM (SELECT * FROM {main} EXCEPT SELECT * FROM {other})");
    let (n,): (i64,) = sqlx::query_as(&sql).fetch_one(&mut *conn).await.expect(table);
    n
}

async fn open(path: &Path) -> SqliteConnection {
    SqliteConnection::connect(&format!("sqlite://{}", path.display()))
        .await
        .expect("opens")
}

#[tokio::test]
async fn a_backup_taken_while_people_sign_in_restores_to_exactly_its_rows() {
    let (folder, dist) = (tempfile::tempdir().expect("folder"), built_dist());
    let (mut server, address) = serving_as("demo", &folder, &dist);
    let source = folder.path().join("ourplan.db");
    let accounts = http(&address, "GET", "/api/v1/demo/accounts", "");
    let account = accounts
        .split("\"account_id\":\"")
        .nth(1)
        .expect("an account")
        .split('"')
        .next()
        .expect("id")
        .to_owned();

    // People keep signing in (a session and an audit row each) while the copy is made.
    let (stop, signed_in) = (Arc::new(AtomicBool::new(false)), Arc::new(AtomicUsize::new(0)));
    let load = {
        let (stop, signed_in, address) = (Arc::clone(&stop), Arc::clone(&signed_in), address.clone());
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                let answer = http(
                    &address,
                    "POST",
                    "/api/v1/demo/sign-in",
                    &format!("{{\"account_id\":\"{account}\"}}"),
                );
                assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
                signed_in.fetch_add(1, Ordering::Relaxed);
            }
        })
    };
    while signed_in.load(Ordering::Relaxed) < 20 {
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    // Reads audited so far, which are kept in a file of their own beside the database.
    let mut reads = open(&backend::db::reads::file(&source)).await;
    sqlx::query(
        "INSERT INTO read_events (id, at, action, outcome) VALUES ('r1', 1, 'plan_viewed', 'done'), \
         ('r2', 2, 'plans_listed', 'done')",
    )
    .execute(&mut reads)
    .await
    .expect("reads");
    reads.close().await.expect("closed");
    let backup = folder.path().join("backup.db");
    let url = format!("sqlite://{}", source.display());
    let taken = ourplan(&["backup", "--database-url", &url, "--to", backup.to_str().expect("path")]);
    assert!(taken.status.success(), "{}", String::from_utf8_lossy(&taken.stderr));
    let during = signed_in.load(Ordering::Relaxed);
    while signed_in.load(Ordering::Relaxed) < during + 20 {
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    stop.store(true, Ordering::Relaxed);
    load.join().expect("the load ran without an error");
    stops_when_told_within(&mut server, std::time::Duration::from_secs(15));

    let restored = folder.path().join("restored.db");
    let restored_url = format!("sqlite://{}", restored.display());
    let from = backup.to_str().expect("path");
    let answer = ourplan(&["restore", "--from", from, "--database-url", &restored_url]);
    let said = String::from_utf8_lossy(&answer.stdout);
    assert!(
        answer.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&answer.stderr)
    );
    assert!(
        said.lines()
            .any(|l| l.trim_start().starts_with("people ") && l.ends_with(" rows")),
        "{said}"
    );

    // Every table of the copy is in the restored database, row for row; and the copy holds
    // only what the source held: a consistent moment, not a mix.
    let mut conn = open(&restored).await;
    sqlx::query(&format!("ATTACH DATABASE '{}' AS copy", backup.display()))
        .execute(&mut conn)
        .await
        .expect("attach");
    sqlx::query(&format!("ATTACH DATABASE '{}' AS source", source.display()))
        .execute(&mut conn)
        .await
        .expect("attach");
    for (schema, path) in [("main", &restored), ("source", &source)] {
        let file = backend::db::reads::file(path);
        sqlx::query(&format!("ATTACH DATABASE '{}' AS {schema}_reads", file.display()))
            .execute(&mut conn)
            .await
            .expect("attach");
    }
    let tables: Vec<(String,)> =
        sqlx::query_as("SELECT name FROM copy.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            .fetch_all(&mut conn)
            .await
            .expect("tables");
    assert!(tables.len() >= backend::backup::TABLES.len(), "{tables:?}");
    for (table,) in &tables {
        assert!(
            table == "_sqlx_migrations" || backend::backup::TABLES.contains(&table.as_str()),
            "{table} is not in backup::TABLES, so a restore would not count it"
        );
        assert_eq!(
            missing(&mut conn, table, "copy").await,
            0,
            "{table}: rows the copy lacks"
        );
        let (main, source) = (at("main", table), at("source", table));
        let sql = format!("SELECT COUNT(*) FROM (SELECT * FROM copy.{table} EXCEPT SELECT * FROM {main})");
        let (lost,): (i64,) = sqlx::query_as(&sql).fetch_one(&mut conn).await.expect("compare");
        assert_eq!(lost, 0, "{table}: rows the restore lost");
        let sql = format!("SELECT COUNT(*) FROM (SELECT * FROM copy.{table} EXCEPT SELECT * FROM {source})");
        let (invented,): (i64,) = sqlx::query_as(&sql).fetch_one(&mut conn).await.expect("compare");
        if table != "sessions" {
            // A session's last_seen_at moves on after the copy; no other row changes.
            assert_eq!(invented, 0, "{table}: rows the source never held");
        }
    }
    let (copied,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM copy.audit_events WHERE action = 'demo_sign_in'")
        .fetch_one(&mut conn)
        .await
        .expect("count");
    let (all,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM source.audit_events WHERE action = 'demo_sign_in'")
        .fetch_one(&mut conn)
        .await
        .expect("count");
    assert!(
        copied >= 20 && copied < all,
        "the copy is a moment during the load: {copied} of {all}"
    );
    let (reads,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM main_reads.read_events WHERE id IN ('r1', 'r2')")
        .fetch_one(&mut conn)
        .await
        .expect("count");
    assert_eq!(reads, 2, "the reads' audit comes back to its own file");
    conn.close().await.expect("closed");

    // A second restore over a database with data needs --force; a damaged copy never goes in.
    let again = ourplan(&["restore", "--from", from, "--database-url", &restored_url]);
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"), "{again:?}");
    let mut bytes = std::fs::read(&backup).expect("backup");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0xff;
    std::fs::write(&backup, bytes).expect("damaged");
    let fresh = format!("sqlite://{}", folder.path().join("fresh.db").display());
    let damaged = ourplan(&["restore", "--from", from, "--database-url", &fresh, "--force"]);
    assert!(
        String::from_utf8_lossy(&damaged.stderr).contains("does not match its checksum"),
        "{damaged:?}"
    );
    assert!(!folder.path().join("fresh.db").exists());
}

#[test]
fn a_postgresql_backup_is_left_to_pg_dump_with_the_command_to_run() {
    let url = "postgres://ourplan:s3cret@db.example/ourplan";
    let answer = ourplan(&["backup", "--database-url", url, "--to", "/tmp/ourplan.dump"]);
    assert!(!answer.status.success());
    let said = String::from_utf8_lossy(&answer.stderr);
    assert!(
        said.contains("pg_dump --format=custom --file=/tmp/ourplan.dump 'postgres://ourplan:***@db.example/ourplan'"),
        "{said}"
    );
    assert!(!std::path::Path::new("/tmp/ourplan.dump").exists());
}
