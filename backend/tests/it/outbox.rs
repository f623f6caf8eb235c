//! Email through the outbox, against a real SMTP listener on a free port: when the mail
//! server is down nothing is lost, and when it comes back every email arrives once, in
//! the recipient's language, with nothing of the plan in it.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use api::i18n::Messages;
use backend::notifications::outbox::{self, Mailer};
use serde_json::json;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use crate::harness::{ORIGIN, Server, demo_cookies};

/// The simplest SMTP server that accepts mail: it keeps each message's recipients and text.
/// It refuses for good (550) any recipient whose address starts with `refused`.
struct MailServer {
    task: tokio::task::JoinHandle<()>,
}

impl MailServer {
    async fn start(port: u16, received: Arc<Mutex<Vec<(String, String)>>>) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", port))
            .await
            .expect("bind the SMTP port");
        let kept = received.clone();
        let task = tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let kept = kept.clone();
                tokio::spawn(async move {
                    let (read, mut write) = socket.into_split();
                    let mut lines = BufReader::new(read).lines();
                    let _ = write.write_all(b"220 test.example ESMTP\r\n").await;
                    let (mut to, mut data, mut in_data) = (String::new(), String::new(), false);
                    while let Ok(Some(line)) = lines.next_line().await {
                        if in_data {
                            if line == "." {
                                in_data = false;
                                kept.lock().expect("lock").push((to.clone(), data.clone()));
                                let _ = write.write_all(b"250 2.0.0 queued\r\n").await;
                            } else {
                                data.push_str(&line);
                                data.push('\n');
                            }
                            continue;
                        }
                        let command = line.to_ascii_uppercase();
                        let reply: &[u8] = if command.starts_with("EHLO") || command.starts_with("HELO") {
                            b"250 test.example\r\n"
                        } else if command.starts_with("RCPT TO:") {
                            to = line[8..].trim().trim_matches(['<', '>']).to_owned();
                            if to.starts_with("refused") {
                                b"550 5.1.1 no such mailbox\r\n"
                            } else {
                                b"250 2.1.5 ok\r\n"
                            }
                        } else if command.starts_with("DATA") {
                            (in_data, data) = (true, String::new());
                            b"354 go ahead\r\n"
                        } else if command.starts_with("QUIT") {
                            let _ = write.write_all(b"221 bye\r\n").await;
                            break;
                        } else {
                            b"250 ok\r\n"
                        };
                        let _ = write.write_all(reply).await;
                    }
                });
            }
        });
        Self { task }
    }

    fn stop(self) {
        self.task.abort();
    }
}

/// The demo, with email on.
async fn emailing_demo() -> Server {
    let server = Server::with(|settings| {
        settings.demo = true;
        settings.email = true;
    })
    .await;
    backend::demo::seed(&server.db.store).await.expect("demo");
    server
}

/// A mailer for the SMTP server on `port` that tries again after `wait`, doubling up to
/// four times that, and looks for mail often: a test's minutes in milliseconds.
fn quick_mailer(port: u16, wait: Duration) -> Mailer {
    let mut mailer = Mailer::new(
        &format!("smtp://127.0.0.1:{port}"),
        "OurPlan <no-reply@northbridge.example>",
        &ORIGIN.parse().expect("origin"),
    )
    .expect("mailer");
    mailer.first_wait = wait;
    mailer.max_wait = wait * 4;
    mailer.poll = wait / 2;
    mailer
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .expect("a free port")
        .local_addr()
        .expect("address")
        .port()
}

/// The text of a quoted-printable body: soft line breaks joined, `=XX` bytes decoded.
fn quoted_printable(body: &str) -> String {
    let joined = body.replace("=\n", "");
    let mut bytes = Vec::new();
    let mut rest = joined.as_bytes();
    while let Some((&first, tail)) = rest.split_first() {
        let hex = tail
            .get(..2)
            .and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok());
        match (first, hex) {
            (b'=', Some(byte)) => {
                bytes.push(byte);
                rest = &tail[2..];
            }
            _ => {
                bytes.push(first);
                rest = tail;
            }
        }
    }
    String::from_utf8(bytes).expect("UTF-8")
}

/// A header's value, with any RFC 2047 encoded words (`=?utf-8?b?…?=`) decoded.
fn header(message: &str, name: &str) -> String {
    let raw = message
        .lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(": "))
        .unwrap_or_default();
    raw.split(' ')
        .map(
            |word| match word.strip_prefix("=?utf-8?b?").and_then(|w| w.strip_suffix("?=")) {
                Some(encoded) => String::from_utf8(base64(encoded)).expect("UTF-8"),
                None => word.to_owned(),
            },
        )
        .collect::<Vec<_>>()
        .join(" ")
}

fn base64(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let values: Vec<u32> = text
        .bytes()
        .filter_map(|b| ALPHABET.iter().position(|a| *a == b))
        .map(|v| u32::try_from(v).expect("small"))
        .collect();
    let mut bytes = Vec::new();
    for chunk in values.chunks(4) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, v)| n | (v << (18 - 6 * i)));
        bytes.extend(&n.to_be_bytes()[1..chunk.len()]);
    }
    bytes
}

#[tokio::test]
async fn a_mail_server_outage_delays_email_and_loses_none() {
    let server = emailing_demo().await;
    // Peggy reads English; Dan, Polish.
    server
        .sql("UPDATE people SET email = 'peggy@example.org' WHERE preferred_name = 'Peggy'")
        .await;
    server
        .sql("UPDATE people SET email = 'dan@example.org' WHERE preferred_name = 'Dan'")
        .await;
    let cookies = demo_cookies(&server, &["Peggy", "Dan", "Priya Sharma", "Tom Davies"]).await;
    let [peggy, dan, priya, tom] = [0, 1, 2, 3].map(|i| cookies[i].as_deref());

    let port = free_port();
    let mailer = quick_mailer(port, Duration::from_millis(100));
    let worker = outbox::spawn(server.db.store.clone(), mailer);

    // The mail server is down: three changes, three emails waiting.
    let ask = |reason: &str| {
        json!({ "reason": reason, "what_happened": "My daughter has moved away.", "urgency": "soon",
                "contact_how": "email", "contact_when": "", "needs": {} })
    };
    // Asking tells nobody (it is one's own doing); each step the caseworker takes tells the
    // person.
    let peggys = server.post("/api/v1/me/reviews", ask("needs_changed"), peggy).await;
    let dans = server.post("/api/v1/me/reviews", ask("support_not_working"), dan).await;
    let mut steps = Vec::new();
    for (asked, step, caseworker) in [
        (&peggys, json!({ "step": "acknowledged" }), priya),
        (&dans, json!({ "step": "acknowledged" }), tom),
        (
            &peggys,
            json!({ "step": "scheduled", "date": "2099-01-05", "how": "phone" }),
            priya,
        ),
    ] {
        let id = asked.body.as_str().unwrap_or_else(|| panic!("{}", asked.text));
        let taken = server
            .post(&format!("/api/v1/reviews/{id}/steps"), step, caseworker)
            .await;
        steps.push(taken.status.as_u16());
    }
    assert_eq!(steps, [204, 204, 204]);
    tokio::time::sleep(Duration::from_millis(800)).await;
    let (waiting, tried): (i64, i64) =
        sqlx::query_as("SELECT COUNT(*), MIN(attempts) FROM outbox WHERE sent_at IS NULL")
            .fetch_one(&mut *server.db.conn().await)
            .await
            .expect("outbox");
    assert_eq!(waiting, 3, "all three are kept while the mail server is down");
    assert!(tried >= 2, "each was tried more than once, with backoff: {tried}");

    // The mail server comes back.
    let received = Arc::new(Mutex::new(Vec::new()));
    let mail = MailServer::start(port, received.clone()).await;
    for _ in 0..100 {
        if received.lock().expect("lock").len() >= 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Long enough for any duplicate to turn up.
    tokio::time::sleep(Duration::from_millis(600)).await;
    worker.abort();
    mail.stop();

    let mut got = received.lock().expect("lock").clone();
    got.sort();
    let to: Vec<&str> = got.iter().map(|(to, _)| to.as_str()).collect();
    assert_eq!(to, ["dan@example.org", "peggy@example.org", "peggy@example.org"]);
    let ids: std::collections::BTreeSet<String> = got.iter().map(|(_, m)| header(m, "Message-ID")).collect();
    assert_eq!(ids.len(), 3, "three different emails, each once");
    for (to, message) in &got {
        let locale = if to.starts_with("dan") { "pl" } else { "en-GB" };
        let messages = Messages::for_locale(locale);
        assert_eq!(header(message, "Content-Language"), locale, "{message}");
        let subject = messages.get("email-review-subject");
        assert_eq!(header(message, "Subject"), subject, "{message}");
        let link = format!("{ORIGIN}/sign-in");
        let body = messages.get_with("email-review-body", &[("link", &link)]);
        let (_, text) = message.split_once("\n\n").expect("headers, then the body");
        assert_eq!(
            quoted_printable(text).trim(),
            body.replace(['\u{2068}', '\u{2069}'], ""),
            "{message}"
        );
        // Nothing of the request or the plan.
        assert!(!message.contains("daughter"), "{message}");
    }
    let (unsent,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")
        .fetch_one(&mut *server.db.conn().await)
        .await
        .expect("outbox");
    assert_eq!(unsent, 0);
}

#[tokio::test]
async fn an_email_refused_for_good_is_parked_for_an_admin_who_can_send_it_again() {
    let server = emailing_demo().await;
    server
        .sql("UPDATE people SET email = 'refused.peggy@example.org' WHERE preferred_name = 'Peggy'")
        .await;
    let cookies = demo_cookies(&server, &["Peggy", "Priya Sharma", "Sam Reid"]).await;
    let [peggy, priya, sam] = [0, 1, 2].map(|i| cookies[i].clone().expect("account"));
    let port = free_port();
    let received = Arc::new(Mutex::new(Vec::new()));
    let mail = MailServer::start(port, received.clone()).await;
    let mailer = quick_mailer(port, Duration::from_millis(50));
    let worker = outbox::spawn(server.db.store.clone(), mailer);

    let ask = json!({ "reason": "needs_changed", "what_happened": "I fell.", "urgency": "soon",
                      "contact_how": "email", "contact_when": "", "needs": {} });
    let asked = server.post("/api/v1/me/reviews", ask, Some(&peggy)).await;
    let id = asked.body.as_str().expect("review id").to_owned();
    let step = json!({ "step": "acknowledged" });
    let taken = server
        .post(&format!("/api/v1/reviews/{id}/steps"), step, Some(&priya))
        .await;
    assert_eq!(taken.status.as_u16(), 204);

    // Three refusals, then it waits for an admin instead of being tried for ever.
    tokio::time::sleep(Duration::from_millis(1000)).await;
    let state = || async {
        let row: (i64, Option<i64>) = sqlx::query_as("SELECT attempts, failed_at FROM outbox")
            .fetch_one(&mut *server.db.conn().await)
            .await
            .expect("outbox");
        row
    };
    let (attempts, failed_at) = state().await;
    assert_eq!((attempts, failed_at.is_some()), (3, true));

    let list = server.get("/api/v1/failed-emails", &sam).await;
    assert_eq!(list.status.as_u16(), 200, "{}", list.text);
    assert_eq!(list.body[0]["to"], "r…@example.org");
    assert_eq!(list.body[0]["why"], "permanent");
    assert_eq!(server.get("/api/v1/failed-emails", &priya).await.status.as_u16(), 404);

    // Peggy's address is put right; the admin sends it again.
    server.sql("UPDATE outbox SET to_address = 'peggy@example.org'").await;
    let email = list.body[0]["id"].as_str().expect("id");
    let retry = format!("/api/v1/failed-emails/{email}/retry");
    assert_eq!(server.post(&retry, json!({}), Some(&priya)).await.status.as_u16(), 404);
    assert_eq!(server.post(&retry, json!({}), Some(&sam)).await.status.as_u16(), 204);
    for _ in 0..100 {
        if !received.lock().expect("lock").is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    worker.abort();
    mail.stop();
    assert_eq!(received.lock().expect("lock").len(), 1);
    assert_eq!(server.audited("failed_email_retried", "done").await, 1);
    assert!(
        server
            .get("/api/v1/failed-emails", &sam)
            .await
            .body
            .as_array()
            .is_some_and(Vec::is_empty)
    );
}
