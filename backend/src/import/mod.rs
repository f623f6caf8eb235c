//! `ourplan import people FILE.csv`: the people a council supports, from its
//! case-management system. Keyed on the council's reference, so running the same file
//! again changes nothing and a changed row updates that person. A file with a faulty row
//! writes nothing (unless told to skip such rows); the rest is written in batches, each
//! its own transaction, so the service keeps answering while a large file goes in.

pub mod rows;

use std::collections::{BTreeSet, HashMap};

use sqlx::AnyConnection;

use crate::audit::{self, Event, Outcome};
use crate::db::{Store, StoreError, today};
use crate::people::{self, NewPerson};
pub use rows::{COLUMNS, Fault, FileError, Row};

/// People written in one transaction: small enough that the write lock is never held
/// for long, large enough that a big file goes in quickly.
const BATCH: usize = 500;

#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Check and count, but write nothing.
    pub dry_run: bool,
    /// Write the good rows of a file that has faulty ones.
    pub skip_bad_rows: bool,
}

#[derive(Debug, Default)]
pub struct Report {
    pub added: usize,
    pub changed: usize,
    pub unchanged: usize,
    /// The rows not taken, by line.
    pub refused: Vec<Fault>,
    pub teams_created: Vec<String>,
    /// Whether anything was written (not on a dry run, nor for a file with faults).
    pub written: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    File(#[from] FileError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for ImportError {
    fn from(error: sqlx::Error) -> Self {
        Self::Store(error.into())
    }
}

/// A person as the database has them, to compare with their row.
#[derive(Debug, sqlx::FromRow)]
struct Existing {
    id: String,
    case_reference: String,
    full_name: String,
    preferred_name: Option<String>,
    date_of_birth: Option<String>,
    language: String,
    email: Option<String>,
    phone: Option<String>,
    team: Option<String>,
    caseworker_email: Option<String>,
}

impl Existing {
    /// Whether the row says anything different. An empty caseworker leaves the person's
    /// allocation as it is: people are also allocated in OurPlan itself.
    fn differs(&self, row: &Row) -> bool {
        self.full_name != row.name
            || self.preferred_name != row.preferred_name
            || self.date_of_birth != row.date_of_birth
            || self.language != row.language
            || self.email != row.email
            || self.phone != row.phone
            || self.team != row.team
            || (row.caseworker_email.is_some() && self.caseworker_email != row.caseworker_email)
    }
}

pub async fn people(store: &Store, bytes: &[u8], options: Options) -> Result<Report, ImportError> {
    let (rows, mut refused) = rows::read(bytes, &today())?;
    let mut conn = store.pool.acquire().await?;
    let caseworkers: HashMap<String, (String, Option<String>)> = sqlx::query_as::<_, (String, String, Option<String>)>(
        "SELECT LOWER(s.email), s.id, t.name FROM staff s LEFT JOIN teams t ON t.id = s.team_id \
         WHERE s.active = 1 AND s.role = 'caseworker' AND s.email IS NOT NULL",
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|(email, id, team)| (email, (id, team)))
    .collect();
    let mut taken = Vec::with_capacity(rows.len());
    for row in rows {
        if let Some(email) = &row.caseworker_email {
            let problem = match caseworkers.get(email) {
                None => Some(format!("{email} is not the email of an active caseworker")),
                Some((_, team)) if row.team.is_some() && *team != row.team => Some(format!(
                    "{email} works in {}, not {}",
                    team.as_deref().unwrap_or("no team"),
                    row.team.as_deref().unwrap_or_default()
                )),
                Some(_) => None,
            };
            if let Some(problem) = problem {
                refused.push(Fault {
                    line: row.line,
                    column: "caseworker_email",
                    problem,
                });
                continue;
            }
        }
        taken.push(row);
    }
    refused.sort_by_key(|fault| fault.line);
    let mut report = Report {
        refused,
        ..Report::default()
    };
    let existing: HashMap<String, Existing> = sqlx::query_as::<_, Existing>(
        "SELECT p.id, p.case_reference, p.full_name, p.preferred_name, p.date_of_birth, p.language, p.email, \
         p.phone, t.name AS team, LOWER(s.email) AS caseworker_email FROM people p \
         LEFT JOIN teams t ON t.id = p.team_id \
         LEFT JOIN allocations a ON a.person_id = p.id AND a.ended_at IS NULL \
         LEFT JOIN staff s ON s.id = a.staff_id WHERE p.case_reference IS NOT NULL",
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|e| (e.case_reference.clone(), e))
    .collect();
    let mut teams: HashMap<String, String> = sqlx::query_as::<_, (String, String)>("SELECT name, id FROM teams")
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .collect();
    let new_teams: BTreeSet<String> = taken
        .iter()
        .filter_map(|row| row.team.clone())
        .filter(|team| !teams.contains_key(team))
        .collect();
    report.teams_created = new_teams.iter().cloned().collect();
    drop(conn);

    // Nothing is written on a dry run, nor of a file with faults: say what would be.
    if options.dry_run || (!report.refused.is_empty() && !options.skip_bad_rows) {
        for row in &taken {
            match existing.get(&row.reference) {
                None => report.added += 1,
                Some(person) if person.differs(row) => report.changed += 1,
                Some(_) => report.unchanged += 1,
            }
        }
        return Ok(report);
    }

    if !new_teams.is_empty() {
        let mut tx = store.begin_write().await?;
        for name in &new_teams {
            let id = crate::staff::create_team(&mut tx, name).await?;
            record(&mut tx, "team_created", None, "by import").await?;
            teams.insert(name.clone(), id);
        }
        tx.commit().await?;
    }
    for batch in taken.chunks(BATCH) {
        let mut tx = store.begin_write().await?;
        for row in batch {
            let team = row.team.as_ref().map(|name| teams[name].as_str());
            let caseworker = row.caseworker_email.as_ref().map(|email| caseworkers[email].0.as_str());
            let detail = format!("line {}", row.line);
            match existing.get(&row.reference) {
                None => {
                    let new = NewPerson {
                        full_name: &row.name,
                        preferred_name: row.preferred_name.as_deref(),
                        date_of_birth: row.date_of_birth.as_deref(),
                        language: &row.language,
                        email: row.email.as_deref(),
                        phone: row.phone.as_deref(),
                        case_reference: Some(&row.reference),
                        team_id: team,
                        communication_needs: "",
                    };
                    let id = people::create(&mut tx, &new).await?;
                    if let Some(staff) = caseworker {
                        crate::staff::allocate(&mut tx, &id, staff).await?;
                    }
                    record(&mut tx, "person_imported", Some(&id), &detail).await?;
                    report.added += 1;
                }
                Some(person) if person.differs(row) => {
                    update(&mut tx, &person.id, row, team).await?;
                    if let Some(staff) = caseworker.filter(|_| person.caseworker_email != row.caseworker_email) {
                        crate::staff::allocate(&mut tx, &person.id, staff).await?;
                    }
                    record(&mut tx, "person_import_updated", Some(&person.id), &detail).await?;
                    report.changed += 1;
                }
                Some(_) => report.unchanged += 1,
            }
        }
        tx.commit().await?;
    }
    report.written = true;
    Ok(report)
}

async fn update(conn: &mut AnyConnection, id: &str, row: &Row, team: Option<&str>) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE people SET full_name = $1, preferred_name = $2, date_of_birth = $3, language = $4, email = $5, \
         phone = $6, team_id = $7 WHERE id = $8",
    )
    .bind(&row.name)
    .bind(&row.preferred_name)
    .bind(&row.date_of_birth)
    .bind(&row.language)
    .bind(&row.email)
    .bind(&row.phone)
    .bind(team)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

async fn record(conn: &mut AnyConnection, action: &str, person: Option<&str>, detail: &str) -> Result<(), StoreError> {
    let event = Event {
        actor: None,
        action,
        subject_person: person,
        detail,
        ..Event::default()
    };
    audit::record(conn, &event, Outcome::Done).await
}
