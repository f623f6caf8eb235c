//! Lost phones: who may give a recovery code, what redeeming one does to the account, and
//! the fresh passkey that changing how one signs in needs.

use axum::http::{Method, StatusCode};
use serde_json::{Value, json};

use crate::harness::{Phone, Server, caseworker_with_a_person, demo_cookies, invite, redeem, sign_in};

async fn invitation(
    server: &Server,
    cookie: &str,
    invitee: Value,
    purpose: &str,
    check: Option<&str>,
) -> (StatusCode, String) {
    let body = json!({ "invitee": invitee, "purpose": purpose, "identity_check": check });
    let answer = server.post("/api/v1/invitations", body, Some(cookie)).await;
    let code = answer.body["code"].as_str().unwrap_or_default().to_owned();
    (
        answer.status,
        if answer.status == StatusCode::OK {
            code
        } else {
            answer.code().to_owned()
        },
    )
}

#[tokio::test]
async fn a_first_invitation_is_only_for_someone_without_an_account_and_a_recovery_says_how_identity_was_checked() {
    let server = Server::start().await;
    let (caseworker, _, person) = caseworker_with_a_person(&server).await;
    let peggy = json!({ "kind": "person", "id": person });
    let recovery = invitation(&server, &caseworker, peggy.clone(), "recovery", Some("in_person")).await;
    assert_eq!(recovery, (StatusCode::CONFLICT, "invitation.no_account".into()));

    // Two first invitations, given before either is used: the second must not add a
    // passkey to the account the first made.
    let first = invite(&server, &caseworker, &person, "register").await;
    let second = invite(&server, &caseworker, &person, "register").await;
    assert_eq!(
        redeem(&server, &mut Phone::new(), &first, "phone").await.status,
        StatusCode::OK
    );
    let answer = redeem(&server, &mut Phone::new(), &second, "someone else's phone").await;
    assert_eq!(
        (answer.status, answer.code()),
        (StatusCode::CONFLICT, "invitation.has_account")
    );
    let mut conn = server.db.conn().await;
    let (passkeys,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM passkeys p JOIN accounts a ON a.id = p.account_id WHERE a.person_id = $1")
            .bind(&person)
            .fetch_one(&mut *conn)
            .await
            .expect("count");
    assert_eq!(passkeys, 1);

    let again = invitation(&server, &caseworker, peggy.clone(), "register", None).await;
    assert_eq!(again, (StatusCode::CONFLICT, "invitation.has_account".into()));
    let unchecked = server
        .post(
            "/api/v1/invitations",
            json!({ "invitee": peggy, "purpose": "recovery" }),
            Some(&caseworker),
        )
        .await;
    assert_eq!(unchecked.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unchecked.body["field"], "identity_check");
    assert_eq!(
        unchecked.body["message"],
        "Say how you checked who they are before you give them a recovery code."
    );

    let (status, _) = invitation(&server, &caseworker, peggy, "recovery", Some("called_back")).await;
    assert_eq!(status, StatusCode::OK);
    let (check,): (Option<String>,) =
        sqlx::query_as("SELECT identity_check FROM invitations WHERE purpose = 'recovery'")
            .fetch_one(&mut *conn)
            .await
            .expect("invitation");
    assert_eq!(check.as_deref(), Some("called_back"));
    let created = backend::audit::latest(&mut conn, "invitation_created", 10)
        .await
        .expect("audit");
    assert!(
        created[0].detail.ends_with("recovery, identity checked: called_back"),
        "{created:?}"
    );
}

#[tokio::test]
async fn redeeming_a_recovery_code_signs_out_every_other_device_and_tells_the_owner() {
    let server = Server::start().await;
    let (caseworker, _, person) = caseworker_with_a_person(&server).await;
    server
        .sql(&format!(
            "UPDATE people SET email = 'peggy@example.org' WHERE id = '{person}'"
        ))
        .await;
    let first = invite(&server, &caseworker, &person, "register").await;
    let mut old_phone = Phone::new();
    let on_old_phone = redeem(&server, &mut old_phone, &first, "old phone").await.cookie();
    let on_tablet = sign_in(&server, &mut old_phone).await.cookie();

    let recovery = invite(&server, &caseworker, &person, "recovery").await;
    let recovered = redeem(&server, &mut Phone::new(), &recovery, "new phone").await;
    assert_eq!(recovered.status, StatusCode::OK, "{}", recovered.body);
    for ended in [&on_old_phone, &on_tablet] {
        assert_eq!(server.get("/api/v1/me", ended).await.status, StatusCode::UNAUTHORIZED);
    }
    let cookie = recovered.cookie();
    let sessions = server.get("/api/v1/me/sessions", &cookie).await.body;
    assert_eq!(sessions.as_array().map(Vec::len), Some(1), "{sessions}");

    // The old passkey is listed to be removed, and can be at once.
    assert_eq!(recovered.body["other_passkeys"], 1);
    let passkeys = server.get("/api/v1/me/passkeys", &cookie).await.body;
    let old = passkeys[0]["id"].as_str().expect("id").to_owned();
    assert_eq!(passkeys[0]["name"], "old phone");
    let removed = server
        .call(
            Method::DELETE,
            &format!("/api/v1/me/passkeys/{old}"),
            None,
            Some(&cookie),
        )
        .await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT, "{}", removed.body);

    // Told by email, in case it was not them, and shown on their passkeys page.
    let mut conn = server.db.conn().await;
    let mail: Vec<(String, String)> = sqlx::query_as("SELECT to_address, template FROM outbox")
        .fetch_all(&mut *conn)
        .await
        .expect("outbox");
    assert_eq!(mail, vec![("peggy@example.org".to_owned(), "recovered".to_owned())]);
    let changes = server.get("/api/v1/me/sign-in-changes", &cookie).await.body;
    let kinds: Vec<&str> = changes
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|c| c["kind"].as_str())
        .collect();
    assert_eq!(kinds, ["passkey_removed", "recovered", "registered"]);
}

#[tokio::test]
async fn only_a_persons_caseworker_a_teams_manager_or_an_admin_gives_a_recovery_code_and_never_for_themselves() {
    let server = Server::with(|settings| settings.demo = true).await;
    backend::demo::seed(&server.db.store).await.expect("demo");
    let names = ["Priya Sharma", "Tom Davies", "Grace Okafor", "Sam Reid"];
    let cookies: Vec<String> = demo_cookies(&server, &names)
        .await
        .into_iter()
        .map(|c| c.expect("account"))
        .collect();
    let [priya, tom, grace, sam] = [0, 1, 2, 3].map(|i| cookies[i].clone());
    let mut conn = server.db.conn().await;
    let mut ids = Vec::new();
    for name in ["Priya Sharma", "Grace Okafor", "Sam Reid"] {
        let (id,): (String,) = sqlx::query_as("SELECT id FROM staff WHERE full_name = $1")
            .bind(name)
            .fetch_one(&mut *conn)
            .await
            .expect("staff");
        ids.push(json!({ "kind": "staff", "id": id }));
    }
    let [priya_id, grace_id, sam_id] = [0, 1, 2].map(|i| ids[i].clone());
    let (peggy_id,): (String,) = sqlx::query_as("SELECT id FROM people WHERE preferred_name = 'Peggy'")
        .fetch_one(&mut *conn)
        .await
        .expect("Peggy");
    let peggy = json!({ "kind": "person", "id": peggy_id });

    let cases = [
        ("Priya, for Peggy on her caseload", &priya, &peggy, StatusCode::OK),
        ("Tom, for Peggy who is not his", &tom, &peggy, StatusCode::NOT_FOUND),
        ("Grace the manager, for a person", &grace, &peggy, StatusCode::NOT_FOUND),
        (
            "Grace, for Priya, a caseworker in her team",
            &grace,
            &priya_id,
            StatusCode::OK,
        ),
        ("Grace, for Sam, an admin", &grace, &sam_id, StatusCode::NOT_FOUND),
        ("Grace, for herself", &grace, &grace_id, StatusCode::NOT_FOUND),
        ("Priya, for Grace", &priya, &grace_id, StatusCode::NOT_FOUND),
        ("Sam the admin, for Grace", &sam, &grace_id, StatusCode::OK),
        ("Sam, for himself", &sam, &sam_id, StatusCode::NOT_FOUND),
        ("Sam, for a person", &sam, &peggy, StatusCode::NOT_FOUND),
    ];
    for (case, cookie, invitee, expected) in cases {
        let (status, _) = invitation(&server, cookie, invitee.clone(), "recovery", Some("video_call")).await;
        assert_eq!(status, expected, "{case}");
    }

    // Whom each is offered matches: a manager sees no person with an account, nobody sees
    // themselves.
    let offered = |cookie: String| {
        let server = &server;
        async move {
            let list = server.get("/api/v1/invitations/invitable", &cookie).await.body;
            list.as_array()
                .expect("list")
                .iter()
                .map(|i| {
                    (
                        i["name"].as_str().unwrap_or_default().to_owned(),
                        i["has_account"] == true,
                    )
                })
                .collect::<Vec<_>>()
        }
    };
    let graces = offered(grace).await;
    assert!(graces.iter().any(|(name, _)| name == "Priya Sharma"), "{graces:?}");
    assert!(
        !graces
            .iter()
            .any(|(name, _)| name == "Grace Okafor" || name == "Margaret Hughes"),
        "{graces:?}"
    );
    let sams = offered(sam).await;
    assert!(!sams.iter().any(|(name, _)| name == "Sam Reid"), "{sams:?}");
}

#[tokio::test]
async fn changing_how_one_signs_in_needs_a_passkey_used_in_the_last_five_minutes() {
    let server = Server::start().await;
    let (caseworker, _, person) = caseworker_with_a_person(&server).await;
    let code = invite(&server, &caseworker, &person, "register").await;
    let mut phone = Phone::new();
    let on_laptop = redeem(&server, &mut phone, &code, "phone").await.cookie();
    let cookie = sign_in(&server, &mut phone).await.cookie();
    let laptop = server.get("/api/v1/me/sessions", &cookie).await.body[1]["id"]
        .as_str()
        .expect("the other session")
        .to_owned();

    // Six minutes later, a phone left unlocked is not enough.
    server
        .sql("UPDATE sessions SET verified_at = verified_at - 360000, created_at = created_at - 360000")
        .await;
    let add = json!({ "passkey_name": "tablet" });
    let refused = [
        server.post("/api/v1/me/passkeys", add.clone(), Some(&cookie)).await,
        server
            .call(Method::DELETE, "/api/v1/me/passkeys/any", None, Some(&cookie))
            .await,
        server
            .call(
                Method::DELETE,
                &format!("/api/v1/me/sessions/{laptop}"),
                None,
                Some(&cookie),
            )
            .await,
    ];
    for answer in &refused {
        assert_eq!(
            (answer.status, answer.code()),
            (StatusCode::FORBIDDEN, "auth.confirm_identity"),
            "{}",
            answer.body
        );
    }
    assert_eq!(
        refused[0].body["message"],
        "To keep your account safe, use your passkey to confirm it is you, then try again."
    );
    assert_eq!(server.get("/api/v1/me", &on_laptop).await.status, StatusCode::OK);

    // Another account's confirmation does not count for this one.
    let start = server.post("/api/v1/me/confirm", json!({}), Some(&cookie)).await;
    assert_eq!(start.status, StatusCode::OK, "{}", start.body);
    let stolen =
        json!({ "ceremony": start.body["ceremony"], "credential": phone.confirm(start.body["options"].clone()) });
    assert_eq!(
        server
            .post("/api/v1/me/confirm/finish", stolen, Some(&caseworker))
            .await
            .code(),
        "passkey.ceremony_expired"
    );

    let start = server.post("/api/v1/me/confirm", json!({}), Some(&cookie)).await;
    let answer =
        json!({ "ceremony": start.body["ceremony"], "credential": phone.confirm(start.body["options"].clone()) });
    let confirmed = server.post("/api/v1/me/confirm/finish", answer, Some(&cookie)).await;
    assert_eq!(confirmed.status, StatusCode::NO_CONTENT, "{}", confirmed.body);
    assert_eq!(
        server.post("/api/v1/me/passkeys", add, Some(&cookie)).await.status,
        StatusCode::OK
    );
    let ended = server
        .call(
            Method::DELETE,
            &format!("/api/v1/me/sessions/{laptop}"),
            None,
            Some(&cookie),
        )
        .await;
    assert_eq!(ended.status, StatusCode::NO_CONTENT);
    assert_eq!(
        server.get("/api/v1/me", &on_laptop).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(server.audited("identity_confirmed", "done").await, 1);
    assert_eq!(server.audited("identity_confirm", "refused").await, 1);
}
