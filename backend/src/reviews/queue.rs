//! The caseworker's review queue: open reviews on their caseload (a manager's: the team's)
//! and planned reviews now due, most urgent first, then oldest, each against its target.

use std::collections::HashMap;

use api::dates::{add_months, add_working_days, day_of_ms, iso, parse};
use api::reviews::{Origin, QueueEntry, Reason, Step, Target, Urgency};
use sqlx::{AnyConnection, Arguments};

use crate::access::policy;
use crate::db::{StoreError, from_json, list};
use crate::staff::Staff;
pub use crate::state::Targets;

/// A first review falls due this long after a new plan is published...
const FIRST_REVIEW_DAYS: i64 = 6 * 7;
/// ...and is overdue two weeks later (the 6–8 week window).
const PLANNED_GRACE_DAYS: i64 = 14;

#[derive(serde::Deserialize)]
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

#[derive(serde::Deserialize)]
struct PersonDates {
    person_id: String,
    person_name: String,
    first_published: Option<i64>,
    latest_published: Option<i64>,
    next_review: Option<String>,
    last_reviewed: Option<i64>,
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
    // The name by a subquery, for only those with an open review: joined, SQLite looked up
    // every one of a manager's 600 people before it asked whether they had one.
    let open: Vec<OpenRow> = list::fetch(
        conn,
        &format!(
            "SELECT r.id, r.person_id, (SELECT p.full_name FROM people p WHERE p.id = r.person_id) AS person_name, \
             r.origin, r.reason, r.urgency, r.created_at, \
             (SELECT s.step FROM review_steps s WHERE s.review_id = r.id ORDER BY s.seq DESC LIMIT 1) AS step \
             FROM reviews r JOIN allocations a ON a.person_id = r.person_id AND a.ended_at IS NULL \
             WHERE r.is_open = 1 AND {scope}"
        ),
        list::args(&[&key]),
    )
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

    // The people on the caseload whose planned review may be due (their allocation's
    // review_due, migration 0024, is a day on or before it), with their plans' dates.
    let mut args = list::args(&[&key]);
    // Binding a number cannot fail.
    let _ = args.add(today);
    let people: Vec<PersonDates> = list::fetch(
        conn,
        &format!(
            "SELECT a.person_id, p.full_name AS person_name, {PLAN_DATES} FROM allocations a \
             JOIN people p ON p.id = a.person_id \
             LEFT JOIN plans pl ON pl.person_id = a.person_id \
             WHERE a.ended_at IS NULL AND a.review_due <= $2 AND {scope}"
        ),
        args,
    )
    .await?;
    let plans = people.iter().filter_map(|p| {
        let dates = PlanDates::new(
            p.first_published,
            p.latest_published,
            p.next_review.clone(),
            p.last_reviewed,
        )?;
        Some((p.person_id.clone(), dates))
    });
    let due = reviews_due(plans);
    let mut listed = std::collections::HashSet::new();
    for PersonDates {
        person_id, person_name, ..
    } in people
    {
        let planned_open = open.iter().any(|r| r.person_id == person_id && r.origin == "planned");
        if planned_open || !listed.insert(person_id.clone()) {
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

/// A plan's publication dates, as columns of a query over `plans pl` and its person
/// `people p`: when it was first published, when its newest version was, and the review
/// date set in that version (all NULL while it is unpublished), kept on the plan as each
/// version is published; and when its person last had a review completed, kept on them.
pub const PLAN_DATES: &str = "pl.first_published_at AS first_published, pl.published_at AS latest_published, \
    pl.next_review, p.last_review_completed_at AS last_reviewed";

/// Each person's next planned review, from their published plans' dates (as `PLAN_DATES`
/// gives them): 6 weeks after their newest plan is first published, then 12 months after
/// the last review completed — or sooner, on the date the caseworker set in the plan.
/// Nobody with no published plan is in it.
pub fn reviews_due(plans: impl IntoIterator<Item = (String, PlanDates)>) -> HashMap<String, i64> {
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
        .map(|(person, published)| (person, published.due()))
        .collect()
}

/// A published plan's dates, as a review date needs them.
pub struct PlanDates {
    first: i64,
    latest: i64,
    set: Option<String>,
    last_review: Option<i64>,
}

impl PlanDates {
    /// The dates of a plan, if it has been published.
    pub fn new(first: Option<i64>, latest: Option<i64>, set: Option<String>, last_review: Option<i64>) -> Option<Self> {
        Some(Self {
            first: first?,
            latest: latest?,
            set,
            last_review,
        })
    }

    fn due(&self) -> i64 {
        let last_review = self.last_review;
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
