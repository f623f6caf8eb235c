//! Goals and wishes through the HTTP endpoints: who may do what (a table to check against
//! `policy.rs` and `goals/handlers.rs`), the person's words kept as written, answers.

use axum::http::{Method, StatusCode};
use serde_json::{Value, json};

use crate::harness::{Answer, Server, demo_cookies};

const WHO: [&str; 9] = [
    "Peggy",
    "Dan",
    "Helen",
    "Priya Sharma",
    "Tom Davies",
    "Grace Okafor",
    "Sam Reid",
    "Kwame",
    "signed out",
];

/// Expected status of each action on Peggy's goal (written by Peggy) for each of `WHO`.
#[rustfmt::skip]
const TABLE: [(&str, [u16; 9]); 9] = [
    //                 Peggy Dan  Helen Priya Tom  Grace Sam  Kwame nobody
    ("read hers",     [200,  404, 404,  200,  404, 200,  404, 404,  401]),
    ("edit goal",     [204,  404, 404,  404,  404, 404,  404, 404,  401]),
    ("add step",      [200,  404, 404,  404,  404, 404,  404, 404,  401]),
    ("add note",      [204,  404, 404,  404,  404, 404,  404, 404,  401]),
    ("edit wish",     [204,  404, 404,  404,  404, 404,  404, 404,  401]),
    ("answer goal",   [404,  404, 404,  204,  404, 404,  404, 404,  401]),
    ("answer wish",   [404,  404, 404,  204,  404, 404,  404, 404,  401]),
    ("queue",         [404,  404, 404,  200,  200, 200,  200, 404,  401]),
    ("remove wish",   [204,  404, 404,  404,  404, 404,  404, 404,  401]),
];

fn goal_body() -> Value {
    json!({
        "what": "Go to the lunch club every Thursday",
        "why": "I see my friends there",
        "can_do": "I can walk there on good days",
        "who_helps": "Jean from next door",
        "would_help": "A lift when it rains",
        "importance": 9,
        "steps": [
            { "what": "Ask Jean about Thursdays", "who": "Me", "by_when": "" },
            { "what": "Find the club's phone number", "who": "Helen", "by_when": "2099-01-31" }
        ]
    })
}

async fn setup() -> (Server, Vec<Option<String>>, String, String, String) {
    let server = Server::with(|settings| settings.demo = true).await;
    backend::demo::seed(&server.db.store).await.expect("demo");
    let cookies = demo_cookies(&server, &WHO).await;
    let peggy = cookies[0].as_deref();
    let goal = server.post("/api/v1/me/goals", goal_body(), peggy).await;
    assert_eq!(goal.status, StatusCode::OK, "{}", goal.body);
    let wish = server
        .post(
            "/api/v1/me/wishes",
            json!({ "kind": "food", "text": "Milky tea, no sugar" }),
            peggy,
        )
        .await;
    let mine = server
        .call(Method::GET, "/api/v1/me/contributions", None, peggy)
        .await
        .body;
    let person = mine["person_id"].as_str().expect("person").to_owned();
    (
        server,
        cookies,
        goal.body.as_str().expect("goal id").to_owned(),
        wish.body.as_str().expect("wish id").to_owned(),
        person,
    )
}

async fn call(server: &Server, action: &str, cookie: Option<&str>, goal: &str, wish: &str, person: &str) -> Answer {
    match action {
        "read hers" => {
            // The person reads through "me"; staff through the person's page.
            let own = server.call(Method::GET, "/api/v1/me/contributions", None, cookie).await;
            if own.status == StatusCode::OK && own.body["person_id"] == person {
                return own;
            }
            server
                .call(
                    Method::GET,
                    &format!("/api/v1/people/{person}/contributions"),
                    None,
                    cookie,
                )
                .await
        }
        "edit goal" => {
            server
                .call(Method::PUT, &format!("/api/v1/goals/{goal}"), Some(goal_body()), cookie)
                .await
        }
        "add step" => {
            let body = json!({ "what": "Buy a rain coat", "who": "Me", "by_when": "" });
            server
                .call(Method::POST, &format!("/api/v1/goals/{goal}/steps"), Some(body), cookie)
                .await
        }
        "add note" => {
            let body = json!({ "text": "Went twice this month" });
            server
                .call(Method::POST, &format!("/api/v1/goals/{goal}/notes"), Some(body), cookie)
                .await
        }
        "edit wish" => {
            let body = json!({ "kind": "food", "text": "Milky tea, one sugar" });
            server
                .call(Method::PUT, &format!("/api/v1/wishes/{wish}"), Some(body), cookie)
                .await
        }
        "answer goal" | "answer wish" => {
            let path = if action == "answer goal" {
                format!("/api/v1/goals/{goal}/answer")
            } else {
                format!("/api/v1/wishes/{wish}/answer")
            };
            let body = json!({ "comment": "Thank you", "decision": { "status": "seen" } });
            server.call(Method::POST, &path, Some(body), cookie).await
        }
        "queue" => server.call(Method::GET, "/api/v1/contributions", None, cookie).await,
        "remove wish" => {
            server
                .call(Method::DELETE, &format!("/api/v1/wishes/{wish}"), None, cookie)
                .await
        }
        other => panic!("no action {other}"),
    }
}

#[tokio::test]
async fn every_goal_and_wish_endpoint_answers_each_role_as_the_policy_says() {
    let (server, cookies, goal, wish, person) = setup().await;
    let mut mismatches = Vec::new();
    for (action, expected) in TABLE {
        for (who, (cookie, want)) in WHO.iter().zip(cookies.iter().zip(expected)) {
            let answer = call(&server, action, cookie.as_deref(), &goal, &wish, &person).await;
            if answer.status.as_u16() != want {
                mismatches.push(format!(
                    "{action} as {who}: got {}, want {want}: {}",
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
async fn a_goal_keeps_the_persons_words_and_shows_who_wrote_what() {
    let (server, cookies, goal, _, _) = setup().await;
    let peggy = cookies[0].as_deref();
    let mine = server
        .call(Method::GET, "/api/v1/me/contributions", None, peggy)
        .await
        .body;
    let written = &mine["goals"][0];
    assert_eq!(written["input"]["what"], "Go to the lunch club every Thursday");
    assert_eq!(written["written"]["name"], "Peggy");
    assert_eq!(written["written"]["role"], "person");
    assert_eq!(written["steps"].as_array().map(Vec::len), Some(2));
    assert_eq!(written["decision"]["status"], "new");

    let step = written["steps"][0]["id"].as_str().expect("step");
    let done = server
        .post(&format!("/api/v1/goals/{goal}/steps/{step}/done"), json!({}), peggy)
        .await;
    assert_eq!(done.status, StatusCode::NO_CONTENT);
    let mine = server
        .call(Method::GET, "/api/v1/me/contributions", None, peggy)
        .await
        .body;
    assert_eq!(mine["goals"][0]["steps"][0]["done"], true);
    assert_eq!(server.audited("goal_step_done", "done").await, 1);
}

#[tokio::test]
async fn the_caseworker_answers_and_the_person_sees_where_it_is_in_the_plan() {
    let (server, cookies, goal, wish, person) = setup().await;
    let (peggy, priya) = (cookies[0].as_deref(), cookies[3].as_deref());
    let queue = server
        .call(Method::GET, "/api/v1/contributions", None, priya)
        .await
        .body;
    let first: Vec<_> = queue
        .as_array()
        .expect("list")
        .iter()
        .take(2)
        .map(|i| i["decision"]["status"].clone())
        .collect();
    assert_eq!(first, [json!("new"), json!("new")], "unread first");
    let (plan,): (String,) = sqlx::query_as("SELECT id FROM plans WHERE person_id = $1")
        .bind(&person)
        .fetch_one(&server.db.store.pool)
        .await
        .expect("plan");
    assert_eq!(
        (&queue[0]["care_plan_id"], &queue[0]["care_plan_version"]),
        (&json!(plan), &json!(2)),
        "the plan an answer can add a goal to, as last published"
    );
    let added = json!({ "comment": "Added to your plan", "decision": { "status": "added", "plan_id": plan, "plan_version": 2 } });
    assert_eq!(
        server
            .post(&format!("/api/v1/goals/{goal}/answer"), added, priya)
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    let no_reason = json!({ "comment": "", "decision": { "status": "not_added", "reason": " " } });
    let refused = server
        .post(&format!("/api/v1/wishes/{wish}/answer"), no_reason, priya)
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.body["fields"][0]["field"], "reason");
    let wrong_version =
        json!({ "comment": "", "decision": { "status": "added", "plan_id": plan, "plan_version": 99 } });
    assert_eq!(
        server
            .post(&format!("/api/v1/wishes/{wish}/answer"), wrong_version, priya)
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    let mine = server
        .call(Method::GET, "/api/v1/me/contributions", None, peggy)
        .await
        .body;
    assert_eq!(
        mine["goals"][0]["decision"],
        json!({ "status": "added", "plan_id": plan, "plan_version": 2 })
    );
    assert_eq!(mine["goals"][0]["response"]["comment"], "Added to your plan");
    assert_eq!(mine["goals"][0]["response"]["by"]["name"], "Priya Sharma");
    assert_eq!(
        mine["wishes"][0]["decision"]["status"], "new",
        "nothing partial was saved"
    );
}

/// The caseworker's queue holds what waits for an answer and what was answered in the last
/// two weeks; an older answer is on the person's page only, until the person changes it.
#[tokio::test]
async fn an_answer_leaves_the_queue_after_two_weeks_and_a_change_brings_it_back() {
    let (server, cookies, goal, _, person) = setup().await;
    let (peggy, priya) = (cookies[0].as_deref(), cookies[3].as_deref());
    let in_queue = || async {
        let queue = server
            .call(Method::GET, "/api/v1/contributions", None, priya)
            .await
            .body;
        queue
            .as_array()
            .expect("list")
            .iter()
            .any(|item| item["id"] == goal.as_str())
    };
    let seen = json!({ "comment": "Thank you", "decision": { "status": "seen" } });
    let answered = server.post(&format!("/api/v1/goals/{goal}/answer"), seen, priya).await;
    assert_eq!(answered.status, StatusCode::NO_CONTENT);
    assert!(in_queue().await, "answered today: still in the queue");

    let fifteen_days_ago = backend::db::now_ms() - 15 * 86_400_000;
    sqlx::query("UPDATE goals SET response_at = $1 WHERE id = $2")
        .bind(fifteen_days_ago)
        .bind(&goal)
        .execute(&server.db.store.pool)
        .await
        .expect("an older answer");
    assert!(!in_queue().await, "answered fifteen days ago: gone from the queue");
    let page = server
        .call(
            Method::GET,
            &format!("/api/v1/people/{person}/contributions"),
            None,
            priya,
        )
        .await
        .body;
    assert_eq!(page["goals"][0]["id"], goal.as_str(), "still on the person's page");

    let changed = server
        .call(Method::PUT, &format!("/api/v1/goals/{goal}"), Some(goal_body()), peggy)
        .await;
    assert_eq!(changed.status, StatusCode::NO_CONTENT);
    assert!(in_queue().await, "changed by the person: new again");
}

/// The queue asks only for the people whose allocation is marked as having something
/// in it: the mark follows the person to a new caseworker, and an answer does not lose it.
#[tokio::test]
async fn a_waiting_goal_follows_the_person_to_their_new_caseworker() {
    let (server, cookies, goal, wish, person) = setup().await;
    let (priya, tom, grace) = (cookies[3].as_deref(), cookies[4].as_deref(), cookies[5].as_deref());
    let queued = |cookie| {
        let server = &server;
        async move {
            let queue = server
                .call(Method::GET, "/api/v1/contributions", None, cookie)
                .await
                .body;
            let ids = queue.as_array().expect("list").iter();
            ids.map(|item| item["id"].as_str().expect("id").to_owned())
                .collect::<Vec<_>>()
        }
    };
    assert!(queued(priya).await.contains(&goal), "Priya's person: in her queue");
    assert!(!queued(tom).await.contains(&goal), "not Tom's");

    let seen = json!({ "comment": "Thank you", "decision": { "status": "seen" } });
    let answered = server.post(&format!("/api/v1/wishes/{wish}/answer"), seen, priya).await;
    assert_eq!(answered.status, StatusCode::NO_CONTENT);
    let (tom_id,): (String,) = sqlx::query_as("SELECT id FROM staff WHERE full_name = 'Tom Davies'")
        .fetch_one(&server.db.store.pool)
        .await
        .expect("Tom");
    let moved = server
        .post(
            &format!("/api/v1/people/{person}/allocation"),
            json!({ "staff_id": tom_id }),
            grace,
        )
        .await;
    assert_eq!(moved.status, StatusCode::NO_CONTENT, "{}", moved.body);
    let toms = queued(tom).await;
    assert!(toms.contains(&goal), "waiting for an answer: in Tom's queue now");
    assert!(toms.contains(&wish), "answered today: in Tom's queue too");
    assert!(!queued(priya).await.contains(&goal), "gone from Priya's");
}

#[tokio::test]
async fn bad_goals_are_refused_field_by_field_and_nothing_is_saved() {
    let (server, cookies, goal, _, _) = setup().await;
    let peggy = cookies[0].as_deref();
    let mut bad = goal_body();
    bad["what"] = json!("");
    bad["importance"] = json!(0);
    bad["steps"][1]["by_when"] = json!("2020-01-01");
    let answer = server.post("/api/v1/me/goals", bad, peggy).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<_> = answer.body["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .map(|f| f["field"].clone())
        .collect();
    assert_eq!(fields, [json!("what"), json!("importance"), json!("steps.1.by_when")]);
    let long = json!({ "kind": "other", "text": "x".repeat(201) });
    assert_eq!(
        server.post("/api/v1/me/wishes", long, peggy).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let mine = server
        .call(Method::GET, "/api/v1/me/contributions", None, peggy)
        .await
        .body;
    assert_eq!(mine["goals"].as_array().map(Vec::len), Some(1), "nothing partial saved");

    assert_eq!(
        server
            .post(&format!("/api/v1/goals/{goal}/withdraw"), json!({}), peggy)
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    let edit = server
        .call(Method::PUT, &format!("/api/v1/goals/{goal}"), Some(goal_body()), peggy)
        .await;
    assert_eq!((edit.status, edit.code()), (StatusCode::CONFLICT, "goal.withdrawn"));
}
