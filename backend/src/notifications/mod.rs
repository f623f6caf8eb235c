//! Telling people that something changed: a notification in the app, and an email (through
//! the outbox) where an address is on file. Both are written in the caller's transaction,
//! so a change and its notice are saved together or not at all. Nobody is told of what
//! they did themselves.

pub mod outbox;
pub mod routes;

use api::carers::Scope;
use api::goals::{ContributionKind, Decision};
use api::i18n::negotiate;
use api::notifications::{About, News, Notification, Notifications};
use api::reviews::Step;
use serde_json::json;
use sqlx::AnyConnection;

use crate::db::{StoreError, from_json, new_id, now_ms, to_json};

/// The email of a review's news: it says only that there is news, never what.
pub const REVIEW_UPDATE: &str = "review_update";
/// The email of any other news, as plain.
pub const NEWS: &str = "news";

/// A review took a step: the person hears, and so does a carer who asked for it on their
/// behalf while the person still lets them follow their reviews.
pub async fn review_changed(
    conn: &mut AnyConnection,
    review_id: &str,
    step: &Step,
    by_account: &str,
    email: bool,
) -> Result<(), StoreError> {
    let (person, requester): (String, Option<String>) = sqlx::query_as(
        "SELECT r.person_id, a.person_id FROM reviews r JOIN accounts a ON a.id = r.requested_by WHERE r.id = $1",
    )
    .bind(review_id)
    .fetch_one(&mut *conn)
    .await?;
    let mut recipients = vec![person.clone()];
    if let Some(carer) = requester.filter(|r| *r != person)
        && allowed(conn, &carer, &person, Scope::Reviews).await?
    {
        recipients.push(carer);
    }
    let news = Told {
        kind: "review",
        subject: review_id,
        person: &person,
        by_account,
        details: serde_json::to_value(step).map_err(|e| crate::db::decode_error(e.to_string()))?,
        template: REVIEW_UPDATE,
    };
    tell(conn, &recipients, &news, email).await
}

/// The caseworker answered a goal or wish: the person hears, and every carer allowed to
/// see their goals. What was answered is kept with the notification, as it was then.
pub async fn answered(
    conn: &mut AnyConnection,
    (person, id): (&str, &str),
    answer: (ContributionKind, &str, &Decision, &str),
    by_account: &str,
    email: bool,
) -> Result<(), StoreError> {
    let (contribution, text, decision, comment) = answer;
    let news = Told {
        kind: "answer",
        subject: id,
        person,
        by_account,
        details: json!({ "contribution": contribution, "text": text, "decision": decision, "comment": comment }),
        template: NEWS,
    };
    let recipients = with_carers(conn, person, Scope::Goals).await?;
    tell(conn, &recipients, &news, email).await
}

/// A new version of a plan: the person hears, with the caseworker's message, and every
/// carer allowed to see the plan.
pub async fn published(
    conn: &mut AnyConnection,
    (person, plan_id, version): (&str, &str, i64),
    message: &str,
    by_account: &str,
    email: bool,
) -> Result<(), StoreError> {
    let news = Told {
        kind: "plan",
        subject: plan_id,
        person,
        by_account,
        details: json!({ "version": version, "message": message }),
        template: NEWS,
    };
    let recipients = with_carers(conn, person, Scope::Plan).await?;
    tell(conn, &recipients, &news, email).await
}

/// The person has a new named worker: they hear who, as do carers allowed to see the plan.
pub async fn worker_changed(
    conn: &mut AnyConnection,
    person: &str,
    worker_name: &str,
    by_account: &str,
    email: bool,
) -> Result<(), StoreError> {
    let news = Told {
        kind: "worker",
        subject: person,
        person,
        by_account,
        details: json!({ "name": worker_name }),
        template: NEWS,
    };
    let recipients = with_carers(conn, person, Scope::Plan).await?;
    tell(conn, &recipients, &news, email).await
}

/// The email telling someone a recovery code put a new passkey on their account.
pub const RECOVERED: &str = "recovered";

/// Someone's account was recovered: they are told by email, if the council holds their
/// address, in their language.
pub async fn account_recovered(conn: &mut AnyConnection, owner: &crate::accounts::Owner) -> Result<(), StoreError> {
    let (sql, id) = match owner {
        crate::accounts::Owner::Person(id) => ("SELECT email, language FROM people WHERE id = $1", id),
        crate::accounts::Owner::Staff(id) => ("SELECT email, language FROM staff WHERE id = $1", id),
    };
    let (address, language): (Option<String>, String) = sqlx::query_as(sql).bind(id).fetch_one(&mut *conn).await?;
    if let Some(address) = address.filter(|a| !a.trim().is_empty()) {
        outbox::enqueue(conn, &address, negotiate([language.as_str()]), RECOVERED).await?;
    }
    Ok(())
}

/// The person and the carers whose access, in force today, includes `scope`.
async fn with_carers(conn: &mut AnyConnection, person: &str, scope: Scope) -> Result<Vec<String>, StoreError> {
    let carers: Vec<(String,)> = sqlx::query_as("SELECT carer_id FROM carer_relationships WHERE person_id = $1")
        .bind(person)
        .fetch_all(&mut *conn)
        .await?;
    let mut recipients = vec![person.to_owned()];
    for (carer,) in carers {
        if allowed(conn, &carer, person, scope).await? {
            recipients.push(carer);
        }
    }
    Ok(recipients)
}

async fn allowed(conn: &mut AnyConnection, carer: &str, person: &str, scope: Scope) -> Result<bool, StoreError> {
    Ok(crate::access::grants::current(conn, carer, person)
        .await?
        .is_some_and(|granted| granted.in_force(&crate::db::today()) && granted.scopes.has(scope)))
}

/// What is written for each recipient: what happened (`kind`) to what (`subject`), whose
/// record it is (`person`), who did it, and what the words need.
struct Told<'a> {
    kind: &'static str,
    subject: &'a str,
    person: &'a str,
    by_account: &'a str,
    details: serde_json::Value,
    template: &'static str,
}

async fn tell(conn: &mut AnyConnection, recipients: &[String], news: &Told<'_>, email: bool) -> Result<(), StoreError> {
    let (by_person,): (Option<String>,) = sqlx::query_as("SELECT person_id FROM accounts WHERE id = $1")
        .bind(news.by_account)
        .fetch_optional(&mut *conn)
        .await?
        .unwrap_or((None,));
    let mut details = news.details.clone();
    details["person"] = news.person.into();
    let details = to_json(&details)?;
    let now = now_ms();
    for person in recipients.iter().filter(|p| by_person.as_ref() != Some(*p)) {
        sqlx::query(
            "INSERT INTO notifications (id, person_id, kind, subject_id, by_account, details, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(new_id())
        .bind(person)
        .bind(news.kind)
        .bind(news.subject)
        .bind(news.by_account)
        .bind(&details)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        if email {
            let (address, language): (Option<String>, String) =
                sqlx::query_as("SELECT email, language FROM people WHERE id = $1")
                    .bind(person)
                    .fetch_one(&mut *conn)
                    .await?;
            if let Some(address) = address.filter(|a| !a.trim().is_empty()) {
                outbox::enqueue(conn, &address, negotiate([language.as_str()]), news.template).await?;
            }
        }
    }
    Ok(())
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    kind: String,
    subject_id: String,
    by_account: Option<String>,
    details: String,
    created_at: i64,
    read_at: Option<i64>,
}

/// The words' details of a notification as kept.
#[derive(serde::Deserialize)]
struct Details {
    /// Whose record it is about; missing on notifications written before it was kept.
    person: Option<String>,
    #[serde(default)]
    step: String,
    contribution: Option<ContributionKind>,
    #[serde(default)]
    text: String,
    decision: Option<Decision>,
    #[serde(default)]
    comment: String,
    #[serde(default)]
    version: i64,
    #[serde(default)]
    message: String,
    #[serde(default)]
    name: String,
}

/// The reader's newest 50 notifications, and how many are unread.
pub async fn of_person(conn: &mut AnyConnection, reader: &str) -> Result<Notifications, StoreError> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, kind, subject_id, by_account, details, created_at, read_at FROM notifications \
         WHERE person_id = $1 ORDER BY created_at DESC LIMIT 50",
    )
    .bind(reader)
    .fetch_all(&mut *conn)
    .await?;
    let (unread,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM notifications WHERE person_id = $1 AND read_at IS NULL")
            .bind(reader)
            .fetch_one(&mut *conn)
            .await?;
    let mut items = Vec::with_capacity(rows.len());
    // Most notifications are from the same caseworker: each account is looked up once.
    let mut authors = crate::accounts::Authors::default();
    for row in rows {
        let by = match &row.by_account {
            Some(account) => Some(authors.written(conn, account, row.created_at).await?.name),
            None => None,
        };
        let details: Details = from_json(&row.details)?;
        let about = match details.person.as_deref() {
            Some(person) if person != reader => Some(About {
                person_id: person.to_owned(),
                name: crate::people::get(conn, person).await?.called().to_owned(),
            }),
            _ => None,
        };
        let Some(news) = news(&row, details) else {
            continue;
        };
        items.push(Notification {
            id: row.id,
            at: row.created_at,
            read: row.read_at.is_some(),
            by,
            about,
            news,
        });
    }
    Ok(Notifications {
        unread: usize::try_from(unread).unwrap_or_default(),
        items,
    })
}

/// What the notification tells; `None` for a kind this version does not know.
fn news(row: &Row, details: Details) -> Option<News> {
    match row.kind.as_str() {
        "review" => Some(News::Review {
            review_id: row.subject_id.clone(),
            detail: serde_json::from_str(&row.details).ok(),
            step: details.step,
        }),
        "answer" => Some(News::Answer {
            contribution: details.contribution.unwrap_or(ContributionKind::Goal),
            id: row.subject_id.clone(),
            text: details.text,
            decision: details.decision.unwrap_or(Decision::Seen),
            comment: details.comment,
        }),
        "plan" => Some(News::Plan {
            plan_id: row.subject_id.clone(),
            version: details.version,
            message: details.message,
        }),
        "worker" => Some(News::Worker { name: details.name }),
        _ => None,
    }
}

pub async fn mark_all_read(conn: &mut AnyConnection, person: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE notifications SET read_at = $1 WHERE person_id = $2 AND read_at IS NULL")
        .bind(now_ms())
        .bind(person)
        .execute(conn)
        .await?;
    Ok(())
}
