//! Who may do what with a plan (asked of `policy`), and what every endpoint records.

use api::carers::Scope;
use api::plan::PlanContent;
use sqlx::AnyConnection;

use crate::audit;
use crate::auth::SignedIn;
use crate::db::{StoreError, now_ms};
use crate::http::AppError;
use crate::policy::{self, Actor, PlanAccess};
use crate::staff;

/// The plan, if this actor may see it at all, with what they may do; otherwise 404.
pub(super) struct Allowed {
    pub(super) actor: Actor,
    pub(super) access: PlanAccess,
    pub(super) person_id: String,
    pub(super) draft: super::Draft,
}

impl Allowed {
    /// The person's own caseworker, who alone edits and publishes; anyone else: 404.
    pub(super) fn editor(&self) -> Result<&staff::Staff, AppError> {
        match (&self.actor, self.access) {
            (Actor::Staff { staff, .. }, PlanAccess::Edit) => Ok(staff),
            _ => Err(AppError::NOT_FOUND),
        }
    }
}

impl Allowed {
    /// The plan as this reader may see it: without money for a carer not allowed it.
    pub(super) fn shown(&self, content: PlanContent) -> PlanContent {
        if self.money_hidden() {
            content.without_money()
        } else {
            content
        }
    }

    /// The person's answer to their plan is between them and their caseworker: a carer
    /// never sees it.
    pub(super) fn private<T>(&self, answer: Option<T>) -> Option<T> {
        answer.filter(|_| !matches!(self.access, PlanAccess::Carer(_)))
    }

    pub(super) fn money_hidden(&self) -> bool {
        !self.access.may_read(Scope::Budget)
    }
}

pub(super) async fn allowed(conn: &mut AnyConnection, user: &SignedIn, plan_id: &str) -> Result<Allowed, AppError> {
    let actor = policy::signed_in(conn, &user.account_id).await?;
    let draft = super::draft(conn, plan_id).await?;
    let access = policy::require(policy::plan_access(conn, &actor, &draft.person_id).await?, |a| {
        a.may_read(Scope::Plan)
    })?;
    Ok(Allowed {
        actor,
        access,
        person_id: draft.person_id.clone(),
        draft,
    })
}

pub(super) async fn record(
    conn: &mut AnyConnection,
    allowed: &Allowed,
    action: &str,
    detail: &str,
) -> Result<(), StoreError> {
    audit::done_about(conn, allowed.actor.account(), &allowed.person_id, action, detail).await
}

/// Today (UTC), as an ISO date, for checking dates people choose.
pub fn today() -> String {
    api::dates::iso(api::dates::day_of_ms(now_ms()))
}

pub(super) async fn person_name(conn: &mut AnyConnection, person_id: &str) -> Result<String, StoreError> {
    let (name,): (String,) = sqlx::query_as("SELECT full_name FROM people WHERE id = $1")
        .bind(person_id)
        .fetch_one(conn)
        .await?;
    Ok(name)
}

pub(super) async fn staff_name(conn: &mut AnyConnection, staff_id: &str) -> Result<String, StoreError> {
    Ok(staff::get(conn, staff_id).await?.full_name)
}

#[cfg(test)]
mod tests {
    #[test]
    fn today_is_an_iso_date() {
        let today = super::today();
        assert!(api::plan_check::is_date(&today), "{today}");
        assert!(today.as_str() > "2025-01-01");
    }
}
