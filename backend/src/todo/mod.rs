//! A caseworker's "To do": what waits on them across their caseload (a manager's: the
//! team's) — plans a person disagrees with, goals and wishes to answer, reviews and what
//! was added to them, carers' access the person changed, and safeguarding flags — most
//! urgent first, each with its due day.

pub mod routes;

use api::dates::{add_working_days, day_of_ms, iso};
use api::goals::ContributionKind;
use api::todo::{TodoItem, Waiting};
use sqlx::AnyConnection;

use crate::access::policy::caseload_scope;
use crate::db::StoreError;
use crate::staff::Staff;
use crate::state::Targets;

/// Everything waiting on `staff` as of `today` (a day number), most urgent first.
pub async fn of(
    conn: &mut AnyConnection,
    staff: &Staff,
    targets: Targets,
    today: i64,
) -> Result<Vec<TodoItem>, StoreError> {
    let Some((scope, key)) = caseload_scope(staff) else {
        return Ok(Vec::new());
    };
    let due_in = |at: i64, days: u32| add_working_days(day_of_ms(at), days);
    let item = |person_id: String, person_name: String, waiting: Waiting, at: i64, due: Option<i64>| TodoItem {
        person_id,
        person_name,
        waiting,
        at,
        overdue: due.is_some_and(|day| today > day),
        due: due.map(iso),
    };
    let mut items = Vec::new();

    let disagreements: Vec<(String, String, String, i64, String, String, i64)> = sqlx::query_as(&format!(
        "SELECT p.person_id, pe.full_name, r.plan_id, r.version, r.comment, r.id, r.at FROM plan_responses r \
         JOIN plans p ON p.id = r.plan_id JOIN people pe ON pe.id = p.person_id \
         JOIN allocations a ON a.person_id = p.person_id AND a.ended_at IS NULL \
         WHERE {scope} AND r.agrees = 0 AND r.dealt_with_at IS NULL \
         AND r.version = p.published_version \
         AND r.at = (SELECT MAX(r2.at) FROM plan_responses r2 WHERE r2.plan_id = r.plan_id AND r2.version = r.version)"
    ))
    .bind(&key)
    .fetch_all(&mut *conn)
    .await?;
    for (person, name, plan_id, version, comment, response_id, at) in disagreements {
        let waiting = Waiting::Disagreement {
            plan_id,
            version,
            comment,
            response_id,
        };
        items.push(item(person, name, waiting, at, Some(due_in(at, targets.acknowledge))));
    }

    for (table, text, closed, contribution) in [
        ("goals", "what", "withdrawn_at", ContributionKind::Goal),
        ("wishes", "text", "removed_at", ContributionKind::Wish),
    ] {
        let rows: Vec<(String, String, String, String, i64)> = sqlx::query_as(&format!(
            "SELECT c.person_id, pe.full_name, c.id, c.{text}, c.updated_at FROM {table} c \
             JOIN people pe ON pe.id = c.person_id \
             JOIN allocations a ON a.person_id = c.person_id AND a.ended_at IS NULL \
             WHERE {scope} AND c.decision = 'new' AND c.{closed} IS NULL"
        ))
        .bind(&key)
        .fetch_all(&mut *conn)
        .await?;
        for (person, name, id, text, at) in rows {
            let waiting = Waiting::Contribution { contribution, id, text };
            items.push(item(person, name, waiting, at, Some(due_in(at, targets.decide))));
        }
    }

    let additions: Vec<(String, String, String, String, i64)> = sqlx::query_as(&format!(
        "SELECT r.person_id, pe.full_name, ad.review_id, ad.text, ad.at FROM review_additions ad \
         JOIN reviews r ON r.id = ad.review_id JOIN people pe ON pe.id = r.person_id \
         JOIN allocations a ON a.person_id = r.person_id AND a.ended_at IS NULL \
         WHERE {scope} AND r.is_open = 1 \
         AND ad.at > (SELECT MAX(s.at) FROM review_steps s WHERE s.review_id = ad.review_id)"
    ))
    .bind(&key)
    .fetch_all(&mut *conn)
    .await?;
    for (person, name, review_id, text, at) in additions {
        let waiting = Waiting::Addition { review_id, text };
        items.push(item(person, name, waiting, at, Some(due_in(at, targets.acknowledge))));
    }

    let concerns: Vec<(String, String, i64, i64)> = sqlx::query_as(&format!(
        "SELECT c.person_id, pe.full_name, COUNT(*), MIN(c.created_at) FROM concerns c \
         JOIN people pe ON pe.id = c.person_id \
         JOIN allocations a ON a.person_id = c.person_id AND a.ended_at IS NULL \
         WHERE {scope} AND c.read_at IS NULL GROUP BY c.person_id, pe.full_name"
    ))
    .bind(&key)
    .fetch_all(&mut *conn)
    .await?;
    for (person, name, count, at) in concerns {
        let waiting = Waiting::Safeguarding { concerns: count };
        items.push(item(person, name, waiting, at, Some(day_of_ms(at))));
    }

    // Carers' access the person changed themselves, since any member of staff last
    // looked at their carers.
    let carer_changes: Vec<(String, String, String, Option<i64>, i64)> = sqlx::query_as(&format!(
        "SELECT ca.person_id, pe.full_name, COALESCE(cp.preferred_name, cp.full_name), ca.ended_at, ca.changed_at \
         FROM carer_access ca JOIN accounts ac ON ac.id = ca.changed_by AND ac.person_id = ca.person_id \
         JOIN people pe ON pe.id = ca.person_id JOIN people cp ON cp.id = ca.carer_id \
         JOIN allocations a ON a.person_id = ca.person_id AND a.ended_at IS NULL \
         WHERE {scope} AND ca.changed_at > COALESCE((SELECT MAX(e.at) FROM read_events e \
           WHERE e.subject_person_id = ca.person_id AND e.action = 'carers_viewed' \
           AND e.actor_account_id IN (SELECT id FROM accounts WHERE staff_id IS NOT NULL)), 0)"
    ))
    .bind(&key)
    .fetch_all(&mut *conn)
    .await?;
    for (person, name, carer, ended, at) in carer_changes {
        let waiting = Waiting::CarerChange {
            carer,
            ended: ended.is_some(),
        };
        items.push(item(person, name, waiting, at, Some(due_in(at, targets.acknowledge))));
    }

    for entry in crate::reviews::queue::entries(conn, staff, targets, today).await? {
        let due = entry.target.as_ref().and_then(|(_, day)| api::dates::parse(day));
        let at = api::dates::parse(&entry.since).map_or(0, |day| day * 86_400_000);
        let (person, name) = (entry.person_id.clone(), entry.person_name.clone());
        items.push(item(person, name, Waiting::Review { entry }, at, due));
    }

    items.sort_by(|a, b| {
        let key = |i: &TodoItem| (i.waiting.rank(), i.due.is_none(), i.due.clone(), i.at);
        key(a).cmp(&key(b))
    });
    Ok(items)
}
