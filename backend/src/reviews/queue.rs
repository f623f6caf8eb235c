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

/// A plan's publication dates, as columns of a query over `plans pl`: when it was first
/// published, when its newest version was, and the review date set in that version (all
/// NULL while it is unpublished). Kept on the plan as each version is published, and
/// read from the plans' index.
pub const PLAN_DATES: &str =
    "pl.first_published_at AS first_published, pl.published_at AS latest_published, pl.next_review";

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
    type Dated = (String, Option<i64>, Option<i64>, Option<String>);
    let plans: Vec<Dated> = sqlx::query_as(&format!(
        "SELECT pl.person_id, {PLAN_DATES} FROM plans pl WHERE pl.person_id IN ({people})"
    ))
    .bind(key)
    .fetch_all(&mut *conn)
    .await?;
    let plans = plans
        .into_iter()
        .filter_map(|(person, first, latest, set)| Some((person, PlanDates::new(first, latest, set)?)));
    Ok(reviews_due(plans, &last_reviewed(conn, people, key).await?))
}

/// When each of `people` last had a review completed.
pub async fn last_reviewed(
    conn: &mut AnyConnection,
    people: &str,
    key: &str,
) -> Result<HashMap<String, i64>, StoreError> {
    let reviewed: Vec<(String, i64)> = sqlx::query_as(&format!(
        "SELECT person_id, MAX(updated_at) FROM reviews WHERE status = 'completed' AND person_id IN ({people}) \
         GROUP BY person_id"
    ))
    .bind(key)
    .fetch_all(conn)
    .await?;
    Ok(reviewed.into_iter().collect())
}

/// Each person's next planned review, from their published plans' dates (as `PLAN_DATES`
/// gives them) and when they last had a review completed.
pub fn reviews_due(
    plans: impl IntoIterator<Item = (String, PlanDates)>,
    reviewed: &HashMap<String, i64>,
) -> HashMap<String, i64> {
    let mut newest: HashMap<String, PlanDates> = HashMap::new();
    for (person, plan) in plans {
        let Some(seen) = newest.get_mut(&person) else {
            newest.insert(person, plan);
            continue;
        };
        // The newest plan's first publication; the newest version of any plan.
        seen.first = seen.first.max(plan.first);
        if plan.latest > seen.latest {
            seen.latest = plan.latest;
            seen.set = plan.set;
        }
    }
    newest
        .into_iter()
        .map(|(person, published)| {
            let due = published.due(reviewed.get(&person).copied());
            (person, due)
        })
        .collect()
}

/// A published plan's dates, as a review date needs them.
pub struct PlanDates {
    first: i64,
    latest: i64,
    set: Option<String>,
}

impl PlanDates {
    /// The dates of a plan, if it has been published.
    pub fn new(first: Option<i64>, latest: Option<i64>, set: Option<String>) -> Option<Self> {
        Some(Self {
            first: first?,
            latest: latest?,
            set,
        })
    }

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
