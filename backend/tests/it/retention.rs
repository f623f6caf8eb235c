//! Retention: each class of record goes when its time is up, and not before; a closed
//! case goes whole, carers' news about it included; a dry run changes nothing; each
//! deletion is audited. On SQLite and PostgreSQL.

use backend::retention::{Periods, sweep};

use crate::support::{TestDb, on_postgres, on_sqlite};

async fn count(db: &TestDb, sql: &str, id: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sql).bind(id).fetch_one(&db.store.pool).await.expect(sql);
    n
}

/// Rows that name Peggy, table by table.
async fn peggys_rows(db: &TestDb, peggy: &str) -> Vec<i64> {
    let mut rows = Vec::new();
    for sql in [
        "SELECT COUNT(*) FROM people WHERE id = $1",
        "SELECT COUNT(*) FROM plans WHERE person_id = $1",
        "SELECT COUNT(*) FROM plan_versions WHERE plan_id IN (SELECT id FROM plans WHERE person_id = $1)",
        "SELECT COUNT(*) FROM goals WHERE person_id = $1",
        "SELECT COUNT(*) FROM wishes WHERE person_id = $1",
        "SELECT COUNT(*) FROM reviews WHERE person_id = $1",
        "SELECT COUNT(*) FROM carer_access WHERE person_id = $1",
        "SELECT COUNT(*) FROM accounts WHERE person_id = $1",
        "SELECT COUNT(*) FROM notifications WHERE person_id = $1 OR details LIKE '%' || $1 || '%'",
    ] {
        rows.push(count(db, sql, peggy).await);
    }
    rows
}

async fn scenario(db: TestDb) {
    backend::demo::seed(&db.store).await.expect("demo");
    let sql = |statement: &'static str| {
        let pool = db.store.pool.clone();
        async move { sqlx::query(statement).execute(&pool).await.expect(statement) }
    };
    let (peggy,): (String,) = sqlx::query_as("SELECT id FROM people WHERE preferred_name = 'Peggy'")
        .fetch_one(&db.store.pool)
        .await
        .expect("Peggy");
    // Peggy's case closed in 1970; Helen, her carer, hears news about her.
    sqlx::query("UPDATE people SET closed_at = 1 WHERE id = $1")
        .bind(&peggy)
        .execute(&db.store.pool)
        .await
        .expect("closed");
    let (helen,): (String,) = sqlx::query_as("SELECT carer_id FROM carer_relationships WHERE person_id = $1")
        .bind(&peggy)
        .fetch_one(&db.store.pool)
        .await
        .expect("Helen");
    sqlx::query(
        "INSERT INTO notifications (id, person_id, kind, subject_id, details, created_at) \
         VALUES ('news-1', $1, 'plan', 'plan', $2, 1)",
    )
    .bind(&helen)
    .bind(format!("{{\"person\":\"{peggy}\",\"version\":2}}"))
    .execute(&db.store.pool)
    .await
    .expect("news");
    let (account,): (String,) = sqlx::query_as("SELECT id FROM accounts WHERE staff_id IS NOT NULL LIMIT 1")
        .fetch_one(&db.store.pool)
        .await
        .expect("an account");
    for (id, ended) in [("old", "1"), ("live", "NULL")] {
        let statement = format!(
            "INSERT INTO sessions (id, token_hash, account_id, browser, system, created_at, last_seen_at, expires_at, ended_at) \
             VALUES ('{id}', '{id}', '{account}', '', '', 1, 1, 99999999999999, {ended})"
        );
        sqlx::query(&statement).execute(&db.store.pool).await.expect("session");
    }
    sql("INSERT INTO outbox (id, to_address, locale, template, created_at, next_attempt_at, sent_at) \
         VALUES ('sent', 'a@example.org', 'en-GB', 'news', 1, 1, 1), ('waiting', 'b@example.org', 'en-GB', 'news', 1, 1, NULL)")
    .await;
    sql(
        "INSERT INTO invitations (id, code_hash, purpose, staff_id, created_at, expires_at, used_at) \
         SELECT 'expired', 'h1', 'register', id, 1, 1, NULL FROM staff LIMIT 1",
    )
    .await;
    sql(
        "INSERT INTO invitations (id, code_hash, purpose, staff_id, created_at, expires_at, used_at) \
         SELECT 'used', 'h2', 'register', id, 1, 1, 1 FROM staff LIMIT 1",
    )
    .await;
    sql("INSERT INTO audit_events (id, at, action, outcome, detail) VALUES ('ancient', 1, 'plan_published', 'done', '')")
        .await;
    sql("INSERT INTO read_events (id, at, action, outcome, detail) VALUES ('ancient', 1, 'plan_viewed', 'done', '')")
        .await;

    // What Peggy and her carer added to her record.
    for statement in [
        "INSERT INTO goals (id, person_id, author_account, what, why, can_do, who_helps, would_help, importance, created_at, updated_at) \
         SELECT 'goal', $1, id, 'Walk to the park', '', '', '', '', 5, 1, 1 FROM accounts WHERE person_id = $1",
        "INSERT INTO goal_steps (id, goal_id, what, who, by_when, author_account, created_at) \
         SELECT 'step', 'goal', 'Buy shoes', 'me', '', id, 1 FROM accounts WHERE person_id = $1",
        "INSERT INTO goal_notes (id, goal_id, text, author_account, created_at) \
         SELECT 'note', 'goal', 'Went twice', id, 1 FROM accounts WHERE person_id = $1",
        "INSERT INTO wishes (id, person_id, author_account, kind, text, created_at, updated_at) \
         SELECT 'wish', $1, id, 'food', 'Tea at four', 1, 1 FROM accounts WHERE person_id = $1",
        "INSERT INTO reviews (id, person_id, origin, requested_by, urgency, status, is_open, created_at, updated_at) \
         SELECT 'review', $1, 'requested', id, 'soon', 'submitted', 0, 1, 1 FROM accounts WHERE person_id = $1",
        "INSERT INTO review_steps (review_id, seq, step, by_account, at) \
         SELECT 'review', 1, '{}', id, 1 FROM accounts WHERE person_id = $1",
        "INSERT INTO carer_access (carer_id, person_id, basis, see_plan, see_budget, see_goals, add_goals, request_review, \
         see_reviews, changed_by, changed_at) \
         SELECT r.carer_id, $1, 'consent', 1, 0, 1, 0, 0, 0, a.id, 1 FROM carer_relationships r, accounts a \
         WHERE r.person_id = $1 AND a.person_id = $1",
    ] {
        sqlx::query(statement)
            .bind(&peggy)
            .execute(&db.store.pool)
            .await
            .expect(statement);
    }

    let before = peggys_rows(&db, &peggy).await;
    assert!(
        before.iter().all(|n| *n > 0),
        "the demo gives Peggy a bit of everything: {before:?}"
    );
    let periods = Periods::default();
    let expected = [
        ("sessions", 1),
        ("sent email", 1),
        ("invitations", 1),
        ("audit", 1),
        ("audit of reads", 1),
        ("closed cases", 1),
    ];
    let would = sweep(&db.store, &periods, true).await.expect("dry run");
    for (class, rows) in expected {
        assert_eq!(
            would.iter().find(|s| s.class == class).map(|s| s.rows),
            Some(rows),
            "{class}: {would:?}"
        );
    }
    assert_eq!(peggys_rows(&db, &peggy).await, before, "a dry run deletes nothing");

    let done = sweep(&db.store, &periods, false).await.expect("sweep");
    assert_eq!(would, done);
    assert_eq!(
        peggys_rows(&db, &peggy).await,
        vec![0; before.len()],
        "Peggy's record is gone, whole"
    );
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM people WHERE id = $1", &helen).await,
        1,
        "Helen stays"
    );
    for (table, id, left) in [
        ("sessions", "old", 0),
        ("sessions", "live", 1),
        ("outbox", "sent", 0),
        ("outbox", "waiting", 1),
        ("invitations", "expired", 0),
        ("invitations", "used", 1),
        ("audit_events", "ancient", 0),
        ("read_events", "ancient", 0),
    ] {
        let sql = format!("SELECT COUNT(*) FROM {table} WHERE id = $1");
        assert_eq!(count(&db, &sql, id).await, left, "{table} {id}");
    }
    let (audited,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action = 'retention_deleted'")
        .fetch_one(&db.store.pool)
        .await
        .expect("audit");
    assert_eq!(audited, 6, "one row a class, and one for the closed case");
    let again = sweep(&db.store, &periods, false).await.expect("again");
    assert!(again.iter().all(|s| s.rows == 0), "{again:?}");
}

#[tokio::test]
async fn what_is_past_its_time_goes_and_nothing_else_on_sqlite() {
    on_sqlite(scenario).await;
}

#[tokio::test]
async fn what_is_past_its_time_goes_and_nothing_else_on_postgres() {
    on_postgres(scenario).await;
}
