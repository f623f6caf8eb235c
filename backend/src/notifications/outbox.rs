//! The outbox: email written in the same transaction as the change it tells of, and a
//! background worker that sends it. A failed send is tried again later, waiting longer
//! each time; a claim on each row keeps two instances from sending the same email.

use std::collections::HashMap;
use std::time::Duration;

use api::i18n::{LOCALES, Messages};
use api::msg;
use lettre::message::Mailbox;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sqlx::AnyConnection;
use url::Url;

use crate::db::{Store, StoreError, new_id, now_ms};

/// How long a worker may take to send one email before another may try it.
const CLAIM: Duration = Duration::from_secs(120);
const BATCH: i64 = 20;
/// A mail server that refuses an email for good (5xx) three times means it: the email is
/// parked for an admin. An outage never parks one: it is tried until the server is back.
const PERMANENT_TRIES: i64 = 3;

pub async fn enqueue(conn: &mut AnyConnection, to: &str, locale: &str, template: &str) -> Result<(), StoreError> {
    let now = now_ms();
    sqlx::query(
        "INSERT INTO outbox (id, to_address, locale, template, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $5)",
    )
    .bind(new_id())
    .bind(to)
    .bind(locale)
    .bind(template)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Why mail cannot be set up; each says what to change.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error(
        "the SMTP URL is not usable ({0}): use smtp://HOST:PORT, smtp://HOST:PORT?tls=required or smtps://USER:PASSWORD@HOST (--smtp-url, OURPLAN_SMTP_URL)"
    )]
    Url(String),
    #[error("the sender address {0:?} is not an email address: set --mail-from (OURPLAN_MAIL_FROM)")]
    From(String),
}

/// What the worker sends with, and how often it looks for mail.
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// Where people sign in, put in every email.
    sign_in: Url,
    messages: HashMap<&'static str, Messages>,
    /// The wait after the first failure; it doubles after each, up to `max_wait`.
    pub first_wait: Duration,
    pub max_wait: Duration,
    pub poll: Duration,
}

impl Mailer {
    pub fn new(smtp_url: &str, from: &str, public_origin: &Url) -> Result<Self, MailError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            // Without a redacted form of the error, say only what kind of thing is wrong:
            // the URL may hold a password.
            .map_err(|e| {
                MailError::Url(if e.is_client() {
                    "client".into()
                } else {
                    "format".into()
                })
            })?
            .timeout(Some(Duration::from_secs(20)))
            .build();
        Ok(Self {
            transport,
            from: from.parse().map_err(|_| MailError::From(from.to_owned()))?,
            sign_in: public_origin.join("/sign-in").unwrap_or_else(|_| public_origin.clone()),
            messages: LOCALES
                .iter()
                .map(|locale| (locale.tag, Messages::for_locale(locale.tag)))
                .collect(),
            first_wait: Duration::from_secs(30),
            max_wait: Duration::from_secs(60 * 60),
            poll: Duration::from_secs(5),
        })
    }

    fn render(&self, id: &str, to: &str, locale: &str, template: &str) -> Option<Message> {
        let messages = self
            .messages
            .get(locale)
            .or_else(|| self.messages.get(api::i18n::DEFAULT_LOCALE))?;
        let (subject, body) = match template {
            super::REVIEW_UPDATE => (
                messages.get(msg!("email-review-subject")),
                messages.get_with(msg!("email-review-body"), &[("link", self.sign_in.as_str())]),
            ),
            super::NEWS => (
                messages.get(msg!("email-news-subject")),
                messages.get_with(msg!("email-news-body"), &[("link", self.sign_in.as_str())]),
            ),
            super::RECOVERED => (
                messages.get(msg!("email-recovered-subject")),
                messages.get_with(msg!("email-recovered-body"), &[("link", self.sign_in.as_str())]),
            ),
            _ => return None,
        };
        let mut message = Message::builder()
            .from(self.from.clone())
            .to(to.parse().ok()?)
            .subject(strip_isolation(&subject))
            // The outbox id in the Message-ID lets a mail system drop a duplicate if a
            // send is retried after the server took it but before we heard back.
            .message_id(Some(format!("<{id}@{}>", self.sign_in.host_str().unwrap_or("ourplan"))))
            .header(ContentType::TEXT_PLAIN)
            .body(strip_isolation(&body))
            .ok()?;
        message.headers_mut().insert_raw(HeaderValue::new(
            HeaderName::new_from_ascii_str("Content-Language"),
            messages.locale().to_owned(),
        ));
        Some(message)
    }

    fn wait_after(&self, attempts: u32) -> Duration {
        self.first_wait
            .saturating_mul(2u32.saturating_pow(attempts.saturating_sub(1)))
            .min(self.max_wait)
    }
}

/// Fluent wraps placeables in bidi isolation marks; plain-text email has no use for them.
fn strip_isolation(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

#[derive(sqlx::FromRow)]
struct Waiting {
    id: String,
    to_address: String,
    locale: String,
    template: String,
    attempts: i64,
}

/// Sends what is due now; returns how many were sent.
pub async fn deliver_due(store: &Store, mailer: &Mailer) -> Result<usize, StoreError> {
    let mut conn = store.pool.acquire().await?;
    let now = now_ms();
    let due: Vec<Waiting> = sqlx::query_as(
        "SELECT id, to_address, locale, template, attempts FROM outbox \
         WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $1 AND claimed_until <= $1 \
         ORDER BY created_at LIMIT $2",
    )
    .bind(now)
    .bind(BATCH)
    .fetch_all(&mut *conn)
    .await?;
    let mut sent = 0;
    for email in due {
        let claimed = sqlx::query(
            "UPDATE outbox SET claimed_until = $1 WHERE id = $2 AND sent_at IS NULL AND claimed_until <= $3",
        )
        .bind(now_ms() + i64::try_from(CLAIM.as_millis()).unwrap_or(i64::MAX))
        .bind(&email.id)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        if claimed.rows_affected() != 1 {
            continue;
        }
        let outcome = match mailer.render(&email.id, &email.to_address, &email.locale, &email.template) {
            Some(message) => mailer.transport.send(message).await.map_err(|e| {
                if e.is_transient() || e.is_timeout() {
                    "transient"
                } else if e.is_permanent() {
                    "permanent"
                } else {
                    "connection"
                }
            }),
            None => Err("unrenderable"),
        };
        match outcome {
            Ok(_) => {
                sqlx::query("UPDATE outbox SET sent_at = $1, attempts = attempts + 1 WHERE id = $2")
                    .bind(now_ms())
                    .bind(&email.id)
                    .execute(&mut *conn)
                    .await?;
                sent += 1;
            }
            Err(why) => {
                let attempts = u32::try_from(email.attempts + 1).unwrap_or(u32::MAX);
                let wait = i64::try_from(mailer.wait_after(attempts).as_millis()).unwrap_or(i64::MAX);
                let parked = why == "unrenderable" || (why == "permanent" && i64::from(attempts) >= PERMANENT_TRIES);
                // The log names the email by its outbox id only: never the address.
                if parked {
                    tracing::warn!(id = %email.id, attempts, why, "email not sent; parked for an admin");
                } else {
                    tracing::warn!(id = %email.id, attempts, why, "email not sent; will try again");
                }
                sqlx::query(
                    "UPDATE outbox SET attempts = $1, next_attempt_at = $2, claimed_until = 0, last_error = $3, \
                     failed_at = $4 WHERE id = $5",
                )
                .bind(i64::from(attempts))
                .bind(now_ms() + wait)
                .bind(why)
                .bind(parked.then(now_ms))
                .bind(&email.id)
                .execute(&mut *conn)
                .await?;
            }
        }
    }
    Ok(sent)
}

/// Runs the worker until the process stops.
pub fn spawn(store: Store, mailer: Mailer) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            if let Err(error) = deliver_due(&store, &mailer).await {
                tracing::warn!(%error, "the outbox could not be read; will try again");
            }
            tokio::time::sleep(mailer.poll).await;
        }
    })
}

/// The emails parked as failed, newest first, for admins: with the address shown only in
/// part (enough to see a mistyped domain), since an admin needs no more to retry it.
pub async fn failed(conn: &mut AnyConnection) -> Result<Vec<api::admin::FailedEmail>, StoreError> {
    let rows: Vec<Failed> = sqlx::query_as(
        "SELECT id, to_address, template, created_at, attempts, last_error, failed_at FROM outbox \
         WHERE failed_at IS NOT NULL AND sent_at IS NULL ORDER BY failed_at DESC, id LIMIT 500",
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| api::admin::FailedEmail {
            to: masked(&row.to_address),
            id: row.id,
            template: row.template,
            created_at: row.created_at,
            failed_at: row.failed_at,
            attempts: row.attempts,
            why: row.last_error.unwrap_or_default(),
        })
        .collect())
}

#[derive(sqlx::FromRow)]
struct Failed {
    id: String,
    to_address: String,
    template: String,
    created_at: i64,
    attempts: i64,
    last_error: Option<String>,
    failed_at: i64,
}

/// `peggy@example.org` as `p…@example.org`.
fn masked(address: &str) -> String {
    match address.split_once('@') {
        Some((user, domain)) => format!("{}…@{domain}", user.chars().next().unwrap_or('?')),
        None => "…".into(),
    }
}

/// Puts a parked email back in the queue, to be tried at once; `false` if it is not parked.
pub async fn retry(conn: &mut AnyConnection, id: &str) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE outbox SET failed_at = NULL, attempts = 0, next_attempt_at = $1, claimed_until = 0 \
         WHERE id = $2 AND failed_at IS NOT NULL AND sent_at IS NULL",
    )
    .bind(now_ms())
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
