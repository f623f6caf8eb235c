//! Carers' access to the people they care for: what is granted, on what basis, until
//! when, and its history. The policy reads [`current`] on every request.

pub mod concerns;
pub mod routes;

use api::auth::InvitationCreated;
use api::carers::{AccessChange, AccessEvent, CaredFor, CaredForPlan, CarerAccess, Record, Status};
use api::error::ErrorCode;
use api::plan::PlanKind;
use api::plan_check::{FieldProblem, Problem, SHORT_TEXT};
use serde::Deserialize;
use sqlx::AnyConnection;

pub use crate::access::grants::{Granted, current};
use crate::access::{Actor, Grant};
use crate::accounts::Authors;
use crate::accounts::Owner;
use crate::db::{StoreError, now_ms, today};
use crate::error::AppError;

/// How the carer is related to the person; `None` if they are not linked as their carer.
pub async fn relationship(conn: &mut AnyConnection, carer: &str, person: &str) -> Result<Option<String>, StoreError> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT relationship FROM carer_relationships WHERE carer_id = $1 AND person_id = $2")
            .bind(carer)
            .bind(person)
            .fetch_optional(conn)
            .await?;
    Ok(row.map(|(r,)| r))
}

/// Grants or changes access (and restarts it, if it had ended).
pub async fn set(conn: &mut AnyConnection, carer: &str, person: &str, granted: &Granted) -> Result<(), StoreError> {
    let s = granted.scopes;
    sqlx::query(
        "INSERT INTO carer_access (carer_id, person_id, basis, consent_how, reference, reasons, see_plan, see_budget, \
         see_goals, add_goals, request_review, see_reviews, ends_on, changed_by, changed_at, ended_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, NULL) \
         ON CONFLICT (carer_id, person_id) DO UPDATE SET basis = $3, consent_how = $4, reference = $5, reasons = $6, \
         see_plan = $7, see_budget = $8, see_goals = $9, add_goals = $10, request_review = $11, see_reviews = $12, \
         ends_on = $13, changed_by = $14, changed_at = $15, ended_at = NULL",
    )
    .bind(carer)
    .bind(person)
    .bind(granted.basis.as_str())
    .bind(granted.consent_how.trim())
    .bind(granted.reference.trim())
    .bind(granted.reasons.trim())
    .bind(i64::from(s.plan))
    .bind(i64::from(s.budget))
    .bind(i64::from(s.goals))
    .bind(i64::from(s.add_goals))
    .bind(i64::from(s.request_review))
    .bind(i64::from(s.reviews))
    .bind(granted.ends_on.as_deref())
    .bind(&granted.changed_by)
    .bind(granted.changed_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Ends access now; the record stays, for the history.
pub async fn end(
    conn: &mut AnyConnection,
    carer: &str,
    person: &str,
    by: &str,
    reasons: &str,
) -> Result<(), StoreError> {
    let now = now_ms();
    sqlx::query(
        "UPDATE carer_access SET ended_at = $1, changed_at = $1, changed_by = $2, \
         reasons = CASE WHEN $3 = '' THEN reasons ELSE $3 END WHERE carer_id = $4 AND person_id = $5",
    )
    .bind(now)
    .bind(by)
    .bind(reasons.trim())
    .bind(carer)
    .bind(person)
    .execute(conn)
    .await?;
    Ok(())
}

fn status(granted: Option<&Granted>, today: &str) -> Status {
    match granted {
        None => Status::NotGranted,
        Some(g) if g.ended_at.is_some() => Status::Ended,
        Some(g) if !g.in_force(today) => Status::Expired,
        Some(g) if !g.scopes.any() => Status::NotGranted,
        Some(_) => Status::Active,
    }
}

/// Everyone linked as the person's carer, with their access.
pub async fn of_person(conn: &mut AnyConnection, person: &str, today: &str) -> Result<Vec<CarerAccess>, StoreError> {
    let carers: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT r.carer_id, COALESCE(p.preferred_name, p.full_name), r.relationship FROM carer_relationships r \
         JOIN people p ON p.id = r.carer_id WHERE r.person_id = $1 ORDER BY p.full_name",
    )
    .bind(person)
    .fetch_all(&mut *conn)
    .await?;
    let mut authors = Authors::default();
    let mut list = Vec::with_capacity(carers.len());
    for (carer_id, carer_name, relationship) in carers {
        let granted = current(conn, &carer_id, person).await?;
        let changed = match &granted {
            Some(g) => Some(authors.written(conn, &g.changed_by, g.changed_at).await?),
            None => None,
        };
        list.push(CarerAccess {
            status: status(granted.as_ref(), today),
            basis: granted.as_ref().map(|g| g.basis),
            consent_how: granted.as_ref().map(|g| g.consent_how.clone()).unwrap_or_default(),
            reference: granted.as_ref().map(|g| g.reference.clone()).unwrap_or_default(),
            scopes: granted.as_ref().map(|g| g.scopes).unwrap_or_default(),
            ends_on: granted.as_ref().and_then(|g| g.ends_on.clone()),
            carer_id,
            carer_name,
            relationship,
            changed,
        });
    }
    Ok(list)
}

/// The people a carer cares for, with their access today (active access only).
pub async fn cared_for(
    conn: &mut AnyConnection,
    carer: &str,
    today: &str,
) -> Result<Vec<(String, String, Granted)>, StoreError> {
    let people: Vec<(String, String)> = sqlx::query_as(
        "SELECT r.person_id, p.full_name FROM carer_relationships r JOIN people p ON p.id = r.person_id \
         WHERE r.carer_id = $1 ORDER BY p.full_name",
    )
    .bind(carer)
    .fetch_all(&mut *conn)
    .await?;
    let mut list = Vec::new();
    for (person, name) in people {
        if let Some(granted) = current(conn, carer, &person).await?
            && status(Some(&granted), today) == Status::Active
        {
            list.push((person, name, granted));
        }
    }
    Ok(list)
}

/// The audit actions of carer access, and what each means.
pub const GRANTED: &str = "carer_access_granted";
pub const CHANGED: &str = "carer_access_changed";
pub const ENDED: &str = "carer_access_ended";

/// Every grant, change and ending for the person's carers, with each expiry, newest first.
pub async fn history(conn: &mut AnyConnection, person: &str, today: &str) -> Result<Vec<AccessEvent>, StoreError> {
    let rows: Vec<(String, String, Option<String>, i64)> = sqlx::query_as(
        "SELECT e.action, e.detail, e.actor_account_id, e.at FROM audit_events e \
         WHERE e.subject_person_id = $1 AND e.outcome = 'done' AND e.action IN ($2, $3, $4) ORDER BY e.at DESC",
    )
    .bind(person)
    .bind(GRANTED)
    .bind(CHANGED)
    .bind(ENDED)
    .fetch_all(&mut *conn)
    .await?;
    let names: Vec<(String, String)> = sqlx::query_as(
        "SELECT r.carer_id, COALESCE(p.preferred_name, p.full_name) FROM carer_relationships r \
         JOIN people p ON p.id = r.carer_id WHERE r.person_id = $1",
    )
    .bind(person)
    .fetch_all(&mut *conn)
    .await?;
    let name_of = |id: &str| {
        names
            .iter()
            .find(|(carer, _)| carer == id)
            .map(|(_, name)| name.clone())
            .unwrap_or_default()
    };
    let mut authors = Authors::default();
    let mut events = Vec::with_capacity(rows.len());
    for (action, carer, actor, at) in rows {
        let by = match actor {
            Some(account) => Some(authors.written(conn, &account, at).await?),
            None => None,
        };
        events.push(AccessEvent {
            carer_name: name_of(&carer),
            what: match action.as_str() {
                GRANTED => AccessChange::Granted,
                CHANGED => AccessChange::Changed,
                _ => AccessChange::Ended,
            },
            by,
            at,
        });
    }
    // An end date passing is not an action anyone takes: it is shown from the record.
    for (carer, _) in &names {
        if let Some(granted) = current(conn, carer, person).await?
            && granted.ended_at.is_none()
            && let Some(end) = granted.ends_on.as_deref().filter(|end| *end < today)
            && let Some(day) = api::dates::parse(end)
        {
            events.push(AccessEvent {
                carer_name: name_of(carer),
                what: AccessChange::Expired,
                by: None,
                at: (day + 1) * 86_400_000,
            });
        }
    }
    events.sort_by_key(|e| std::cmp::Reverse(e.at));
    Ok(events)
}

/// Which audit action saving access for this carer is: a grant, or a change to one in force.
pub async fn saving(conn: &mut AnyConnection, carer: &str, person: &str) -> Result<&'static str, AppError> {
    if relationship(conn, carer, person).await?.is_none() {
        return Err(AppError::Refused(ErrorCode::CarerNotLinked));
    }
    Ok(match current(conn, carer, person).await? {
        Some(before) if before.ended_at.is_none() => CHANGED,
        _ => GRANTED,
    })
}

/// Saves a grant or change, made now by the actor.
pub async fn save(
    conn: &mut AnyConnection,
    actor: &Actor,
    (carer, person): (&str, &str),
    record: Record,
) -> Result<(), AppError> {
    let granted = Granted {
        basis: record.basis,
        consent_how: record.consent_how,
        reference: record.reference,
        reasons: record.reasons,
        scopes: record.scopes,
        ends_on: record.ends_on.filter(|d| !d.is_empty()),
        changed_by: actor.account().to_owned(),
        changed_at: now_ms(),
        ended_at: None,
    };
    set(conn, carer, person, &granted).await?;
    Ok(())
}

/// Whether a member of staff ended this carer's access last: the person giving it again
/// is then a warning sign their caseworker must hear of.
pub async fn ended_by_staff(conn: &mut AnyConnection, carer: &str, person: &str) -> Result<bool, StoreError> {
    let found: Option<(Option<String>,)> = sqlx::query_as(
        "SELECT a.staff_id FROM carer_access c JOIN accounts a ON a.id = c.changed_by \
         WHERE c.carer_id = $1 AND c.person_id = $2 AND c.ended_at IS NOT NULL",
    )
    .bind(carer)
    .bind(person)
    .fetch_optional(conn)
    .await?;
    Ok(found.is_some_and(|(staff,)| staff.is_some()))
}

/// Access under an LPA or a court order is the caseworker's to change, not the person's.
pub async fn refuse_if_caseworker_manages(conn: &mut AnyConnection, carer: &str, person: &str) -> Result<(), AppError> {
    match current(conn, carer, person).await? {
        Some(g) if g.ended_at.is_none() && !g.basis.person_manages() => {
            Err(AppError::Refused(ErrorCode::CaseworkerManagesAccess))
        }
        _ => Ok(()),
    }
}

/// True when this carer's access has ended already (ending it again records nothing);
/// refused when they are not linked at all.
pub async fn ended_already(conn: &mut AnyConnection, carer: &str, person: &str) -> Result<bool, AppError> {
    match current(conn, carer, person).await? {
        None => Err(AppError::Refused(ErrorCode::CarerNotLinked)),
        Some(granted) => Ok(granted.ended_at.is_some()),
    }
}

/// The people a carer cares for and may see something of, with the plans they may read.
pub async fn caring_for(conn: &mut AnyConnection, carer: &str, today: &str) -> Result<Vec<CaredFor>, StoreError> {
    let mut list = Vec::new();
    for (person_id, person_name, granted) in cared_for(conn, carer, today).await? {
        let plans = if granted.scopes.plan {
            let rows: Vec<(String, String)> = sqlx::query_as(
                "SELECT p.id, p.kind FROM plans p WHERE p.person_id = $1 AND p.published_version IS NOT NULL \
                 ORDER BY p.created_at",
            )
            .bind(&person_id)
            .fetch_all(&mut *conn)
            .await?;
            rows.into_iter()
                .filter_map(|(plan_id, kind)| {
                    Some(CaredForPlan {
                        plan_id,
                        kind: PlanKind::parse(&kind)?,
                    })
                })
                .collect()
        } else {
            Vec::new()
        };
        list.push(CaredFor {
            person_id,
            person_name,
            scopes: granted.scopes,
            ends_on: granted.ends_on,
            plans,
        });
    }
    Ok(list)
}

/// A new carer, added by the caseworker with their access and an invitation to sign in.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct NewCarer {
    pub full_name: String,
    pub relationship: String,
    #[serde(default)]
    pub email: String,
    #[serde(default = "english")]
    pub language: String,
    pub access: Record,
}

fn english() -> String {
    api::i18n::DEFAULT_LOCALE.to_owned()
}

impl NewCarer {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut problems = api::carers::check_record(&self.access, &today());
        api::plan_check::text(&mut problems, "full_name", &self.full_name, SHORT_TEXT, true);
        api::plan_check::text(&mut problems, "relationship", &self.relationship, SHORT_TEXT, true);
        let email = self.email.trim();
        if !email.is_empty() && !api::admin::is_email(email) {
            problems.push(FieldProblem {
                field: "email".into(),
                problem: Problem::NotEmail,
            });
        }
        problems
    }
}

/// How many carers one person can have linked: more than any family, fewer than a flood.
pub const MAX_CARERS: i64 = 20;

/// Adds the carer, links them to the person with their access, and invites them: the new
/// carer's id and the invitation.
pub async fn add_carer(
    conn: &mut AnyConnection,
    grant: &Grant<'_>,
    body: NewCarer,
    lifetime: std::time::Duration,
) -> Result<(String, InvitationCreated), AppError> {
    let linked = "SELECT COUNT(*) FROM carer_relationships WHERE person_id = $1";
    AppError::unless_within(conn, linked, grant.person(), MAX_CARERS, "full_name").await?;
    let email = body.email.trim();
    let carer = crate::people::create(
        conn,
        &crate::people::NewPerson {
            full_name: body.full_name.trim(),
            language: api::i18n::negotiate([body.language.as_str()]),
            email: (!email.is_empty()).then_some(email),
            ..Default::default()
        },
    )
    .await?;
    crate::people::add_carer(conn, &carer, grant.person(), body.relationship.trim()).await?;
    save(conn, grant.actor(), (&carer, grant.person()), body.access).await?;
    let account = grant.actor().account();
    let (invitation, code) = crate::auth::invitations::create(
        conn,
        &Owner::Person(carer.clone()),
        api::auth::Purpose::Register,
        None,
        Some(account),
        lifetime,
    )
    .await?;
    crate::audit::done_about(conn, account, &carer, "invitation_created", &invitation.id).await?;
    let created = InvitationCreated {
        id: invitation.id,
        code,
        expires_at: invitation.expires_at,
    };
    Ok((carer, created))
}
