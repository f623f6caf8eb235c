//! A council-sized database for `cargo xtask bench`: made-up people with published plans,
//! goals, wishes, reviews and carers; caseworkers with 60 people each, in teams of ten
//! under a manager; and signed-in sessions for a sample, whose cookies and ids go to a
//! JSON file for the load generator.

mod bulk;
mod people;
mod tables;

use std::path::{Path, PathBuf};
use std::time::Instant;

use api::dates::day_of_ms;
use api::service::Council;
use serde::Serialize;
use sqlx::{AnyConnection, Connection};

use crate::config::DatabaseUrl;
use crate::db::{Backend, OpenError, Store, StoreError, new_id, now_ms};
use people::{Person, carer, plan_contents, staff};
use tables::Batches;

/// A caseworker's caseload, and how many caseworkers a manager's team has.
pub const CASELOAD: usize = 60;
pub const TEAM_CASEWORKERS: usize = 10;
const TEAM: usize = CASELOAD * TEAM_CASEWORKERS;
/// Teams written per transaction: large enough to be fast, small enough that SQLite's
/// write-ahead log does not grow to the whole database before a checkpoint.
const TEAMS_PER_TRANSACTION: usize = 10;
const DAY_MS: i64 = 86_400_000;

/// How many of each kind of account get a session for the load generator.
const SIGNED_IN_CASEWORKERS: usize = 20;
const SIGNED_IN_PER_CASEWORKER: usize = 10;
const SIGNED_IN_CARERS: usize = 50;
const SIGNED_IN_MANAGERS: usize = 5;

#[derive(Debug, thiserror::Error)]
pub enum ScaleError {
    #[error(
        "the bench only fills a database of its own: name it ourplan_bench… (sqlite://target/bench/ourplan_bench.db or postgres://…/ourplan_bench), not {0}"
    )]
    NotABenchDatabase(DatabaseUrl),
    #[error("cannot clear the old bench database ({0})")]
    Clear(String),
    #[error(transparent)]
    Open(#[from] OpenError),
    #[error("could not write the bench data ({0})")]
    Store(#[from] StoreError),
    #[error("cannot write {path}: {reason}")]
    Output { path: PathBuf, reason: String },
}

impl From<sqlx::Error> for ScaleError {
    fn from(error: sqlx::Error) -> Self {
        Self::Store(error.into())
    }
}

/// What the load generator needs: sessions, and the ids its URLs name.
#[derive(Debug, Default, Serialize)]
pub struct Sample {
    pub people: usize,
    pub carers: usize,
    pub caseworkers: usize,
    pub managers: usize,
    pub seconds: f64,
    /// People signed in, each with their caseworker's session (who answers their requests).
    pub signed_in_people: Vec<PersonSession>,
    pub signed_in_carers: Vec<CarerSession>,
    pub signed_in_caseworkers: Vec<String>,
    pub signed_in_managers: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct PersonSession {
    pub token: String,
    pub person_id: String,
    pub plan_id: String,
    pub worker_token: String,
}

#[derive(Debug, Serialize)]
pub struct CarerSession {
    pub token: String,
    /// The person they care for, who lets them see everything.
    pub person_id: String,
    pub plan_id: String,
}

/// Empties the bench database, fills it with `people` people, and writes the sample to `out`.
pub async fn run(url: &DatabaseUrl, people: usize, out: &Path) -> Result<Sample, ScaleError> {
    let started = Instant::now();
    recreate(url).await?;
    let store = Store::open(url).await?;
    let mut conn = store.pool.acquire().await?;
    let mut sample = seed(&mut conn, people).await?;
    if store.backend == Backend::Postgres {
        // What autovacuum would do within a minute of a real import (it vacuums after
        // inserts too): unvacuumed, a read from an index alone visits the table as well.
        sqlx::query("VACUUM ANALYZE").execute(&mut *conn).await?;
    } else {
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&mut *conn)
            .await?;
    }
    drop(conn);
    store.close().await;
    sample.seconds = started.elapsed().as_secs_f64();
    let json = serde_json::to_string_pretty(&sample).map_err(|e| output(out, e))?;
    std::fs::write(out, json).map_err(|e| output(out, e))?;
    Ok(sample)
}

fn output(path: &Path, reason: impl ToString) -> ScaleError {
    ScaleError::Output {
        path: path.to_owned(),
        reason: reason.to_string(),
    }
}

/// Removes the SQLite files, or drops and creates the PostgreSQL database — only one whose
/// name says it is the bench's, so a mistyped URL cannot empty real data.
async fn recreate(url: &DatabaseUrl) -> Result<(), ScaleError> {
    let refused = || ScaleError::NotABenchDatabase(url.clone());
    if let Some(path) = crate::db::sqlite_path(url) {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if !name.starts_with("ourplan_bench") {
            return Err(refused());
        }
        for suffix in crate::db::reads::SUFFIXES {
            let file = PathBuf::from(format!("{}{suffix}", path.display()));
            if file.exists() {
                std::fs::remove_file(&file).map_err(|e| ScaleError::Clear(e.to_string()))?;
            }
        }
        return Ok(());
    }
    let raw = url.expose();
    let (server, name) = raw
        .split('?')
        .next()
        .unwrap_or_default()
        .rsplit_once('/')
        .ok_or_else(refused)?;
    let plain = name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !name.starts_with("ourplan_bench") || !plain || !raw.starts_with("postgres") {
        return Err(refused());
    }
    sqlx::any::install_default_drivers();
    // The server's own maintenance database, as `sqlx database create` uses.
    let mut admin = sqlx::AnyConnection::connect(&format!("{server}/postgres"))
        .await
        .map_err(|e| ScaleError::Clear(e.to_string()))?;
    for sql in [
        format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
        // As the README tells a council to create theirs: keys compared byte by byte.
        format!("CREATE DATABASE {name} TEMPLATE template0 LC_COLLATE 'C'"),
    ] {
        sqlx::query(&sql)
            .execute(&mut admin)
            .await
            .map_err(|e| ScaleError::Clear(e.to_string()))?;
    }
    admin.close().await.map_err(|e| ScaleError::Clear(e.to_string()))
}

/// Which of `count` things, spread evenly, get one of `wanted` sessions.
fn chosen(index: usize, count: usize, wanted: usize) -> bool {
    let stride = (count / wanted).max(1);
    index.is_multiple_of(stride) && index / stride < wanted
}

/// How many caseworkers a team with `people` people needs.
fn caseworkers_for(people: usize) -> usize {
    people.div_ceil(CASELOAD)
}

async fn seed(conn: &mut AnyConnection, people: usize) -> Result<Sample, ScaleError> {
    let now = now_ms();
    let today = day_of_ms(now);
    let contents = plan_contents(today)?;
    let teams = people.div_ceil(TEAM);
    let team_sizes: Vec<usize> = (0..teams).map(|t| TEAM.min(people - t * TEAM)).collect();
    let caseworkers: usize = team_sizes.iter().map(|&n| caseworkers_for(n)).sum();
    let carers = people / 10;
    let mut sample = Sample {
        people,
        carers,
        caseworkers,
        managers: teams,
        ..Sample::default()
    };
    let mut rows = Batches::new();
    let mut tx = conn.begin().await?;
    crate::service::set_council(
        &mut tx,
        &Council {
            name: "Benchmark Borough Council".into(),
            phone: "0808 157 0192".into(),
            email: "adultsocialcare@bench.example".into(),
            website: "https://bench.example/adult-social-care".into(),
        },
        false,
    )
    .await?;
    let (mut worker_index, mut carer_index) = (0, 0);
    for (team, &size) in team_sizes.iter().enumerate() {
        let team_id = new_id();
        rows.teams
            .push([(&team_id).into(), format!("Team {}", team + 1).into(), now.into()]);
        let manager = staff(&mut rows, &team_id, "manager", team, now);
        let manager_account = rows.account(None, Some(&manager), now);
        if chosen(team, teams, SIGNED_IN_MANAGERS) {
            let token = rows.session(&manager_account, now);
            sample.signed_in_managers.push(token);
        }
        for worker in 0..caseworkers_for(size) {
            let worker_id = staff(&mut rows, &team_id, "caseworker", worker_index, now);
            let worker_account = rows.account(None, Some(&worker_id), now);
            let signed_in = chosen(worker_index, caseworkers, SIGNED_IN_CASEWORKERS);
            let worker_token = signed_in.then(|| rows.session(&worker_account, now));
            worker_index += 1;
            for local in worker * CASELOAD..size.min((worker + 1) * CASELOAD) {
                let n = team * TEAM + local;
                let person = Person {
                    n,
                    team: &team_id,
                    worker: &worker_id,
                    worker_account: &worker_account,
                    content: &contents[n % contents.len()],
                };
                let (person_id, plan_id, account) = person.write(&mut rows, now)?;
                if let Some(worker_token) = &worker_token
                    && local % (CASELOAD / SIGNED_IN_PER_CASEWORKER) == 0
                {
                    sample.signed_in_people.push(PersonSession {
                        token: rows.session(&account, now),
                        person_id: person_id.clone(),
                        plan_id: plan_id.clone(),
                        worker_token: worker_token.clone(),
                    });
                }
                if n % 10 == 3 {
                    let carer = carer(&mut rows, &person_id, &worker_account, n, now);
                    if chosen(carer_index, carers, SIGNED_IN_CARERS) {
                        sample.signed_in_carers.push(CarerSession {
                            token: rows.session(&carer, now),
                            person_id,
                            plan_id,
                        });
                    }
                    carer_index += 1;
                }
            }
            if let Some(token) = worker_token {
                sample.signed_in_caseworkers.push(token);
            }
        }
        if (team + 1) % TEAMS_PER_TRANSACTION == 0 || team + 1 == teams {
            rows.flush(&mut tx).await?;
            tx.commit().await?;
            tx = conn.begin().await?;
            let done = team_sizes[..=team].iter().sum::<usize>();
            tracing::info!(people = done, "bench data written");
        }
    }
    tx.commit().await?;
    // Written as rows, not through goals::add_goal and the like: mark them all at once.
    sqlx::query(crate::staff::MARK_QUEUED).execute(&mut *conn).await?;
    if let Some(first) = sample.signed_in_people.first() {
        much_viewed(conn, &first.person_id, now).await?;
    }
    for batch in rows.in_order() {
        tracing::debug!(table = batch.table(), rows = batch.written, "bench rows");
    }
    Ok(sample)
}

/// The first signed-in person's plan viewed 100,000 times by their caseworker, for the
/// bench's "who has looked at my plan".
async fn much_viewed(conn: &mut AnyConnection, person_id: &str, now: i64) -> Result<(), ScaleError> {
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) \
         INSERT INTO read_events (id, at, actor_account_id, action, outcome, subject_person_id) \
         SELECT 'bench-view-' || i, $2 - i * 1000, \
         (SELECT c.id FROM accounts c JOIN allocations a ON a.staff_id = c.staff_id WHERE a.person_id = $1), \
         'plan_viewed', 'done', $1 FROM n",
    )
    .bind(person_id)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_are_spread_and_capped() {
        let picked: Vec<usize> = (0..1000).filter(|&i| chosen(i, 1000, 20)).collect();
        assert_eq!(picked.len(), 20);
        assert_eq!(picked[1], 50);
        assert_eq!((0..3).filter(|&i| chosen(i, 3, 5)).count(), 3);
    }

    #[test]
    fn the_last_team_gets_only_the_caseworkers_it_needs() {
        assert_eq!(caseworkers_for(600), 10);
        assert_eq!(caseworkers_for(61), 2);
    }
}
