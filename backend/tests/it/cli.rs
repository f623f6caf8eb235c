//! The `ourplan` command itself: a bad set-up gets one clear line naming the problem and
//! the fix, and a non-zero exit; a good one serves and stops cleanly.

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

pub fn ourplan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ourplan"))
        .args(args)
        .env_remove("OURPLAN_DATABASE_URL")
        .output()
        .expect("ourplan runs")
}

/// Asserts the command failed with exactly one line on stderr that mentions each hint.
fn assert_one_clear_line(output: &Output, hints: &[&str]) {
    assert!(!output.status.success(), "should fail");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<_> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "one line, got: {stderr}");
    for hint in hints {
        assert!(lines[0].contains(hint), "{hint:?} missing from: {}", lines[0]);
    }
}

pub fn built_dist() -> tempfile::TempDir {
    let dist = tempfile::tempdir().expect("folder");
    std::fs::write(dist.path().join("frontend_bg.wasm"), "wasm").expect("index");
    dist
}

#[test]
fn an_unknown_database_scheme_names_the_schemes_that_work() {
    let dist = built_dist();
    let output = ourplan(&[
        "serve",
        "--database-url",
        "mysql://root@localhost/ourplan",
        "--dist-dir",
        dist.path().to_str().expect("utf-8"),
        "--listen",
        "127.0.0.1:0",
    ]);
    assert_one_clear_line(
        &output,
        &["mysql://", "sqlite://", "postgres://", "OURPLAN_DATABASE_URL"],
    );
}

#[test]
fn an_unwritable_database_path_says_so() {
    let not_a_folder = tempfile::NamedTempFile::new().expect("file");
    let url = format!("sqlite://{}/ourplan.db", not_a_folder.path().display());
    let output = ourplan(&["migrate", "--database-url", &url]);
    assert_one_clear_line(&output, &["cannot create the database file", "writable path"]);
}

#[test]
fn an_unreachable_database_names_the_cause_and_hides_the_password() {
    let free_port = TcpListener::bind("127.0.0.1:0")
        .expect("port")
        .local_addr()
        .expect("addr")
        .port();
    let url = format!("postgres://ourplan:hunter2@127.0.0.1:{free_port}/ourplan");
    let output = ourplan(&["migrate", "--database-url", &url]);
    assert_one_clear_line(&output, &["cannot reach the database", "refused", "ourplan:***@"]);
    assert!(!String::from_utf8_lossy(&output.stderr).contains("hunter2"));
}

#[test]
fn a_missing_frontend_says_how_to_build_it() {
    let empty = tempfile::tempdir().expect("folder");
    let output = ourplan(&["serve", "--dist-dir", empty.path().to_str().expect("utf-8")]);
    assert_one_clear_line(&output, &["frontend is not built", "cargo xtask dist"]);
}

#[test]
fn a_port_in_use_says_which_and_how_to_choose_another() {
    let taken = TcpListener::bind("127.0.0.1:0").expect("port");
    let address = taken.local_addr().expect("addr").to_string();
    let dist = built_dist();
    let output = ourplan(&[
        "serve",
        "--listen",
        &address,
        "--dist-dir",
        dist.path().to_str().expect("utf-8"),
    ]);
    assert_one_clear_line(&output, &[&address, "--listen"]);
}

#[test]
fn migrate_creates_the_database_and_can_run_again() {
    let folder = tempfile::tempdir().expect("folder");
    let url = format!("sqlite://{}", folder.path().join("new.db").display());
    for _ in 0..2 {
        let output = ourplan(&["migrate", "--database-url", &url]);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    }
    assert!(folder.path().join("new.db").is_file());
}

#[test]
fn the_server_stops_cleanly_when_told_to() {
    let (folder, dist) = (tempfile::tempdir().expect("folder"), built_dist());
    let (mut server, _) = serving(&folder, &dist);

    stops_when_told_within(&mut server, Duration::from_secs(10));
    let mut logs = String::new();
    std::io::Read::read_to_string(&mut server.stderr.take().expect("stderr"), &mut logs).expect("logs");
    let last: serde_json::Value = serde_json::from_str(logs.lines().last().expect("a log line")).expect("json logs");
    assert_eq!(last["fields"]["message"], "stopped");
}

#[tokio::test]
async fn the_first_admin_is_invited_from_the_command_line() {
    let folder = tempfile::tempdir().expect("folder");
    let url = format!("sqlite://{}", folder.path().join("ourplan.db").display());
    let output = ourplan(&[
        "invite",
        "--role",
        "admin",
        "--name",
        "Sam Reid",
        "--database-url",
        &url,
    ]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let printed = String::from_utf8_lossy(&output.stdout);
    let code = printed
        .split_whitespace()
        .find(|word| word.len() == 12 && word.matches('-').count() == 2)
        .unwrap_or_else(|| panic!("no code in: {printed}"));
    assert!(
        printed.contains(&format!("/invitation#{code}")),
        "the link form too: {printed}"
    );

    let store = backend::db::Store::open(&url.as_str().into()).await.expect("store");
    let mut conn = store.pool.acquire().await.expect("connection");
    let invitation = backend::auth::invitations::by_code(&mut conn, code)
        .await
        .expect("query")
        .expect("the printed code is the invitation's");
    assert_eq!(
        invitation.status(backend::db::now_ms()),
        api::auth::InvitationStatus::Pending
    );
}

#[test]
fn an_unusable_smtp_url_says_which_forms_work_and_never_shows_its_password() {
    let dist = built_dist();
    let output = ourplan(&[
        "serve",
        "--smtp-url",
        "smtpx://mailer:s3cret@mail.example",
        "--dist-dir",
        dist.path().to_str().expect("utf-8"),
        "--listen",
        "127.0.0.1:0",
    ]);
    assert_one_clear_line(&output, &["smtp://", "smtps://", "OURPLAN_SMTP_URL"]);
    assert!(!String::from_utf8_lossy(&output.stderr).contains("s3cret"));
}

#[test]
fn the_sample_people_file_imports_into_a_fresh_database_and_a_bad_one_writes_nothing() {
    let folder = tempfile::tempdir().expect("folder");
    let url = format!("sqlite://{}/ourplan.db", folder.path().display());
    assert!(ourplan(&["migrate", "--database-url", &url]).status.success());
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/import-people.csv");
    let first = ourplan(&["import", "people", sample, "--database-url", &url]);
    let said = String::from_utf8_lossy(&first.stdout);
    assert!(
        first.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(said.contains("Added 6, changed 0, unchanged 0, refused 0"), "{said}");

    let bad = folder.path().join("bad.csv");
    let text = std::fs::read_to_string(sample).expect("sample") + "NB300199,,,,,,,,\n";
    std::fs::write(&bad, text).expect("bad file");
    let refused = ourplan(&["import", "people", bad.to_str().expect("utf-8"), "--database-url", &url]);
    let said = String::from_utf8_lossy(&refused.stdout);
    assert!(!refused.status.success());
    assert!(said.contains("Refused: line 8, name: is empty"), "{said}");
    assert!(said.contains("Added 0, changed 0, unchanged 6, refused 1"), "{said}");
    assert_one_clear_line(&refused, &["nothing was written", "--skip-bad-rows"]);
}

#[test]
fn a_manager_invited_from_the_command_line_is_in_their_team() {
    let folder = tempfile::tempdir().expect("folder");
    let url = format!("sqlite://{}", folder.path().join("ourplan.db").display());
    for name in ["Grace Okafor", "Tom Davies"] {
        let output = ourplan(&[
            "invite",
            "--role",
            "manager",
            "--name",
            name,
            "--team",
            "North Locality Team",
            "--database-url",
            &url,
        ]);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    }
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let (teams, in_team) = rt.block_on(async {
        let store = backend::db::Store::open(&url.as_str().into()).await.expect("store");
        let (teams,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM teams")
            .fetch_one(&store.pool)
            .await
            .expect("teams");
        let (in_team,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM staff WHERE team_id IS NOT NULL")
            .fetch_one(&store.pool)
            .await
            .expect("staff");
        (teams, in_team)
    });
    assert_eq!((teams, in_team), (1, 2), "one team, made once, with both in it");
}

/// `ourplan serve` on a free port with an empty database, logging JSON to stderr; returns
/// it and its address once it says it is running.
fn serving(folder: &tempfile::TempDir, dist: &tempfile::TempDir) -> (std::process::Child, String) {
    serving_as("serve", folder, dist)
}

/// `ourplan COMMAND` (`serve` or `demo`) as [`serving`] starts it.
pub fn serving_as(
    command: &str,
    folder: &tempfile::TempDir,
    dist: &tempfile::TempDir,
) -> (std::process::Child, String) {
    let port = TcpListener::bind("127.0.0.1:0")
        .expect("port")
        .local_addr()
        .expect("addr")
        .port();
    let mut server = Command::new(env!("CARGO_BIN_EXE_ourplan"))
        .args([command, "--listen", &format!("127.0.0.1:{port}")])
        .arg("--dist-dir")
        .arg(dist.path())
        .arg("--database-url")
        .arg(format!("sqlite://{}", folder.path().join("ourplan.db").display()))
        .args(["--log-format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let stdout = BufReader::new(server.stdout.take().expect("stdout"));
    let first = stdout.lines().next().expect("a line").expect("text");
    assert!(first.contains("Open http://"), "{first}");
    (server, format!("127.0.0.1:{port}"))
}

#[test]
fn a_client_that_sends_half_its_headers_is_cut_off_and_does_not_hold_up_shutdown() {
    use std::io::{Read, Write};
    let (folder, dist) = (tempfile::tempdir().expect("folder"), built_dist());
    let (mut server, address) = serving(&folder, &dist);
    let half = |address: &str| {
        let mut stream = std::net::TcpStream::connect(address).expect("connects");
        stream
            .write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ")
            .expect("half the headers");
        stream
    };
    let mut slow = half(&address);
    slow.set_read_timeout(Some(Duration::from_secs(20))).expect("timeout");
    let started = std::time::Instant::now();
    let mut rest = Vec::new();
    let _ = slow.read_to_end(&mut rest);
    let waited = started.elapsed();
    assert!(waited < Duration::from_secs(15), "cut off after {waited:?}");

    // Shutting down with a slow client connected still ends, within the grace period.
    let _held = half(&address);
    stops_when_told_within(&mut server, Duration::from_secs(15));
}

#[tokio::test]
async fn one_address_holds_at_most_64_connections_and_everyone_else_is_still_served() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::{TcpSocket, TcpStream};

    async fn health(from: &str, address: &str) -> std::io::Result<String> {
        let socket = TcpSocket::new_v4()?;
        socket.bind(format!("{from}:0").parse().expect("address"))?;
        let mut stream = socket.connect(address.parse().expect("address")).await?;
        stream
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            .await?;
        let mut answer = String::new();
        tokio::time::timeout(Duration::from_secs(5), stream.read_to_string(&mut answer))
            .await
            .map_err(std::io::Error::other)??;
        Ok(answer)
    }

    let (folder, dist) = (tempfile::tempdir().expect("folder"), built_dist());
    let (mut server, address) = serving(&folder, &dist);
    let mut held = Vec::new();
    for _ in 0..64 {
        let mut stream = TcpStream::connect(&address).await.expect("connects");
        stream.write_all(b"GET / HTTP/1.1\r\n").await.expect("half a request");
        held.push(stream);
    }
    // Held connections are still being read when the 65th comes: it is closed unanswered.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let refused = health("127.0.0.1", &address).await.unwrap_or_default();
    assert!(refused.is_empty(), "{refused}");
    let other = health("127.0.0.2", &address).await.expect("another address is served");
    assert!(other.starts_with("HTTP/1.1 200"), "{other}");

    drop(held);
    let mut again = String::new();
    for _ in 0..40 {
        again = health("127.0.0.1", &address).await.unwrap_or_default();
        if !again.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        again.starts_with("HTTP/1.1 200"),
        "closed connections give their places back: {again}"
    );
    stops_when_told_within(&mut server, Duration::from_secs(15));
}

/// Sends SIGTERM and waits: the server must exit cleanly within `limit`.
pub fn stops_when_told_within(server: &mut std::process::Child, limit: Duration) {
    Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .expect("kill");
    let deadline = std::time::Instant::now() + limit;
    loop {
        if let Some(status) = server.try_wait().expect("wait") {
            assert!(status.success(), "{status}");
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "still running {limit:?} after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn check_config_prints_the_settings_with_secrets_masked_and_fails_on_a_problem() {
    let (folder, dist) = (tempfile::tempdir().expect("folder"), built_dist());
    let database = format!("sqlite://{}", folder.path().join("ourplan.db").display());
    let dist_dir = dist.path().to_str().expect("path");
    let good = ourplan(&[
        "check-config",
        "--database-url",
        &database,
        "--dist-dir",
        dist_dir,
        "--public-origin",
        "https://ourplan.example.gov.uk",
        "--trusted-proxy",
        "10.0.0.0/8",
        "--smtp-url",
        "smtps://ourplan:s3cret@mail.example.gov.uk",
    ]);
    let said = String::from_utf8_lossy(&good.stdout);
    assert!(good.status.success(), "{said}");
    assert!(said.contains("smtps://ourplan:***@mail.example.gov.uk"), "{said}");
    assert!(
        said.contains("10.0.0.0/8") && said.contains("No problems found."),
        "{said}"
    );
    assert!(!said.contains("s3cret"), "{said}");
    assert!(
        !folder.path().join("ourplan.db-wal").exists(),
        "the database was only looked at"
    );

    let bad = ourplan(&[
        "check-config",
        "--database-url",
        &database,
        "--dist-dir",
        "/no/such/dist",
        "--public-origin",
        "http://ourplan.example.gov.uk",
    ]);
    let said = String::from_utf8_lossy(&bad.stdout);
    assert!(!bad.status.success(), "{said}");
    let problems: Vec<_> = said.lines().filter(|l| l.starts_with("Problem: ")).collect();
    assert_eq!(problems.len(), 2, "{said}");
    assert!(problems[0].contains("must use https"), "{said}");
    assert!(problems[1].contains("cargo xtask dist"), "{said}");
}
