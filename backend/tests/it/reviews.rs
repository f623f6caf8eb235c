//! Reviews through the HTTP endpoints: who may do what (a table to check against
//! `policy.rs` and `reviews/handlers.rs`), which step may follow which (a second table),
//! bad input, the queue's order and targets, and notifications.

use api::dates::{day_of_ms, iso};
use axum::http::{Method, StatusCode};
use backend::db::now_ms;
use serde_json::{Value, json};

use crate::harness::{Answer, Server, demo_cookies};

const WHO: [&str; 8] = [
    "Peggy",
    "Dan",
    "Helen",
    "Priya Sharma",
    "Tom Davies",
    "Grace Okafor",
    "Sam Reid",
    "signed out",
];

/// Expected status of each action on a review of Peggy's, for each of `WHO`. Helen cares
/// for Peggy but has no carer scopes yet, so she sees nothing of Peggy's.
#[rustfmt::skip]
const WHO_MAY: [(&str, [u16; 8]); 9] = [
    //                    Peggy Dan  Helen Priya Tom  Grace Sam  nobody
    ("ask for own",      [200,  200, 200,  404,  404, 404,  404, 401]),
    ("read",             [200,  404, 404,  200,  404, 200,  404, 401]),
    ("read person's",    [200,  404, 404,  200,  404, 200,  404, 401]),
    ("acknowledge",      [404,  404, 404,  204,  404, 404,  404, 401]),
    ("schedule",         [404,  404, 404,  204,  404, 404,  404, 401]),
    ("complete",         [404,  404, 404,  204,  404, 404,  404, 401]),
    ("decline",          [404,  404, 404,  204,  404, 404,  404, 401]),
    ("start planned",    [404,  404, 404,  200,  404, 404,  404, 401]),
    ("queue",            [404,  404, 404,  200,  200, 200,  200, 401]),
];

/// From each status, each step the caseworker may try: 204 where it may follow, 409 where
/// not. Scheduling again moves the date.
#[rustfmt::skip]
const STEPS: [(&str, [u16; 6]); 6] = [
    //                submitted planned acknowledged scheduled completed declined
    ("submitted",    [409,      409,    204,         409,      409,      204]),
    ("planned",      [409,      409,    409,         204,      409,      409]),
    ("acknowledged", [409,      409,    409,         204,      409,      204]),
    ("scheduled",    [409,      409,    409,         204,      204,      409]),
    ("completed",    [409,      409,    409,         409,      409,      409]),
    ("declined",     [409,      409,    409,         409,      409,      409]),
];

const STEP_NAMES: [&str; 6] = [
    "submitted",
    "planned",
    "acknowledged",
    "scheduled",
    "completed",
    "declined",
];

fn in_two_weeks() -> String {
    iso(day_of_ms(now_ms()) + 14)
}

fn step_body(name: &str) -> Value {
    match name {
        "scheduled" => json!({ "step": "scheduled", "date": in_two_weeks(), "how": "visit" }),
        "completed" => {
            json!({ "step": "completed", "outcome": { "kind": "no_change", "why": "Support is working well" } })
        }
        "declined" => json!({ "step": "declined", "reasons": "Reviewed last month; nothing has changed since" }),
        other => json!({ "step": other }),
    }
}

fn request_body(reason: &str, urgency: &str) -> Value {
    json!({
        "reason": reason,
        "what_happened": "I fell last week and now need help getting up the stairs.",
        "urgency": urgency,
        "contact_how": "phone",
        "contact_when": "Weekday mornings",
        "needs": { "interpreter": true, "interpreter_language": "Polish", "advocate": false, "bsl": false,
                   "large_print": true, "easy_read": false, "someone_with_me": true }
    })
}

struct Demo {
    server: Server,
    cookies: Vec<Option<String>>,
    peggy_id: String,
}

impl Demo {
    async fn start(change: impl FnOnce(&mut backend::state::Settings)) -> Self {
        let server = Server::with(|settings| {
            settings.demo = true;
            change(settings);
        })
        .await;
        backend::demo::seed(&server.db.store).await.expect("demo");
        let cookies = demo_cookies(&server, &WHO).await;
        let me = server
            .get("/api/v1/me/plans", cookies[0].as_deref().expect("Peggy"))
            .await;
        let peggy_id = me.body[0]["person_id"].as_str().expect("person id").to_owned();
        Self {
            server,
            cookies,
            peggy_id,
        }
    }

    fn who(&self, name: &str) -> Option<&str> {
        let at = WHO.iter().position(|w| *w == name).expect("known name");
        self.cookies[at].as_deref()
    }

    /// Dates Peggy's plans as published seven weeks ago, when her first planned review
    /// fell due; returns that time.
    async fn publish_peggys_plans_seven_weeks_ago(&self) -> i64 {
        let seven_weeks_ago = now_ms() - 49 * 86_400_000;
        self.server
            .sql(&format!(
                "UPDATE plan_versions SET published_at = {seven_weeks_ago} \
                 WHERE plan_id IN (SELECT id FROM plans WHERE person_id = '{}')",
                self.peggy_id
            ))
            .await;
        seven_weeks_ago
    }

    async fn ask(&self, name: &str, body: Value) -> Answer {
        self.server.post("/api/v1/me/reviews", body, self.who(name)).await
    }

    async fn step(&self, name: &str, review: &str, step: Value) -> Answer {
        self.server
            .post(&format!("/api/v1/reviews/{review}/steps"), step, self.who(name))
            .await
    }

    async fn review(&self, review: &str) -> Value {
        self.server
            .get(
                &format!("/api/v1/reviews/{review}"),
                self.who("Priya Sharma").expect("Priya"),
            )
            .await
            .body
    }

    /// A review of Peggy's with the given status, reached through the caseworker's steps.
    async fn review_in(&self, status: &str) -> String {
        let id = if status == "planned" {
            self.server
                .post(
                    &format!("/api/v1/people/{}/reviews", self.peggy_id),
                    json!({}),
                    self.who("Priya Sharma"),
                )
                .await
        } else {
            self.ask("Peggy", request_body("needs_changed", "soon")).await
        };
        assert_eq!(id.status, StatusCode::OK, "{}", id.text);
        let id = id.body.as_str().expect("id").to_owned();
        let path: &[&str] = match status {
            "acknowledged" => &["acknowledged"],
            "scheduled" => &["acknowledged", "scheduled"],
            "completed" => &["acknowledged", "scheduled", "completed"],
            "declined" => &["declined"],
            _ => &[],
        };
        for step in path {
            let taken = self.step("Priya Sharma", &id, step_body(step)).await;
            assert_eq!(taken.status, StatusCode::NO_CONTENT, "{step}: {}", taken.text);
        }
        id
    }

    /// Ends an open review so the next one for the same reason may be asked for.
    async fn finish(&self, id: &str) {
        let path: &[&str] = match self.review(id).await["timeline"]
            .as_array()
            .and_then(|t| t.last())
            .and_then(|e| e["step"]["step"].as_str())
        {
            Some("submitted" | "acknowledged") => &["declined"],
            Some("planned") => &["scheduled", "completed"],
            Some("scheduled") => &["completed"],
            _ => &[],
        };
        for step in path {
            self.step("Priya Sharma", id, step_body(step)).await;
        }
    }

    async fn act(&self, action: &str, name: &str) -> Answer {
        let cookie = self.who(name);
        let before = match action {
            "acknowledge" | "decline" => "submitted",
            "schedule" => "acknowledged",
            "complete" => "scheduled",
            _ => "submitted",
        };
        match action {
            "ask for own" => {
                let answer = self.ask(name, request_body("other", "can_wait")).await;
                if let Some(id) = answer.body.as_str() {
                    // Close it through its own caseworker's queue-free path: the database.
                    self.server
                        .sql(&format!("UPDATE reviews SET is_open = 0 WHERE id = '{id}'"))
                        .await;
                }
                answer
            }
            "queue" => self.server.call(Method::GET, "/api/v1/reviews", None, cookie).await,
            "read person's" => {
                let path = format!("/api/v1/people/{}/reviews", self.peggy_id);
                self.server.call(Method::GET, &path, None, cookie).await
            }
            "start planned" => {
                let path = format!("/api/v1/people/{}/reviews", self.peggy_id);
                let answer = self.server.call(Method::POST, &path, Some(json!({})), cookie).await;
                if let Some(id) = answer.body.as_str() {
                    self.finish(id).await;
                }
                answer
            }
            _ => {
                let id = self.review_in(before).await;
                let answer = match action {
                    "read" => {
                        self.server
                            .call(Method::GET, &format!("/api/v1/reviews/{id}"), None, cookie)
                            .await
                    }
                    "acknowledge" => self.step(name, &id, step_body("acknowledged")).await,
                    "schedule" => self.step(name, &id, step_body("scheduled")).await,
                    "complete" => self.step(name, &id, step_body("completed")).await,
                    "decline" => self.step(name, &id, step_body("declined")).await,
                    other => panic!("no action {other}"),
                };
                self.finish(&id).await;
                answer
            }
        }
    }
}

#[tokio::test]
async fn who_may_do_what_with_a_review_matches_the_table() {
    let demo = Demo::start(|_| {}).await;
    let mut wrong = Vec::new();
    for (action, expected) in WHO_MAY {
        for (name, want) in WHO.iter().zip(expected) {
            let got = demo.act(action, name).await.status.as_u16();
            if got != want {
                wrong.push(format!("{action} by {name}: expected {want}, got {got}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{} cells differ:\n{}", wrong.len(), wrong.join("\n"));
}

#[tokio::test]
async fn only_the_next_step_of_the_timeline_is_allowed() {
    let demo = Demo::start(|_| {}).await;
    let mut wrong = Vec::new();
    for (from, expected) in STEPS {
        for (step, want) in STEP_NAMES.iter().zip(expected) {
            let id = demo.review_in(from).await;
            let before = demo.review(&id).await["timeline"].as_array().expect("timeline").len();
            let answer = demo.step("Priya Sharma", &id, step_body(step)).await;
            let got = answer.status.as_u16();
            if got != want {
                wrong.push(format!("{from} → {step}: expected {want}, got {got} {}", answer.text));
            }
            let after = demo.review(&id).await["timeline"].as_array().expect("timeline").len();
            let grew = usize::from(want == 204);
            if after != before + grew {
                wrong.push(format!("{from} → {step}: timeline went from {before} to {after}"));
            }
            if want == 409 && answer.code() != "review.step_not_allowed" {
                wrong.push(format!("{from} → {step}: code {}", answer.code()));
            }
            demo.finish(&id).await;
        }
    }
    assert!(wrong.is_empty(), "{} cells differ:\n{}", wrong.len(), wrong.join("\n"));
}

#[tokio::test]
async fn bad_input_is_refused_field_by_field_and_nothing_is_saved() {
    let demo = Demo::start(|_| {}).await;
    let count = async || {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM reviews WHERE person_id = $1")
            .bind(&demo.peggy_id)
            .fetch_one(&mut *demo.server.db.conn().await)
            .await
            .expect("count");
        n
    };

    let mut empty = request_body("needs_changed", "urgent");
    empty["what_happened"] = json!("   ");
    empty["needs"]["interpreter_language"] = json!("");
    let refused = demo.ask("Peggy", empty).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    let fields: Vec<&str> = refused.body["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .map(|f| f["field"].as_str().expect("field"))
        .collect();
    assert_eq!(fields, ["what_happened", "needs.interpreter_language"]);
    assert_eq!(refused.body["fields"][0]["message"], "Fill this in.");
    assert_eq!(count().await, 0);

    let first = demo.ask("Peggy", request_body("needs_changed", "urgent")).await;
    assert_eq!(first.status, StatusCode::OK);
    let again = demo.ask("Peggy", request_body("needs_changed", "soon")).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(again.code(), "review.already_open");
    assert!(
        again.body["message"]
            .as_str()
            .expect("message")
            .contains("Reviews page")
    );
    assert_eq!(count().await, 1);
    // Another reason is another request.
    let other = demo.ask("Peggy", request_body("hospital", "soon")).await;
    assert_eq!(other.status, StatusCode::OK);

    let id = first.body.as_str().expect("id");
    demo.step("Priya Sharma", id, step_body("acknowledged")).await;
    let past = json!({ "step": "scheduled", "date": iso(day_of_ms(now_ms()) - 1), "how": "phone" });
    let refused = demo.step("Priya Sharma", id, past).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.body["fields"][0]["field"], "date");
    assert_eq!(
        refused.body["fields"][0]["message"],
        "Choose a date from today onwards."
    );
    let no_reasons = demo
        .step("Priya Sharma", id, json!({ "step": "declined", "reasons": "" }))
        .await;
    assert_eq!(no_reasons.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(no_reasons.body["fields"][0]["field"], "reasons");
    let timeline = demo.review(id).await["timeline"].clone();
    assert_eq!(timeline.as_array().expect("timeline").len(), 2, "{timeline}");

    demo.step("Priya Sharma", id, step_body("scheduled")).await;
    let plan = demo
        .server
        .get("/api/v1/me/plans", demo.who("Peggy").expect("Peggy"))
        .await
        .body[0]["id"]
        .clone();
    let unpublished =
        json!({ "step": "completed", "outcome": { "kind": "plan_revised", "plan_id": plan, "plan_version": 99 } });
    let refused = demo.step("Priya Sharma", id, unpublished).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert_eq!(refused.body["fields"][0]["field"], "plan_version");
    assert!(
        refused.body["fields"][0]["message"]
            .as_str()
            .expect("message")
            .contains("no published version")
    );
    let timeline = demo.review(id).await["timeline"].clone();
    assert_eq!(timeline.as_array().expect("timeline").len(), 3, "{timeline}");
}

#[tokio::test]
async fn the_queue_puts_the_most_urgent_first_then_the_oldest_and_marks_what_is_overdue() {
    let demo = Demo::start(|_| {}).await;
    let priya = demo.who("Priya Sharma").expect("Priya");
    let waits = demo.ask("Peggy", request_body("other", "can_wait")).await;
    let soon = demo.ask("Peggy", request_body("hospital", "soon")).await;
    let urgent = demo.ask("Helen", request_body("carer_cant_cope", "urgent")).await;
    let older_soon = demo.ask("Peggy", request_body("support_not_working", "soon")).await;
    let ids: Vec<&str> = [&waits, &soon, &urgent, &older_soon]
        .iter()
        .map(|a| a.body.as_str().expect("id"))
        .collect();
    // Three weeks ago: past both targets (2 and 10 working days).
    let weeks_ago = now_ms() - 21 * 86_400_000;
    for id in [ids[0], ids[3]] {
        demo.server
            .sql(&format!(
                "UPDATE reviews SET created_at = {weeks_ago} WHERE id = '{id}'"
            ))
            .await;
    }
    demo.step("Priya Sharma", ids[3], step_body("acknowledged")).await;

    let queue = demo.server.get("/api/v1/reviews", priya).await.body;
    let order: Vec<&str> = queue
        .as_array()
        .expect("queue")
        .iter()
        .map(|e| e["review_id"].as_str().unwrap_or("planned"))
        .collect();
    assert_eq!(order, [ids[2], ids[3], ids[1], ids[0]], "{queue:#}");
    assert_eq!(queue[0]["person_name"], "Helen Hughes");
    assert_eq!(queue[0]["overdue"], false);
    assert_eq!(queue[0]["target"][0], "acknowledge");
    assert_eq!(queue[1]["target"][0], "decide");
    assert_eq!(queue[1]["overdue"], true);
    assert_eq!(queue[3]["target"][0], "acknowledge");
    assert_eq!(queue[3]["overdue"], true);
    // Tom's caseload does not have these; the manager sees the whole team's.
    let ids_in = async |name: &str| {
        let queue = demo
            .server
            .get("/api/v1/reviews", demo.who(name).expect("staff"))
            .await
            .body;
        let all: Vec<String> = queue
            .as_array()
            .expect("queue")
            .iter()
            .filter_map(|e| e["review_id"].as_str().map(str::to_owned))
            .collect();
        all
    };
    let toms = ids_in("Tom Davies").await;
    assert!(ids.iter().all(|id| !toms.iter().any(|t| t == id)), "{toms:?}");
    let graces = ids_in("Grace Okafor").await;
    assert!(ids.iter().all(|id| graces.iter().any(|g| g == id)), "{graces:?}");
}

#[tokio::test]
async fn a_planned_review_joins_the_queue_six_weeks_after_a_new_plan() {
    let demo = Demo::start(|_| {}).await;
    let priya = demo.who("Priya Sharma").expect("Priya");
    let planned = |queue: &Value| {
        queue
            .as_array()
            .expect("queue")
            .iter()
            .filter(|e| e["origin"] == "planned" && e["person_id"] == demo.peggy_id.as_str())
            .cloned()
            .collect::<Vec<Value>>()
    };
    let queue = demo.server.get("/api/v1/reviews", priya).await.body;
    assert!(
        planned(&queue).is_empty(),
        "a plan published today is not due: {queue:#}"
    );

    let seven_weeks_ago = demo.publish_peggys_plans_seven_weeks_ago().await;
    let queue = demo.server.get("/api/v1/reviews", priya).await.body;
    let due = planned(&queue);
    assert_eq!(due.len(), 1, "{queue:#}");
    assert_eq!(due[0]["review_id"], Value::Null);
    assert_eq!(due[0]["since"], iso(day_of_ms(seven_weeks_ago) + 42));
    assert_eq!(due[0]["overdue"], false);

    let started = demo
        .server
        .post(
            &format!("/api/v1/people/{}/reviews", demo.peggy_id),
            json!({}),
            Some(priya),
        )
        .await;
    let id = started.body.as_str().expect("id");
    let queue = demo.server.get("/api/v1/reviews", priya).await.body;
    let due = planned(&queue);
    assert_eq!(due.len(), 1);
    assert_eq!(due[0]["review_id"], id);
    // Once the review is done, the next is a year away.
    demo.step("Priya Sharma", id, step_body("scheduled")).await;
    demo.step("Priya Sharma", id, step_body("completed")).await;
    let queue = demo.server.get("/api/v1/reviews", priya).await.body;
    assert!(planned(&queue).is_empty(), "{queue:#}");
}

#[tokio::test]
async fn a_due_planned_review_follows_the_person_to_their_new_caseworker() {
    let demo = Demo::start(|_| {}).await;
    let peggy = demo.peggy_id.as_str();
    let planned = |name: &'static str| {
        let demo = &demo;
        async move {
            let queue = demo
                .server
                .get("/api/v1/reviews", demo.who(name).expect(name))
                .await
                .body;
            let entries = queue.as_array().expect("queue");
            entries
                .iter()
                .any(|e| e["origin"] == "planned" && e["person_id"] == peggy)
        }
    };
    demo.publish_peggys_plans_seven_weeks_ago().await;
    assert!(planned("Priya Sharma").await, "due: in Priya's queue");
    assert!(!planned("Tom Davies").await, "not Tom's");

    let (tom,): (String,) = sqlx::query_as("SELECT id FROM staff WHERE full_name = 'Tom Davies'")
        .fetch_one(&demo.server.db.store.pool)
        .await
        .expect("Tom");
    let moved = demo
        .server
        .post(
            &format!("/api/v1/people/{peggy}/allocation"),
            json!({ "staff_id": tom }),
            demo.who("Grace Okafor"),
        )
        .await;
    assert_eq!(moved.status, StatusCode::NO_CONTENT, "{}", moved.body);
    assert!(planned("Tom Davies").await, "in Tom's queue now");
    assert!(!planned("Priya Sharma").await, "gone from Priya's");
}

#[tokio::test]
async fn every_step_notifies_the_person_in_the_app() {
    let demo = Demo::start(|_| {}).await;
    let peggy = demo.who("Peggy").expect("Peggy");
    let id = demo.review_in("scheduled").await;
    let notes = demo.server.get("/api/v1/me/notifications", peggy).await.body;
    // Not of her own asking: of each step her caseworker took, by name, with the details.
    assert_eq!(notes["unread"], 2, "{notes:#}");
    let items = notes["items"].as_array().expect("items");
    let steps: Vec<&str> = items
        .iter()
        .map(|n| n["news"]["step"].as_str().expect("step"))
        .collect();
    assert_eq!(steps, ["scheduled", "acknowledged"]);
    assert!(
        items
            .iter()
            .all(|n| n["news"]["review_id"] == id.as_str() && n["by"] == "Priya Sharma")
    );
    assert_eq!(items[0]["news"]["detail"]["how"], "visit", "{notes:#}");
    assert!(items[0]["news"]["detail"]["date"].is_string(), "{notes:#}");
    // Nobody else is told: not Helen, who cares for Peggy but did not ask.
    let helen = demo
        .server
        .get("/api/v1/me/notifications", demo.who("Helen").expect("Helen"))
        .await;
    assert_eq!(helen.body["unread"], 0);

    let read = demo
        .server
        .post("/api/v1/me/notifications/read", json!({}), Some(peggy))
        .await;
    assert_eq!(read.status, StatusCode::NO_CONTENT);
    let notes = demo.server.get("/api/v1/me/notifications", peggy).await.body;
    assert_eq!(notes["unread"], 0);
    assert_eq!(notes["items"].as_array().expect("items").len(), 2);
}
