//! What a carer has been granted for one person: read by the policy on every request,
//! written by `carers`.

use api::carers::{Basis, Scopes};
use sqlx::AnyConnection;

use crate::db::StoreError;

/// What is recorded for one carer and one person.
#[derive(Debug, Clone, PartialEq)]
pub struct Granted {
    pub basis: Basis,
    pub consent_how: String,
    pub reference: String,
    pub reasons: String,
    pub scopes: Scopes,
    pub ends_on: Option<String>,
    pub changed_by: String,
    pub changed_at: i64,
    pub ended_at: Option<i64>,
}

impl Granted {
    /// Not ended, and not past its end date (`today` is an ISO date).
    pub fn in_force(&self, today: &str) -> bool {
        self.ended_at.is_none() && self.ends_on.as_deref().is_none_or(|end| end >= today)
    }
}

#[derive(sqlx::FromRow)]
struct Row {
    basis: String,
    consent_how: String,
    reference: String,
    reasons: String,
    see_plan: i64,
    see_budget: i64,
    see_goals: i64,
    add_goals: i64,
    request_review: i64,
    see_reviews: i64,
    ends_on: Option<String>,
    changed_by: String,
    changed_at: i64,
    ended_at: Option<i64>,
}

impl Row {
    fn granted(self) -> Granted {
        Granted {
            basis: Basis::parse(&self.basis).unwrap_or(Basis::Consent),
            consent_how: self.consent_how,
            reference: self.reference,
            reasons: self.reasons,
            scopes: Scopes {
                plan: self.see_plan != 0,
                budget: self.see_budget != 0,
                goals: self.see_goals != 0,
                add_goals: self.add_goals != 0,
                request_review: self.request_review != 0,
                reviews: self.see_reviews != 0,
            },
            ends_on: self.ends_on,
            changed_by: self.changed_by,
            changed_at: self.changed_at,
            ended_at: self.ended_at,
        }
    }
}

const COLUMNS: &str = "basis, consent_how, reference, reasons, see_plan, see_budget, see_goals, add_goals, \
                       request_review, see_reviews, ends_on, changed_by, changed_at, ended_at";

pub async fn current(conn: &mut AnyConnection, carer: &str, person: &str) -> Result<Option<Granted>, StoreError> {
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM carer_access WHERE carer_id = $1 AND person_id = $2"
    ))
    .bind(carer)
    .bind(person)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(Row::granted))
}
