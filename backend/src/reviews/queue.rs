//! The caseworker's review queue: open reviews on their caseload (a manager's: the team's)
//! and planned reviews now due, most urgent first, then oldest, each against its target.

use std::collections::HashMap;

use api::dates::{add_months, add_working_days, day_of_ms, iso, parse};
use api::reviews::{Origin, QueueEntry, Reason, Step, Target, Urgency};
use sqlx::AnyConnection;

use crate::access::policy;
use crate::db::{StoreError, from_json};
use crate::staff::Staff;
pub use crate::state::Targets;

/// A first review falls due this long after a new plan is published...
const FIRST_REVIEW_DAYS: i64 = 6 * 7;
/// ...and is overdue two weeks later (the 6–8 week window).
const PLANNED_GRACE_DAYS: i64 = 14;

#[derive(sqlx::FromRow)]
struct OpenRow {
    id: String,
    person_id: String,
    person_name: String,
    origin: String,
    reason: Option<String>,
    urgency: String,
    created_at: i64,
    step: String,
}

pub async fn entries(
    conn: &mut AnyConnection,
    staff: &Staff,
    targets: Targets,
    today: i64,
) -> Result<Vec<QueueEntry>, StoreError> {
    let Some((scope, key)) = policy::caseload_scope(staff) else {
        return Ok(Vec::new());
    };
    let open: Vec<OpenRow> = sqlx::query_as(&format!(
        "SELECT r.id, r.person_id, p.full_name AS person_name, r.origin, r.reason, r.urgency, r.created_at, \
         (SELECT s.step FROM review_steps s WHERE s.review_id = r.id ORDER BY s.seq DESC LIMIT 1) AS step \
         FROM reviews r JOIN allocations a ON a.person_id = r.person_id AND a.ended_at IS NULL \
         JOIN people p ON p.id = r.person_id WHERE r.is_open = 1 AND {scope}"
    ))
    .bind(&key)
    .fetch_all(&mut *conn)
    .await?;
    let mut entries = Vec::with_capacity(open.len());
    for row in &open {
        let step: Step = from_json(&row.step)?;
        let asked = day_of_ms(row.created_at);
        let target = step.target().map(|target| {
            let days = match target {
                Target::Acknowledge => targets.acknowledge,
                _ => targets.decide,
            };
            (target, add_working_days(asked, days))
        });
        entries.push(QueueEntry {
            person_id: row.person_id.clone(),
            person_name: row.person_name.clone(),
            review_id: Some(row.id.clone()),
            origin: if row.origin == "planned" {
                Origin::Planned
            } else {
                Origin::Requested
            },
            reason: row.reason.as_deref().and_then(Reason::parse),
            urgency: Urgency::parse(&row.urgency).unwrap_or(Urgency::CanWait),
            status: Some(step),
            since: iso(asked),
            overdue: target.is_some_and(|(_, day)| today > day),
            target: target.map(|(t, day)| (t, iso(day))),
        });
    }

    let people: Vec<(String, String)> = sqlx::query_as(&format!(
        "SELECT a.person_id, p.full_name FROM allocations a JOIN people p ON p.id = a.person_id \
         WHERE a.ended_at IS NULL AND {scope}"
    ))
    .bind(&key)
    .fetch_all(&mut *conn)
    .await?;
    let (caseload, key) = policy::caseload_people(staff).unwrap_or_default();
    let due = planned_reviews_due(conn, caseload, &key).await?;
    for (person_id, person_name) in people {
        let planned_open = open.iter().any(|r| r.person_id == person_id && r.origin == "planned");
        if planned_open {
            continue;
        }
        let Some(&due) = due.get(&person_id) else {
            continue;
        };
        if today >= due {
            let by = due + PLANNED_GRACE_DAYS;
            entries.push(QueueEntry {
                person_id,
                person_name,
                review_id: None,
                origin: Origin::Planned,
                reason: None,
                urgency: Urgency::CanWait,
                status: None,
                since: iso(due),
                target: Some((Target::Review, iso(by))),
                overdue: today > by,
            });
        }
    }
    entries.sort_by(|a, b| (a.urgency, &a.since).cmp(&(b.urgency, &b.since)));
    Ok(entries)
}

/// When each of `people` (a subquery of ids taking `key`, as `policy::caseload_people`
/// gives) is due their next planned review: 6 weeks after their newest plan is first
/// published, then 12 months after the last review completed — or sooner, on the date the
/// caseworker set in the plan. Nobody with no published plan is in it. Two queries for a
/// whole caseload.
pub async fn planned_reviews_due(
    conn: &mut AnyConnection,
    people: &str,
    key: &str,
) -> Result<HashMap<String, i64>, StoreError> {
    // Each plan: when it was first published, and its newest version's date and the date
    // set in it.
    let plans: Vec<(String, i64, i64, Option<String>)> = sqlx::query_as(&format!(
        "SELECT pl.person_id, MIN(v.published_at), MAX(v.published_at), \
         (SELECT l.next_review FROM plan_versions l WHERE l.plan_id = pl.id ORDER BY l.version DESC LIMIT 1) \
         FROM plans pl JOIN plan_versions v ON v.plan_id = pl.id \
         WHERE pl.person_id IN ({people}) GROUP BY pl.person_id, pl.id"
    ))
    .bind(key)
    .fetch_all(&mut *conn)
    .await?;
    let reviewed: Vec<(String, i64)> = sqlx::query_as(&format!(
        "SELECT person_id, MAX(updated_at) FROM reviews WHERE status = 'completed' AND person_id IN ({people}) \
         GROUP BY person_id"
    ))
    .bind(key)
    .fetch_all(&mut *conn)
    .await?;
    let reviewed: HashMap<String, i64> = reviewed.into_iter().collect();
    let mut newest: HashMap<String, Published> = HashMap::new();
    for (person, first, latest, set) in plans {
        let seen = newest.entry(person).or_insert(Published {
            first,
            latest,
            set: set.clone(),
        });
        // The newest plan's first publication; the newest version of any plan.
        seen.first = seen.first.max(first);
        if latest > seen.latest {
            seen.latest = latest;
            seen.set = set;
        }
    }
    Ok(newest
        .into_iter()
        .map(|(person, published)| {
            let due = published.due(reviewed.get(&person).copied());
            (person, due)
        })
        .collect())
}

/// A person's published plans, as their review date needs them.
struct Published {
    first: i64,
    latest: i64,
    set: Option<String>,
}

impl Published {
    fn due(&self, last_review: Option<i64>) -> i64 {
        let usual = match last_review {
            Some(reviewed) if reviewed > self.first => add_months(day_of_ms(reviewed), 12),
            _ => day_of_ms(self.first) + FIRST_REVIEW_DAYS,
        };
        // The caseworker's date counts until a review is completed after it was set.
        let set = match &self.set {
            Some(set) if last_review.is_none_or(|r| r < self.latest) => parse(set),
            _ => None,
        };
        set.map_or(usual, |set| set.min(usual))
    }
}
