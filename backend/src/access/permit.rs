//! The permit: the only way a request reaches a person's record. It opens the
//! transaction, finds whose record it is and asks the policy; what is read or changed
//! through it passes back through `read` or `change`, which audit the action named at the
//! call site and commit. A change is audited in its own transaction; a GET reads in a
//! read transaction, and its audit row is kept in a batch with others' before it answers.

use std::sync::Arc;
use std::time::Duration;

use api::staff::StaffRole;
use sqlx::{Any, AnyConnection, Transaction};

use super::policy::{self, Need, PlanAccess};
use super::signed::{Actor, Signed};
use super::subject::Subject;
use crate::audit::batched::Batched;
use crate::audit::{self, Event, Outcome};
use crate::error::AppError;
use crate::rate_limit::Limit;
use crate::state::AppState;

/// Whose record a request is about.
#[derive(Debug, Clone, Copy)]
pub enum Target<'a> {
    /// Named by the route: `/me/…` or `/people/{person}/…`.
    Subject(&'a Subject),
    /// A record that belongs to one person, by its id.
    Record(Table, &'a str),
}

/// The tables whose rows each belong to one person (their `person_id`).
#[derive(Debug, Clone, Copy)]
pub enum Table {
    Plans,
    Reviews,
    Goals,
    Wishes,
    Concerns,
}

impl Table {
    fn owner_query(self) -> &'static str {
        match self {
            Self::Plans => "SELECT person_id FROM plans WHERE id = $1",
            Self::Reviews => "SELECT person_id FROM reviews WHERE id = $1",
            Self::Goals => "SELECT person_id FROM goals WHERE id = $1",
            Self::Wishes => "SELECT person_id FROM wishes WHERE id = $1",
            Self::Concerns => "SELECT person_id FROM concerns WHERE id = $1",
        }
    }
}

impl Target<'_> {
    /// The person, or hidden when the record does not exist (as when it may not be seen).
    async fn person(self, conn: &mut AnyConnection, actor: &Actor) -> Result<String, AppError> {
        match self {
            Self::Subject(subject) => Ok(subject.person(actor)?.to_owned()),
            Self::Record(table, id) => {
                let row: Option<(String,)> = sqlx::query_as(table.owner_query())
                    .bind(id)
                    .fetch_optional(conn)
                    .await?;
                row.map(|(person,)| person).ok_or(AppError::NOT_FOUND)
            }
        }
    }
}

/// What the policy granted: who, whose record, and how far.
#[derive(Debug, Clone)]
pub struct Grant<'a> {
    actor: &'a Actor,
    person: Option<String>,
    access: PlanAccess,
}

impl<'a> Grant<'a> {
    pub fn actor(&self) -> &'a Actor {
        self.actor
    }

    /// The person whose record this is; empty for a caseload permit.
    pub fn person(&self) -> &str {
        self.person.as_deref().unwrap_or_default()
    }

    pub fn access(&self) -> PlanAccess {
        self.access
    }
}

/// Leave to read or change one person's record (or, for staff, their caseload), held
/// inside its transaction.
pub struct Permit<'a> {
    tx: Transaction<'static, Any>,
    grant: Grant<'a>,
    /// For a request that only reads: where its audit row goes.
    batched: Option<Arc<Batched>>,
}

impl<'a> Permit<'a> {
    /// Leave for what `need` asks of the target's record; otherwise hidden (404), or a
    /// carer whose access ended is told so (403), and the refusal is audited.
    pub async fn open(state: &AppState, who: &'a Signed, target: Target<'_>, need: Need) -> Result<Self, AppError> {
        let actor = who.actor()?;
        let (mut tx, batched) = begin(state).await?;
        let person = target.person(&mut tx, actor).await?;
        let access = match policy::decide(policy::plan_access(&mut tx, actor, &person).await?, need) {
            Ok(access) => access,
            Err(denied) => {
                // A refusal is recorded too: who tried to reach whose record, for what; a
                // flood from one account writes one row a minute.
                let once_a_minute = Limit {
                    tries: 1,
                    window: Duration::from_secs(60),
                };
                if state
                    .limiter
                    .check(&format!("refusal_audit:{}", actor.account()), once_a_minute)
                    .is_ok()
                {
                    let need = format!("{need:?}");
                    let event = Event {
                        actor: Some(actor.account()),
                        action: "access_refused",
                        subject_person: Some(&person),
                        detail: &need,
                        ..Event::default()
                    };
                    keep(tx, batched, &event, Outcome::Refused).await?;
                }
                return Err(denied.into());
            }
        };
        Ok(Self {
            tx,
            grant: Grant {
                actor,
                person: Some(person),
                access,
            },
            batched,
        })
    }

    /// Leave for a member of staff to read across their caseload (a manager: the team's),
    /// audited as one row a request, about nobody in particular.
    pub async fn caseload(state: &AppState, who: &'a Signed) -> Result<Self, AppError> {
        let actor = who.actor()?;
        let access = match actor.staff()?.role {
            StaffRole::Caseworker => PlanAccess::Edit,
            StaffRole::Manager | StaffRole::Admin => PlanAccess::Oversee,
        };
        let (tx, batched) = begin(state).await?;
        Ok(Self {
            tx,
            grant: Grant {
                actor,
                person: None,
                access,
            },
            batched,
        })
    }

    /// The transaction and the grant, to do the work the permit was opened for.
    pub fn parts(&mut self) -> (&mut AnyConnection, &Grant<'a>) {
        (&mut self.tx, &self.grant)
    }

    /// Hands back what was read, once the reading is recorded as this actor's.
    pub async fn read<T>(self, action: &str, detail: &str, read: T) -> Result<T, AppError> {
        self.done(action, detail).await?;
        Ok(read)
    }

    /// Hands back the change's result, once it is recorded and both are kept.
    pub async fn change<T>(self, action: &str, detail: &str, changed: T) -> Result<T, AppError> {
        if self.batched.is_some() {
            return Err(AppError::Internal(format!("{action}: a change made by a GET")));
        }
        self.done(action, detail).await?;
        Ok(changed)
    }

    async fn done(self, action: &str, detail: &str) -> Result<(), AppError> {
        let event = Event {
            actor: Some(self.grant.actor.account()),
            action,
            subject_person: self.grant.person.as_deref(),
            detail,
            ..Event::default()
        };
        keep(self.tx, self.batched, &event, Outcome::Done).await
    }
}

/// A read transaction for a request that only reads, else one that writes.
async fn begin(state: &AppState) -> Result<(Transaction<'static, Any>, Option<Arc<Batched>>), AppError> {
    if audit::request::reading() {
        Ok((state.store.begin_read().await?, Some(state.audit.clone())))
    } else {
        Ok((state.store.begin_write().await?, None))
    }
}

/// Records `event` and ends the transaction: a change with it, a read before it goes into
/// the next batch (so the connection is free while it waits).
async fn keep(
    mut tx: Transaction<'static, Any>,
    batched: Option<Arc<Batched>>,
    event: &Event<'_>,
    outcome: Outcome,
) -> Result<(), AppError> {
    match batched {
        Some(batched) => {
            tx.commit().await?;
            batched.record(event, outcome).await?;
        }
        None => {
            audit::record(&mut tx, event, outcome).await?;
            tx.commit().await?;
        }
    }
    Ok(())
}
