//! Plans through the HTTP endpoints: who may do what (a table a reader can check against
//! `policy.rs`), stale saves, field-by-field checks, audit with every view and change.

use axum::http::{Method, StatusCode};
use serde_json::{Value, json};

use crate::harness::{Answer, Server};

/// The people in the table: demo accounts, plus a manager of another team.
const WHO: [&str; 9] = [
    "Peggy",        // the person the plan is about
    "Dan",          // another person
    "Helen",        // Peggy's unpaid carer: no carer scopes yet, so nothing
    "Priya Sharma", // Peggy's caseworker
    "Tom Davies",   // a caseworker in the same team, not Peggy's
    "Grace Okafor", // the manager of Priya's team
    "Omar Haddad",  // a manager of another team
    "Sam Reid",     // an admin: manages staff, not care
    "signed out",
];

/// Expected status of each endpoint for each of `WHO`, in order.
#[rustfmt::skip]
const TABLE: [(&str, [u16; 9]); 10] = [
    //                      Peggy Dan  Helen Priya Tom  Grace Omar Sam  nobody
    ("read draft",         [404,  404, 404,  200,  404, 200,  404, 404, 401]),
    ("save draft",         [404,  404, 404,  200,  404, 404,  404, 404, 401]),
    ("publish",            [404,  404, 404,  200,  404, 404,  404, 404, 401]),
    ("list versions",      [200,  404, 404,  200,  404, 200,  404, 404, 401]),
    ("read latest",        [200,  404, 404,  200,  404, 200,  404, 404, 401]),
    ("compare",            [200,  404, 404,  200,  404, 200,  404, 404, 401]),
    ("answer",             [200,  404, 404,  404,  404, 404,  404, 404, 401]),
    ("download",           [200,  404, 404,  200,  404, 200,  404, 404, 401]),
    ("who has looked",     [200,  404, 404,  200,  404, 200,  404, 404, 401]),
    ("start a plan",       [404,  404, 404,  200,  404, 404,  404, 404, 401]),
];

/// A demo server with a second team's manager, and everyone's session cookie.
async fn demo() -> (Server, Vec<Option<String>>, String, String) {
    let server = Server::with(|settings| settings.demo = true).await;
    backend::demo::seed(&server.db.store).await.expect("demo");
    let mut conn = server.db.conn().await;
    let team = backend::staff::create_team(&mut conn, "South Locality Team")
        .await
        .expect("team");
    let omar = backend::staff::create(
        &mut conn,
        &backend::staff::NewStaff {
            full_name: "Omar Haddad",
            email: None,
            phone: None,
            role: api::staff::StaffRole::Manager,
            team_id: Some(&team),
            language: "en-GB",
        },
    )
    .await
    .expect("staff");
    backend::accounts::create(
        &mut conn,
        &uuid::Uuid::new_v4().to_string(),
        &backend::accounts::Owner::Staff(omar),
    )
    .await
    .expect("account");
    let accounts = server.call(Method::GET, "/api/v1/demo/accounts", None, None).await.body;
    let mut cookies = Vec::new();
    for name in WHO {
        let account = accounts.as_array().expect("list").iter().find(|a| a["name"] == name);
        cookies.push(match account {
            Some(account) => {
                let body = json!({ "account_id": account["account_id"] });
                Some(server.post("/api/v1/demo/sign-in", body, None).await.cookie())
            }
            None => None,
        });
    }
    let (plan, person): (String, String) = sqlx::query_as(
        "SELECT pl.id, p.id FROM plans pl JOIN people p ON p.id = pl.person_id WHERE p.preferred_name = 'Peggy'",
    )
    .fetch_one(&mut *conn)
    .await
    .expect("Peggy's plan");
    (server, cookies, plan, person)
}

async fn draft_version(server: &Server, plan: &str) -> i64 {
    let (version,): (i64,) = sqlx::query_as("SELECT draft_version FROM plans WHERE id = $1")
        .bind(plan)
        .fetch_one(&server.db.store.pool)
        .await
        .expect("draft");
    version
}

async fn call(server: &Server, endpoint: &str, cookie: Option<&str>, plan: &str, person: &str) -> Answer {
    let base = format!("/api/v1/plans/{plan}");
    match endpoint {
        "read draft" => server.call(Method::GET, &format!("{base}/draft"), None, cookie).await,
        "save draft" => {
            let version = draft_version(server, plan).await;
            let content: Value = serde_json::to_value(api::plan::PlanContent::default()).expect("json");
            let body = json!({ "version": version, "content": content });
            server
                .call(Method::PUT, &format!("{base}/draft"), Some(body), cookie)
                .await
        }
        "publish" => {
            let version = draft_version(server, plan).await;
            server
                .call(
                    Method::POST,
                    &format!("{base}/publish"),
                    Some(json!({ "version": version })),
                    cookie,
                )
                .await
        }
        "list versions" => {
            server
                .call(Method::GET, &format!("{base}/versions"), None, cookie)
                .await
        }
        "read latest" => {
            server
                .call(Method::GET, &format!("{base}/versions/latest"), None, cookie)
                .await
        }
        "compare" => {
            server
                .call(Method::GET, &format!("{base}/compare?from=1&to=2"), None, cookie)
                .await
        }
        "answer" => {
            let body = json!({ "agrees": true, "comment": "" });
            server
                .call(
                    Method::POST,
                    &format!("{base}/versions/latest/response"),
                    Some(body),
                    cookie,
                )
                .await
        }
        "download" => {
            server
                .call(Method::GET, &format!("{base}/versions/1/download"), None, cookie)
                .await
        }
        "who has looked" => {
            server
                .call(Method::GET, &format!("{base}/looked-at"), None, cookie)
                .await
        }
        "start a plan" => {
            let body = json!({ "kind": "care" });
            server
                .call(
                    Method::POST,
                    &format!("/api/v1/people/{person}/plans"),
                    Some(body),
                    cookie,
                )
                .await
        }
        other => panic!("no endpoint {other}"),
    }
}

#[tokio::test]
async fn every_plan_endpoint_answers_each_role_as_the_policy_says() {
    let (server, cookies, plan, person) = demo().await;
    let mut mismatches = Vec::new();
    // "publish" runs before "save draft" empties the draft.
    let order = [0, 2, 1, 3, 4, 5, 6, 7, 8, 9];
    for row in order {
        let (endpoint, expected) = TABLE[row];
        for (who, (cookie, want)) in WHO.iter().zip(cookies.iter().zip(expected)) {
            let answer = call(&server, endpoint, cookie.as_deref(), &plan, &person).await;
            if answer.status.as_u16() != want {
                mismatches.push(format!(
                    "{endpoint} as {who}: got {}, want {want}: {}",
                    answer.status, answer.body
                ));
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} cells differ:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}

#[tokio::test]
async fn a_stale_save_is_refused_with_409_and_overwrites_nothing() {
    let (server, cookies, plan, _) = demo().await;
    let priya = cookies[3].as_deref();
    let draft = server
        .call(Method::GET, &format!("/api/v1/plans/{plan}/draft"), None, priya)
        .await
        .body;
    let version = draft["version"].as_i64().expect("version");
    let mut mine = draft["content"].clone();
    mine["advice"] = json!("Priya's advice");
    let mut theirs = draft["content"].clone();
    theirs["advice"] = json!("Someone else's advice");
    let path = format!("/api/v1/plans/{plan}/draft");
    let first = server
        .call(
            Method::PUT,
            &path,
            Some(json!({ "version": version, "content": mine })),
            priya,
        )
        .await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.body);
    let stale = server
        .call(
            Method::PUT,
            &path,
            Some(json!({ "version": version, "content": theirs })),
            priya,
        )
        .await;
    assert_eq!(
        (stale.status, stale.code()),
        (StatusCode::CONFLICT, "plan.version_conflict")
    );
    assert!(
        stale.body["message"]
            .as_str()
            .expect("text")
            .contains("Someone else saved this plan")
    );
    let now = server.call(Method::GET, &path, None, priya).await.body;
    assert_eq!(now["content"]["advice"], "Priya's advice");
}

#[tokio::test]
async fn bad_answers_come_back_field_by_field_and_nothing_is_saved() {
    let (server, cookies, plan, _) = demo().await;
    let priya = cookies[3].as_deref();
    let path = format!("/api/v1/plans/{plan}/draft");
    let draft = server.call(Method::GET, &path, None, priya).await.body;
    let mut content = draft["content"].clone();
    content["support"][0]["weekly_cost_pence"] = json!(-5);
    content["next_review"] = json!("2027-02-31");
    content["about_me"]["important_to_me"] = json!("x".repeat(2001));
    let body = json!({ "version": draft["version"], "content": content });
    let answer = server.call(Method::PUT, &path, Some(body), priya).await;
    assert_eq!(
        (answer.status, answer.code()),
        (StatusCode::UNPROCESSABLE_ENTITY, "validation")
    );
    let fields: Vec<_> = answer.body["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .map(|f| f["field"].clone())
        .collect();
    assert_eq!(
        fields,
        [
            json!("about_me.important_to_me"),
            json!("support.0.weekly_cost"),
            json!("next_review")
        ]
    );
    assert!(
        answer.body["fields"][1]["message"]
            .as_str()
            .expect("text")
            .contains("pounds and pence")
    );
    let after = server.call(Method::GET, &path, None, priya).await.body;
    assert_eq!(after["version"], draft["version"], "nothing saved");

    // A new, empty plan cannot be published: each missing section is named.
    let person = sqlx::query_as::<_, (String,)>("SELECT person_id FROM plans WHERE id = $1")
        .bind(&plan)
        .fetch_one(&server.db.store.pool)
        .await
        .expect("person")
        .0;
    let created = server
        .post(
            &format!("/api/v1/people/{person}/plans"),
            json!({ "kind": "care" }),
            priya,
        )
        .await;
    let new_plan = created.body["id"].as_str().expect("id");
    let publish = server
        .post(
            &format!("/api/v1/plans/{new_plan}/publish"),
            json!({ "version": 1 }),
            priya,
        )
        .await;
    assert_eq!(publish.status, StatusCode::UNPROCESSABLE_ENTITY);
    let missing: Vec<_> = publish.body["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .map(|f| f["field"].clone())
        .collect();
    assert!(
        missing.contains(&json!("needs")) && missing.contains(&json!("next_review")),
        "{missing:?}"
    );
}

#[tokio::test]
async fn the_person_reads_answers_and_sees_who_has_looked() {
    let (server, cookies, plan, _) = demo().await;
    let (peggy, priya) = (cookies[0].as_deref(), cookies[3].as_deref());

    let seen_before = server.audited("plan_viewed", "done").await;
    let read = server
        .call(
            Method::GET,
            &format!("/api/v1/plans/{plan}/versions/latest"),
            None,
            priya,
        )
        .await;
    assert_eq!(read.body["version"], 2);
    assert_eq!(
        server.audited("plan_viewed", "done").await,
        seen_before + 1,
        "the view is audited"
    );

    let mine = server.call(Method::GET, "/api/v1/me/plans", None, peggy).await.body;
    assert_eq!(mine[0]["id"], json!(plan));
    let view = server
        .call(
            Method::GET,
            &format!("/api/v1/plans/{plan}/versions/latest"),
            None,
            peggy,
        )
        .await
        .body;
    assert_eq!(view["mine"], true);
    assert_eq!(view["named_worker"]["name"], "Priya Sharma");
    let body = json!({ "agrees": false, "comment": "I would like the lunchtime visit at 1pm." });
    let answered = server
        .post(&format!("/api/v1/plans/{plan}/versions/2/response"), body, peggy)
        .await;
    assert_eq!(answered.status, StatusCode::OK);

    let versions = server
        .call(Method::GET, &format!("/api/v1/plans/{plan}/versions"), None, priya)
        .await
        .body;
    assert_eq!(
        versions[0]["response"]["agrees"], false,
        "the caseworker sees the answer"
    );
    assert_eq!(
        versions[0]["response"]["comment"],
        "I would like the lunchtime visit at 1pm."
    );

    let looked = server
        .call(Method::GET, &format!("/api/v1/plans/{plan}/looked-at"), None, peggy)
        .await
        .body;
    let names: Vec<_> = looked
        .as_array()
        .expect("list")
        .iter()
        .map(|l| l["name"].clone())
        .collect();
    assert!(names.contains(&json!("Priya Sharma")), "{names:?}");
    assert_eq!(
        looked
            .as_array()
            .expect("list")
            .iter()
            .find(|l| l["name"] == "Priya Sharma")
            .expect("Priya")["role"],
        json!({ "staff": "caseworker" })
    );

    let long = json!({ "agrees": true, "comment": "x".repeat(2001) });
    let refused = server
        .post(&format!("/api/v1/plans/{plan}/versions/2/response"), long, peggy)
        .await;
    assert_eq!(
        (refused.status, refused.body["field"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("comment"))
    );
}

#[tokio::test]
async fn two_versions_compare_in_words_and_a_copy_downloads_as_a_web_page() {
    let (server, cookies, plan, _) = demo().await;
    let peggy = cookies[0].as_deref();
    let compared = server
        .call(
            Method::GET,
            &format!("/api/v1/plans/{plan}/compare?from=1&to=2"),
            None,
            peggy,
        )
        .await;
    let changes = compared.body["changes"].as_array().expect("changes");
    let added = changes
        .iter()
        .find(|c| c["label"] == "Support 3: what")
        .expect("the new visit");
    assert_eq!(
        (added["before"].as_str(), added["after"].as_str()),
        (Some(""), Some("A lunchtime visit to make sure I eat and drink"))
    );
    assert!(
        changes.iter().any(|c| c["label"] == "Personal budget a week"),
        "the budget went up"
    );

    let path = format!("/api/v1/plans/{plan}/versions/2/download");
    let mut request = server.call(Method::GET, &path, None, peggy).await;
    assert_eq!(request.status, StatusCode::OK);
    let disposition = request.headers.remove("content-disposition").expect("attachment");
    assert!(disposition.to_str().expect("text").starts_with("attachment"));
    let html = &request.text;
    assert!(
        html.starts_with("<!doctype html>")
            && html.contains("Care and support plan for \u{2068}Margaret Hughes\u{2069}")
    );
    assert!(
        html.contains("<dt>Support 3: cost a week</dt><dd>£73.50</dd>"),
        "money as pounds and pence"
    );
    assert!(!html.contains("<script"), "opens anywhere, runs nothing");
    assert_eq!(server.audited("plan_downloaded", "done").await, 1);
}

#[tokio::test]
async fn every_demo_plan_is_complete_enough_to_publish() {
    let server = Server::start().await;
    backend::demo::seed(&server.db.store).await.expect("demo");
    let mut conn = server.db.conn().await;
    let plans: Vec<(String,)> = sqlx::query_as("SELECT id FROM plans")
        .fetch_all(&mut *conn)
        .await
        .expect("plans");
    assert_eq!(plans.len(), 5);
    for (plan,) in plans {
        let draft = backend::plans::draft(&mut conn, &plan).await.expect("draft");
        let problems = api::plan_check::check(&draft.content, draft.kind, true, "2026-11-25");
        assert!(problems.is_empty(), "{plan}: {problems:?}");
    }
}

#[tokio::test]
async fn two_caseworkers_saving_at_once_get_one_save_and_one_conflict() {
    let (server, cookies, plan, _) = demo().await;
    let priya = cookies[3].as_deref();
    let path = format!("/api/v1/plans/{plan}/draft");
    let draft = server.call(Method::GET, &path, None, priya).await.body;
    let save = |advice: &str| {
        let mut content = draft["content"].clone();
        content["advice"] = json!(advice);
        server.call(
            Method::PUT,
            &path,
            Some(json!({ "version": draft["version"], "content": content })),
            priya,
        )
    };
    let (first, second) = tokio::join!(save("first"), save("second"));
    let mut statuses = [first.status.as_u16(), second.status.as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 409], "{} / {}", first.body, second.body);
}

#[tokio::test]
async fn a_plan_page_drawn_on_the_server_reads_through_the_policy_and_is_audited_once() {
    let (server, cookies, plan, _) = demo().await;
    let (peggy, tom) = (cookies[0].as_deref(), cookies[4].as_deref());
    let page = format!("/plans/{plan}/versions/latest");

    let viewed = server.audited("plan_viewed", "done").await;
    let drawn = server.call(Method::GET, &page, None, peggy).await;
    assert_eq!(drawn.status, StatusCode::OK);
    assert_eq!(drawn.headers["cache-control"], "no-store");
    assert!(drawn.text.contains("Care and support plan for"), "{}", drawn.text);
    assert!(
        drawn.text.contains("My personal budget"),
        "the plan itself is in the page"
    );
    assert_eq!(
        server.audited("plan_viewed", "done").await,
        viewed + 1,
        "the page's view is audited, as the API's is"
    );

    // Someone the policy does not let see it: nothing of the plan, and the refusal recorded.
    let refused = server.audited("access_refused", "refused").await;
    let other = server.call(Method::GET, &page, None, tom).await;
    assert!(!other.text.contains("My personal budget"), "{}", other.text);
    assert_eq!(server.audited("access_refused", "refused").await, refused + 1);
    assert_eq!(server.audited("plan_viewed", "done").await, viewed + 1);

    // Signed out: asked to sign in, and nothing read.
    let signed_out = server.call(Method::GET, &page, None, None).await;
    assert!(
        signed_out.text.contains("Please sign in to see this page."),
        "{}",
        signed_out.text
    );
    assert_eq!(server.audited("plan_viewed", "done").await, viewed + 1);
}

#[tokio::test]
async fn agreeing_and_signing_out_work_as_plain_forms_without_the_app() {
    let (server, cookies, plan, _) = demo().await;
    let peggy = cookies[0].as_deref();
    let page = format!("/plans/{plan}/versions/latest");
    let peggy = peggy.expect("Peggy");
    let post = |body: String, origin: &'static str| {
        let headers = [
            ("content-type", "application/x-www-form-urlencoded"),
            ("origin", origin),
        ];
        let page = page.clone();
        let server = &server;
        async move { server.call_body(Method::POST, &page, body, Some(peggy), &headers).await }
    };
    let ours = "http://localhost:8080";

    // No choice made: the page again, with the problem beside the question and the comment kept.
    let refused = post(format!("form=respond&plan={plan}&version=2&comment=Thank+you"), ours).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text.contains("Choose whether you agree with your plan."),
        "{}",
        refused.text
    );
    assert!(
        refused.text.contains(">Thank you</textarea>"),
        "what was typed is handed back"
    );

    // Agreeing: post, then a redirect to the plan, where the answer is.
    let agreed = post(
        format!("form=respond&plan={plan}&version=2&agrees=yes&comment=Thank+you"),
        ours,
    )
    .await;
    assert_eq!(agreed.status, StatusCode::SEE_OTHER);
    assert_eq!(agreed.headers["location"], page.as_str());
    let answer = server
        .get(&format!("/api/v1/plans/{plan}/versions/latest"), peggy)
        .await;
    assert_eq!(answer.body["response"]["agrees"], json!(true), "{}", answer.body);
    assert_eq!(answer.body["response"]["comment"], json!("Thank you"));

    // From another site: refused by the same origin rule as the API's.
    let elsewhere = post(
        format!("form=respond&plan={plan}&version=2&agrees=no"),
        "https://evil.example",
    )
    .await;
    assert_eq!(elsewhere.status, StatusCode::FORBIDDEN);

    // Signing out: the session's cookie is cleared and the session ends.
    let out = post("form=sign-out".into(), ours).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(out.headers["location"], "/");
    assert!(
        out.headers.get_all("set-cookie").iter().count() > 0,
        "the cookie is cleared"
    );
    let after = server.call(Method::GET, "/api/v1/me", None, Some(peggy)).await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED);
}
