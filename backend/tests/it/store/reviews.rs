//! The store suite's reviews: a review's queue and notices, and the dates and flags a
//! caseload shows from reviews and concerns, on SQLite and on PostgreSQL, from the demo.

use backend::db::StoreError;
use backend::{demo, staff};
use sqlx::AnyConnection;

use crate::support::{TestDb, on_both_databases};

on_both_databases!(
    a_review_its_queue_and_its_notices_read_back,
    a_caseload_counts_unread_concerns_and_dates_the_next_review_from_the_last,
);

async fn a_review_its_queue_and_its_notices_read_back(db: TestDb) {
    use api::reviews::{ContactWay, MeetingNeeds, MeetingWay, Reason, RequestInput, Step, Urgency};
    use backend::reviews::{self, Opened, queue};

    demo::seed(&db.store).await.expect("demo");
    let mut conn = db.conn().await;
    let (peggy, peggy_account): (String, String) = sqlx::query_as(
        "SELECT p.id, a.id FROM people p JOIN accounts a ON a.person_id = p.id WHERE p.preferred_name = 'Peggy'",
    )
    .fetch_one(&mut *conn)
    .await
    .expect("Peggy");
    sqlx::query("UPDATE people SET email = 'peggy@example.org' WHERE id = $1")
        .bind(&peggy)
        .execute(&mut *conn)
        .await
        .expect("email");
    let (priya, priya_account): (String, String) = sqlx::query_as(
        "SELECT s.id, a.id FROM staff s JOIN accounts a ON a.staff_id = s.id WHERE s.full_name = 'Priya Sharma'",
    )
    .fetch_one(&mut *conn)
    .await
    .expect("Priya");

    let request = RequestInput {
        reason: Reason::Hospital,
        what_happened: "Three nights on the ward after a fall.".into(),
        urgency: Urgency::Urgent,
        contact_how: ContactWay::Phone,
        contact_when: "Afternoons".into(),
        needs: MeetingNeeds {
            interpreter: true,
            interpreter_language: "Welsh".into(),
            ..MeetingNeeds::default()
        },
        contact_whom: None,
    };
    let who = Opened {
        person_id: &peggy,
        by_account: &peggy_account,
        on_behalf: false,
    };
    let id = reviews::request(&mut conn, &who, &request).await.expect("asked");
    // Nobody is told of what they did themselves.
    backend::notifications::review_changed(&mut conn, &id, &Step::Submitted, &peggy_account, true)
        .await
        .expect("not notified");
    let again = reviews::request(&mut conn, &who, &request).await;
    assert!(matches!(again, Err(StoreError::Duplicate)), "{again:?}");

    let scheduled = Step::Scheduled {
        date: "2099-01-05".into(),
        how: MeetingWay::Video,
    };
    for step in [Step::Acknowledged, scheduled.clone()] {
        let review = reviews::get(&mut conn, &id).await.expect("review");
        assert!(
            reviews::take_step(&mut conn, &review, &priya_account, &step)
                .await
                .expect("step")
        );
    }
    let review = reviews::get(&mut conn, &id).await.expect("review");
    assert!(
        !reviews::take_step(&mut conn, &review, &priya_account, &Step::Acknowledged)
            .await
            .expect("refused")
    );
    assert_eq!(review.request.as_ref(), Some(&request));
    assert_eq!(review.status(), &scheduled);
    let who_did: Vec<&str> = review.timeline.iter().map(|e| e.written.name.as_str()).collect();
    assert_eq!(who_did, ["Peggy", "Priya Sharma", "Priya Sharma"]);

    let staff = staff::get(&mut conn, &priya).await.expect("Priya");
    let today = api::dates::day_of_ms(backend::db::now_ms());
    let entries = queue::entries(&mut conn, &staff, queue::Targets::default(), today)
        .await
        .expect("queue");
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].review_id.as_deref(), Some(id.as_str()));
    assert_eq!(entries[0].status.as_ref(), Some(&scheduled));
    assert_eq!(entries[0].target, None);
    let caseload = backend::caseload::of(&mut conn, &staff, today).await.expect("caseload");
    let entry = caseload.iter().find(|e| e.person_id == peggy).expect("Peggy");
    assert!(entry.next_review.is_some(), "{entry:?}");

    // Her plan published seven weeks ago: her first planned review is due, and the queue,
    // which asks only for allocations whose review_due has come, finds it.
    let seven_weeks_ago = backend::db::now_ms() - 49 * 86_400_000;
    sqlx::query(
        "UPDATE plan_versions SET published_at = $1 WHERE plan_id IN (SELECT id FROM plans WHERE person_id = $2)",
    )
    .bind(seven_weeks_ago)
    .bind(&peggy)
    .execute(&mut *conn)
    .await
    .expect("published earlier");
    let entries = queue::entries(&mut conn, &staff, queue::Targets::default(), today)
        .await
        .expect("queue");
    let due = entries
        .iter()
        .find(|e| e.review_id.is_none())
        .expect("a planned review");
    assert_eq!(due.person_id, peggy);
    assert_eq!(due.since, api::dates::iso(api::dates::day_of_ms(seven_weeks_ago) + 42));

    backend::notifications::review_changed(&mut conn, &id, &Step::Acknowledged, &priya_account, true)
        .await
        .expect("notified");
    let (notices, emails): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM notifications WHERE person_id = $1), (SELECT COUNT(*) FROM outbox WHERE to_address = $2)",
    )
    .bind(&peggy)
    .bind("peggy@example.org")
    .fetch_one(&mut *conn)
    .await
    .expect("counts");
    assert_eq!((notices, emails), (1, 1));
}

/// The caseload keeps each person's unread concerns and last completed review beside
/// them; whatever writes a concern or a review, the caseload follows.
async fn a_caseload_counts_unread_concerns_and_dates_the_next_review_from_the_last(db: TestDb) {
    use api::dates::{add_months, day_of_ms, iso};
    use api::reviews::{MeetingWay, Outcome, Step};
    use backend::carers::concerns;
    use backend::reviews::{self, Opened};

    demo::seed(&db.store).await.expect("demo");
    let mut conn = db.conn().await;
    let (peggy, priya, priya_account): (String, String, String) = sqlx::query_as(
        "SELECT p.id, s.id, a.id FROM people p, staff s JOIN accounts a ON a.staff_id = s.id \
         WHERE p.preferred_name = 'Peggy' AND s.full_name = 'Priya Sharma'",
    )
    .fetch_one(&mut *conn)
    .await
    .expect("Peggy and Priya");
    let staff = staff::get(&mut conn, &priya).await.expect("Priya");
    let today = day_of_ms(backend::db::now_ms());
    let peggys = async |conn: &mut AnyConnection| {
        let caseload = backend::caseload::of(conn, &staff, today).await.expect("caseload");
        caseload.into_iter().find(|e| e.person_id == peggy).expect("Peggy")
    };
    let before = peggys(&mut conn).await;

    let first = concerns::raise(&mut conn, &peggy, "My son shouts at me.")
        .await
        .expect("raised");
    concerns::raise(&mut conn, &peggy, "He took my bank card.")
        .await
        .expect("raised");
    assert_eq!(peggys(&mut conn).await.concerns, before.concerns + 2);
    concerns::mark_read(&mut conn, &first, &priya_account)
        .await
        .expect("read");
    assert_eq!(peggys(&mut conn).await.concerns, before.concerns + 1);

    let who = Opened {
        person_id: &peggy,
        by_account: &priya_account,
        on_behalf: false,
    };
    let id = reviews::plan(&mut conn, &who).await.expect("planned");
    let steps = [
        Step::Scheduled {
            date: iso(today),
            how: MeetingWay::Visit,
        },
        Step::Completed {
            outcome: Outcome::NoChange {
                why: "Peggy is managing well.".into(),
            },
        },
    ];
    for step in steps {
        let review = reviews::get(&mut conn, &id).await.expect("review");
        assert!(
            reviews::take_step(&mut conn, &review, &priya_account, &step)
                .await
                .expect("step")
        );
    }
    let after = peggys(&mut conn).await;
    assert_eq!(after.next_review, Some(iso(add_months(today, 12))), "{before:?}");
    assert!(!after.review_overdue);
}
