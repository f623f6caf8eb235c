//! A read is answered only once its audit row is kept: killing the server (SIGKILL, as a
//! power cut or the out-of-memory killer would) loses no row of a read that was answered.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use backend::db::Store;
use serde_json::Value;

use crate::cli::{built_dist, serving_as};

/// One request on its own connection; the status line and body once all has arrived.
fn ask(address: &str, request: &str) -> std::io::Result<(String, String)> {
    let mut stream = TcpStream::connect(address)?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    stream.write_all(request.as_bytes())?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer)?;
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    Ok((head.to_owned(), body.to_owned()))
}

fn get(address: &str, path: &str, cookie: &str) -> std::io::Result<(String, String)> {
    ask(
        address,
        &format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n"),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_read_answered_before_a_kill_is_in_the_audit_trail() {
    let (folder, dist) = (tempfile::tempdir().expect("folder"), built_dist());
    let (mut server, address) = serving_as("demo", &folder, &dist);

    let (_, accounts) = get(&address, "/api/v1/demo/accounts", "").expect("accounts");
    let accounts: Value = serde_json::from_str(&accounts).expect("json");
    let peggy = accounts
        .as_array()
        .and_then(|all| all.iter().find(|a| a["name"] == "Peggy"))
        .and_then(|a| a["account_id"].as_str())
        .expect("Peggy")
        .to_owned();
    let body = format!(r#"{{"account_id":"{peggy}"}}"#);
    let (head, _) = ask(
        &address,
        &format!(
            "POST /api/v1/demo/sign-in HTTP/1.1\r\nHost: localhost\r\nOrigin: http://localhost:8080\r\n\
             Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    )
    .expect("signs in");
    let cookie = head
        .lines()
        .find_map(|line| line.strip_prefix("set-cookie: "))
        .and_then(|c| c.split(';').next())
        .expect("a session")
        .to_owned();
    let (_, plans) = get(&address, "/api/v1/me/plans", &cookie).expect("plans");
    let plans: Value = serde_json::from_str(&plans).expect("json");
    let plan = plans[0]["id"].as_str().expect("a plan").to_owned();
    let path = format!("/api/v1/plans/{plan}/versions/latest");

    // Eight phones read the plan as fast as they can; the server is killed mid-flight.
    let answered = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let readers: Vec<_> = (0..8)
        .map(|_| {
            let (address, cookie, path) = (address.clone(), cookie.clone(), path.clone());
            let (answered, stop) = (answered.clone(), stop.clone());
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    match get(&address, &path, &cookie) {
                        Ok((head, body)) if head.starts_with("HTTP/1.1 200") && body.ends_with('}') => {
                            answered.fetch_add(1, Ordering::SeqCst);
                        }
                        Ok(_) | Err(_) => {}
                    }
                }
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(1500));
    server.kill().expect("SIGKILL");
    let answered_before_the_kill = answered.load(Ordering::SeqCst);
    server.wait().expect("ended");
    stop.store(true, Ordering::Relaxed);
    for reader in readers {
        reader.join().expect("reader");
    }
    let answered = answered.load(Ordering::SeqCst);
    assert!(
        answered_before_the_kill > 20,
        "only {answered_before_the_kill} reads answered"
    );

    let url = format!("sqlite://{}", folder.path().join("ourplan.db").display());
    let store = Store::open(&url.as_str().into()).await.expect("reopens");
    let (recorded,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM read_events WHERE action = 'plan_viewed' AND actor_account_id = $1")
            .bind(&peggy)
            .fetch_one(&store.pool)
            .await
            .expect("count");
    assert!(
        usize::try_from(recorded).expect("count") >= answered,
        "{answered} reads answered, {recorded} recorded"
    );
}
