//! Running the service for a council: who may change teams, staff and caseloads (a table
//! of every endpoint against every kind of user), a leaver disabled at once, the last
//! admin kept, people registered and reallocated, and every change in the admins' log.

use api::staff::StaffRole;
use axum::http::{Method, StatusCode};
use backend::accounts::{self, Owner};
use backend::db::new_id;
use backend::staff::{self, NewStaff};
use serde_json::{Value, json};

use crate::harness::{Server, demo_cookies};

struct World {
    server: Server,
    north: String,
    other: String,
    tom: String,
    priya: String,
    amina: String,
    /// Admin, manager of North, manager of another team, caseworker, person, carer.
    cookies: Vec<String>,
}

const WHO: [&str; 7] = [
    "admin",
    "manager",
    "other manager",
    "caseworker",
    "person",
    "carer",
    "signed out",
];

async fn world() -> World {
    let server = Server::with(|settings| settings.demo = true).await;
    backend::demo::seed(&server.db.store).await.expect("demo");
    let mut conn = server.db.conn().await;
    let other = staff::create_team(&mut conn, "South Locality Team")
        .await
        .expect("team");
    let olu = staff::create(
        &mut conn,
        &NewStaff {
            full_name: "Olu Bello",
            email: Some("olu.bello@northbridge.example"),
            phone: None,
            role: StaffRole::Manager,
            team_id: Some(&other),
            language: "en-GB",
        },
    )
    .await
    .expect("manager");
    accounts::create(&mut conn, &new_id(), &Owner::Staff(olu))
        .await
        .expect("account");
    let id = |sql: &'static str| {
        let pool = server.db.store.pool.clone();
        async move {
            let (id,): (String,) = sqlx::query_as(sql).fetch_one(&pool).await.expect(sql);
            id
        }
    };
    let north = id("SELECT id FROM teams WHERE name = 'North Locality Team'").await;
    let tom = id("SELECT id FROM staff WHERE full_name = 'Tom Davies'").await;
    let priya = id("SELECT id FROM staff WHERE full_name = 'Priya Sharma'").await;
    let amina = id("SELECT id FROM people WHERE full_name = 'Amina Begum'").await;
    let cookies = demo_cookies(
        &server,
        &[
            "Sam Reid",
            "Grace Okafor",
            "Olu Bello",
            "Priya Sharma",
            "Peggy",
            "Helen",
        ],
    )
    .await
    .into_iter()
    .map(|c| c.expect("a demo account"))
    .collect();
    World {
        server,
        north,
        other,
        tom,
        priya,
        amina,
        cookies,
    }
}

impl World {
    fn cookie(&self, who: usize) -> Option<&str> {
        self.cookies.get(who).map(String::as_str)
    }

    async fn call(&self, method: Method, path: &str, body: Option<Value>, who: usize) -> (StatusCode, Value) {
        let answer = self.server.call(method, path, body, self.cookie(who)).await;
        (answer.status, answer.body)
    }

    /// A caseworker in North, with an account, to change.
    async fn colleague(&self, n: usize) -> String {
        let mut conn = self.server.db.conn().await;
        let email = format!("new.{n}@northbridge.example");
        let id = staff::create(
            &mut conn,
            &NewStaff {
                full_name: "Nia Jones",
                email: Some(&email),
                phone: None,
                role: StaffRole::Caseworker,
                team_id: Some(&self.north),
                language: "en-GB",
            },
        )
        .await
        .expect("colleague");
        accounts::create(&mut conn, &new_id(), &Owner::Staff(id.clone()))
            .await
            .expect("account");
        id
    }
}

#[tokio::test]
async fn who_may_run_teams_staff_and_caseloads() {
    let w = world().await;
    let endpoints = [
        "read teams",
        "create a team",
        "rename a team",
        "read staff",
        "invite staff",
        "change a role",
        "disable a leaver",
        "enable them again",
        "read staff changes",
        "register a person",
        "allocate a person",
    ];
    //                      admin  manager other  casew. person carer  out
    let expected: [[bool; 7]; 11] = [
        [true, true, true, true, false, false, false],
        [true, false, false, false, false, false, false],
        [true, true, false, false, false, false, false],
        [true, true, true, false, false, false, false],
        [true, true, false, false, false, false, false],
        [true, true, false, false, false, false, false],
        [true, true, false, false, false, false, false],
        [true, true, false, false, false, false, false],
        [true, false, false, false, false, false, false],
        [false, true, true, true, false, false, false],
        [false, true, false, false, false, false, false],
    ];
    let mut wrong = Vec::new();
    for (e, endpoint) in endpoints.iter().enumerate() {
        for (who, name) in WHO.iter().enumerate() {
            let n = e * 10 + who;
            let (status, body) = match *endpoint {
                "read teams" => w.call(Method::GET, "/api/v1/teams", None, who).await,
                "create a team" => {
                    let body = json!({ "name": format!("Team {n}") });
                    w.call(Method::POST, "/api/v1/teams", Some(body), who).await
                }
                "rename a team" => {
                    let body = json!({ "name": format!("North {n}") });
                    w.call(Method::PUT, &format!("/api/v1/teams/{}", w.north), Some(body), who)
                        .await
                }
                "read staff" => w.call(Method::GET, "/api/v1/staff", None, who).await,
                "invite staff" => {
                    let body = json!({ "name": "Ade Cole", "email": format!("ade.{n}@northbridge.example"),
                                       "role": "caseworker", "team_id": w.north });
                    w.call(Method::POST, "/api/v1/staff", Some(body), who).await
                }
                "change a role" => {
                    let body = json!({ "role": "caseworker", "team_id": w.north });
                    w.call(Method::PUT, &format!("/api/v1/staff/{}", w.tom), Some(body), who)
                        .await
                }
                "disable a leaver" => {
                    let id = w.colleague(n).await;
                    w.call(Method::POST, &format!("/api/v1/staff/{id}/disable"), None, who)
                        .await
                }
                "enable them again" => {
                    let id = w.colleague(n).await;
                    w.server
                        .sql(&format!("UPDATE staff SET active = 0 WHERE id = '{id}'"))
                        .await;
                    w.call(Method::POST, &format!("/api/v1/staff/{id}/enable"), None, who)
                        .await
                }
                "read staff changes" => w.call(Method::GET, "/api/v1/staff-changes", None, who).await,
                "register a person" => {
                    let body = json!({ "full_name": "Rhys Evans", "preferred_name": "", "date_of_birth": "",
                                       "language": "cy", "communication_needs": "", "email": "", "phone": "",
                                       "case_reference": format!("NB9{n:05}"), "caseworker_id": null });
                    w.call(Method::POST, "/api/v1/people", Some(body), who).await
                }
                "allocate a person" => {
                    let body = json!({ "staff_id": if n % 2 == 0 { &w.tom } else { &w.priya } });
                    w.call(
                        Method::POST,
                        &format!("/api/v1/people/{}/allocation", w.amina),
                        Some(body),
                        who,
                    )
                    .await
                }
                other => unreachable!("{other}"),
            };
            let allowed = status.is_success();
            if allowed != expected[e][who] {
                wrong.push(format!("{endpoint} as {name}: {status} {body}"));
            } else if !allowed {
                assert!(status.is_client_error(), "{endpoint} as {name}: {status}");
            }
        }
    }
    assert!(wrong.is_empty(), "{} cells wrong:\n{}", wrong.len(), wrong.join("\n"));
    let _ = &w.other;
}

#[tokio::test]
async fn a_leaver_is_refused_at_once_and_their_people_wait_for_a_new_caseworker() {
    let w = world().await;
    let tom = demo_cookies(&w.server, &["Tom Davies", "Kwame"]).await;
    let (tom_cookie, kwame) = (tom[0].clone().expect("Tom"), tom[1].clone().expect("Kwame"));
    assert_eq!(w.server.get("/api/v1/todo", &tom_cookie).await.status, StatusCode::OK);

    let (status, _) = w
        .call(Method::POST, &format!("/api/v1/staff/{}/disable", w.tom), None, 1)
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(
        w.server.get("/api/v1/todo", &tom_cookie).await.status,
        StatusCode::UNAUTHORIZED
    );

    // Grace sees Tom's people waiting for a caseworker, and gives Kwame to Priya.
    let (_, caseload) = w.call(Method::GET, "/api/v1/caseload", None, 1).await;
    let kwame_entry = caseload
        .as_array()
        .expect("list")
        .iter()
        .find(|e| e["name"] == "Kwame Mensah")
        .cloned();
    let kwame_entry = kwame_entry.expect("Kwame on the team's caseload");
    assert_eq!(kwame_entry["needs_allocation"], true);
    assert_eq!(kwame_entry["worker_name"], "Tom Davies", "whose caseload he was on");
    let person = kwame_entry["person_id"].as_str().expect("id").to_owned();
    // Not to a leaver, nor to someone outside the team.
    let body = json!({ "staff_id": w.tom });
    let (status, _) = w
        .call(
            Method::POST,
            &format!("/api/v1/people/{person}/allocation"),
            Some(body),
            1,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = json!({ "staff_id": w.priya });
    let (status, _) = w
        .call(
            Method::POST,
            &format!("/api/v1/people/{person}/allocation"),
            Some(body),
            1,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let worker = w.server.get("/api/v1/me/worker", &kwame).await.body;
    assert_eq!(worker["name"], "Priya Sharma", "{worker}");
    let news = w.server.get("/api/v1/me/notifications", &kwame).await.body;
    assert_eq!(news["items"][0]["news"]["kind"], "worker", "{news}");
    assert_eq!(news["items"][0]["news"]["name"], "Priya Sharma");

    // Back again: enabled, Tom signs in afresh (his old session stays ended).
    let (status, _) = w
        .call(Method::POST, &format!("/api/v1/staff/{}/enable", w.tom), None, 1)
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(
        w.server.get("/api/v1/todo", &tom_cookie).await.status,
        StatusCode::UNAUTHORIZED
    );
    let again = demo_cookies(&w.server, &["Tom Davies"]).await[0].clone().expect("Tom");
    assert_eq!(w.server.get("/api/v1/todo", &again).await.status, StatusCode::OK);

    let (_, log) = w.call(Method::GET, "/api/v1/staff-changes", None, 0).await;
    let log = log.as_array().expect("log").clone();
    assert_eq!(log[0]["action"], "staff_enabled", "{log:#?}");
    assert_eq!(log[0]["by"], "Grace Okafor");
    assert_eq!(log[0]["about"], "Tom Davies");
    assert_eq!(log[1]["action"], "staff_disabled");
}

#[tokio::test]
async fn the_last_active_admin_can_be_neither_disabled_nor_demoted() {
    let w = world().await;
    let (_, staff) = w.call(Method::GET, "/api/v1/staff", None, 0).await;
    let sam = staff
        .as_array()
        .expect("list")
        .iter()
        .find(|s| s["name"] == "Sam Reid")
        .expect("Sam")["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let (status, body) = w
        .call(Method::POST, &format!("/api/v1/staff/{sam}/disable"), None, 0)
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["code"], "staff.last_admin");
    let demote = json!({ "role": "manager", "team_id": w.north });
    let (status, _) = w
        .call(Method::PUT, &format!("/api/v1/staff/{sam}"), Some(demote.clone()), 0)
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    // With a second admin, Sam may step down.
    let colleague = w.colleague(1).await;
    let promote = json!({ "role": "admin", "team_id": null });
    let (status, _) = w
        .call(Method::PUT, &format!("/api/v1/staff/{colleague}"), Some(promote), 0)
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = w
        .call(Method::PUT, &format!("/api/v1/staff/{sam}"), Some(demote), 0)
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn registering_a_person_checks_each_answer_and_their_reference() {
    let w = world().await;
    let person = |reference: &str, born: &str| {
        json!({ "full_name": "Rhys Evans", "preferred_name": "", "date_of_birth": born, "language": "cy",
                "communication_needs": "Large print", "email": "", "phone": "01632 960 555",
                "case_reference": reference, "caseworker_id": null })
    };
    let (status, body) = w
        .call(Method::POST, "/api/v1/people", Some(person("", "2099-01-01")), 3)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<&str> = body["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .map(|f| f["field"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(fields, ["case_reference", "date_of_birth"]);
    let (status, _) = w
        .call(
            Method::POST,
            "/api/v1/people",
            Some(person("NB700001", "1950-02-03")),
            3,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = w
        .call(
            Method::POST,
            "/api/v1/people",
            Some(person("NB700001", "1950-02-03")),
            3,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["fields"][0]["field"], "case_reference", "{body}");
    // Priya registered Rhys, so he is on her caseload, found by his reference.
    let (_, caseload) = w.call(Method::GET, "/api/v1/caseload", None, 3).await;
    assert!(
        caseload
            .as_array()
            .expect("list")
            .iter()
            .any(|e| e["case_reference"] == "NB700001")
    );
}

#[tokio::test]
async fn a_closed_case_reads_its_plans_for_a_while_then_signs_in_no_more() {
    let w = world().await;
    let cookies = demo_cookies(&w.server, &["Kwame", "Tom Davies"]).await;
    let (kwame, tom) = (cookies[0].clone().expect("Kwame"), cookies[1].clone().expect("Tom"));
    let plans = w.server.get("/api/v1/me/plans", &kwame).await.body;
    let (person, plan) = (
        plans[0]["person_id"].as_str().expect("id"),
        plans[0]["id"].as_str().expect("plan"),
    );
    let close = format!("/api/v1/people/{person}/close");
    // Another team's caseworker cannot close it; his own can.
    let (status, _) = w.call(Method::POST, &close, None, 3).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let closed = w.server.post(&close, json!({}), Some(&tom)).await;
    assert_eq!(closed.status, StatusCode::OK, "{}", closed.text);
    assert!(
        closed.body.as_str().is_some_and(|day| day.len() == 10),
        "{}",
        closed.body
    );
    let caseload = w.server.get("/api/v1/caseload", &tom).await.body;
    assert!(!caseload.to_string().contains("Kwame"), "off the caseload");

    // Kwame still finds and reads his plans and his news, and changes nothing.
    let paths = [
        format!("/api/v1/plans/{plan}/versions/latest"),
        "/api/v1/me/plans".into(),
        "/api/v1/me/notifications".into(),
    ];
    for path in paths {
        let read = w.server.get(&path, &kwame).await;
        assert_eq!(read.status, StatusCode::OK, "{path}: {}", read.text);
    }
    let goal = json!({ "what": "Cook", "why": "", "can_do": "", "who_helps": "", "would_help": "",
                       "importance": 5, "steps": [] });
    let refused = w.server.post("/api/v1/me/goals", goal, Some(&kwame)).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(refused.body["code"], "person.case_closed");

    // When the time is up, his session ends.
    w.server
        .sql(&format!("UPDATE people SET access_until = 1 WHERE id = '{person}'"))
        .await;
    assert_eq!(
        w.server.get("/api/v1/me/plans", &kwame).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(w.server.audited("case_closed", "done").await, 1);
}
