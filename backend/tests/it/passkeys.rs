//! Passkey sign-in, end to end through the HTTP endpoints, and every refusal audited.

use axum::http::{Method, StatusCode, header};
use serde_json::json;

use crate::harness::{Phone, Server, caseworker_with_a_person, invite, redeem, sign_in};

#[tokio::test]
async fn a_person_registers_from_an_invitation_then_signs_out_in_adds_and_removes_passkeys() {
    let server = Server::start().await;
    let (caseworker, _, person) = caseworker_with_a_person(&server).await;
    let code = invite(&server, &caseworker, &person, "register").await;

    // Typed from a letter: lower case, spaces instead of dashes.
    let mut phone = Phone::new();
    let typed = code.to_lowercase().replace('-', " ");
    let registered = redeem(&server, &mut phone, &typed, "my phone").await;
    assert_eq!(registered.status, StatusCode::OK, "{}", registered.body);
    assert_eq!(registered.body["name"], "Peggy");
    assert_eq!(registered.body["role"], "person");
    let set_cookie = registered.headers[header::SET_COOKIE].to_str().expect("text");
    assert!(
        set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Strict"),
        "{set_cookie}"
    );
    let first = registered.cookie();
    assert_eq!(server.get("/api/v1/me", &first).await.body["name"], "Peggy");

    let out = server.post("/api/v1/sign-out", json!({}), Some(&first)).await;
    assert_eq!(out.status, StatusCode::NO_CONTENT);
    assert_eq!(server.get("/api/v1/me", &first).await.status, StatusCode::UNAUTHORIZED);

    let signed_in = sign_in(&server, &mut phone).await;
    assert_eq!(signed_in.status, StatusCode::OK, "{}", signed_in.body);
    assert_eq!(signed_in.body["name"], "Peggy");
    let cookie = signed_in.cookie();

    let mut tablet = Phone::new();
    let start = server
        .post(
            "/api/v1/me/passkeys",
            json!({ "passkey_name": "tablet" }),
            Some(&cookie),
        )
        .await;
    let excluded = start.body["options"]["publicKey"]["excludeCredentials"]
        .as_array()
        .map_or(0, Vec::len);
    assert_eq!(excluded, 1, "the phone's passkey is not made twice");
    let credential = tablet.create(start.body["options"].clone());
    let body = json!({ "ceremony": start.body["ceremony"], "credential": credential });
    let added = server.post("/api/v1/me/passkeys/finish", body, Some(&cookie)).await;
    assert_eq!(added.status, StatusCode::OK, "{}", added.body);

    let listed = server.get("/api/v1/me/passkeys", &cookie).await.body;
    let names: Vec<_> = listed
        .as_array()
        .expect("list")
        .iter()
        .map(|p| p["name"].clone())
        .collect();
    assert_eq!(names, [json!("my phone"), json!("tablet")]);
    assert!(
        listed[0]["last_used_at"].is_i64(),
        "the phone's passkey was used to sign in"
    );
    assert!(listed[1]["last_used_at"].is_null());

    let phone_key = listed[0]["id"].as_str().expect("id");
    let tablet_key = listed[1]["id"].as_str().expect("id");
    let removed = server
        .call(
            Method::DELETE,
            &format!("/api/v1/me/passkeys/{phone_key}"),
            None,
            Some(&cookie),
        )
        .await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT);
    let last = server
        .call(
            Method::DELETE,
            &format!("/api/v1/me/passkeys/{tablet_key}"),
            None,
            Some(&cookie),
        )
        .await;
    assert_eq!((last.status, last.code()), (StatusCode::CONFLICT, "passkey.last"));
    assert_eq!(
        sign_in(&server, &mut tablet).await.status,
        StatusCode::OK,
        "the tablet still signs in"
    );

    let invitations = server.get("/api/v1/invitations", &caseworker).await.body;
    assert_eq!(invitations[0]["status"], "used");
    for action in [
        "invitation_created",
        "passkey_registered",
        "sign_out",
        "sign_in",
        "passkey_added",
        "passkey_removed",
    ] {
        assert!(server.audited(action, "done").await > 0, "{action} is audited");
    }
    assert_eq!(server.audited("passkey_remove", "refused").await, 1);
}

#[tokio::test]
async fn a_replayed_assertion_is_refused() {
    let server = Server::start().await;
    let (_, mut phone, _) = caseworker_with_a_person(&server).await;
    let start = server.post("/api/v1/sign-in", json!({}), None).await;
    let credential = phone.sign(start.body["options"].clone());
    let finish = json!({ "ceremony": start.body["ceremony"], "credential": credential });
    assert_eq!(
        server.post("/api/v1/sign-in/finish", finish.clone(), None).await.status,
        StatusCode::OK
    );

    let again = server.post("/api/v1/sign-in/finish", finish, None).await;
    assert_eq!(again.code(), "passkey.ceremony_expired", "a ceremony finishes once");
    let fresh = server.post("/api/v1/sign-in", json!({}), None).await;
    let replay = json!({ "ceremony": fresh.body["ceremony"], "credential": credential });
    let replayed = server.post("/api/v1/sign-in/finish", replay, None).await;
    assert_eq!(
        (replayed.status, replayed.code()),
        (StatusCode::BAD_REQUEST, "passkey.not_accepted")
    );
    assert_eq!(server.audited("sign_in", "refused").await, 2);
}

#[tokio::test]
async fn an_answer_to_another_sessions_challenge_is_refused() {
    let server = Server::start().await;
    let (_, mut phone, _) = caseworker_with_a_person(&server).await;
    let mine = server.post("/api/v1/sign-in", json!({}), None).await;
    let theirs = server.post("/api/v1/sign-in", json!({}), None).await;
    let credential = phone.sign(theirs.body["options"].clone());
    let finish = json!({ "ceremony": mine.body["ceremony"], "credential": credential });
    let answer = server.post("/api/v1/sign-in/finish", finish, None).await;
    assert_eq!(answer.code(), "passkey.not_accepted");
    assert_eq!(server.audited("sign_in", "refused").await, 1);
}

#[tokio::test]
async fn a_ceremony_older_than_five_minutes_is_refused() {
    let server = Server::start().await;
    let (_, mut phone, _) = caseworker_with_a_person(&server).await;
    let start = server.post("/api/v1/sign-in", json!({}), None).await;
    let credential = phone.sign(start.body["options"].clone());
    server.sql("UPDATE ceremonies SET expires_at = 0").await;
    let finish = json!({ "ceremony": start.body["ceremony"], "credential": credential });
    let answer = server.post("/api/v1/sign-in/finish", finish, None).await;
    assert_eq!(answer.code(), "passkey.ceremony_expired");
    assert_eq!(server.audited("sign_in", "refused").await, 1);
}

#[tokio::test]
async fn a_passkey_used_on_another_website_is_refused() {
    let server = Server::start().await;
    let (caseworker, _, person) = caseworker_with_a_person(&server).await;
    let code = invite(&server, &caseworker, &person, "register").await;
    let mut elsewhere = Phone::at("https://localhost:9443");
    let answer = redeem(&server, &mut elsewhere, &code, "my phone").await;
    assert_eq!(answer.code(), "passkey.not_accepted");
    assert_eq!(server.audited("passkey_register", "refused").await, 1);
    let listed = server.get("/api/v1/invitations", &caseworker).await.body;
    assert_eq!(
        listed[0]["status"], "pending",
        "nothing half-created: the invitation still works"
    );
}

#[tokio::test]
async fn a_sign_in_without_user_verification_is_refused() {
    let server = Server::start().await;
    let (_, mut phone, _) = caseworker_with_a_person(&server).await;
    let start = server.post("/api/v1/sign-in", json!({}), None).await;
    let mut options = start.body["options"].clone();
    // A client that skips the PIN or fingerprint: the assertion says "present", not "verified".
    options["publicKey"]["userVerification"] = json!("discouraged");
    let credential = phone.sign(options);
    let finish = json!({ "ceremony": start.body["ceremony"], "credential": credential });
    let answer = server.post("/api/v1/sign-in/finish", finish, None).await;
    assert_eq!(answer.code(), "passkey.not_accepted");
    let mut conn = server.db.conn().await;
    let refused = backend::audit::latest(&mut conn, "sign_in", 10).await.expect("audit");
    assert!(refused[0].detail.contains("UserNotVerified"), "{:?}", refused[0]);
}

#[tokio::test]
async fn a_signature_counter_that_goes_backwards_is_refused() {
    let server = Server::start().await;
    let (_, mut phone, _) = caseworker_with_a_person(&server).await;
    let first = server.post("/api/v1/sign-in", json!({}), None).await;
    let second = server.post("/api/v1/sign-in", json!({}), None).await;
    let earlier = phone.sign(first.body["options"].clone());
    let later = phone.sign(second.body["options"].clone());
    let finish =
        |start: &serde_json::Value, credential| json!({ "ceremony": start["ceremony"], "credential": credential });
    let ok = server
        .post("/api/v1/sign-in/finish", finish(&second.body, later), None)
        .await;
    assert_eq!(ok.status, StatusCode::OK);
    let cloned = server
        .post("/api/v1/sign-in/finish", finish(&first.body, earlier), None)
        .await;
    assert_eq!(
        cloned.code(),
        "passkey.not_accepted",
        "a lower counter suggests a cloned passkey"
    );
    let mut conn = server.db.conn().await;
    let refused = backend::audit::latest(&mut conn, "sign_in", 10).await.expect("audit");
    assert!(
        refused
            .iter()
            .any(|e| e.detail.contains("CredentialPossibleCompromise")),
        "{refused:?}"
    );
}

#[tokio::test]
async fn used_expired_revoked_and_mistyped_invitations_are_refused_with_what_to_do() {
    let server = Server::start().await;
    let (caseworker, _, person) = caseworker_with_a_person(&server).await;
    let redeem_code = |code: String| {
        let server = &server;
        async move {
            server
                .post(
                    "/api/v1/invitations/redeem",
                    json!({ "code": code, "passkey_name": "phone" }),
                    None,
                )
                .await
        }
    };

    let used = invite(&server, &caseworker, &person, "register").await;
    assert_eq!(
        redeem(&server, &mut Phone::new(), &used, "phone").await.status,
        StatusCode::OK
    );
    let answer = redeem_code(used).await;
    assert_eq!((answer.status, answer.code()), (StatusCode::GONE, "invitation.used"));

    let expired = invite(&server, &caseworker, &person, "recovery").await;
    server
        .sql("UPDATE invitations SET expires_at = 1 WHERE used_at IS NULL")
        .await;
    let answer = redeem_code(expired).await;
    assert_eq!(answer.code(), "invitation.expired");
    assert_eq!(
        answer.body["message"],
        "This invitation has expired. Ask your caseworker for a new one."
    );

    let revoked = invite(&server, &caseworker, &person, "recovery").await;
    let id = server.get("/api/v1/invitations", &caseworker).await.body[0]["id"].clone();
    let path = format!("/api/v1/invitations/{}/revoke", id.as_str().expect("id"));
    assert_eq!(
        server.post(&path, json!({}), Some(&caseworker)).await.status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(redeem_code(revoked).await.code(), "invitation.revoked");

    assert_eq!(redeem_code("AAAA-BBBB-CC".into()).await.code(), "invitation.unknown");
    assert_eq!(server.audited("invitation_redeem", "refused").await, 4);
}

#[tokio::test]
async fn a_recovery_invitation_adds_a_passkey_to_the_same_account() {
    let server = Server::start().await;
    let (caseworker, _, person) = caseworker_with_a_person(&server).await;
    let first = invite(&server, &caseworker, &person, "register").await;
    redeem(&server, &mut Phone::new(), &first, "old phone").await;

    let recovery = invite(&server, &caseworker, &person, "recovery").await;
    let mut new_phone = Phone::new();
    let answer = redeem(&server, &mut new_phone, &recovery, "new phone").await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    assert_eq!(answer.body["other_passkeys"], 1, "the app offers to remove the old one");
    let listed = server.get("/api/v1/me/passkeys", &answer.cookie()).await.body;
    assert_eq!(listed.as_array().map(Vec::len), Some(2));
    assert_eq!(server.audited("recovery_redeemed", "done").await, 1);
}

#[tokio::test]
async fn a_passkey_needs_a_short_name_and_nothing_is_kept_without_one() {
    let server = Server::start().await;
    let (caseworker, _, person) = caseworker_with_a_person(&server).await;
    let code = invite(&server, &caseworker, &person, "register").await;
    let answer = redeem(&server, &mut Phone::new(), &code, "   ").await;
    assert_eq!(
        (answer.status, answer.code()),
        (StatusCode::UNPROCESSABLE_ENTITY, "passkey.name_missing")
    );
    assert_eq!(answer.body["field"], "passkey_name");
    let long = "x".repeat(61);
    assert_eq!(
        redeem(&server, &mut Phone::new(), &code, &long).await.code(),
        "passkey.name_too_long"
    );
    assert_eq!(
        redeem(&server, &mut Phone::new(), &code, "my phone").await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_caseworker_invites_only_people_on_their_caseload() {
    let server = Server::start().await;
    let (caseworker, _, _) = caseworker_with_a_person(&server).await;
    let mut conn = server.db.conn().await;
    let stranger = backend::people::create(
        &mut conn,
        &backend::people::NewPerson {
            full_name: "Someone Else",
            language: "en-GB",
            ..Default::default()
        },
    )
    .await
    .expect("person");
    let body = json!({ "invitee": { "kind": "person", "id": stranger }, "purpose": "register" });
    let answer = server.post("/api/v1/invitations", body, Some(&caseworker)).await;
    assert_eq!(
        answer.status,
        StatusCode::NOT_FOUND,
        "disclose nothing about people not on the caseload"
    );
    let staff = json!({ "invitee": { "kind": "staff", "id": "any" }, "purpose": "register" });
    assert_eq!(
        server
            .post("/api/v1/invitations", staff, Some(&caseworker))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let invitable = server.get("/api/v1/invitations/invitable", &caseworker).await.body;
    let names: Vec<_> = invitable
        .as_array()
        .expect("list")
        .iter()
        .map(|i| i["name"].clone())
        .collect();
    assert_eq!(names, [json!("Margaret Hughes")]);
}
