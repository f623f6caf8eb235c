//! The person's language and display settings, kept on their account; the server's
//! messages in the language they chose (or their browser asks for), English otherwise.

use api::i18n::Messages;
use axum::http::{Method, StatusCode};
use serde_json::json;

use crate::harness::{Server, demo_cookies};

#[tokio::test]
async fn a_chosen_language_is_kept_on_the_account_and_errors_come_in_it() {
    let server = Server::with(|settings| settings.demo = true).await;
    backend::demo::seed(&server.db.store).await.expect("demo");
    let peggy = demo_cookies(&server, &["Peggy"]).await[0].clone().expect("Peggy");

    let chosen = server
        .call(
            Method::PUT,
            "/api/v1/me/language",
            Some(json!({ "language": "cy" })),
            Some(&peggy),
        )
        .await;
    assert_eq!(chosen.status, StatusCode::NO_CONTENT, "{}", chosen.text);
    assert_eq!(server.get("/api/v1/me", &peggy).await.body["language"], "cy");
    // A tag OurPlan does not ship falls back to the nearest it does, else British English.
    for (asked, kept) in [("ur-PK", "ur"), ("xx-YY", "en-GB"), ("not a tag!", "en-GB")] {
        let answer = server
            .call(
                Method::PUT,
                "/api/v1/me/language",
                Some(json!({ "language": asked })),
                Some(&peggy),
            )
            .await;
        assert_eq!(answer.status, StatusCode::NO_CONTENT, "{}", answer.text);
        assert_eq!(server.get("/api/v1/me", &peggy).await.body["language"], kept, "{asked}");
    }

    let not_found = |locale: &str| Messages::for_locale(locale).get("error-not-found");
    assert_ne!(not_found("cy"), not_found("en-GB"), "Welsh is shipped");
    for (headers, expected) in [
        (vec![("cookie", "ourplan-lang=cy")], "cy"),
        (vec![("cookie", "ourplan-lang=cy"), ("accept-language", "ar")], "cy"),
        (vec![("accept-language", "ar, en;q=0.5")], "ar"),
        (vec![("accept-language", "ur-PK")], "ur"),
        (vec![("accept-language", "xx-YY, not a tag!")], "en-GB"),
        (vec![("cookie", "ourplan-lang=nonsense")], "en-GB"),
    ] {
        let answer = server
            .call_with(Method::GET, "/api/v1/no-such-thing", None, None, &headers)
            .await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND);
        assert_eq!(answer.body["message"], not_found(expected), "{headers:?}");
    }
}

#[tokio::test]
async fn display_settings_are_kept_on_the_account_and_nonsense_is_refused() {
    let server = Server::with(|settings| settings.demo = true).await;
    backend::demo::seed(&server.db.store).await.expect("demo");
    let priya = demo_cookies(&server, &["Priya Sharma"]).await[0]
        .clone()
        .expect("Priya");
    assert_eq!(server.get("/api/v1/me", &priya).await.body["display"]["text_size"], 100);

    let display = json!({ "text_size": 200, "high_contrast": true, "theme": "dark", "reduce_motion": true });
    let saved = server
        .call(Method::PUT, "/api/v1/me/display", Some(display.clone()), Some(&priya))
        .await;
    assert_eq!(saved.status, StatusCode::NO_CONTENT, "{}", saved.text);
    assert_eq!(server.get("/api/v1/me", &priya).await.body["display"], display);

    let too_big = json!({ "text_size": 400, "high_contrast": false, "theme": "light", "reduce_motion": false });
    let refused = server
        .call(Method::PUT, "/api/v1/me/display", Some(too_big), Some(&priya))
        .await;
    assert!(refused.status.is_client_error(), "{}", refused.status);
    assert_eq!(server.get("/api/v1/me", &priya).await.body["display"], display);
}
