//! Every read of a person's record leaves an audit row, lists included; and "who has
//! looked at my plan" still shows only those who looked at a plan.

use axum::http::StatusCode;
use serde_json::json;

use crate::harness::{Server, demo_cookies};

async fn demo() -> (Server, Vec<String>) {
    let server = Server::with(|settings| settings.demo = true).await;
    backend::demo::seed(&server.db.store).await.expect("demo");
    let cookies = demo_cookies(&server, &["Peggy", "Helen", "Priya Sharma", "Grace Okafor"])
        .await
        .into_iter()
        .map(|c| c.expect("a demo account"))
        .collect();
    (server, cookies)
}

/// Reads `path` and checks it added exactly one `action` audit row.
async fn read_is_audited(server: &Server, cookie: &str, path: &str, action: &str) -> serde_json::Value {
    let before = server.audited(action, "done").await;
    let answer = server.get(path, cookie).await;
    assert_eq!(answer.status, StatusCode::OK, "{path}: {}", answer.body);
    assert_eq!(
        server.audited(action, "done").await,
        before + 1,
        "{path} is audited as {action}"
    );
    answer.body
}

#[tokio::test]
async fn a_refused_read_of_someones_record_is_audited_once_a_minute() {
    let (server, cookies) = demo().await;
    let mine = server.get("/api/v1/me/contributions", &cookies[0]).await.body;
    let peggy = mine["person_id"].as_str().expect("person id");
    let kwame = demo_cookies(&server, &["Kwame"]).await[0].clone().expect("Kwame");
    let before = server.audited("access_refused", "refused").await;
    let answer = server
        .get(&format!("/api/v1/people/{peggy}/contributions"), &kwame)
        .await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND, "{}", answer.text);
    assert_eq!(server.audited("access_refused", "refused").await, before + 1);
    // Trying again and again is one row a minute, not one a try.
    for _ in 0..5 {
        server
            .get(&format!("/api/v1/people/{peggy}/contributions"), &kwame)
            .await;
    }
    assert_eq!(server.audited("access_refused", "refused").await, before + 1);
}

#[tokio::test]
async fn every_list_of_someones_record_is_audited() {
    let (server, cookies) = demo().await;
    let [peggy, helen, priya, grace] = [&cookies[0], &cookies[1], &cookies[2], &cookies[3]];
    let mine = read_is_audited(&server, peggy, "/api/v1/me/contributions", "contributions_viewed").await;
    let person = mine["person_id"].as_str().expect("person id");

    read_is_audited(&server, peggy, "/api/v1/me/plans", "plans_listed").await;
    read_is_audited(&server, peggy, "/api/v1/me/carers", "carers_viewed").await;
    read_is_audited(&server, peggy, "/api/v1/me/reviews", "reviews_viewed").await;
    read_is_audited(&server, peggy, "/api/v1/me/notifications", "notifications_viewed").await;
    read_is_audited(&server, helen, "/api/v1/me/caring-for", "caring_for_viewed").await;
    let caseload = read_is_audited(&server, priya, "/api/v1/caseload", "caseload_viewed").await;
    let names: Vec<&str> = (caseload.as_array().into_iter().flatten())
        .filter_map(|entry| entry["name"].as_str())
        .collect();
    assert!(names.len() > 1 && names.is_sorted(), "a caseload is by name: {names:?}");
    read_is_audited(&server, grace, "/api/v1/caseload", "caseload_viewed").await;
    read_is_audited(&server, priya, "/api/v1/reviews", "review_queue_viewed").await;
    read_is_audited(&server, priya, "/api/v1/contributions", "contributions_queue_viewed").await;
    read_is_audited(
        &server,
        priya,
        &format!("/api/v1/people/{person}/carers"),
        "carers_viewed",
    )
    .await;
    read_is_audited(
        &server,
        priya,
        &format!("/api/v1/people/{person}/contributions"),
        "contributions_viewed",
    )
    .await;

    let plan = caseload
        .as_array()
        .expect("caseload")
        .iter()
        .find(|entry| entry["person_id"] == person)
        .and_then(|entry| entry["plans"][0]["id"].as_str())
        .expect("Peggy's plan")
        .to_owned();
    let looked_at = format!("/api/v1/plans/{plan}/looked-at");
    let lookers = read_is_audited(&server, peggy, &looked_at, "plan_lookers_viewed").await;
    let before = lookers.as_array().expect("list").len();

    // Reading lists is not looking at the plan: the person's list does not grow...
    read_is_audited(
        &server,
        priya,
        &format!("/api/v1/people/{person}/reviews"),
        "reviews_viewed",
    )
    .await;
    assert_eq!(
        server.get(&looked_at, peggy).await.body.as_array().expect("list").len(),
        before
    );
    // ...until someone reads a version of it.
    read_is_audited(
        &server,
        priya,
        &format!("/api/v1/plans/{plan}/versions/latest"),
        "plan_viewed",
    )
    .await;
    let after = server.get(&looked_at, peggy).await.body;
    assert_eq!(after.as_array().expect("list").len(), before + 1);
    assert_eq!(after[0]["name"], "Priya Sharma", "{after}");
}

#[tokio::test]
async fn an_audit_row_says_where_the_request_came_from_and_its_id() {
    let (server, cookies) = demo().await;
    let answer = server.get("/api/v1/me/contributions", &cookies[0]).await;
    let id = answer
        .headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .expect("request id")
        .to_owned();
    let (client, request_id): (Option<String>, Option<String>) = sqlx::query_as(
        "SELECT client_address, request_id FROM read_events WHERE action = 'contributions_viewed' ORDER BY at DESC LIMIT 1",
    )
    .fetch_one(&server.db.store.pool)
    .await
    .expect("row");
    assert_eq!(client.as_deref(), Some("192.0.2.1"));
    assert_eq!(request_id, Some(id));
}

#[tokio::test]
async fn a_refusal_before_anyone_is_signed_in_says_where_it_came_from_too() {
    let server = Server::start().await;
    let body = json!({ "code": "AAAA-BBBB-CC", "passkey_name": "phone" });
    let answer = server.post("/api/v1/invitations/redeem", body, None).await;
    assert_eq!(answer.code(), "invitation.unknown");
    let id = answer.headers["x-request-id"].to_str().expect("request id").to_owned();
    let (client, request_id): (Option<String>, Option<String>) = sqlx::query_as(
        "SELECT client_address, request_id FROM audit_events WHERE action = 'invitation_redeem' AND outcome = 'refused'",
    )
    .fetch_one(&server.db.store.pool)
    .await
    .expect("row");
    assert_eq!((client.as_deref(), request_id), (Some("192.0.2.1"), Some(id)));
}
