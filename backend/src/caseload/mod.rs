//! The people a caseworker works with (a manager: the team's, and those waiting for a
//! caseworker), each with their plans, the council's case reference, any unread
//! safeguarding concern and when their next planned review falls due.

pub mod people;
pub mod routes;

use api::dates::iso;
use api::plan::{CaseloadEntry, PlanKind, PlanSummary};
use api::staff::StaffRole;
use sqlx::AnyConnection;

use crate::access::policy::caseload_staff;
use crate::db::{StoreError, list};
use crate::reviews::queue::{PLAN_DATES, PlanDates, reviews_due};
use crate::staff::Staff;

/// How many concerns about the person `p` their caseworker has not read yet.
const UNREAD: &str = "p.unread_concerns AS unread";

/// The caseload of `staff` as of `today` (a day number), by name.
pub async fn of(conn: &mut AnyConnection, staff: &Staff, today: i64) -> Result<Vec<CaseloadEntry>, StoreError> {
    let Some((scope, key)) = caseload_staff(staff) else {
        return Ok(Vec::new());
    };
    // From the staff in scope to their allocations: PostgreSQL, asked for the allocations
    // of staff in a subquery and then for each allocation's worker, read the whole staff
    // table, or looked the worker up twice in each row.
    let mut rows: Vec<Row> = list::fetch(
        conn,
        &format!(
            "SELECT p.id AS person_id, p.full_name AS person_name, p.case_reference, p.communication_needs, \
             s.full_name AS worker_name, s.active AS worker_active, \
             pl.id AS plan_id, pl.kind, pl.draft_version, pl.draft_updated_at, pl.created_at AS plan_created, \
             pl.published_version AS current_version, {PLAN_DATES}, {UNREAD} \
             FROM staff s JOIN allocations a ON a.staff_id = s.id JOIN people p ON p.id = a.person_id \
             LEFT JOIN plans pl ON pl.person_id = p.id \
             WHERE a.ended_at IS NULL AND {scope}"
        ),
        list::args(&[&key]),
    )
    .await?;
    // By name, each person's plans oldest first.
    rows.sort_by(|a, b| {
        (&a.person_name, &a.person_id, a.plan_created).cmp(&(&b.person_name, &b.person_id, b.plan_created))
    });
    let mut plans: Vec<(String, PlanDates)> = rows
        .iter()
        .filter_map(|r| {
            Some((
                r.person_id.clone(),
                PlanDates::new(
                    r.first_published,
                    r.latest_published,
                    r.next_review.clone(),
                    r.last_reviewed,
                )?,
            ))
        })
        .collect();
    let mut entries: Vec<CaseloadEntry> = Vec::new();
    for row in rows {
        if entries.last().is_none_or(|e| e.person_id != row.person_id) {
            entries.push(CaseloadEntry {
                person_id: row.person_id.clone(),
                name: row.person_name.clone(),
                case_reference: row.case_reference.clone(),
                communication_needs: row.communication_needs.clone(),
                worker_name: row.worker_name.clone(),
                plans: Vec::new(),
                concerns: row.unread,
                next_review: None,
                review_overdue: false,
                needs_allocation: row.worker_active == 0,
            });
        }
        if let (Some(entry), Some(plan)) = (entries.last_mut(), row.plan()) {
            entry.plans.push(plan);
        }
    }
    if staff.role == StaffRole::Manager {
        entries.extend(waiting(conn, staff, &mut plans).await?);
    }
    let due = reviews_due(plans);
    for entry in &mut entries {
        let due = due.get(&entry.person_id).copied();
        entry.review_overdue = due.is_some_and(|day| day < today);
        entry.next_review = due.map(iso);
    }
    Ok(entries)
}

/// The people with the manager's team whom nobody is allocated to yet, and the dates of
/// their published plans (for when their review is due).
async fn waiting(
    conn: &mut AnyConnection,
    manager: &Staff,
    plans: &mut Vec<(String, PlanDates)>,
) -> Result<Vec<CaseloadEntry>, StoreError> {
    let mut rows: Vec<WaitingRow> = list::fetch(
        conn,
        &format!(
            "SELECT p.id AS person_id, p.full_name AS name, p.case_reference, p.communication_needs, \
             {PLAN_DATES}, {UNREAD} \
             FROM people p LEFT JOIN plans pl ON pl.person_id = p.id \
             WHERE p.team_id = $1 AND p.closed_at IS NULL AND p.allocated = 0"
        ),
        list::args(&[manager.team_id.as_deref().unwrap_or_default()]),
    )
    .await?;
    rows.sort_by(|a, b| (&a.name, &a.person_id).cmp(&(&b.name, &b.person_id)));
    let mut entries: Vec<CaseloadEntry> = Vec::new();
    for row in rows {
        let dates = PlanDates::new(
            row.first_published,
            row.latest_published,
            row.next_review,
            row.last_reviewed,
        );
        if let Some(dates) = dates {
            plans.push((row.person_id.clone(), dates));
        }
        if entries.last().is_some_and(|e| e.person_id == row.person_id) {
            continue;
        }
        entries.push(CaseloadEntry {
            person_id: row.person_id,
            name: row.name,
            case_reference: row.case_reference,
            communication_needs: row.communication_needs,
            worker_name: String::new(),
            plans: Vec::new(),
            concerns: row.unread,
            next_review: None,
            review_overdue: false,
            needs_allocation: true,
        });
    }
    Ok(entries)
}

#[derive(serde::Deserialize)]
struct WaitingRow {
    person_id: String,
    name: String,
    case_reference: Option<String>,
    communication_needs: String,
    first_published: Option<i64>,
    latest_published: Option<i64>,
    next_review: Option<String>,
    last_reviewed: Option<i64>,
    unread: i64,
}

#[derive(serde::Deserialize)]
struct Row {
    person_id: String,
    person_name: String,
    case_reference: Option<String>,
    communication_needs: String,
    worker_name: String,
    worker_active: i64,
    plan_id: Option<String>,
    kind: Option<String>,
    draft_version: Option<i64>,
    draft_updated_at: Option<i64>,
    plan_created: Option<i64>,
    current_version: Option<i64>,
    first_published: Option<i64>,
    latest_published: Option<i64>,
    next_review: Option<String>,
    last_reviewed: Option<i64>,
    unread: i64,
}

impl Row {
    fn plan(&self) -> Option<PlanSummary> {
        Some(PlanSummary {
            id: self.plan_id.clone()?,
            kind: self.kind.as_deref().and_then(PlanKind::parse)?,
            person_id: self.person_id.clone(),
            person_name: self.person_name.clone(),
            current_version: self.current_version,
            draft_version: self.draft_version.unwrap_or_default(),
            draft_updated_at: self.draft_updated_at.unwrap_or_default(),
        })
    }
}
