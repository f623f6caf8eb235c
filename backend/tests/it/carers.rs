//! Carer access through the HTTP endpoints: one permission matrix, every endpoint that
//! touches a person's record against every kind of reader, to check against `policy.rs`;
//! then the bad input the person, the caseworker and the carer can send.

use api::carers::{Basis, SCOPES, Scopes};
use api::dates::{day_of_ms, iso};
use axum::http::{Method, StatusCode};
use backend::accounts::{self, Owner};
use backend::carers::{self, Granted};
use backend::db::{new_id, now_ms};
use serde_json::{Value, json};

use crate::harness::{Answer, Server, demo_cookies};

/// The columns: who asks. Helen cares for Peggy; her access is set for each column.
const COLUMNS: [&str; 15] = [
    "Peggy",
    "carer: plan",
    "carer: budget",
    "carer: goals",
    "carer: add goals",
    "carer: ask review",
    "carer: reviews",
    "carer: all",
    "carer: expired",
    "carer: ended",
    "Dan's carer",
    "Priya (caseload)",
    "Tom (not caseload)",
    "Grace (manager)",
    "signed out",
];

/// Status of each endpoint, on Peggy's record, for each column. Rows marked `money`
/// or `lists` show 1 where the answer holds money (or lists Peggy) and 0 where it does not.
#[rustfmt::skip]
const MATRIX: [(&str, [u16; 15]); 21] = [
    //                        Peggy plan bdgt goal addg askr revw all  exp  end  other Priya Tom Grace none
    ("plan versions",        [200,  200, 404, 404, 404, 404, 404, 200, 403, 403, 404,  200,  404, 200, 401]),
    ("read plan",            [200,  200, 404, 404, 404, 404, 404, 200, 403, 403, 404,  200,  404, 200, 401]),
    ("money in plan",        [1,    0,   404, 404, 404, 404, 404, 1,   403, 403, 404,  1,    404, 1,   401]),
    ("compare versions",     [200,  200, 404, 404, 404, 404, 404, 200, 403, 403, 404,  200,  404, 200, 401]),
    ("money in download",    [1,    0,   404, 404, 404, 404, 404, 1,   403, 403, 404,  1,    404, 1,   401]),
    ("who has looked",       [200,  404, 404, 404, 404, 404, 404, 404, 403, 403, 404,  200,  404, 200, 401]),
    ("answer the plan",      [200,  404, 404, 404, 404, 404, 404, 404, 403, 403, 404,  404,  404, 404, 401]),
    ("read goals",           [200,  404, 404, 200, 404, 404, 404, 200, 403, 403, 404,  200,  404, 200, 401]),
    ("add a goal",           [200,  404, 404, 404, 200, 404, 404, 200, 403, 403, 404,  404,  404, 404, 401]),
    ("add a wish",           [200,  404, 404, 404, 200, 404, 404, 200, 403, 403, 404,  404,  404, 404, 401]),
    ("ask for a review",     [200,  404, 404, 404, 404, 200, 404, 200, 403, 403, 404,  404,  404, 404, 401]),
    ("read reviews",         [200,  404, 404, 404, 404, 404, 200, 200, 403, 403, 404,  200,  404, 200, 401]),
    ("read a review",        [200,  404, 404, 404, 404, 404, 200, 200, 403, 403, 404,  200,  404, 200, 401]),
    ("grant as the person",  [204,  404, 404, 404, 404, 404, 404, 404, 404, 404, 404,  404,  404, 404, 401]),
    ("end as the person",    [204,  404, 404, 404, 404, 404, 404, 404, 404, 404, 404,  404,  404, 404, 401]),
    ("record as caseworker", [404,  403, 403, 403, 403, 403, 403, 403, 403, 403, 404,  204,  404, 404, 401]),
    ("end as caseworker",    [404,  403, 403, 403, 403, 403, 403, 403, 403, 403, 404,  204,  404, 404, 401]),
    ("list carers",          [404,  404, 404, 404, 404, 404, 404, 404, 403, 403, 404,  200,  404, 200, 401]),
    ("lists Peggy",          [0,    1,   1,   1,   1,   1,   1,   1,   0,   0,   0,    404,  404, 404, 401]),
    ("raise a concern",      [204,  204, 204, 204, 204, 204, 204, 204, 204, 204, 204,  404,  404, 404, 401]),
    ("read concerns",        [404,  404, 404, 404, 404, 404, 404, 404, 403, 403, 404,  200,  404, 200, 401]),
];

struct World {
    server: Server,
    /// Peggy, Helen, Dan's carer Olek, Priya, Tom, Grace.
    cookies: Vec<Option<String>>,
    peggy: String,
    helen: String,
    plan: String,
    review: String,
}

fn grant(scopes: Scopes, ends_on: Option<String>) -> Granted {
    Granted {
        basis: Basis::Consent,
        consent_how: "Told her caseworker at home".into(),
        reference: String::new(),
        reasons: String::new(),
        scopes,
        ends_on,
        changed_by: String::new(),
        changed_at: now_ms(),
        ended_at: None,
    }
}

impl World {
    async fn start() -> Self {
        let server = Server::with(|settings| settings.demo = true).await;
        backend::demo::seed(&server.db.store).await.expect("demo");
        let id_of = async |name: &str| {
            let (id,): (String,) = sqlx::query_as("SELECT id FROM people WHERE preferred_name = $1")
                .bind(name)
                .fetch_one(&mut *server.db.conn().await)
                .await
                .expect(name);
            id
        };
        let (peggy, helen, dan) = (id_of("Peggy").await, id_of("Helen").await, id_of("Dan").await);
        // Olek cares for Dan, with everything Dan can give: nothing of Peggy's.
        let mut conn = server.db.conn().await;
        let olek = backend::people::create(
            &mut conn,
            &backend::people::NewPerson {
                full_name: "Olek Kowalski",
                preferred_name: Some("Olek"),
                language: "pl",
                ..Default::default()
            },
        )
        .await
        .expect("Olek");
        backend::people::add_carer(&mut conn, &olek, &dan, "brother")
            .await
            .expect("link");
        let olek_account = new_id();
        accounts::create(&mut conn, &olek_account, &Owner::Person(olek.clone()))
            .await
            .expect("account");
        let all = Granted {
            changed_by: olek_account,
            ..grant(Scopes::ALL, None)
        };
        carers::set(&mut conn, &olek, &dan, &all).await.expect("Olek's access");
        drop(conn);
        let cookies = demo_cookies(
            &server,
            &["Peggy", "Helen", "Olek", "Priya Sharma", "Tom Davies", "Grace Okafor"],
        )
        .await;
        let peggys = cookies[0].as_deref();
        let plan = server.get("/api/v1/me/plans", peggys.expect("Peggy")).await.body[0]["id"]
            .as_str()
            .expect("plan")
            .to_owned();
        let review = server
            .post("/api/v1/me/reviews", review_request("needs_changed"), peggys)
            .await
            .body
            .as_str()
            .expect("review")
            .to_owned();
        Self {
            server,
            cookies,
            peggy,
            helen,
            plan,
            review,
        }
    }

    /// Sets Helen's access to Peggy's record as the column needs, and says who asks.
    async fn reader(&self, column: usize) -> Option<&str> {
        let mut conn = self.server.db.conn().await;
        let peggy_account = accounts::of(&mut conn, &Owner::Person(self.peggy.clone()))
            .await
            .expect("account")
            .expect("Peggy has one");
        let yesterday = iso(day_of_ms(now_ms()) - 1);
        let access = match column {
            1..=6 => Some(grant(Scopes::default().with(SCOPES[column - 1]), None)),
            7 | 9 => Some(grant(Scopes::ALL, None)),
            8 => Some(grant(Scopes::ALL, Some(yesterday))),
            // When someone else asks, Helen may see the plan: there is access to end.
            _ => Some(grant(Scopes::default().with(SCOPES[0]), None)),
        };
        sqlx::query("DELETE FROM carer_access WHERE carer_id = $1")
            .bind(&self.helen)
            .execute(&mut *conn)
            .await
            .expect("reset");
        if let Some(access) = access {
            let access = Granted {
                changed_by: peggy_account.clone(),
                ..access
            };
            carers::set(&mut conn, &self.helen, &self.peggy, &access)
                .await
                .expect("set");
        }
        if column == 9 {
            carers::end(&mut conn, &self.helen, &self.peggy, &peggy_account, "")
                .await
                .expect("end");
        }
        match column {
            0 => self.cookies[0].as_deref(),
            1..=9 => self.cookies[1].as_deref(),
            10..=13 => self.cookies[column - 8].as_deref(),
            _ => None,
        }
    }

    async fn call(&self, row: &str, who: Option<&str>) -> u16 {
        let s = &self.server;
        let (peggy, helen, plan, review) = (&self.peggy, &self.helen, &self.plan, &self.review);
        let get = async |path: String| s.call(Method::GET, &path, None, who).await;
        let answer: Answer = match row {
            "plan versions" => get(format!("/api/v1/plans/{plan}/versions")).await,
            "read plan" | "money in plan" => get(format!("/api/v1/plans/{plan}/versions/latest")).await,
            "compare versions" => get(format!("/api/v1/plans/{plan}/compare?from=1&to=2")).await,
            "money in download" => get(format!("/api/v1/plans/{plan}/versions/latest/download")).await,
            "who has looked" => get(format!("/api/v1/plans/{plan}/looked-at")).await,
            "answer the plan" => {
                let body = json!({ "agrees": true, "comment": "" });
                s.call(
                    Method::POST,
                    &format!("/api/v1/plans/{plan}/versions/latest/response"),
                    Some(body),
                    who,
                )
                .await
            }
            "read goals" => get(format!("/api/v1/people/{peggy}/contributions")).await,
            "add a goal" => {
                let body = json!({ "what": "Go to the library", "why": "Books", "can_do": "", "who_helps": "",
                                   "would_help": "", "importance": 5 });
                s.call(Method::POST, &format!("/api/v1/people/{peggy}/goals"), Some(body), who)
                    .await
            }
            "add a wish" => {
                let body = json!({ "kind": "food", "text": "Tea at four" });
                s.call(Method::POST, &format!("/api/v1/people/{peggy}/wishes"), Some(body), who)
                    .await
            }
            "ask for a review" => {
                let answer = s
                    .call(
                        Method::POST,
                        &format!("/api/v1/people/{peggy}/review-requests"),
                        Some(review_request("other")),
                        who,
                    )
                    .await;
                // Closed again, so the next cell may ask for the same reason.
                s.sql("UPDATE reviews SET is_open = 0 WHERE reason = 'other'").await;
                answer
            }
            "read reviews" => get(format!("/api/v1/people/{peggy}/reviews")).await,
            "read a review" => get(format!("/api/v1/reviews/{review}")).await,
            "grant as the person" => {
                let body = json!({ "scopes": { "plan": true } });
                s.call(Method::PUT, &format!("/api/v1/me/carers/{helen}"), Some(body), who)
                    .await
            }
            "end as the person" => {
                s.call(Method::DELETE, &format!("/api/v1/me/carers/{helen}"), None, who)
                    .await
            }
            "record as caseworker" => {
                let body =
                    json!({ "basis": "consent", "consent_how": "In person, at home", "scopes": { "plan": true } });
                s.call(
                    Method::PUT,
                    &format!("/api/v1/people/{peggy}/carers/{helen}"),
                    Some(body),
                    who,
                )
                .await
            }
            "end as caseworker" => {
                let body = json!({ "reasons": "Peggy asked, at her review" });
                s.call(
                    Method::POST,
                    &format!("/api/v1/people/{peggy}/carers/{helen}/end"),
                    Some(body),
                    who,
                )
                .await
            }
            "list carers" => get(format!("/api/v1/people/{peggy}/carers")).await,
            "lists Peggy" => get("/api/v1/me/caring-for".into()).await,
            "raise a concern" => {
                let body = json!({ "text": "I feel rushed into things." });
                s.call(Method::POST, "/api/v1/me/concerns", Some(body), who).await
            }
            "read concerns" => get(format!("/api/v1/people/{peggy}/concerns")).await,
            other => panic!("no row {other}"),
        };
        let ok = answer.status.is_success();
        match row {
            "money in plan" if ok => u16::from(!answer.body["content"]["budget"].is_null()),
            "money in download" if ok => u16::from(answer.text.contains('£')),
            "lists Peggy" if ok => u16::from(
                answer
                    .body
                    .as_array()
                    .expect("list")
                    .iter()
                    .any(|p| p["person_id"] == peggy.as_str()),
            ),
            _ => answer.status.as_u16(),
        }
    }
}

fn review_request(reason: &str) -> Value {
    json!({ "reason": reason, "what_happened": "Mum had a fall.", "urgency": "soon",
            "contact_how": "phone", "contact_when": "", "needs": {}, "contact_whom": "both" })
}

#[tokio::test]
async fn every_endpoint_answers_each_reader_as_the_matrix_says() {
    let world = World::start().await;
    let mut wrong = Vec::new();
    for (column, name) in COLUMNS.iter().enumerate() {
        for (row, expected) in MATRIX {
            let who = world.reader(column).await;
            let got = world.call(row, who).await;
            if got != expected[column] {
                wrong.push(format!("{row} by {name}: expected {}, got {got}", expected[column]));
            }
        }
    }
    let cells = COLUMNS.len() * MATRIX.len();
    assert!(
        wrong.is_empty(),
        "{} of {cells} cells differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[tokio::test]
async fn a_carer_without_the_budget_scope_gets_no_money_in_any_answer() {
    let world = World::start().await;
    let helen = world.reader(1).await;
    let plan = &world.plan;
    for path in [
        format!("/api/v1/plans/{plan}/versions/latest"),
        format!("/api/v1/plans/{plan}/versions/1"),
        format!("/api/v1/plans/{plan}/compare?from=1&to=2"),
        format!("/api/v1/plans/{plan}/versions/latest/download"),
    ] {
        let answer = world.server.call(Method::GET, &path, None, helen).await;
        assert_eq!(answer.status, StatusCode::OK, "{path}");
        for money in ["£", "yearly_pence", "weekly_pence\":", "amount_pence"] {
            assert!(!answer.text.contains(money), "{money} in {path}: {}", answer.text);
        }
    }
    let view = world
        .server
        .call(
            Method::GET,
            &format!("/api/v1/plans/{plan}/versions/latest"),
            None,
            helen,
        )
        .await;
    assert_eq!(view.body["money_hidden"], true);
    assert!(
        view.body["content"]["support"]
            .as_array()
            .expect("support")
            .iter()
            .all(|s| s["weekly_cost_pence"].is_null())
    );
}

#[tokio::test]
async fn bad_grants_are_refused_with_clear_messages_and_nothing_is_saved() {
    let world = World::start().await;
    let peggy = world.cookies[0].as_deref();
    let helen = world.cookies[1].as_deref();
    let priya = world.cookies[3].as_deref();
    let saved = async || {
        carers::current(&mut *world.server.db.conn().await, &world.helen, &world.peggy)
            .await
            .expect("read")
    };

    // A scope for someone who is not linked as Peggy's carer (Dan).
    let (dan,): (String,) = sqlx::query_as("SELECT id FROM people WHERE preferred_name = 'Dan'")
        .fetch_one(&mut *world.server.db.conn().await)
        .await
        .expect("Dan");
    let answer = world
        .server
        .call(
            Method::PUT,
            &format!("/api/v1/me/carers/{dan}"),
            Some(json!({ "scopes": { "plan": true } })),
            peggy,
        )
        .await;
    assert_eq!(
        (answer.status, answer.code()),
        (StatusCode::NOT_FOUND, "carer.not_linked")
    );
    assert!(
        answer.body["message"]
            .as_str()
            .expect("message")
            .contains("not linked to you as a carer")
    );

    // An end date in the past.
    let yesterday = iso(day_of_ms(now_ms()) - 1);
    let helen_id = &world.helen;
    let answer = world
        .server
        .call(
            Method::PUT,
            &format!("/api/v1/me/carers/{helen_id}"),
            Some(json!({ "scopes": { "plan": true }, "ends_on": yesterday })),
            peggy,
        )
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer.body["fields"][0]["field"], "ends_on");
    assert_eq!(answer.body["fields"][0]["message"], "Choose a date from today onwards.");
    assert_eq!(saved().await, None);

    // A caseworker recording an LPA without its reference (or reasons).
    let peggy_id = &world.peggy;
    let lpa = json!({ "basis": "lpa", "reference": "", "reasons": "", "scopes": { "plan": true, "budget": true } });
    let answer = world
        .server
        .call(
            Method::PUT,
            &format!("/api/v1/people/{peggy_id}/carers/{helen_id}"),
            Some(lpa),
            priya,
        )
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<&str> = answer.body["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .map(|f| f["field"].as_str().expect("field"))
        .collect();
    assert_eq!(fields, ["reference", "reasons"]);
    assert_eq!(saved().await, None);

    // A carer trying to change their own access.
    let own = json!({ "basis": "consent", "consent_how": "I say so", "scopes": { "budget": true } });
    let answer = world
        .server
        .call(
            Method::PUT,
            &format!("/api/v1/people/{peggy_id}/carers/{helen_id}"),
            Some(own),
            helen,
        )
        .await;
    assert_eq!(
        (answer.status, answer.code()),
        (StatusCode::FORBIDDEN, "carer.own_access")
    );
    assert!(
        answer.body["message"]
            .as_str()
            .expect("message")
            .contains("cannot change your own access")
    );
    assert_eq!(saved().await, None);

    // Under a recorded LPA, the person cannot change it themselves; the caseworker can.
    let lpa = json!({ "basis": "lpa", "reference": "7000-1234-5678", "reasons": "Peggy lacks capacity for this decision (assessment of 3 November)", "scopes": { "plan": true } });
    let answer = world
        .server
        .call(
            Method::PUT,
            &format!("/api/v1/people/{peggy_id}/carers/{helen_id}"),
            Some(lpa),
            priya,
        )
        .await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT, "{}", answer.text);
    let answer = world
        .server
        .call(Method::DELETE, &format!("/api/v1/me/carers/{helen_id}"), None, peggy)
        .await;
    assert_eq!(
        (answer.status, answer.code()),
        (StatusCode::FORBIDDEN, "carer.caseworker_manages")
    );
    assert_eq!(saved().await.expect("kept").ended_at, None);

    // Every change is in the history Peggy sees.
    let mine = world.server.get("/api/v1/me/carers", peggy.expect("Peggy")).await.body;
    assert_eq!(mine["carers"][0]["basis"], "lpa");
    assert_eq!(mine["carers"][0]["reference"], "7000-1234-5678");
    assert_eq!(mine["history"][0]["what"], "granted");
    assert_eq!(mine["history"][0]["by"]["name"], "Priya Sharma");
}

#[tokio::test]
async fn an_ended_or_changed_grant_takes_effect_on_the_carers_very_next_request() {
    let world = World::start().await;
    let peggy = world.cookies[0].as_deref();
    let helen = world.cookies[1].as_deref();
    let (helen_id, plan) = (&world.helen, &world.plan);
    let read = async || {
        world
            .server
            .call(
                Method::GET,
                &format!("/api/v1/plans/{plan}/versions/latest"),
                None,
                helen,
            )
            .await
    };
    assert_eq!(read().await.status, StatusCode::NOT_FOUND, "nothing granted yet");
    let grant = |scopes: Value| json!({ "scopes": scopes });
    let path = format!("/api/v1/me/carers/{helen_id}");
    let answer = world
        .server
        .call(Method::PUT, &path, Some(grant(json!({ "plan": true }))), peggy)
        .await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT, "{}", answer.text);
    assert_eq!(read().await.body["money_hidden"], true);
    world
        .server
        .call(
            Method::PUT,
            &path,
            Some(grant(json!({ "plan": true, "budget": true }))),
            peggy,
        )
        .await;
    assert_eq!(read().await.body["money_hidden"], false);
    world.server.call(Method::DELETE, &path, None, peggy).await;
    let ended = read().await;
    assert_eq!(
        (ended.status, ended.code()),
        (StatusCode::FORBIDDEN, "carer.access_ended")
    );
    assert!(
        ended.body["message"]
            .as_str()
            .expect("message")
            .contains("no longer have access")
    );

    let history = world.server.get("/api/v1/me/carers", peggy.expect("Peggy")).await.body["history"].clone();
    let what: Vec<&str> = history
        .as_array()
        .expect("history")
        .iter()
        .map(|e| e["what"].as_str().expect("what"))
        .collect();
    assert_eq!(what, ["ended", "changed", "granted"]);
}

#[tokio::test]
async fn a_caseworker_adds_a_carer_whose_invitation_carries_their_access() {
    use crate::harness::{Phone, caseworker_with_a_person, redeem};

    let server = Server::start().await;
    let (priya, _, peggy) = caseworker_with_a_person(&server).await;
    let new_carer = json!({
        "full_name": "Helen Hughes", "relationship": "daughter", "email": "helen@example.org", "language": "en-GB",
        "access": { "basis": "deputy", "reference": "COP 1234567", "reasons": "Court of Protection order of 2 October",
                    "scopes": { "plan": true, "reviews": true } }
    });
    let bad = json!({ "full_name": "", "relationship": "daughter", "email": "not an address",
                      "access": { "basis": "consent", "scopes": {} } });
    let refused = server
        .post(&format!("/api/v1/people/{peggy}/carers"), bad, Some(&priya))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<&str> = refused.body["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .map(|f| f["field"].as_str().expect("field"))
        .collect();
    assert_eq!(fields, ["consent_how", "full_name", "email"]);
    let (people,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM people")
        .fetch_one(&mut *server.db.conn().await)
        .await
        .expect("count");
    assert_eq!(people, 1, "nothing partial saved");

    let added = server
        .post(&format!("/api/v1/people/{peggy}/carers"), new_carer, Some(&priya))
        .await;
    assert_eq!(added.status, StatusCode::OK, "{}", added.text);
    let code = added.body["code"].as_str().expect("code");
    let mut phone = Phone::new();
    let helen = redeem(&server, &mut phone, code, "my phone").await;
    assert_eq!(helen.status, StatusCode::OK, "{}", helen.text);
    let caring_for = server.get("/api/v1/me/caring-for", &helen.cookie()).await.body;
    assert_eq!(caring_for[0]["person_id"], peggy.as_str());
    assert_eq!(caring_for[0]["scopes"]["plan"], true);
    assert_eq!(caring_for[0]["scopes"]["budget"], false);
    let carers = server.get(&format!("/api/v1/people/{peggy}/carers"), &priya).await.body;
    assert_eq!(carers[0]["basis"], "deputy");
    assert_eq!(carers[0]["reference"], "COP 1234567");
}

#[tokio::test]
async fn a_carer_asks_on_the_persons_behalf_and_hears_of_it_only_while_allowed() {
    let world = World::start().await;
    let helen = world.reader(7).await;
    let (peggy_id, helen_id) = (&world.peggy, &world.helen);
    // A carer says whom the caseworker should contact: them, the person, or both.
    let mut unsaid = review_request("carer_cant_cope");
    unsaid["contact_whom"] = Value::Null;
    let refused = world
        .server
        .call(
            Method::POST,
            &format!("/api/v1/people/{peggy_id}/review-requests"),
            Some(unsaid),
            helen,
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.body["fields"][0]["field"], "contact_whom");
    let asked = world
        .server
        .call(
            Method::POST,
            &format!("/api/v1/people/{peggy_id}/review-requests"),
            Some(review_request("carer_cant_cope")),
            helen,
        )
        .await;
    let id = asked.body.as_str().expect("id").to_owned();
    let review = world
        .server
        .get(&format!("/api/v1/reviews/{id}"), helen.expect("Helen"))
        .await
        .body;
    assert_eq!(review["on_behalf"], true);
    assert_eq!(review["request"]["contact_whom"], "both");
    assert_eq!(review["timeline"][0]["written"]["name"], "Helen");
    let unread = async |cookie: Option<&str>| {
        world
            .server
            .get("/api/v1/me/notifications", cookie.expect("cookie"))
            .await
            .body["unread"]
            .clone()
    };
    // Peggy hears that Helen asked on her behalf (her own request, in setting up, told her
    // nothing); Helen is not told of what she did herself.
    assert_eq!(unread(world.cookies[0].as_deref()).await, 1);
    assert_eq!(unread(helen).await, 0);
    // Each step the caseworker takes, both hear of.
    let priya = world.cookies[3].as_deref();
    let step = async |body: serde_json::Value| {
        let taken = world
            .server
            .post(&format!("/api/v1/reviews/{id}/steps"), body, priya)
            .await;
        assert_eq!(taken.status, StatusCode::NO_CONTENT, "{}", taken.text);
    };
    step(json!({ "step": "acknowledged" })).await;
    assert_eq!(unread(world.cookies[0].as_deref()).await, 2);
    assert_eq!(unread(helen).await, 1);
    // Helen is told whose review it is, and by whom.
    let helens = world
        .server
        .get("/api/v1/me/notifications", helen.expect("Helen"))
        .await
        .body;
    assert_eq!(helens["items"][0]["about"]["name"], "Peggy", "{helens:#}");
    assert_eq!(helens["items"][0]["about"]["person_id"], peggy_id.as_str());
    assert_eq!(helens["items"][0]["by"], "Priya Sharma");

    // Peggy's answer to her plan is hers and her caseworker's: never the carer's.
    let plan = &world.plan;
    let answer = json!({ "agrees": false, "comment": "I don't want Helen to know I'm struggling" });
    world
        .server
        .call(
            Method::POST,
            &format!("/api/v1/plans/{plan}/versions/latest/response"),
            Some(answer),
            world.cookies[0].as_deref(),
        )
        .await;
    for path in [
        format!("/api/v1/plans/{plan}/versions"),
        format!("/api/v1/plans/{plan}/versions/latest"),
    ] {
        let seen = world.server.call(Method::GET, &path, None, helen).await;
        assert_eq!(seen.status, StatusCode::OK);
        assert!(!seen.text.contains("struggling"), "{path}: {}", seen.text);
    }

    // Once Peggy ends Helen's access, Helen hears no more.
    world
        .server
        .call(
            Method::DELETE,
            &format!("/api/v1/me/carers/{helen_id}"),
            None,
            world.cookies[0].as_deref(),
        )
        .await;
    step(json!({ "step": "scheduled", "date": "2099-01-05", "how": "phone" })).await;
    assert_eq!(unread(helen).await, 1);
    assert_eq!(unread(world.cookies[0].as_deref()).await, 3);
    // Ending it again changes nothing and records nothing more.
    world
        .server
        .call(
            Method::DELETE,
            &format!("/api/v1/me/carers/{helen_id}"),
            None,
            world.cookies[0].as_deref(),
        )
        .await;
    let history = world
        .server
        .get("/api/v1/me/carers", world.cookies[0].as_deref().expect("Peggy"))
        .await
        .body;
    let ended = history["history"]
        .as_array()
        .expect("history")
        .iter()
        .filter(|e| e["what"] == "ended")
        .count();
    assert_eq!(ended, 1);
}

#[tokio::test]
async fn a_carer_who_may_only_ask_does_not_learn_a_review_is_open() {
    let world = World::start().await;
    // Column 5: Helen may ask for reviews, and not follow them.
    let helen = world.reader(5).await;
    let peggy = &world.peggy;
    let path = format!("/api/v1/people/{peggy}/review-requests");
    // Peggy's review for this reason is open: Helen's request joins it, and she is told
    // only that it was sent, exactly as for a new one.
    let joined = world.server.post(&path, review_request("needs_changed"), helen).await;
    assert_eq!(joined.status, StatusCode::OK, "{}", joined.text);
    assert_eq!(joined.body, "");
    let fresh = world.server.post(&path, review_request("hospital"), helen).await;
    assert_eq!(
        (fresh.status, fresh.body.clone()),
        (StatusCode::OK, Value::from("")),
        "{}",
        fresh.text
    );
    let review = world
        .server
        .get(
            &format!("/api/v1/reviews/{}", world.review),
            world.cookies[0].as_deref().expect("Peggy"),
        )
        .await
        .body;
    assert_eq!(review["additions"][0]["text"], "Mum had a fall.", "{review}");
}

#[tokio::test]
async fn access_given_back_after_the_caseworker_ended_it_flags_the_case() {
    let world = World::start().await;
    world.reader(7).await;
    let (peggy, helen) = (&world.peggy, &world.helen);
    let (peggy_cookie, priya) = (world.cookies[0].as_deref(), world.cookies[3].as_deref());
    let ended = world
        .server
        .call(
            Method::POST,
            &format!("/api/v1/people/{peggy}/carers/{helen}/end"),
            Some(json!({ "reasons": "Peggy told me she felt pressured." })),
            priya,
        )
        .await;
    assert_eq!(ended.status, StatusCode::NO_CONTENT, "{}", ended.text);
    let concerns_path = format!("/api/v1/people/{peggy}/concerns");
    let concerns = |cookie| world.server.get(&concerns_path, cookie);
    let before = concerns(priya.expect("Priya"))
        .await
        .body
        .as_array()
        .map_or(0, Vec::len);

    let again = json!({ "scopes": { "plan": true } });
    let granted = world
        .server
        .call(
            Method::PUT,
            &format!("/api/v1/me/carers/{helen}"),
            Some(again),
            peggy_cookie,
        )
        .await;
    assert_eq!(granted.status, StatusCode::NO_CONTENT, "{}", granted.text);
    let flagged = concerns(priya.expect("Priya")).await.body;
    let list = flagged.as_array().expect("concerns");
    assert_eq!(list.len(), before + 1, "{flagged}");
    assert_eq!(list[list.len() - 1]["regranted"], "Helen");
    let caseload = world.server.get("/api/v1/caseload", priya.expect("Priya")).await.body;
    let entry = caseload
        .as_array()
        .expect("caseload")
        .iter()
        .find(|e| e["person_id"] == *peggy)
        .cloned();
    assert!(
        entry.is_some_and(|e| e["concerns"].as_i64() > Some(0)),
        "the caseload shows the flag"
    );
}
