//! The caseworker's queue: what people on their caseload (a manager: the team's) have
//! said that waits for an answer, and what was answered lately.

use std::collections::HashMap;

use api::goals::{ContributionKind, Decision, QueueItem};
use sqlx::AnyConnection;

use super::reading::{Which, Whose, of_people};
use crate::access::policy::caseload_staff;
use crate::db::{StoreError, list, now_ms};
use crate::staff::Staff;

/// How long an answered goal or wish stays in a caseworker's queue, so they can see what
/// they said; after that it is on the person's page only.
pub const ANSWERED_SHOWN_FOR_DAYS: i64 = 14;

/// New and changed goals and wishes across a caseload (a manager: the team's), and those
/// answered in the last two weeks; unread first, then newest.
pub async fn queue(conn: &mut AnyConnection, staff: &Staff) -> Result<Vec<QueueItem>, StoreError> {
    let Some((on_staff, key)) = caseload_staff(staff) else {
        return Ok(Vec::new());
    };
    let answered_since = now_ms() - ANSWERED_SHOWN_FOR_DAYS * 86_400_000;
    let said = of_people(conn, Whose::Caseload(on_staff, &key), Which::Open { answered_since }).await?;
    let people = queued_people(conn, said.keys()).await?;
    let mut items = Vec::new();
    for (person, (goals, wishes)) in said {
        let Some((name, care_plan)) = people.get(&person) else {
            continue;
        };
        items.extend(goals.into_iter().filter(|g| !g.withdrawn).map(|g| QueueItem {
            person_id: person.clone(),
            person_name: name.clone(),
            kind: ContributionKind::Goal,
            id: g.id.clone(),
            text: g.input.what.clone(),
            decision: g.decision.clone(),
            updated_at: g.updated_at,
            written: g.written.clone(),
            response: g.response.clone(),
            goal: Some(Box::new(g)),
            care_plan_id: care_plan.as_ref().map(|p| p.0.clone()),
            care_plan_version: care_plan.as_ref().map(|p| p.1),
        }));
        items.extend(wishes.into_iter().map(|w| QueueItem {
            person_id: person.clone(),
            person_name: name.clone(),
            kind: ContributionKind::Wish,
            id: w.id,
            text: w.text,
            decision: w.decision,
            updated_at: w.updated_at,
            written: w.written,
            response: w.response,
            goal: None,
            care_plan_id: care_plan.as_ref().map(|p| p.0.clone()),
            care_plan_version: care_plan.as_ref().map(|p| p.1),
        }));
    }
    items.sort_by(|a, b| {
        let key = |i: &QueueItem| (i.decision != Decision::New, std::cmp::Reverse(i.updated_at));
        (key(a), &a.id).cmp(&(key(b), &b.id))
    });
    Ok(items)
}

/// The name of each person with something in the queue, and their care plan and its newest
/// published version (their first care plan, if they have more than one).
async fn queued_people(
    conn: &mut AnyConnection,
    people: impl Iterator<Item = &String>,
) -> Result<HashMap<String, (String, Option<(String, i64)>)>, StoreError> {
    #[derive(serde::Deserialize)]
    struct Row {
        person_id: String,
        name: String,
        plan_id: Option<String>,
        plan_version: Option<i64>,
        plan_created: Option<i64>,
    }
    let ids = crate::db::to_json(&people.collect::<Vec<_>>())?;
    let mut rows: Vec<Row> = list::fetch(
        conn,
        &format!(
            "SELECT p.id AS person_id, p.full_name AS name, pl.id AS plan_id, pl.published_version AS plan_version, \
             pl.created_at AS plan_created FROM {} JOIN people p ON p.id = j.value \
             LEFT JOIN plans pl ON pl.person_id = p.id AND pl.kind = 'care'",
            list::each(conn, "$1")
        ),
        list::args(&[&ids]),
    )
    .await?;
    rows.sort_by(|a, b| (&a.person_id, a.plan_created, &a.plan_id).cmp(&(&b.person_id, b.plan_created, &b.plan_id)));
    let mut people = HashMap::new();
    for row in rows {
        people
            .entry(row.person_id)
            .or_insert((row.name, row.plan_id.zip(row.plan_version)));
    }
    Ok(people)
}
