//! Signing in through the real HTTP endpoints, as a browser would: JSON, cookies, the
//! Origin header, a client address — with `SoftPasskey` as the authenticator.

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use backend::app::app;
use backend::state::{AppState, Settings};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;
use webauthn_authenticator_rs::WebauthnAuthenticator;
use webauthn_authenticator_rs::prelude::Url;
use webauthn_authenticator_rs::softpasskey::SoftPasskey;

use crate::support::{TestDb, sqlite};

pub const ORIGIN: &str = "http://localhost:8080";

pub struct Server {
    pub state: AppState,
    pub db: TestDb,
    _folder: tempfile::TempDir,
}

pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
    pub text: String,
    /// The body as sent, for an answer that is not text (a download).
    pub bytes: Vec<u8>,
}

impl Answer {
    /// The session cookie the answer set, as a browser would send it back.
    pub fn cookie(&self) -> String {
        let set = self.headers[header::SET_COOKIE].to_str().expect("text");
        set.split(';').next().expect("name=value").to_owned()
    }

    pub fn code(&self) -> &str {
        self.body["code"].as_str().unwrap_or_default()
    }
}

impl Server {
    pub async fn start() -> Self {
        Self::with(|_| {}).await
    }

    pub async fn with(change: impl FnOnce(&mut Settings)) -> Self {
        let (db, folder) = sqlite().await;
        let mut settings = Settings::new(ORIGIN).expect("origin");
        change(&mut settings);
        let state = AppState::new(db.store.clone(), settings).expect("state");
        Self {
            state,
            db,
            _folder: folder,
        }
    }

    /// A request from our own page in Chrome on Android, at 192.0.2.1.
    pub async fn call(&self, method: Method, path: &str, body: Option<Value>, cookie: Option<&str>) -> Answer {
        self.call_with(method, path, body, cookie, &[("origin", ORIGIN)]).await
    }

    pub async fn call_with(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
        cookie: Option<&str>,
        headers: &[(&str, &str)],
    ) -> Answer {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let mut all = vec![("content-type", "application/json")];
        all.extend_from_slice(headers);
        self.call_body(method, path, body, cookie, &all).await
    }

    /// A request with any body, with exactly these headers (and the phone's user agent).
    pub async fn call_body(
        &self,
        method: Method,
        path: &str,
        body: String,
        cookie: Option<&str>,
        headers: &[(&str, &str)],
    ) -> Answer {
        let mut request = Request::builder().method(method).uri(path).header(
            header::USER_AGENT,
            "Mozilla/5.0 (Linux; Android 14) Chrome/126.0 Mobile Safari/537.36",
        );
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        if let Some(cookie) = cookie {
            request = request.header(header::COOKIE, cookie);
        }
        let mut request = request.body(Body::from(body)).expect("request");
        request
            .extensions_mut()
            .insert(ConnectInfo(SocketAddr::from(([192, 0, 2, 1], 50000))));
        let response = app(self.state.clone()).oneshot(request).await.expect("response");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.expect("body").to_bytes();
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        let text = String::from_utf8_lossy(&bytes).into_owned();
        Answer {
            status,
            headers,
            body,
            text,
            bytes: bytes.to_vec(),
        }
    }

    pub async fn post(&self, path: &str, body: Value, cookie: Option<&str>) -> Answer {
        self.call(Method::POST, path, Some(body), cookie).await
    }

    pub async fn get(&self, path: &str, cookie: &str) -> Answer {
        self.call(Method::GET, path, None, Some(cookie)).await
    }

    /// How many audit rows record `action` with `outcome` ("done" or "refused").
    pub async fn audited(&self, action: &str, outcome: &str) -> usize {
        let mut conn = self.db.conn().await;
        backend::audit::latest(&mut conn, action, 1000)
            .await
            .expect("audit")
            .iter()
            .filter(|e| e.outcome == outcome)
            .count()
    }

    pub async fn sql(&self, statement: &str) {
        sqlx::query(statement).execute(&self.db.store.pool).await.expect("sql");
    }
}

/// A phone's passkey: the authenticator, and what it needs to answer a username-less
/// sign-in (SoftPasskey keeps no resident keys, so the test supplies the credential id
/// and the user handle that a real phone would).
pub struct Phone {
    authenticator: WebauthnAuthenticator<SoftPasskey>,
    origin: Url,
    credential_id: Option<Value>,
    user_handle: Option<Value>,
}

impl Phone {
    pub fn new() -> Self {
        Self::at(ORIGIN)
    }

    pub fn at(origin: &str) -> Self {
        Self {
            authenticator: WebauthnAuthenticator::new(SoftPasskey::new(true)),
            origin: Url::parse(origin).expect("url"),
            credential_id: None,
            user_handle: None,
        }
    }

    /// Creates a passkey for the options the server sent.
    pub fn create(&mut self, mut options: Value) -> Value {
        assert_eq!(
            options["publicKey"]["authenticatorSelection"]["residentKey"], "required",
            "the server asks for a discoverable passkey"
        );
        assert_eq!(
            options["publicKey"]["authenticatorSelection"]["userVerification"],
            "required"
        );
        // SoftPasskey refuses to pretend it can keep resident keys.
        options["publicKey"]["authenticatorSelection"]["requireResidentKey"] = json!(false);
        self.user_handle = Some(options["publicKey"]["user"]["id"].clone());
        let credential = self
            .authenticator
            .do_registration(self.origin.clone(), serde_json::from_value(options).expect("options"))
            .expect("registration");
        let credential = serde_json::to_value(credential).expect("json");
        self.credential_id = Some(credential["rawId"].clone());
        credential
    }

    /// Answers a challenge to confirm it is you: it names the account's passkeys.
    pub fn confirm(&mut self, options: Value) -> Value {
        let allowed = options["publicKey"]["allowCredentials"].as_array().map_or(0, Vec::len);
        assert!(allowed > 0, "only this account's passkeys may answer");
        let credential = self
            .authenticator
            .do_authentication(self.origin.clone(), serde_json::from_value(options).expect("options"))
            .expect("assertion");
        serde_json::to_value(credential).expect("json")
    }

    /// Answers a sign-in challenge with this phone's passkey.
    pub fn sign(&mut self, mut options: Value) -> Value {
        assert_eq!(
            options["publicKey"]["allowCredentials"],
            json!([]),
            "no username: any passkey may answer"
        );
        assert!(
            options.get("mediation").is_none_or(Value::is_null),
            "a button, not autofill"
        );
        options["publicKey"]["allowCredentials"] = json!([{ "type": "public-key", "id": self.credential_id }]);
        let credential = self
            .authenticator
            .do_authentication(self.origin.clone(), serde_json::from_value(options).expect("options"))
            .expect("assertion");
        let mut credential = serde_json::to_value(credential).expect("json");
        credential["response"]["userHandle"] = self.user_handle.clone().expect("registered first");
        credential
    }
}

/// Redeems an invitation code with a new passkey named `name`; returns the answer.
pub async fn redeem(server: &Server, phone: &mut Phone, code: &str, name: &str) -> Answer {
    let body = json!({ "code": code, "passkey_name": name });
    let start = server.post("/api/v1/invitations/redeem", body, None).await;
    if start.status != StatusCode::OK {
        return start;
    }
    let credential = phone.create(start.body["options"].clone());
    let finish = json!({ "ceremony": start.body["ceremony"], "credential": credential });
    server.post("/api/v1/invitations/redeem/finish", finish, None).await
}

/// Signs in with the phone's passkey; returns the answer.
pub async fn sign_in(server: &Server, phone: &mut Phone) -> Answer {
    let start = server.post("/api/v1/sign-in", json!({}), None).await;
    assert_eq!(start.status, StatusCode::OK, "{}", start.body);
    let credential = phone.sign(start.body["options"].clone());
    let finish = json!({ "ceremony": start.body["ceremony"], "credential": credential });
    server.post("/api/v1/sign-in/finish", finish, None).await
}

/// A caseworker, signed in, with one person on their caseload. Returns the caseworker's
/// cookie, their phone, and the person's id.
pub async fn caseworker_with_a_person(server: &Server) -> (String, Phone, String) {
    let code = backend::auth::invite_staff(
        &server.db.store,
        "Priya Sharma",
        None,
        Some("North Locality Team"),
        api::staff::StaffRole::Caseworker,
        7,
    )
    .await
    .expect("invitation");
    let mut phone = Phone::new();
    let answer = redeem(server, &mut phone, &code, "work phone").await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    let mut conn = server.db.conn().await;
    let (staff_id,): (String,) = sqlx::query_as("SELECT id FROM staff WHERE full_name = 'Priya Sharma'")
        .fetch_one(&mut *conn)
        .await
        .expect("staff");
    let person = backend::people::create(
        &mut conn,
        &backend::people::NewPerson {
            full_name: "Margaret Hughes",
            preferred_name: Some("Peggy"),
            language: "en-GB",
            ..Default::default()
        },
    )
    .await
    .expect("person");
    backend::staff::allocate(&mut conn, &person, &staff_id)
        .await
        .expect("allocated");
    (answer.cookie(), phone, person)
}

/// The caseworker invites someone (for a recovery, having met them); returns the code.
pub async fn invite(server: &Server, cookie: &str, person: &str, purpose: &str) -> String {
    let body = json!({
        "invitee": { "kind": "person", "id": person },
        "purpose": purpose,
        "identity_check": (purpose == "recovery").then_some("in_person"),
    });
    let answer = server.post("/api/v1/invitations", body, Some(cookie)).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    answer.body["code"].as_str().expect("code").to_owned()
}

/// Signs in each named demo account (quick sign-in); `None` for a name with no account.
pub async fn demo_cookies(server: &Server, names: &[&str]) -> Vec<Option<String>> {
    let accounts = server.call(Method::GET, "/api/v1/demo/accounts", None, None).await.body;
    let mut cookies = Vec::new();
    for name in names {
        let account = accounts.as_array().expect("list").iter().find(|a| a["name"] == *name);
        cookies.push(match account {
            Some(account) => Some(
                server
                    .post(
                        "/api/v1/demo/sign-in",
                        json!({ "account_id": account["account_id"] }),
                        None,
                    )
                    .await
                    .cookie(),
            ),
            None => None,
        });
    }
    cookies
}
