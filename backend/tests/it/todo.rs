//! The loops close: what a person sends lands on their caseworker's "To do", and every
//! answer comes back to the person as a notification — never one of their own doing.

use axum::http::{Method, StatusCode};
use serde_json::{Value, json};

use crate::harness::{Server, demo_cookies};

struct World {
    server: Server,
    kwame: String,
    tom: String,
    grace: String,
    priya: String,
}

async fn world() -> World {
    let server = Server::with(|settings| settings.demo = true).await;
    backend::demo::seed(&server.db.store).await.expect("demo");
    let cookies = demo_cookies(&server, &["Kwame", "Tom Davies", "Grace Okafor", "Priya Sharma"]).await;
    let [kwame, tom, grace, priya] = [0, 1, 2, 3].map(|i| cookies[i].clone().expect("a demo account"));
    World {
        server,
        kwame,
        tom,
        grace,
        priya,
    }
}

impl World {
    async fn todo(&self, cookie: &str) -> Vec<Value> {
        let answer = self.server.get("/api/v1/todo", cookie).await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
        answer.body.as_array().expect("a list").clone()
    }

    async fn notifications(&self) -> Vec<Value> {
        let answer = self.server.get("/api/v1/me/notifications", &self.kwame).await;
        answer.body["items"].as_array().expect("items").clone()
    }

    async fn kwames_plan(&self) -> String {
        let plans = self.server.get("/api/v1/me/plans", &self.kwame).await.body;
        plans[0]["id"].as_str().expect("Kwame's plan").to_owned()
    }
}

fn of_kind<'a>(items: &'a [Value], kind: &str) -> Vec<&'a Value> {
    items.iter().filter(|i| i["waiting"]["kind"] == kind).collect()
}

#[tokio::test]
async fn a_disagreement_reaches_the_caseworkers_to_do_and_a_new_version_answers_it() {
    let w = world().await;
    let plan = w.kwames_plan().await;
    let said = json!({ "agrees": false, "comment": "I need help on Sundays too" });
    let answer = w
        .server
        .post(
            &format!("/api/v1/plans/{plan}/versions/latest/response"),
            said,
            Some(&w.kwame),
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);

    let todo = w.todo(&w.tom).await;
    let disagreements = of_kind(&todo, "disagreement");
    assert_eq!(disagreements.len(), 1, "{todo:#?}");
    assert_eq!(disagreements[0]["waiting"]["comment"], "I need help on Sundays too");
    assert_eq!(disagreements[0]["person_name"], "Kwame Mensah");
    assert!(disagreements[0]["due"].is_string());
    // The manager sees the team's; a caseworker without Kwame does not.
    assert_eq!(of_kind(&w.todo(&w.grace).await, "disagreement").len(), 1);
    assert!(of_kind(&w.todo(&w.priya).await, "disagreement").is_empty());

    // Tom publishes a new version with a message: Kwame hears, and the disagreement is answered.
    let draft = w.server.get(&format!("/api/v1/plans/{plan}/draft"), &w.tom).await.body;
    let publish = json!({ "version": draft["version"], "message": "I have added Sunday visits." });
    let published = w
        .server
        .post(&format!("/api/v1/plans/{plan}/publish"), publish, Some(&w.tom))
        .await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text);
    let version = published.body["version"].clone();
    assert!(of_kind(&w.todo(&w.tom).await, "disagreement").is_empty());
    let news = w.notifications().await;
    assert_eq!(news[0]["by"], "Tom Davies", "{news:#?}");
    assert_eq!(news[0]["news"]["kind"], "plan");
    assert_eq!(news[0]["news"]["version"], version);
    assert_eq!(news[0]["news"]["message"], "I have added Sunday visits.");
}

#[tokio::test]
async fn a_disagreement_talked_through_is_marked_dealt_with_by_the_caseworker_only() {
    let w = world().await;
    let plan = w.kwames_plan().await;
    let said = json!({ "agrees": false, "comment": "Too early in the morning" });
    w.server
        .post(
            &format!("/api/v1/plans/{plan}/versions/latest/response"),
            said,
            Some(&w.kwame),
        )
        .await;
    let todo = w.todo(&w.tom).await;
    let response = of_kind(&todo, "disagreement")[0]["waiting"]["response_id"]
        .as_str()
        .expect("the response")
        .to_owned();
    let path = format!("/api/v1/plans/{plan}/responses/{response}/dealt-with");

    // Neither Kwame nor another caseworker may close it.
    for cookie in [&w.kwame, &w.priya] {
        let refused = w.server.post(&path, json!({}), Some(cookie)).await;
        assert!(refused.status.is_client_error(), "{}", refused.text);
    }
    assert_eq!(of_kind(&w.todo(&w.tom).await, "disagreement").len(), 1);

    let done = w.server.post(&path, json!({}), Some(&w.tom)).await;
    assert_eq!(done.status, StatusCode::NO_CONTENT, "{}", done.text);
    assert!(of_kind(&w.todo(&w.tom).await, "disagreement").is_empty());
    // Once is enough: again, it is not there to deal with.
    let again = w.server.post(&path, json!({}), Some(&w.tom)).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    assert_eq!(w.server.audited("disagreement_dealt_with", "done").await, 1);
}

#[tokio::test]
async fn an_answered_goal_comes_back_to_the_person_and_leaves_the_to_do() {
    let w = world().await;
    let goal = json!({ "what": "Cook for my friends", "why": "I miss it", "can_do": "", "who_helps": "",
                       "would_help": "", "importance": 7, "steps": [] });
    let added = w.server.post("/api/v1/me/goals", goal, Some(&w.kwame)).await;
    let id = added.body.as_str().expect("goal id").to_owned();
    assert!(
        w.notifications().await.iter().all(|n| n["news"]["kind"] != "answer"),
        "not told of his own goal"
    );

    let todo = w.todo(&w.tom).await;
    let goals = of_kind(&todo, "contribution");
    assert!(
        goals
            .iter()
            .any(|g| g["waiting"]["id"] == id.as_str() && g["waiting"]["text"] == "Cook for my friends")
    );

    let reply = json!({ "comment": "Let's talk about a cooking group.", "decision": { "status": "seen" } });
    let answered = w
        .server
        .post(&format!("/api/v1/goals/{id}/answer"), reply, Some(&w.tom))
        .await;
    assert_eq!(answered.status, StatusCode::NO_CONTENT, "{}", answered.text);
    assert!(
        of_kind(&w.todo(&w.tom).await, "contribution")
            .iter()
            .all(|g| g["waiting"]["id"] != id.as_str())
    );
    let news = w.notifications().await;
    let told = &news[0];
    assert_eq!(told["by"], "Tom Davies", "{news:#?}");
    assert_eq!(told["news"]["kind"], "answer");
    assert_eq!(told["news"]["text"], "Cook for my friends");
    assert_eq!(told["news"]["comment"], "Let's talk about a cooking group.");
}

#[tokio::test]
async fn safeguarding_comes_first_and_only_staff_have_a_to_do() {
    let w = world().await;
    let told = w
        .server
        .post(
            "/api/v1/me/concerns",
            json!({ "text": "My nephew takes my money" }),
            Some(&w.kwame),
        )
        .await;
    assert_eq!(told.status, StatusCode::NO_CONTENT);
    let todo = w.todo(&w.tom).await;
    assert_eq!(todo[0]["waiting"]["kind"], "safeguarding", "{todo:#?}");
    assert_eq!(todo[0]["waiting"]["concerns"], 1);
    assert!(
        !serde_json::to_string(&todo).expect("json").contains("nephew"),
        "the words stay on the person's page"
    );

    assert_eq!(
        w.server.get("/api/v1/todo", &w.kwame).await.status,
        StatusCode::NOT_FOUND
    );
    let signed_out = w.server.call(axum::http::Method::GET, "/api/v1/todo", None, None).await;
    assert_eq!(signed_out.status, StatusCode::UNAUTHORIZED);
    // Staff have no notifications of their own, but the page works.
    let staff = w.server.get("/api/v1/me/notifications", &w.tom).await;
    assert_eq!((staff.status, staff.body["unread"].clone()), (StatusCode::OK, json!(0)));
    assert_eq!(w.server.audited("todo_viewed", "done").await, 1);
}

#[tokio::test]
async fn more_information_on_an_open_review_reaches_the_to_do_until_the_next_step() {
    let w = world().await;
    let reviews = w.server.get("/api/v1/me/reviews", &w.kwame).await.body;
    let id = reviews[0]["id"].as_str().expect("Kwame's review").to_owned();
    let add = |text: &str| json!({ "text": text });
    let path = format!("/api/v1/reviews/{id}/information");

    let empty = w.server.post(&path, add("  "), Some(&w.kwame)).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", empty.text);
    let by_staff = w.server.post(&path, add("From Tom"), Some(&w.tom)).await;
    assert_eq!(
        by_staff.status,
        StatusCode::NOT_FOUND,
        "only the person, or a carer for them"
    );
    let added = w
        .server
        .post(&path, add("I fell again on Tuesday"), Some(&w.kwame))
        .await;
    assert_eq!(added.status, StatusCode::NO_CONTENT, "{}", added.text);

    let review = w.server.get(&format!("/api/v1/reviews/{id}"), &w.tom).await.body;
    assert_eq!(review["additions"][0]["text"], "I fell again on Tuesday");
    assert!(
        review["next_by"].is_string(),
        "acknowledged: the decision is due by a day"
    );
    assert_eq!(review["additions"][0]["written"]["name"], "Kwame");
    let todo = w.todo(&w.tom).await;
    let additions = of_kind(&todo, "addition");
    assert_eq!(additions.len(), 1, "{todo:#?}");
    assert_eq!(additions[0]["waiting"]["text"], "I fell again on Tuesday");

    // The caseworker's next step answers it.
    let step = json!({ "step": "scheduled", "date": "2099-01-05", "how": "phone" });
    let taken = w
        .server
        .post(&format!("/api/v1/reviews/{id}/steps"), step, Some(&w.tom))
        .await;
    assert_eq!(taken.status, StatusCode::NO_CONTENT, "{}", taken.text);
    assert!(of_kind(&w.todo(&w.tom).await, "addition").is_empty());
    let review = w.server.get(&format!("/api/v1/reviews/{id}"), &w.kwame).await.body;
    assert!(
        review["next_by"].is_null(),
        "arranged: nothing more is due before the meeting"
    );

    // Once the review is done, nothing more is added to it.
    let done = json!({ "step": "completed", "outcome": { "kind": "no_change", "why": "All is well" } });
    w.server
        .post(&format!("/api/v1/reviews/{id}/steps"), done, Some(&w.tom))
        .await;
    let late = w.server.post(&path, add("One more thing"), Some(&w.kwame)).await;
    assert_eq!(late.status, StatusCode::CONFLICT, "{}", late.text);
}

#[tokio::test]
async fn the_person_can_reach_their_named_worker_by_phone() {
    let w = world().await;
    let worker = w.server.get("/api/v1/me/worker", &w.kwame).await;
    assert_eq!(worker.status, StatusCode::OK, "{}", worker.text);
    assert_eq!(worker.body["name"], "Tom Davies");
    assert_eq!(worker.body["phone"], "01632 960 102");
    assert_eq!(
        w.server.get("/api/v1/me/worker", &w.tom).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn text_with_hidden_characters_is_refused_with_a_clear_message() {
    let w = world().await;
    for what in ["Cook\u{0}", "\u{1b}[31mCook"] {
        let goal = json!({ "what": what, "why": "", "can_do": "", "who_helps": "", "would_help": "",
                           "importance": 7, "steps": [] });
        let refused = w.server.post("/api/v1/me/goals", goal, Some(&w.kwame)).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
        assert_eq!(refused.body["code"], "text.hidden_characters");
        assert!(
            refused.body["message"]
                .as_str()
                .is_some_and(|m| m.contains("copying and pasting"))
        );
    }
    let lines = json!({ "what": "Cook\nfor friends", "why": "", "can_do": "", "who_helps": "", "would_help": "",
                        "importance": 7, "steps": [] });
    assert_eq!(
        w.server.post("/api/v1/me/goals", lines, Some(&w.kwame)).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_goal_has_at_most_twenty_steps() {
    let w = world().await;
    let goal = |steps: usize| {
        let steps: Vec<Value> = (0..steps)
            .map(|n| json!({ "what": format!("Step {n}"), "who": "", "by_when": "" }))
            .collect();
        json!({ "what": "Cook", "why": "", "can_do": "", "who_helps": "", "would_help": "", "importance": 7, "steps": steps })
    };
    let refused = w.server.post("/api/v1/me/goals", goal(21), Some(&w.kwame)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.body["fields"][0]["field"], "steps", "{}", refused.text);
    let added = w.server.post("/api/v1/me/goals", goal(20), Some(&w.kwame)).await;
    let id = added.body.as_str().expect("goal id");
    let one_more = json!({ "what": "Step 21", "who": "", "by_when": "" });
    let refused = w
        .server
        .post(&format!("/api/v1/goals/{id}/steps"), one_more, Some(&w.kwame))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert!(
        refused.body["fields"][0]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty())
    );
}

#[tokio::test]
async fn a_carer_change_the_person_made_waits_until_staff_look_at_their_carers() {
    let w = world().await;
    let peggy = demo_cookies(&w.server, &["Peggy"]).await[0].clone().expect("Peggy");
    let mine = w.server.get("/api/v1/me/carers", &peggy).await.body;
    let helen = mine["carers"][0]["carer_id"].as_str().expect("Helen").to_owned();
    let person = w.server.get("/api/v1/me/plans", &peggy).await.body[0]["person_id"]
        .as_str()
        .expect("Peggy's id")
        .to_owned();
    let carers = format!("/api/v1/people/{person}/carers");
    for (change, ended) in [(Method::PUT, false), (Method::DELETE, true)] {
        // Priya has looked at Peggy's carers: nothing of them waits.
        w.server.get(&carers, &w.priya).await;
        assert!(of_kind(&w.todo(&w.priya).await, "carer_change").is_empty());
        let body = (!ended).then(|| json!({ "scopes": { "plan": true } }));
        let done = w
            .server
            .call(change, &format!("/api/v1/me/carers/{helen}"), body, Some(&peggy))
            .await;
        assert_eq!(done.status, StatusCode::NO_CONTENT, "{}", done.text);
        let todo = w.todo(&w.priya).await;
        let changes = of_kind(&todo, "carer_change");
        assert_eq!(changes.len(), 1, "{todo:#?}");
        assert_eq!(changes[0]["waiting"]["carer"], "Helen");
        assert_eq!(changes[0]["waiting"]["ended"], ended);
    }
    w.server.get(&carers, &w.priya).await;
    assert!(
        of_kind(&w.todo(&w.priya).await, "carer_change").is_empty(),
        "seen once looked at"
    );
}
