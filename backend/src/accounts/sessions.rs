//! Sessions: a 256-bit token in an HttpOnly, SameSite=Strict cookie, stored only hashed,
//! ended by sign-out, by the person from another device, by an idle timeout or by an
//! absolute lifetime — and refused on the very next request once ended.

use std::time::Duration;

use sqlx::AnyConnection;

use super::secrets;
use crate::audit::{self, Event, Outcome};
use crate::db::{Store, StoreError, new_id, now_ms};
use crate::staff::{Staff, StaffRow};

/// How often a session's last use is written down.
const SEEN_EVERY_MS: i64 = 60_000;

#[derive(Debug, Clone, Copy)]
pub struct SessionPolicy {
    pub idle: Duration,
    pub lifetime: Duration,
}

impl Default for SessionPolicy {
    fn default() -> Self {
        Self {
            idle: Duration::from_secs(30 * 60),
            lifetime: Duration::from_secs(12 * 60 * 60),
        }
    }
}

fn ms(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

/// Starts a session; returns its id and the token for the cookie (never stored).
pub async fn start(
    conn: &mut AnyConnection,
    account_id: &str,
    device: Device,
    policy: SessionPolicy,
) -> Result<(String, String), StoreError> {
    let id = new_id();
    let token = secrets::new_session_token();
    let now = now_ms();
    sqlx::query(
        "INSERT INTO sessions (id, token_hash, account_id, browser, system, created_at, last_seen_at, verified_at, \
         expires_at) VALUES ($1, $2, $3, $4, $5, $6, $6, $6, $7)",
    )
    .bind(&id)
    .bind(secrets::hash(&token))
    .bind(account_id)
    .bind(device.browser)
    .bind(device.system)
    .bind(now)
    .bind(now + ms(policy.lifetime))
    .execute(conn)
    .await?;
    Ok((id, token))
}

/// A live session, with whose account it is: the person behind it, or the member of
/// staff (active or not).
#[derive(Debug, Clone)]
pub struct Resumed {
    pub session_id: String,
    pub account_id: String,
    pub person_id: Option<String>,
    /// The person's case is closed: they read their record and change nothing.
    pub case_closed: bool,
    pub staff: Option<Staff>,
    /// When the owner last used a passkey in this session: at its start, or to confirm.
    pub verified_at: i64,
    /// Its use was written down less than a minute ago; if not, see [`seen`].
    pub seen_lately: bool,
}

/// Writes down that the session is in use, once a minute (a write for every request would
/// queue each behind the database's one writer, for an idle time counted in minutes), in
/// a task of its own after the writers in line: written in the request, a session's first
/// request in a minute waited for SQLite's lock in its busy handler while writers passed
/// it from one to the next (the bench's first write of each turn: p99 215–605 ms).
pub fn seen(store: &Store, session_id: &str) {
    let (store, session_id) = (store.clone(), session_id.to_owned());
    tokio::spawn(async move {
        let written = async {
            let mut tx = store.begin_write().await?;
            sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id = $2 AND last_seen_at < $1")
                .bind(now_ms())
                .bind(&session_id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await
        };
        if let Err(error) = written.await {
            // The session times out a minute or so early at worst.
            tracing::warn!(%error, "a session's last use was not written down");
        }
    });
}

#[derive(sqlx::FromRow)]
struct ResumeRow {
    id: String,
    account_id: String,
    last_seen_at: i64,
    verified_at: i64,
    expires_at: i64,
    ended_at: Option<i64>,
    disabled: i64,
    person_id: Option<String>,
    closed_at: Option<i64>,
    access_until: Option<i64>,
    staff_id: Option<String>,
    staff_name: Option<String>,
    staff_email: Option<String>,
    staff_phone: Option<String>,
    staff_role: Option<String>,
    staff_team: Option<String>,
    staff_active: Option<i64>,
    staff_language: Option<String>,
}

/// The live session a token belongs to and whose it is, in one query; `None` when the
/// token is unknown, the session ended or timed out, the account is disabled, or the
/// person's closed case no longer gives access.
pub async fn resume(
    conn: &mut AnyConnection,
    token: &str,
    policy: SessionPolicy,
) -> Result<Option<Resumed>, StoreError> {
    let now = now_ms();
    let row: Option<ResumeRow> = sqlx::query_as(
        "SELECT s.id, s.account_id, s.last_seen_at, COALESCE(s.verified_at, s.created_at) AS verified_at, s.expires_at, s.ended_at, a.disabled, a.person_id, \
         pe.closed_at, pe.access_until, st.id AS staff_id, st.full_name AS staff_name, st.email AS staff_email, st.phone AS staff_phone, st.role AS staff_role, \
         st.team_id AS staff_team, st.active AS staff_active, st.language AS staff_language \
         FROM sessions s JOIN accounts a ON a.id = s.account_id LEFT JOIN staff st ON st.id = a.staff_id \
         LEFT JOIN people pe ON pe.id = a.person_id \
         WHERE s.token_hash = $1",
    )
    .bind(secrets::hash(token))
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    // A closed case may still sign in and read, until its access ends.
    let live = row.ended_at.is_none()
        && row.disabled == 0
        && row.access_until.is_none_or(|until| now < until)
        && now < row.expires_at
        && now - row.last_seen_at < ms(policy.idle);
    if !live {
        return Ok(None);
    }
    let staff = match (row.staff_id, row.staff_role) {
        (Some(id), Some(role)) => Some(Staff::try_from(StaffRow {
            id,
            full_name: row.staff_name.unwrap_or_default(),
            email: row.staff_email,
            phone: row.staff_phone,
            role,
            team_id: row.staff_team,
            active: row.staff_active.unwrap_or_default(),
            language: row.staff_language.unwrap_or_default(),
        })?),
        _ => None,
    };
    Ok(Some(Resumed {
        seen_lately: now - row.last_seen_at < SEEN_EVERY_MS,
        session_id: row.id,
        account_id: row.account_id,
        person_id: row.person_id,
        case_closed: row.closed_at.is_some(),
        staff,
        verified_at: row.verified_at,
    }))
}

#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Session {
    pub id: String,
    pub browser: String,
    pub system: String,
    pub created_at: i64,
    pub last_seen_at: i64,
}

/// The account's sessions that are still live, most recently used first.
pub async fn live(
    conn: &mut AnyConnection,
    account_id: &str,
    policy: SessionPolicy,
) -> Result<Vec<Session>, StoreError> {
    let now = now_ms();
    Ok(sqlx::query_as(
        "SELECT id, browser, system, created_at, last_seen_at FROM sessions \
         WHERE account_id = $1 AND ended_at IS NULL AND expires_at > $2 AND last_seen_at > $3 \
         ORDER BY last_seen_at DESC, id",
    )
    .bind(account_id)
    .bind(now)
    .bind(now - ms(policy.idle))
    .fetch_all(conn)
    .await?)
}

impl Session {
    /// As the account's owner sees it on their devices page.
    pub fn info(self, current_session: &str) -> api::auth::SessionInfo {
        api::auth::SessionInfo {
            current: self.id == current_session,
            id: self.id,
            browser: self.browser,
            system: self.system,
            created_at: self.created_at,
            last_seen_at: self.last_seen_at,
        }
    }
}

/// Ends one of the account's sessions, and records who ended it, as `action`.
pub async fn end_audited(store: &Store, account_id: &str, session_id: &str, action: &str) -> Result<(), StoreError> {
    let mut tx = store.begin_write().await?;
    end(&mut tx, account_id, session_id).await?;
    let event = Event {
        actor: Some(account_id),
        action,
        subject_account: Some(account_id),
        detail: session_id,
        ..Event::default()
    };
    audit::record(&mut tx, &event, Outcome::Done).await?;
    tx.commit().await?;
    Ok(())
}

/// The session's owner has just used a passkey: changes to how they sign in are open to
/// them for a few minutes.
pub async fn verified(conn: &mut AnyConnection, session_id: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE sessions SET verified_at = $1 WHERE id = $2")
        .bind(now_ms())
        .bind(session_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Ends every session of the account, as a recovery does; returns how many were live.
pub async fn end_all(conn: &mut AnyConnection, account_id: &str) -> Result<u64, StoreError> {
    let ended = sqlx::query("UPDATE sessions SET ended_at = $1 WHERE account_id = $2 AND ended_at IS NULL")
        .bind(now_ms())
        .bind(account_id)
        .execute(conn)
        .await?;
    Ok(ended.rows_affected())
}

/// Ends one of the account's sessions; `NotFound` if it is not theirs or already ended.
pub async fn end(conn: &mut AnyConnection, account_id: &str, session_id: &str) -> Result<(), StoreError> {
    let ended = sqlx::query("UPDATE sessions SET ended_at = $1 WHERE id = $2 AND account_id = $3 AND ended_at IS NULL")
        .bind(now_ms())
        .bind(session_id)
        .bind(account_id)
        .execute(conn)
        .await?;
    if ended.rows_affected() == 1 {
        Ok(())
    } else {
        Err(StoreError::NotFound)
    }
}

/// The device a session is on, as its owner knows it ("Chrome", "Android"), for their
/// "Signed-in devices" page; empty where the browser does not say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Device {
    pub browser: &'static str,
    pub system: &'static str,
}

impl Device {
    pub fn from_user_agent(user_agent: &str) -> Self {
        let first = |pairs: &[(&str, &'static str)]| {
            pairs
                .iter()
                .find(|(marker, _)| user_agent.contains(marker))
                .map_or("", |(_, name)| name)
        };
        Self {
            browser: first(&[
                ("Edg/", "Edge"),
                ("SamsungBrowser", "Samsung Internet"),
                ("Firefox/", "Firefox"),
                ("Chrome/", "Chrome"),
                ("Safari/", "Safari"),
            ]),
            system: first(&[
                ("Android", "Android"),
                ("iPhone", "iPhone"),
                ("iPad", "iPad"),
                ("Windows", "Windows"),
                ("Mac OS", "Mac"),
                ("CrOS", "ChromeOS"),
                ("Linux", "Linux"),
            ]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Device;

    #[test]
    fn devices_are_named_the_way_people_know_them() {
        let android = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";
        assert_eq!(
            Device::from_user_agent(android),
            Device {
                browser: "Chrome",
                system: "Android"
            }
        );
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
        assert_eq!(
            Device::from_user_agent(iphone),
            Device {
                browser: "Safari",
                system: "iPhone"
            }
        );
        assert_eq!(Device::from_user_agent("curl/8"), Device::default());
    }
}
