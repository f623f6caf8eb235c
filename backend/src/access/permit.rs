//! The permit: the only way a request reaches a person's record. It takes a connection
//! (for a change, opens its transaction), finds whose record it is and asks the policy;
//! what is read or changed through it passes back through `read` or `change`, which audit
//! the action named at the call site. A change is audited in its own transaction and
//! committed; a GET reads on a plain connection, and its audit row is kept in a batch with
//! others' before it answers.

use std::sync::Arc;
use std::time::Duration;

use api::staff::StaffRole;
use sqlx::AnyConnection;
use tokio::sync::OwnedSemaphorePermit;

use super::policy::{self, Need, PlanAccess};
use super::signed::{Actor, Signed};
use super::subject::Subject;
use crate::audit::batched::Batched;
use crate::audit::{self, Event, Outcome};
use crate::db::{Backend, Held, Writing};
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Table {
    Plans,
    Reviews,
    Goals,
    Wishes,
    Concerns,
}

impl Table {
    pub(super) fn owner_query(self) -> &'static str {
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
            Self::Record(table, id) => super::owners::owner(conn, table, id).await,
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
/// with the connection it works on.
pub struct Permit<'a> {
    work: Work,
    grant: Grant<'a>,
}

/// How a request works on the database.
enum Work {
    /// A GET: each statement on its own, as PostgreSQL's default isolation would read
    /// them inside a transaction anyway. A BEGIN and a COMMIT would be two more trips to
    /// SQLite's connection thread for each read, and a GET never writes (`change` refuses
    /// it). Its audit row goes to the batch. A caseload's lists are read in turn (see
    /// `Permit::caseload`).
    Read(Held, Arc<Batched>, Option<OwnedSemaphorePermit>),
    /// A change, audited in its own transaction.
    Change(Writing),
}

impl Work {
    async fn start(state: &AppState, who: &Signed, turn: Option<OwnedSemaphorePermit>) -> Result<Self, AppError> {
        Ok(if audit::request::reading() {
            let conn = match who.take_connection() {
                Some(held) => held,
                None => state.store.connection().await?,
            };
            Self::Read(conn, state.audit.clone(), turn)
        } else {
            Self::Change(state.store.begin_write().await?)
        })
    }

    fn conn(&mut self) -> &mut AnyConnection {
        match self {
            Self::Read(conn, ..) => conn,
            Self::Change(tx) => tx,
        }
    }

    /// Records `event` and ends the work: a change with it, a read once its connection is
    /// handed on and its turn passed on (so both are free while the row waits for its
    /// batch).
    async fn keep(self, event: &Event<'_>, outcome: Outcome) -> Result<(), AppError> {
        match self {
            Self::Read(conn, batched, turn) => {
                conn.hand_on();
                drop(turn);
                batched.record(event, outcome).await?;
            }
            Self::Change(mut tx) => {
                audit::record(&mut tx, event, outcome).await?;
                tx.commit().await?;
            }
        }
        Ok(())
    }
}

impl<'a> Permit<'a> {
    /// Leave for what `need` asks of the target's record; otherwise hidden (404), or a
    /// carer whose access ended is told so (403), and the refusal is audited.
    pub async fn open(state: &AppState, who: &'a Signed, target: Target<'_>, need: Need) -> Result<Self, AppError> {
        let actor = who.actor()?;
        let mut work = Work::start(state, who, None).await?;
        let person = target.person(work.conn(), actor).await?;
        let access = match policy::decide(policy::plan_access(work.conn(), actor, &person).await?, need) {
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
                    work.keep(&event, Outcome::Refused).await?;
                }
                return Err(denied.into());
            }
        };
        Ok(Self {
            work,
            grant: Grant {
                actor,
                person: Some(person),
                access,
            },
        })
    }

    /// Leave for a member of staff to read across their caseload (a manager: the team's),
    /// audited as one row a request, about nobody in particular.
    ///
    /// On SQLite, reading a manager's lists of 600 people takes one of this server's cores
    /// some milliseconds. Eight at once shared the core, each took eight times as long and
    /// one held up by a pause held up the rest: so they take turns, one a core, in the
    /// order they came. One waiting keeps no connection, which others may need.
    /// PostgreSQL does that work in its own processes: there, turns halved how many were
    /// answered.
    pub async fn caseload(state: &AppState, who: &'a Signed) -> Result<Self, AppError> {
        let actor = who.actor()?;
        let access = match actor.staff()?.role {
            StaffRole::Caseworker => PlanAccess::Edit,
            StaffRole::Manager | StaffRole::Admin => PlanAccess::Oversee,
        };
        let turn = if audit::request::reading() && state.store.backend == Backend::Sqlite {
            if let Some(held) = who.take_connection() {
                held.hand_on();
            }
            let turn = state.lists.clone().acquire_owned().await;
            Some(turn.map_err(|_| AppError::Internal("the turns at reading lists have ended".into()))?)
        } else {
            None
        };
        Ok(Self {
            work: Work::start(state, who, turn).await?,
            grant: Grant {
                actor,
                person: None,
                access,
            },
        })
    }

    /// The connection and the grant, to do the work the permit was opened for.
    pub fn parts(&mut self) -> (&mut AnyConnection, &Grant<'a>) {
        (self.work.conn(), &self.grant)
    }

    /// Hands back what was read, once the reading is recorded as this actor's.
    pub async fn read<T>(self, action: &str, detail: &str, read: T) -> Result<T, AppError> {
        self.done(action, detail).await?;
        Ok(read)
    }

    /// Hands back the change's result, once it is recorded and both are kept.
    pub async fn change<T>(self, action: &str, detail: &str, changed: T) -> Result<T, AppError> {
        if matches!(self.work, Work::Read(..)) {
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
        self.work.keep(&event, Outcome::Done).await
    }
}
