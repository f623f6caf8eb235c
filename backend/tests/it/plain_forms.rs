//! Adding a goal or a wish and asking for a review as plain HTML forms, on a phone where
//! the app has not loaded: post → redirect → get when it works; refused, the page again
//! with the problems and what was typed, in the boxes themselves.

use axum::http::{Method, StatusCode};

use crate::harness::{Answer, Server, demo_cookies};

struct Phone<'a> {
    server: &'a Server,
    cookie: String,
}

impl Phone<'_> {
    async fn post(&self, page: &str, fields: &[(&str, &str)]) -> Answer {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let headers = [
            ("content-type", "application/x-www-form-urlencoded"),
            ("origin", "http://localhost:8080"),
        ];
        self.server
            .call_body(Method::POST, page, body, Some(&self.cookie), &headers)
            .await
    }
}

async fn peggy(server: &Server) -> Phone<'_> {
    let cookies = demo_cookies(server, &["Peggy"]).await;
    Phone {
        server,
        cookie: cookies[0].clone().expect("Peggy"),
    }
}

#[tokio::test]
async fn a_goal_and_a_wish_are_added_without_the_app() {
    let server = Server::with(|settings| settings.demo = true).await;
    backend::demo::seed(&server.db.store).await.expect("demo");
    let phone = peggy(&server).await;
    let goal = [
        ("form", "goal"),
        ("goal-new-what", "Swim at the leisure centre"),
        ("goal-new-why", "I <love> the water & the quiet"),
        ("goal-new-can_do", ""),
        ("goal-new-who_helps", ""),
        ("goal-new-would_help", ""),
        ("goal-new-step-0-0", "Ring about the pool hoist"),
        ("goal-new-step-0-1", "Helen"),
        ("goal-new-step-0-2", ""),
    ];

    // How important it is was left unchosen: said beside the question, what was typed
    // back in its box (escaped, as text).
    let refused = phone
        .post("/goals", &[&goal[..], &[("goal-new-importance", "")]].concat())
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text.contains("There is a problem"), "{}", refused.text);
    assert!(
        refused
            .text
            .contains(">I &lt;love> the water &amp; the quiet</textarea>"),
        "the words are kept in their box: {}",
        refused.text
    );
    assert!(refused.text.contains(r#"value="Ring about the pool hoist""#));
    let goals = server.get("/api/v1/me/contributions", &phone.cookie).await;
    assert!(!goals.text.contains("Swim at the leisure centre"), "nothing was added");

    let added = phone
        .post("/goals", &[&goal[..], &[("goal-new-importance", "8")]].concat())
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text);
    assert_eq!(added.headers["location"], "/goals");
    let goals = server.get("/api/v1/me/contributions", &phone.cookie).await;
    let swim = goals.body["goals"]
        .as_array()
        .expect("goals")
        .iter()
        .find(|g| g["input"]["what"] == "Swim at the leisure centre")
        .expect("the goal is there");
    assert_eq!(swim["input"]["importance"], 8);
    assert_eq!(swim["steps"][0]["what"], "Ring about the pool hoist");

    let wish = [("form", "wish"), ("wish-kind", "food"), ("wish-text", "Tea at four")];
    let added = phone.post("/goals", &wish).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text);
    let page = server.get("/goals", &phone.cookie).await;
    assert!(page.text.contains("Tea at four<"), "the wish shows on the page");

    // For someone else, through the same policy: Peggy cares for no one.
    let dan: String = sqlx::query_scalar("SELECT id FROM people WHERE preferred_name = 'Dan'")
        .fetch_one(&server.db.store.pool)
        .await
        .expect("Dan");
    let refused = phone
        .post("/goals", &[&wish[..], &[("person", dan.as_str())]].concat())
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert!(
        refused.text.contains(">Tea at four</textarea>"),
        "what was typed is kept"
    );
}

#[tokio::test]
async fn a_review_is_asked_for_without_the_app() {
    let server = Server::with(|settings| settings.demo = true).await;
    backend::demo::seed(&server.db.store).await.expect("demo");
    let phone = peggy(&server).await;
    let page = "/reviews/new";

    // No choices made: each unanswered question is named, and the words are kept.
    let refused = phone
        .post(
            page,
            &[("form", "review"), ("review-what-happened", "I fell on the stairs")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    for problem in [
        "Choose why you are asking for a review.",
        "Choose how urgent it is.",
        "Choose how to get in touch.",
    ] {
        assert!(refused.text.contains(problem), "{problem}: {}", refused.text);
    }
    assert!(refused.text.contains(">I fell on the stairs</textarea>"));

    let asked = phone
        .post(
            page,
            &[
                ("form", "review"),
                ("review-reason", "hospital"),
                ("review-what-happened", "I fell on the stairs"),
                ("review-urgency", "soon"),
                ("review-contact", "phone"),
                ("review-contact-when", "Mornings"),
                ("review-need-interpreter", "yes"),
                ("review-interpreter-language", "Welsh"),
                ("review-need-large-print", "yes"),
            ],
        )
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.text);
    let to = asked.headers["location"].to_str().expect("location").to_owned();
    let id = to.strip_prefix("/reviews/").expect("to the review");
    let review = server.get(&format!("/api/v1/reviews/{id}"), &phone.cookie).await;
    let request = &review.body["request"];
    assert_eq!(request["reason"], "hospital", "{}", review.body);
    assert_eq!(request["what_happened"], "I fell on the stairs");
    assert_eq!(request["needs"]["interpreter_language"], "Welsh");
    assert_eq!(request["needs"]["large_print"], true);
    assert_eq!(request["needs"]["bsl"], false);
    let shown = server.get(&to, &phone.cookie).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(shown.text.contains("I fell on the stairs<"));
}

#[tokio::test]
async fn the_language_is_changed_without_the_app() {
    let server = Server::with(|settings| settings.demo = true).await;
    backend::demo::seed(&server.db.store).await.expect("demo");
    let phone = peggy(&server).await;

    let chosen = phone.post("/goals", &[("form", "language"), ("language", "pl")]).await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER, "{}", chosen.text);
    assert_eq!(chosen.headers["location"], "/goals");
    let cookie = chosen
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|c| c.to_str().ok())
        .find(|c| c.starts_with("ourplan-lang=pl;"))
        .expect("kept on this phone");
    assert!(cookie.contains("Path=/"), "{cookie}");

    // Kept with Peggy's account too: another phone of hers, with no cookie, opens in Polish.
    let page = server.get("/goals", &phone.cookie).await;
    assert!(
        page.text.contains(r#"<html lang="pl""#),
        "{}",
        &page.text[..200.min(page.text.len())]
    );

    // Signed out, the phone keeps it alone.
    let signed_out = server
        .call_body(
            Method::POST,
            "/",
            "form=language&language=ar".into(),
            None,
            &[
                ("content-type", "application/x-www-form-urlencoded"),
                ("origin", "http://localhost:8080"),
            ],
        )
        .await;
    assert_eq!(signed_out.status, StatusCode::SEE_OTHER);
    let page = server
        .call_body(Method::GET, "/", String::new(), Some("ourplan-lang=ar"), &[])
        .await;
    assert!(
        page.text.contains(r#"lang="ar" dir="rtl""#),
        "{}",
        &page.text[..200.min(page.text.len())]
    );
}
