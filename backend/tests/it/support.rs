//! Fresh databases for tests: an SQLite file in a temporary folder, or a PostgreSQL
//! database made for the test on the server `OURPLAN_TEST_POSTGRES_URL` names, and
//! dropped after it, pass or fail.

use std::future::Future;
use std::panic::AssertUnwindSafe;

use backend::config::DatabaseUrl;
use backend::db::Store;
use futures::FutureExt;
use sqlx::{AnyConnection, Connection, Executor};

/// A fresh, migrated database and the URL that opens it again.
pub struct TestDb {
    pub store: Store,
    pub url: DatabaseUrl,
}

impl TestDb {
    pub async fn conn(&self) -> sqlx::pool::PoolConnection<sqlx::Any> {
        self.store.pool.acquire().await.expect("a connection")
    }
}

pub async fn sqlite() -> (TestDb, tempfile::TempDir) {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let url = DatabaseUrl::from(format!("sqlite://{}", folder.path().join("ourplan.db").display()).as_str());
    let store = Store::open(&url).await.expect("SQLite opens");
    (TestDb { store, url }, folder)
}

pub async fn on_sqlite<F, Fut>(scenario: F)
where
    F: FnOnce(TestDb) -> Fut,
    Fut: Future<Output = ()>,
{
    let (db, _folder) = sqlite().await;
    scenario(db).await;
}

pub async fn on_postgres<F, Fut>(scenario: F)
where
    F: FnOnce(TestDb) -> Fut,
    Fut: Future<Output = ()>,
{
    let Some(server) = std::env::var("OURPLAN_TEST_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty())
    else {
        eprintln!("PostgreSQL not tested: OURPLAN_TEST_POSTGRES_URL is not set");
        return;
    };
    sqlx::any::install_default_drivers();
    let name = format!("ourplan_test_{}", uuid::Uuid::new_v4().simple());
    let mut admin = AnyConnection::connect(&server)
        .await
        .expect("PostgreSQL at OURPLAN_TEST_POSTGRES_URL");
    admin
        .execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .expect("CREATE DATABASE");
    let base = server.rsplit_once('/').map_or(server.as_str(), |(base, _)| base);
    let url = DatabaseUrl::from(format!("{base}/{name}").as_str());

    let outcome = AssertUnwindSafe(async {
        let store = Store::open(&url).await.expect("PostgreSQL opens");
        scenario(TestDb {
            store: store.clone(),
            url: url.clone(),
        })
        .await;
        store.close().await;
    })
    .catch_unwind()
    .await;

    admin
        .execute(format!("DROP DATABASE {name} WITH (FORCE)").as_str())
        .await
        .expect("DROP DATABASE");
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }
}

/// Runs each scenario (an `async fn(TestDb)`) once on SQLite and once on PostgreSQL.
macro_rules! on_both_databases {
    ($($scenario:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $scenario() {
                    $crate::support::on_sqlite(super::$scenario).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $scenario() {
                    $crate::support::on_postgres(super::$scenario).await;
                }
            )*
        }
    };
}
pub(crate) use on_both_databases;
