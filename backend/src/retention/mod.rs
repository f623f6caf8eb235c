//! Retention: nothing is kept longer than the council's schedule says. Each class of
//! record has its period; `ourplan retention` and a daily job delete what is past it, one
//! class (or one closed case) per transaction, each deletion audited with its count.

use std::time::Duration;

use sqlx::AnyConnection;

use crate::audit::{self, Event, Outcome};
use crate::db::{Store, StoreError, now_ms};

/// How long each class of record is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Periods {
    /// After a case is closed, the person's whole record.
    pub closed_cases: Duration,
    /// The audit trail.
    pub audit: Duration,
    /// After a session ends or expires.
    pub sessions: Duration,
    /// After an email is sent (the outbox holds its address).
    pub sent_email: Duration,
    /// After an invitation expires or is revoked unused.
    pub invitations: Duration,
}

const DAY: Duration = Duration::from_secs(24 * 60 * 60);

impl From<&crate::config::RetentionPeriods> for Periods {
    fn from(days_of: &crate::config::RetentionPeriods) -> Self {
        let days = |n: u64| DAY * u32::try_from(n).unwrap_or(u32::MAX);
        Self {
            closed_cases: days(days_of.retain_closed_cases_days),
            audit: days(days_of.retain_audit_days),
            sessions: days(days_of.retain_sessions_days),
            sent_email: days(days_of.retain_sent_email_days),
            invitations: days(days_of.retain_invitations_days),
        }
    }
}

impl Default for Periods {
    /// Eight years after the case closes for care records and their audit (the Records
    /// Management Code of Practice for adult social care), thirty days for the rest.
    fn default() -> Self {
        Self {
            closed_cases: DAY * 2922,
            audit: DAY * 2922,
            sessions: DAY * 30,
            sent_email: DAY * 30,
            invitations: DAY * 30,
        }
    }
}

/// What was (or, in a dry run, would be) deleted in one class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Swept {
    pub class: &'static str,
    pub rows: u64,
}

/// Each class: what it is called, and the condition (on `$1`, the cutoff) that picks its
/// rows past their time. Ceremonies live minutes, and go once expired.
fn classes(periods: &Periods, now: i64) -> [(&'static str, &'static str, &'static str, i64); 6] {
    let cutoff = |period: Duration| now - i64::try_from(period.as_millis()).unwrap_or(i64::MAX);
    [
        ("ceremonies", "ceremonies", "expires_at < $1", now),
        (
            "sessions",
            "sessions",
            "COALESCE(ended_at, expires_at) < $1",
            cutoff(periods.sessions),
        ),
        ("sent email", "outbox", "sent_at < $1", cutoff(periods.sent_email)),
        (
            "invitations",
            "invitations",
            "used_at IS NULL AND COALESCE(revoked_at, expires_at) < $1 \
             AND id NOT IN (SELECT invitation_id FROM ceremonies WHERE invitation_id IS NOT NULL)",
            cutoff(periods.invitations),
        ),
        ("audit", "audit_events", "at < $1", cutoff(periods.audit)),
        ("audit of reads", "read_events", "at < $1", cutoff(periods.audit)),
    ]
}

/// Deletes (or, with `dry_run`, counts) everything past its time.
pub async fn sweep(store: &Store, periods: &Periods, dry_run: bool) -> Result<Vec<Swept>, StoreError> {
    let now = now_ms();
    let mut swept = Vec::new();
    for (class, table, past, cutoff) in classes(periods, now) {
        let mut tx = store.begin_write().await?;
        let rows = if dry_run {
            count(&mut tx, &format!("SELECT COUNT(*) FROM {table} WHERE {past}"), cutoff).await?
        } else {
            let deleted = sqlx::query(&format!("DELETE FROM {table} WHERE {past}"))
                .bind(cutoff)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            record(&mut tx, class, deleted).await?;
            deleted
        };
        tx.commit().await?;
        swept.push(Swept { class, rows });
    }
    let closed = now - i64::try_from(periods.closed_cases.as_millis()).unwrap_or(i64::MAX);
    swept.push(Swept {
        class: "closed cases",
        rows: erase_closed_cases(store, closed, dry_run).await?,
    });
    Ok(swept)
}

async fn count(conn: &mut AnyConnection, sql: &str, cutoff: i64) -> Result<u64, StoreError> {
    let (n,): (i64,) = sqlx::query_as(sql).bind(cutoff).fetch_one(conn).await?;
    Ok(u64::try_from(n).unwrap_or_default())
}

async fn record(conn: &mut AnyConnection, class: &str, rows: u64) -> Result<(), StoreError> {
    if rows == 0 {
        return Ok(());
    }
    let detail = format!("{class}: {rows} past their retention period");
    let event = Event {
        action: "retention_deleted",
        detail: &detail,
        ..Event::default()
    };
    audit::record(conn, &event, Outcome::Done).await
}

/// Erases the record of each person whose case closed before `closed_before`, each in its
/// own transaction; returns how many. Someone who is still a carer for another person
/// keeps their record, since rows on the other person's record name them.
async fn erase_closed_cases(store: &Store, closed_before: i64, dry_run: bool) -> Result<u64, StoreError> {
    let due: Vec<(String,)> = sqlx::query_as(
        "SELECT id FROM people WHERE closed_at < $1 \
         AND id NOT IN (SELECT carer_id FROM carer_relationships)",
    )
    .bind(closed_before)
    .fetch_all(&store.pool)
    .await?;
    if dry_run {
        return Ok(due.len() as u64);
    }
    for (person,) in &due {
        let mut tx = store.begin_write().await?;
        let rows = erase(&mut tx, person).await?;
        let detail = format!("closed case erased: {rows} rows past their retention period");
        let event = Event {
            action: "retention_deleted",
            subject_person: Some(person),
            detail: &detail,
            ..Event::default()
        };
        audit::record(&mut tx, &event, Outcome::Done).await?;
        tx.commit().await?;
    }
    Ok(due.len() as u64)
}

/// Everything held about one person, in an order no reference forbids; the audit trail
/// stays for its own period. Returns the rows deleted.
async fn erase(conn: &mut AnyConnection, person: &str) -> Result<u64, StoreError> {
    const ACCOUNT: &str = "(SELECT id FROM accounts WHERE person_id = $1)";
    let statements = [
        // News to carers about this person's record names them in its details.
        format!(
            "DELETE FROM notifications WHERE person_id = $1 OR by_account IN {ACCOUNT} OR details LIKE '%' || $1 || '%'"
        ),
        "DELETE FROM concerns WHERE person_id = $1 OR regranted_carer = $1".to_owned(),
        "DELETE FROM carer_access WHERE person_id = $1".to_owned(),
        "DELETE FROM carer_relationships WHERE person_id = $1".to_owned(),
        "DELETE FROM review_additions WHERE review_id IN (SELECT id FROM reviews WHERE person_id = $1)".to_owned(),
        "DELETE FROM review_steps WHERE review_id IN (SELECT id FROM reviews WHERE person_id = $1)".to_owned(),
        "DELETE FROM reviews WHERE person_id = $1".to_owned(),
        "DELETE FROM goal_notes WHERE goal_id IN (SELECT id FROM goals WHERE person_id = $1)".to_owned(),
        "DELETE FROM goal_steps WHERE goal_id IN (SELECT id FROM goals WHERE person_id = $1)".to_owned(),
        "DELETE FROM goals WHERE person_id = $1".to_owned(),
        "DELETE FROM wishes WHERE person_id = $1".to_owned(),
        "DELETE FROM plan_responses WHERE plan_id IN (SELECT id FROM plans WHERE person_id = $1)".to_owned(),
        "DELETE FROM plan_versions WHERE plan_id IN (SELECT id FROM plans WHERE person_id = $1)".to_owned(),
        "DELETE FROM plans WHERE person_id = $1".to_owned(),
        "DELETE FROM allocations WHERE person_id = $1".to_owned(),
        "DELETE FROM ceremonies WHERE invitation_id IN (SELECT id FROM invitations WHERE person_id = $1)".to_owned(),
        "DELETE FROM invitations WHERE person_id = $1".to_owned(),
        format!("DELETE FROM ceremonies WHERE account_id IN {ACCOUNT}"),
        format!("DELETE FROM sessions WHERE account_id IN {ACCOUNT}"),
        format!("DELETE FROM passkeys WHERE account_id IN {ACCOUNT}"),
        "DELETE FROM accounts WHERE person_id = $1".to_owned(),
        "DELETE FROM people WHERE id = $1".to_owned(),
    ];
    let mut rows = 0;
    for statement in &statements {
        rows += sqlx::query(statement)
            .bind(person)
            .execute(&mut *conn)
            .await?
            .rows_affected();
    }
    Ok(rows)
}

/// Runs the sweep once a day until the process stops.
pub fn spawn(store: Store, periods: Periods) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            match sweep(&store, &periods, false).await {
                Ok(swept) => {
                    let rows: u64 = swept.iter().map(|s| s.rows).sum();
                    tracing::info!(rows, "retention: deleted what was past its time");
                }
                Err(error) => tracing::warn!(%error, "retention could not run; will try again tomorrow"),
            }
            tokio::time::sleep(DAY).await;
        }
    })
}
