//! Accounts: what a person or a member of staff signs in to. An account's id is also
//! its WebAuthn user handle.

pub mod secrets;
pub mod sessions;

use std::collections::HashMap;

use api::auth::{Display, Role};
use api::goals::Written;
use api::staff::StaffRole;
use sqlx::AnyConnection;

use crate::db::{StoreError, list, now_ms, to_json};

/// Whose account: a person's (someone with care, or a carer) or a member of staff's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Owner {
    Person(String),
    Staff(String),
}

impl Owner {
    fn table_and_id(&self) -> (&'static str, &str) {
        match self {
            Self::Person(id) => ("people", id),
            Self::Staff(id) => ("staff", id),
        }
    }

    fn columns(&self) -> (Option<&str>, Option<&str>) {
        match self {
            Self::Person(id) => (Some(id), None),
            Self::Staff(id) => (None, Some(id)),
        }
    }
}

/// The account of a person or member of staff, if they have one.
pub async fn of(conn: &mut AnyConnection, owner: &Owner) -> Result<Option<String>, StoreError> {
    let (sql, id) = match owner {
        Owner::Person(id) => ("SELECT id FROM accounts WHERE person_id = $1", id),
        Owner::Staff(id) => ("SELECT id FROM accounts WHERE staff_id = $1", id),
    };
    let row: Option<(String,)> = sqlx::query_as(sql).bind(id).fetch_optional(conn).await?;
    Ok(row.map(|(id,)| id))
}

pub async fn create(conn: &mut AnyConnection, id: &str, owner: &Owner) -> Result<(), StoreError> {
    let (person, staff) = owner.columns();
    sqlx::query("INSERT INTO accounts (id, person_id, staff_id, created_at) VALUES ($1, $2, $3, $4)")
        .bind(id)
        .bind(person)
        .bind(staff)
        .bind(now_ms())
        .execute(conn)
        .await?;
    Ok(())
}

/// A disabled account's sessions are refused from its very next request.
pub async fn set_disabled(conn: &mut AnyConnection, id: &str, disabled: bool) -> Result<(), StoreError> {
    sqlx::query("UPDATE accounts SET disabled = $1 WHERE id = $2")
        .bind(i64::from(disabled))
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

#[derive(sqlx::FromRow, serde::Deserialize)]
struct OwnerRow {
    id: String,
    person_id: Option<String>,
    staff_id: Option<String>,
    person_name: Option<String>,
    staff_name: Option<String>,
    staff_role: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Described {
    pub name: String,
    pub role: Role,
    pub owner: Owner,
}

/// The language the owner reads (a shipped locale's tag, or what was recorded for them).
pub async fn language(conn: &mut AnyConnection, owner: &Owner) -> Result<String, StoreError> {
    let (table, id) = owner.table_and_id();
    let (language,): (String,) = sqlx::query_as(&format!("SELECT language FROM {table} WHERE id = $1"))
        .bind(id)
        .fetch_one(conn)
        .await?;
    Ok(language)
}

pub async fn set_language(conn: &mut AnyConnection, owner: &Owner, language: &str) -> Result<(), StoreError> {
    let (table, id) = owner.table_and_id();
    sqlx::query(&format!("UPDATE {table} SET language = $1 WHERE id = $2"))
        .bind(language)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// How the app looks for this account; the usual look if what is kept cannot be read.
pub async fn display(conn: &mut AnyConnection, account_id: &str) -> Result<Display, StoreError> {
    let (display,): (String,) = sqlx::query_as("SELECT display FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_one(conn)
        .await?;
    Ok(serde_json::from_str(&display).unwrap_or_default())
}

pub async fn set_display(conn: &mut AnyConnection, account_id: &str, display: &Display) -> Result<(), StoreError> {
    sqlx::query("UPDATE accounts SET display = $1 WHERE id = $2")
        .bind(crate::db::to_json(display)?)
        .bind(account_id)
        .execute(conn)
        .await?;
    Ok(())
}

const DESCRIBE: &str = "SELECT a.id, a.person_id, a.staff_id, COALESCE(p.preferred_name, p.full_name) AS person_name, \
     s.full_name AS staff_name, s.role AS staff_role";

/// Each account `a`'s owner: `p` or `s`.
const OWNERS: &str = "LEFT JOIN people p ON p.id = a.person_id LEFT JOIN staff s ON s.id = a.staff_id";

/// The account's owner, by the name they go by, with their role.
pub async fn describe(conn: &mut AnyConnection, id: &str) -> Result<Described, StoreError> {
    let row: OwnerRow = sqlx::query_as(&format!("{DESCRIBE} FROM accounts a {OWNERS} WHERE a.id = $1"))
        .bind(id)
        .fetch_one(conn)
        .await?;
    row.described()
}

/// Every account's owner, as [`describe`] gives each, in one query.
pub async fn describe_all(conn: &mut AnyConnection) -> Result<Vec<(String, Described)>, StoreError> {
    let rows: Vec<OwnerRow> = sqlx::query_as(&format!("{DESCRIBE} FROM accounts a {OWNERS}"))
        .fetch_all(conn)
        .await?;
    rows.into_iter()
        .map(|row| Ok((row.id.clone(), row.described()?)))
        .collect()
}

impl OwnerRow {
    fn described(self) -> Result<Described, StoreError> {
        match (self.person_id, self.staff_id) {
            (Some(person), _) => Ok(Described {
                name: self.person_name.unwrap_or_default(),
                role: Role::Person,
                owner: Owner::Person(person),
            }),
            (None, Some(staff)) => Ok(Described {
                name: self.staff_name.unwrap_or_default(),
                role: Role::Staff(
                    self.staff_role
                        .as_deref()
                        .and_then(StaffRole::parse)
                        .ok_or(StoreError::NotFound)?,
                ),
                owner: Owner::Staff(staff),
            }),
            (None, None) => Err(StoreError::NotFound),
        }
    }
}

/// Names and roles of the accounts that wrote things, looked up once each.
#[derive(Default)]
pub struct Authors(HashMap<String, (String, Role)>);

impl Authors {
    /// Looks up every one of `accounts` not known yet, in one query.
    pub async fn look_up(&mut self, conn: &mut AnyConnection, accounts: Vec<String>) -> Result<(), StoreError> {
        let unknown: std::collections::BTreeSet<String> =
            accounts.into_iter().filter(|a| !self.0.contains_key(a)).collect();
        if unknown.is_empty() {
            return Ok(());
        }
        let sql = format!(
            "{DESCRIBE} FROM {} JOIN accounts a ON a.id = j.value {OWNERS}",
            list::each(conn, "$1")
        );
        let rows: Vec<OwnerRow> = list::fetch(conn, &sql, list::args(&[&to_json(&unknown)?])).await?;
        for row in rows {
            let id = row.id.clone();
            let described = row.described()?;
            self.0.insert(id, (described.name, described.role));
        }
        Ok(())
    }

    pub async fn written(&mut self, conn: &mut AnyConnection, account: &str, at: i64) -> Result<Written, StoreError> {
        if !self.0.contains_key(account) {
            let described = describe(conn, account).await?;
            self.0.insert(account.to_owned(), (described.name, described.role));
        }
        let (name, role) = self.0[account].clone();
        Ok(Written { name, role, at })
    }
}

/// Changes to how the account signs in, newest first: the last 20, from the audit.
pub async fn sign_in_changes(
    conn: &mut AnyConnection,
    account_id: &str,
) -> Result<Vec<api::auth::SignInChange>, StoreError> {
    use api::auth::{SignInChange, SignInChangeKind};
    let actions = SignInChangeKind::ALL.map(SignInChangeKind::action);
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT at, action FROM audit_events WHERE subject_account_id = $1 AND outcome = 'done' \
         AND action IN ($2, $3, $4, $5, $6) ORDER BY at DESC, id LIMIT 20",
    )
    .bind(account_id)
    .bind(actions[0])
    .bind(actions[1])
    .bind(actions[2])
    .bind(actions[3])
    .bind(actions[4])
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(at, action)| {
            let kind = SignInChangeKind::ALL.into_iter().find(|k| k.action() == action)?;
            Some(SignInChange { at, kind })
        })
        .collect())
}
