//! Sessions and the protections around signing in: ending sessions, timeouts, disabled
//! accounts, same-origin writes, rate limits, and demo mode's quick sign-in.

use std::sync::Arc;

use axum::http::{Method, Request, StatusCode, header};
use serde_json::json;

use crate::harness::{Phone, Server, caseworker_with_a_person, invite, redeem, sign_in};

#[tokio::test]
async fn a_write_from_another_website_is_refused() {
    let server = Server::start().await;
    let path = "/api/v1/sign-in";
    let foreign = server
        .call_with(
            Method::POST,
            path,
            Some(json!({})),
            None,
            &[("origin", "https://evil.example")],
        )
        .await;
    assert_eq!(
        (foreign.status, foreign.code()),
        (StatusCode::FORBIDDEN, "auth.cross_origin")
    );
    let unmarked = server.call_with(Method::POST, path, Some(json!({})), None, &[]).await;
    assert_eq!(unmarked.status, StatusCode::FORBIDDEN);
    let cross_site = [("sec-fetch-site", "cross-site")];
    assert_eq!(
        server
            .call_with(Method::POST, path, Some(json!({})), None, &cross_site)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // An Origin that is there but not plain ASCII is refused, not taken as missing.
    let garbled = Request::builder()
        .method(Method::POST)
        .uri(path)
        .header(
            "origin",
            axum::http::HeaderValue::from_bytes(b"http://localhost:8080\xff").expect("obs-text"),
        )
        .header("sec-fetch-site", "same-origin")
        .header(axum::http::header::CONTENT_TYPE, "application/json")
        .body(axum::body::Body::from("{}"))
        .expect("request");
    let answer = tower::ServiceExt::oneshot(backend::app::app(server.state.clone()), garbled)
        .await
        .expect("response");
    assert_eq!(answer.status(), StatusCode::FORBIDDEN);
    assert_eq!(server.audited("cross_origin_write", "refused").await, 4);
    // A flood from outside writes ten rows a minute, not one a request.
    for _ in 0..20 {
        server.call_with(Method::POST, path, Some(json!({})), None, &[]).await;
    }
    assert_eq!(server.audited("cross_origin_write", "refused").await, 10);
    let (client,): (Option<String>,) =
        sqlx::query_as("SELECT client_address FROM audit_events WHERE action = 'cross_origin_write' LIMIT 1")
            .fetch_one(&server.db.store.pool)
            .await
            .expect("row");
    assert_eq!(
        client.as_deref(),
        Some("192.0.2.1"),
        "where it came from is on the record"
    );
    let same = [("sec-fetch-site", "same-origin")];
    assert_eq!(
        server
            .call_with(Method::POST, path, Some(json!({})), None, &same)
            .await
            .status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn too_many_invitation_codes_from_one_address_get_429_with_retry_after() {
    let server = Server::start().await;
    for _ in 0..10 {
        let answer = server
            .post(
                "/api/v1/invitations/redeem",
                json!({ "code": "WRONG-CODE-1", "passkey_name": "phone" }),
                None,
            )
            .await;
        assert_eq!(answer.code(), "invitation.unknown");
    }
    let limited = server
        .post(
            "/api/v1/invitations/redeem",
            json!({ "code": "WRONG-CODE-1", "passkey_name": "phone" }),
            None,
        )
        .await;
    assert_eq!(
        (limited.status, limited.code()),
        (StatusCode::TOO_MANY_REQUESTS, "rate_limited")
    );
    let wait: u64 = limited.headers[header::RETRY_AFTER]
        .to_str()
        .expect("text")
        .parse()
        .expect("seconds");
    assert!(wait > 0 && wait <= 600, "{wait}");
    server
        .post(
            "/api/v1/invitations/redeem",
            json!({ "code": "x", "passkey_name": "p" }),
            None,
        )
        .await;
    assert_eq!(
        server.audited("rate_limited", "refused").await,
        1,
        "a flood is audited once per window"
    );
}

#[tokio::test]
async fn too_many_tries_at_one_invitation_get_429() {
    let server = Server::start().await;
    let (caseworker, _, person) = caseworker_with_a_person(&server).await;
    let code = invite(&server, &caseworker, &person, "register").await;
    for _ in 0..5 {
        let answer = redeem(&server, &mut Phone::at("https://localhost:9443"), &code, "phone").await;
        assert_eq!(answer.code(), "passkey.not_accepted");
    }
    let limited = redeem(&server, &mut Phone::new(), &code, "phone").await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(server.audited("rate_limited", "refused").await, 1);
}

#[tokio::test]
async fn an_ended_session_or_a_disabled_account_is_refused_on_the_next_request() {
    let server = Server::start().await;
    let (laptop, mut phone, _) = caseworker_with_a_person(&server).await;
    let handset = sign_in(&server, &mut phone).await.cookie();

    let sessions = server.get("/api/v1/me/sessions", &handset).await.body;
    let sessions = sessions.as_array().expect("list");
    assert_eq!(sessions.len(), 2);
    let other = sessions
        .iter()
        .find(|s| s["current"] == false)
        .expect("the laptop's session");
    assert_eq!(
        (other["browser"].as_str(), other["system"].as_str()),
        (Some("Chrome"), Some("Android"))
    );
    let path = format!("/api/v1/me/sessions/{}", other["id"].as_str().expect("id"));
    assert_eq!(
        server.call(Method::DELETE, &path, None, Some(&handset)).await.status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(server.get("/api/v1/me", &laptop).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(server.get("/api/v1/me", &handset).await.status, StatusCode::OK);

    server.sql("UPDATE accounts SET disabled = 1").await;
    let refused = server.get("/api/v1/me", &handset).await;
    assert_eq!(
        (refused.status, refused.code()),
        (StatusCode::UNAUTHORIZED, "auth.signed_out")
    );
    assert_eq!(sign_in(&server, &mut phone).await.code(), "passkey.not_accepted");
}

#[tokio::test]
async fn a_session_ends_after_its_idle_time_and_its_lifetime() {
    let server = Server::start().await;
    let (cookie, mut phone, _) = caseworker_with_a_person(&server).await;
    let idle_minutes_ago = backend::db::now_ms() - 31 * 60 * 1000;
    server
        .sql(&format!("UPDATE sessions SET last_seen_at = {idle_minutes_ago}"))
        .await;
    assert_eq!(server.get("/api/v1/me", &cookie).await.status, StatusCode::UNAUTHORIZED);

    let busy = sign_in(&server, &mut phone).await.cookie();
    server.sql("UPDATE sessions SET expires_at = 1").await;
    assert_eq!(server.get("/api/v1/me", &busy).await.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn quick_sign_in_exists_only_in_demo_mode() {
    let server = Server::start().await;
    backend::demo::seed(&server.db.store).await.expect("demo data");
    assert_eq!(
        server
            .call(Method::GET, "/api/v1/demo/accounts", None, None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    let demo = Server::with(|settings| settings.demo = true).await;
    backend::demo::seed(&demo.db.store).await.expect("demo data");
    let accounts = demo.call(Method::GET, "/api/v1/demo/accounts", None, None).await.body;
    let names: Vec<_> = accounts
        .as_array()
        .expect("list")
        .iter()
        .map(|a| a["name"].clone())
        .collect();
    let people = [json!("Dan"), json!("Helen"), json!("Kwame"), json!("Peggy")];
    assert_eq!(names[..4], people, "people first, by name");
    let first = &accounts[3];
    let signed_in = demo
        .post(
            "/api/v1/demo/sign-in",
            json!({ "account_id": first["account_id"] }),
            None,
        )
        .await;
    assert_eq!(signed_in.status, StatusCode::OK);
    assert_eq!(demo.get("/api/v1/me", &signed_in.cookie()).await.body["name"], "Peggy");
    assert_eq!(demo.audited("demo_sign_in", "done").await, 1);
}

/// Starts sign-in ceremonies claiming to come from `forwarded`; the status of the last.
async fn sign_ins(server: &Server, forwarded: &str, times: usize) -> StatusCode {
    let mut status = StatusCode::OK;
    for _ in 0..times {
        let headers = [("origin", crate::harness::ORIGIN), ("x-forwarded-for", forwarded)];
        status = server
            .call_with(Method::POST, "/api/v1/sign-in", Some(json!({})), None, &headers)
            .await
            .status;
    }
    status
}

#[tokio::test]
async fn rate_limits_count_each_client_behind_a_trusted_proxy_and_ignore_forged_headers() {
    // Nobody is trusted: a forged X-Forwarded-For does not buy a fresh bucket.
    let direct = Server::start().await;
    for n in 0..30 {
        assert_eq!(sign_ins(&direct, &format!("203.0.113.{n}"), 1).await, StatusCode::OK);
    }
    assert_eq!(
        sign_ins(&direct, "203.0.113.200", 1).await,
        StatusCode::TOO_MANY_REQUESTS
    );

    // Behind the council's proxy (the harness connects from 192.0.2.1), each resident has
    // their own: one who floods does not stop another signing in.
    let proxied = Server::with(|settings| settings.trusted_proxies = vec!["192.0.2.0/24".parse().expect("cidr")]).await;
    assert_eq!(
        sign_ins(&proxied, "198.51.100.66", 31).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(sign_ins(&proxied, "198.51.100.7", 1).await, StatusCode::OK);
}

#[tokio::test]
async fn reads_at_once_never_wait_on_each_other_for_a_connection() {
    // A GET keeps the connection its session was found on for its reads, and `/me` takes a
    // second one besides: more of them at once than the pool has connections must all
    // still be answered (none waits for a connection another is waiting for too).
    let server = Arc::new(Server::start().await);
    let (cookie, _, _) = caseworker_with_a_person(&server).await;
    let mut all = tokio::task::JoinSet::new();
    for _ in 0..12 {
        let (server, cookie) = (server.clone(), cookie.clone());
        all.spawn(async move { server.get("/api/v1/me", &cookie).await.status });
    }
    while let Some(status) = all.join_next().await {
        assert_eq!(status.expect("answered"), StatusCode::OK);
    }
}

#[tokio::test]
async fn a_read_is_answered_between_two_writes_not_after_every_write_in_line() {
    // A read's audit row takes SQLite's write lock for a moment: as the write under way
    // ends, before the next writer in line begins. Here the next writer holds its
    // transaction open until the read is answered, so a read that waited for it would
    // never be answered.
    let server = Arc::new(Server::start().await);
    let (cookie, _, _) = caseworker_with_a_person(&server).await;
    let store = server.db.store.clone();
    let first = store.begin_write().await.expect("the first write begins");
    let next = tokio::spawn({
        let store = store.clone();
        async move { store.begin_write().await.expect("the next write begins") }
    });
    let read = tokio::spawn({
        let (server, cookie) = (server.clone(), cookie.clone());
        async move { server.get("/api/v1/caseload", &cookie).await.status }
    });
    // Both are waiting by then: a read's work before its audit row takes milliseconds.
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    first.commit().await.expect("the first write commits");
    let answered = tokio::time::timeout(std::time::Duration::from_secs(4), read).await;
    assert_eq!(
        answered
            .expect("the read was answered before the next write ended")
            .expect("ran"),
        StatusCode::OK
    );
    next.await.expect("ran").commit().await.expect("the next write commits");
}
