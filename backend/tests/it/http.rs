//! The HTTP edge, called through the real router with `oneshot`.

use api::error::ErrorBody;
use api::service::ServiceInfo;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use axum::response::Response;
use backend::app::app;
use backend::state::{AppState, Settings};
use base64::Engine;
use http_body_util::BodyExt;
use sha2::Digest;
use tower::ServiceExt;

use crate::support::{TestDb, sqlite};

async fn get(state: &AppState, path: &str, headers: &[(&str, &str)]) -> Response {
    let mut request = Request::get(path);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    app(state.clone())
        .oneshot(request.body(Body::empty()).expect("request"))
        .await
        .expect("response")
}

async fn body(response: Response) -> Vec<u8> {
    response.into_body().collect().await.expect("body").to_bytes().to_vec()
}

async fn error_body(response: Response) -> ErrorBody {
    serde_json::from_slice(&body(response).await).expect("an error body")
}

fn assert_security_headers(response: &Response) {
    let headers = response.headers();
    let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().expect("text");
    assert!(
        csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
        "{csp}"
    );
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(headers[header::REFERRER_POLICY], "no-referrer");
    assert!(headers.contains_key(header::STRICT_TRANSPORT_SECURITY));
    assert!(headers.contains_key("x-request-id"), "every response names its request");
}

/// A built frontend in miniature: an index page, a script, and the script's brotli copy.
fn dist() -> tempfile::TempDir {
    let dist = tempfile::tempdir().expect("folder");
    std::fs::write(dist.path().join("frontend_bg.wasm"), "wasm").expect("index");
    std::fs::write(dist.path().join("app.js"), "console.log('plain')").expect("script");
    std::fs::write(dist.path().join("app.js.br"), "brotli bytes").expect("brotli copy");
    dist
}

async fn state_with_dist() -> (AppState, TestDb, tempfile::TempDir, tempfile::TempDir) {
    let (db, folder) = sqlite().await;
    let dist = dist();
    let settings = Settings {
        dist: Some(dist.path().to_owned()),
        ..Settings::new("http://localhost:8080").expect("origin")
    };
    let state = AppState::new(db.store.clone(), settings).expect("state");
    (state, db, folder, dist)
}

#[tokio::test]
async fn health_and_readiness_answer_while_the_database_is_up() {
    let (state, _db, _folder, _dist) = state_with_dist().await;
    let health = get(&state, "/healthz", &[]).await;
    assert_eq!(health.status(), StatusCode::OK);
    assert_security_headers(&health);
    assert_eq!(get(&state, "/readyz", &[]).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn readiness_fails_with_a_clear_code_when_the_database_is_gone() {
    let (state, db, _folder, _dist) = state_with_dist().await;
    db.store.close().await;
    let response = get(&state, "/readyz", &[]).await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        get(&state, "/healthz", &[]).await.status(),
        StatusCode::OK,
        "the process itself is up"
    );
    let error = error_body(response).await;
    assert_eq!(error.code, "database_unavailable");
    assert!(error.message.contains("try again"), "{}", error.message);
}

#[tokio::test]
async fn readiness_fails_while_a_migration_is_pending() {
    let (state, db, _folder, _dist) = state_with_dist().await;
    sqlx::query("DELETE FROM _sqlx_migrations WHERE version = (SELECT MAX(version) FROM _sqlx_migrations)")
        .execute(&db.store.pool)
        .await
        .expect("an older schema");
    let response = get(&state, "/readyz", &[]).await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    let said: serde_json::Value = serde_json::from_slice(&body(response).await).expect("json");
    assert_eq!(said["status"], "migrations_pending");
}

#[tokio::test]
async fn an_unknown_api_route_is_a_json_404_with_a_stable_code() {
    let (state, _db, _folder, _dist) = state_with_dist().await;
    let response = get(&state, "/api/v1/no-such-thing", &[]).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_security_headers(&response);
    assert_eq!(response.headers()[header::CONTENT_TYPE], "application/json");
    assert_eq!(response.headers()[header::CACHE_CONTROL], "no-store");
    let error = error_body(response).await;
    assert_eq!(error.code, "not_found");
    assert_eq!(error.message, "We could not find what you asked for.");
}

#[tokio::test]
async fn an_unknown_or_malformed_language_gets_british_english() {
    let (state, _db, _folder, _dist) = state_with_dist().await;
    for language in ["xx-YY", "!!", "zz;q=0.9, *"] {
        let response = get(&state, "/api/nope", &[("accept-language", language)]).await;
        assert_eq!(
            error_body(response).await.message,
            "We could not find what you asked for."
        );
    }
}

#[tokio::test]
async fn the_service_details_come_from_the_database() {
    let (state, db, _folder, _dist) = state_with_dist().await;
    let info: ServiceInfo =
        serde_json::from_slice(&body(get(&state, "/api/v1/service", &[]).await).await).expect("json");
    assert_eq!(info.council, None, "nothing is set up yet");

    backend::demo::seed(&db.store).await.expect("demo");
    let response = get(&state, "/api/v1/service", &[]).await;
    assert_eq!(response.headers()[header::CACHE_CONTROL], "no-store");
    let info: ServiceInfo = serde_json::from_slice(&body(response).await).expect("json");
    assert_eq!(info.council.expect("set").name, "Northbridge City Council");
    assert!(!info.demo, "this state was not started as a demo");
}

#[tokio::test]
async fn the_frontend_is_served_with_its_brotli_copy() {
    let (state, _db, _folder, _dist) = state_with_dist().await;
    let response = get(&state, "/app.js", &[("accept-encoding", "br, gzip")]).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::CONTENT_ENCODING], "br");
    assert_eq!(response.headers()[header::CACHE_CONTROL], "no-cache");
    assert_security_headers(&response);
    assert_eq!(body(response).await, b"brotli bytes");

    let plain = get(&state, "/app.js", &[]).await;
    assert_eq!(body(plain).await, b"console.log('plain')");
}

#[tokio::test]
async fn a_page_is_drawn_on_the_server_and_a_missing_file_gets_404() {
    let (state, _db, _folder, _dist) = state_with_dist().await;
    let page = get(&state, "/sign-in", &[("accept-language", "pl")]).await;
    assert_eq!(page.status(), StatusCode::OK);
    assert_security_headers(&page);
    assert_eq!(page.headers()[header::CACHE_CONTROL], "no-store");
    let csp = page.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .expect("text")
        .to_owned();
    let html = String::from_utf8(body(page).await).expect("text");
    // The page itself, in the language asked for, with the data handed to the app.
    assert!(html.contains("<html lang=\"pl\" dir=\"ltr\""), "{html}");
    assert!(html.contains("<h1 data-node-hydration"), "{html}");
    assert!(html.contains("id=\"preload\""), "{html}");
    // Its style sheet is in the page, and the browser may apply it: the policy names its hash.
    let style = html
        .split_once("<style>")
        .and_then(|(_, rest)| rest.split_once("</style>"));
    let style = style.expect("a style sheet in the page").0;
    assert!(style.contains(":root"), "{style}");
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(style));
    assert!(csp.contains(&format!("style-src 'self' 'sha256-{hash}'")), "{csp}");
    assert!(html.contains(&format!(
        "<title>{} – OurPlan</title>",
        state.messages("pl").get("sign-in-title")
    )));

    // A path no page answers: a 404, with the app's own page.
    let unknown = get(&state, "/no/such/page", &[]).await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    let html = String::from_utf8(body(unknown).await).expect("text");
    assert!(html.contains(&state.messages("en-GB").get("not-found-title")), "{html}");

    let missing = get(&state, "/missing.js", &[]).await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert_security_headers(&missing);
}

#[tokio::test]
async fn the_request_id_is_ours_not_the_clients() {
    let (db, _folder) = sqlite().await;
    let state = AppState::new(
        db.store.clone(),
        Settings::new("http://localhost:8080").expect("settings"),
    )
    .expect("state");
    let response = get(&state, "/healthz", &[("x-request-id", "chosen-by-the-client")]).await;
    let id = response
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert_ne!(id, "chosen-by-the-client");
    assert_eq!(id.len(), 36, "a UUID of our own: {id}");
}

#[tokio::test]
async fn a_handler_that_panics_answers_500_with_its_request_id() {
    let (db, _folder) = sqlite().await;
    let state = AppState::new(
        db.store.clone(),
        Settings::new("http://localhost:8080").expect("settings"),
    )
    .expect("state");
    async fn boom() -> &'static str {
        panic!("a bug")
    }
    let routes = axum::Router::new().route("/boom", axum::routing::get(boom));
    let response = backend::app::layered(routes, state)
        .oneshot(Request::get("/boom").body(Body::empty()).expect("request"))
        .await
        .expect("a response, not a dropped connection");
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert!(response.headers().contains_key("x-request-id"));
    assert_eq!(error_body(response).await.code, "internal");
}

#[tokio::test]
async fn metrics_count_requests_by_route_pattern_only_on_their_own_address() {
    let (state, db, _folder, _dist) = state_with_dist().await;
    get(&state, "/healthz", &[]).await;
    get(&state, "/api/v1/plans/some-plan-id/versions", &[]).await;
    get(&state, "/api/v1/plans/another-id/versions", &[]).await;
    sqlx::query(
        "INSERT INTO outbox (id, to_address, locale, template, created_at, next_attempt_at) \
         VALUES ('waiting', 'a@example.org', 'en-GB', 'news', 1, 1)",
    )
    .execute(&db.store.pool)
    .await
    .expect("an email waiting");

    let public = body(get(&state, "/metrics", &[]).await).await;
    assert!(!String::from_utf8_lossy(&public).contains("ourplan_http_requests_total"));
    let scraped = backend::app::metrics_app(state.clone())
        .oneshot(Request::get("/metrics").body(Body::empty()).expect("request"))
        .await
        .expect("response");
    assert_eq!(scraped.status(), StatusCode::OK);
    let text = String::from_utf8(body(scraped).await).expect("text");
    for line in [
        "ourplan_http_requests_total{route=\"/healthz\",method=\"GET\",status=\"200\"} 1",
        "ourplan_http_requests_total{route=\"/api/v1/plans/{id}/versions\",method=\"GET\",status=\"401\"} 2",
        "ourplan_http_request_duration_seconds_count{route=\"/api/v1/plans/{id}/versions\"} 2",
        "ourplan_outbox_waiting 1",
        "ourplan_email_failed 0",
        "ourplan_review_requests_overdue 0",
        "ourplan_sign_in_refusals_total 0",
    ] {
        assert!(text.lines().any(|l| l == line), "{line} missing from:\n{text}");
    }
    assert!(!text.contains("some-plan-id"), "paths never appear, only patterns");
}

#[tokio::test]
async fn the_openapi_description_is_served_and_is_the_one_committed() {
    let (state, _db, _folder, _dist) = state_with_dist().await;
    let response = get(&state, "/api/v1/openapi.json", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let served: serde_json::Value = serde_json::from_slice(&body(response).await).expect("json");
    assert_eq!(served["openapi"], "3.1.0");
    assert!(
        served["paths"]["/api/v1/plans/{id}/versions/{version}"]["get"].is_object(),
        "{}",
        served["paths"]
    );
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/openapi.json");
    let committed: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(file).expect("docs/openapi.json")).expect("json");
    assert!(
        served == committed,
        "docs/openapi.json is out of date: run `cargo run -p backend -- openapi > docs/openapi.json`"
    );
}
