//! Reviews of a person's plan: the request, the steps the council takes, and the queue
//! caseworkers work from. Each step notifies the person (and whoever asked for them) in
//! the same transaction.

pub mod queue;
pub mod routes;

use api::carers::Scope;
use api::dates::{add_working_days, day_of_ms, iso};
use api::error::ErrorCode;
use api::reviews::{Addition, Origin, Outcome, Reason, RequestInput, Review, Step, TimelineEntry, Urgency};
use sqlx::AnyConnection;

use crate::access::{Grant, PlanAccess};
use crate::accounts::Authors;
use crate::db::{StoreError, from_json, new_id, now_ms, to_json};
use crate::error::AppError;
use crate::notifications;
use crate::state::Targets;

/// Who a new review is for and who started it.
pub struct Opened<'a> {
    pub person_id: &'a str,
    pub by_account: &'a str,
    pub on_behalf: bool,
}

/// Records a request for a review (its first step: submitted). Fails with
/// [`StoreError::Duplicate`] if the person already has an open request for this reason.
pub async fn request(conn: &mut AnyConnection, who: &Opened<'_>, request: &RequestInput) -> Result<String, StoreError> {
    let body = to_json(request)?;
    insert(
        conn,
        who,
        Origin::Requested,
        Some(request.reason),
        request.urgency,
        Some(&body),
        &Step::Submitted,
    )
    .await
}

/// Starts a planned review (its first step: planned).
pub async fn plan(conn: &mut AnyConnection, who: &Opened<'_>) -> Result<String, StoreError> {
    insert(conn, who, Origin::Planned, None, Urgency::CanWait, None, &Step::Planned).await
}

async fn insert(
    conn: &mut AnyConnection,
    who: &Opened<'_>,
    origin: Origin,
    reason: Option<Reason>,
    urgency: Urgency,
    request: Option<&str>,
    first: &Step,
) -> Result<String, StoreError> {
    let id = new_id();
    let now = now_ms();
    sqlx::query(
        "INSERT INTO reviews (id, person_id, origin, requested_by, on_behalf, reason, urgency, request, status, is_open, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10, $10)",
    )
    .bind(&id)
    .bind(who.person_id)
    .bind(match origin {
        Origin::Requested => "requested",
        Origin::Planned => "planned",
    })
    .bind(who.by_account)
    .bind(i32::from(who.on_behalf))
    .bind(reason.map(Reason::as_str))
    .bind(urgency.as_str())
    .bind(request)
    .bind(first.name())
    .bind(now)
    .execute(&mut *conn)
    .await?;
    add_step(conn, &id, 0, who.by_account, first).await?;
    Ok(id)
}

async fn add_step(conn: &mut AnyConnection, id: &str, seq: i64, by: &str, step: &Step) -> Result<(), StoreError> {
    let body = to_json(step)?;
    sqlx::query("INSERT INTO review_steps (review_id, seq, step, by_account, at) VALUES ($1, $2, $3, $4, $5)")
        .bind(id)
        .bind(seq)
        .bind(body)
        .bind(by)
        .bind(now_ms())
        .execute(conn)
        .await?;
    Ok(())
}

/// Takes the next step, if it may follow the current one; `Ok(false)` if it may not.
pub async fn take_step(conn: &mut AnyConnection, review: &Review, by: &str, step: &Step) -> Result<bool, StoreError> {
    if !step.may_follow(review.status()) {
        return Ok(false);
    }
    let seq = i64::try_from(review.timeline.len()).unwrap_or(i64::MAX);
    add_step(conn, &review.id, seq, by, step).await?;
    sqlx::query("UPDATE reviews SET status = $1, is_open = $2, updated_at = $3 WHERE id = $4")
        .bind(step.name())
        .bind(i32::from(step.is_open()))
        .bind(now_ms())
        .bind(&review.id)
        .execute(conn)
        .await?;
    Ok(true)
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    person_id: String,
    person_name: String,
    origin: String,
    request: Option<String>,
    on_behalf: i64,
}

#[derive(sqlx::FromRow)]
struct StepRow {
    step: String,
    by_account: String,
    at: i64,
}

/// The review with its whole timeline; `NotFound` if there is none.
pub async fn get(conn: &mut AnyConnection, id: &str) -> Result<Review, StoreError> {
    let row: Row = sqlx::query_as(
        "SELECT r.id, r.person_id, p.full_name AS person_name, r.origin, r.request, r.on_behalf \
         FROM reviews r JOIN people p ON p.id = r.person_id WHERE r.id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(StoreError::NotFound)?;
    let steps: Vec<StepRow> =
        sqlx::query_as("SELECT step, by_account, at FROM review_steps WHERE review_id = $1 ORDER BY seq")
            .bind(id)
            .fetch_all(&mut *conn)
            .await?;
    let mut authors = Authors::default();
    let mut timeline = Vec::with_capacity(steps.len());
    for s in steps {
        timeline.push(TimelineEntry {
            step: from_json(&s.step)?,
            written: authors.written(conn, &s.by_account, s.at).await?,
        });
    }
    let added: Vec<(String, String, i64)> =
        sqlx::query_as("SELECT text, by_account, at FROM review_additions WHERE review_id = $1 ORDER BY at, id")
            .bind(id)
            .fetch_all(&mut *conn)
            .await?;
    let mut additions = Vec::with_capacity(added.len());
    for (text, by, at) in added {
        additions.push(Addition {
            text,
            written: authors.written(conn, &by, at).await?,
        });
    }
    let request = row.request.as_deref().map(from_json).transpose()?;
    Ok(Review {
        id: row.id,
        person_id: row.person_id,
        person_name: row.person_name,
        origin: if row.origin == "planned" {
            Origin::Planned
        } else {
            Origin::Requested
        },
        request,
        on_behalf: row.on_behalf != 0,
        timeline,
        additions,
        next_by: None,
    })
}

/// A person's reviews, newest first.
pub async fn of_person(conn: &mut AnyConnection, person_id: &str) -> Result<Vec<Review>, StoreError> {
    let ids: Vec<(String,)> = sqlx::query_as("SELECT id FROM reviews WHERE person_id = $1 ORDER BY created_at DESC")
        .bind(person_id)
        .fetch_all(&mut *conn)
        .await?;
    let mut reviews = Vec::with_capacity(ids.len());
    for (id,) in ids {
        reviews.push(get(conn, &id).await?);
    }
    Ok(reviews)
}

/// The person (or a carer on their behalf) asks for a review, and is told it was asked
/// for; a second open request for the same reason is refused. Returns the review's id.
///
/// A carer who may ask but not follow the person's reviews must not learn, from a refusal,
/// that one is open: their request is added to the open review (the caseworker reads it
/// there), and such a carer is never given a review's id either way.
pub async fn ask(
    conn: &mut AnyConnection,
    g: &Grant<'_>,
    body: &RequestInput,
    email: bool,
) -> Result<String, AppError> {
    let account = g.actor().account();
    let who = Opened {
        person_id: g.person(),
        by_account: account,
        on_behalf: g.access() != PlanAccess::Own,
    };
    let follows = g.access().may_read(Scope::Reviews);
    let id = match request(conn, &who, body).await {
        Ok(id) => id,
        Err(StoreError::Duplicate) if !follows => {
            let (open,): (String,) =
                sqlx::query_as("SELECT id FROM reviews WHERE person_id = $1 AND reason = $2 AND is_open = 1")
                    .bind(g.person())
                    .bind(body.reason.as_str())
                    .fetch_one(&mut *conn)
                    .await?;
            add_information(conn, &open, &body.what_happened, account).await?;
            return Ok(String::new());
        }
        Err(StoreError::Duplicate) => return Err(AppError::Refused(ErrorCode::ReviewAlreadyOpen)),
        Err(other) => return Err(other.into()),
    };
    notifications::review_changed(conn, &id, &Step::Submitted, account, email).await?;
    Ok(if follows { id } else { String::new() })
}

/// The caseworker takes the review's next step, if it may follow; the person is told.
pub async fn step(conn: &mut AnyConnection, g: &Grant<'_>, id: &str, step: &Step, email: bool) -> Result<(), AppError> {
    if let Step::Completed {
        outcome: Outcome::PlanRevised { plan_id, plan_version },
    } = step
    {
        crate::plans::require_published(conn, g.person(), plan_id, *plan_version).await?;
    }
    let review = get(conn, id).await?;
    if !take_step(conn, &review, g.actor().account(), step).await? {
        return Err(AppError::Refused(ErrorCode::ReviewStepNotAllowed));
    }
    notifications::review_changed(conn, id, step, g.actor().account(), email).await?;
    Ok(())
}

/// The caseworker starts a planned review, unless one is open already; the person is told.
pub async fn start_planned(conn: &mut AnyConnection, g: &Grant<'_>, email: bool) -> Result<String, AppError> {
    let (open,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM reviews WHERE person_id = $1 AND origin = 'planned' AND is_open = 1")
            .bind(g.person())
            .fetch_one(&mut *conn)
            .await?;
    if open > 0 {
        return Err(AppError::Refused(ErrorCode::ReviewAlreadyOpen));
    }
    let who = Opened {
        person_id: g.person(),
        by_account: g.actor().account(),
        on_behalf: false,
    };
    let id = plan(conn, &who).await?;
    notifications::review_changed(conn, &id, &Step::Planned, g.actor().account(), email).await?;
    Ok(id)
}

/// The review with the day its next step is due, against the council's targets.
pub fn with_next_by(mut review: Review, targets: Targets) -> Review {
    let asked = review.timeline.first().map(|entry| day_of_ms(entry.written.at));
    let days = match review.status() {
        Step::Submitted => Some(targets.acknowledge),
        Step::Acknowledged | Step::Planned => Some(targets.decide),
        _ => None,
    };
    review.next_by = asked.zip(days).map(|(asked, days)| iso(add_working_days(asked, days)));
    review
}

/// The person (or a carer for them) adds to a review still under way; refused once it is
/// done or declined.
pub async fn add_information(conn: &mut AnyConnection, id: &str, text: &str, by_account: &str) -> Result<(), AppError> {
    let (open,): (i64,) = sqlx::query_as("SELECT is_open FROM reviews WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
    if open == 0 {
        return Err(AppError::Refused(ErrorCode::ReviewStepNotAllowed));
    }
    sqlx::query("INSERT INTO review_additions (id, review_id, text, by_account, at) VALUES ($1, $2, $3, $4, $5)")
        .bind(new_id())
        .bind(id)
        .bind(text.trim())
        .bind(by_account)
        .bind(now_ms())
        .execute(conn)
        .await?;
    Ok(())
}
