//! What anyone may know about this service before signing in: the council that runs it.

pub mod routes;

use api::service::Council;
use sqlx::AnyConnection;

use crate::db::{StoreError, now_ms};

pub async fn get_council(conn: &mut AnyConnection) -> Result<Option<Council>, StoreError> {
    let row: Option<(String, String, String, String)> =
        sqlx::query_as("SELECT name, phone, email, website FROM council WHERE id = 1")
            .fetch_optional(conn)
            .await?;
    Ok(row.map(|(name, phone, email, website)| Council {
        name,
        phone,
        email,
        website,
    }))
}

pub async fn set_council(conn: &mut AnyConnection, council: &Council, demo: bool) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO council (id, name, phone, email, website, demo, updated_at) VALUES (1, $1, $2, $3, $4, $5, $6) \
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, phone = excluded.phone, email = excluded.email, \
         website = excluded.website, demo = excluded.demo, updated_at = excluded.updated_at",
    )
    .bind(&council.name)
    .bind(&council.phone)
    .bind(&council.email)
    .bind(&council.website)
    .bind(i64::from(demo))
    .bind(now_ms())
    .execute(conn)
    .await?;
    Ok(())
}
