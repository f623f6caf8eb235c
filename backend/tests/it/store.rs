//! The store suite: written once, run on SQLite and on PostgreSQL.

use api::plan::{PlanContent, PlanKind};
use api::service::Council;
use api::staff::StaffRole;
use backend::db::{Backend, Store, StoreError};
use backend::people::{self, NewPerson};
use backend::staff::{self, NewStaff};
use backend::{demo, plans, service};
use sqlx::AnyConnection;

use crate::support::{TestDb, on_both_databases};

mod reviews;

on_both_databases!(
    running_the_migrations_again_changes_nothing,
    reads_audited_before_an_upgrade_move_to_their_own_table,
    a_person_reads_back_as_written,
    two_staff_cannot_share_an_email,
    a_caseload_follows_allocation,
    a_managers_caseload_shows_who_waits_for_a_caseworker,
    allocating_to_someone_who_does_not_exist_is_refused,
    carers_are_linked_to_the_people_they_care_for,
    a_stale_draft_save_is_refused_and_overwrites_nothing,
    publishing_makes_numbered_versions_that_do_not_change,
    an_acknowledged_write_survives_closing_and_reopening,
    the_councils_details_are_saved_and_replaced,
    the_demo_fills_an_empty_database_once_and_never_a_real_one,
    the_demo_refuses_a_database_with_only_its_first_admin,
    a_persons_answer_is_kept_against_the_version_they_read,
    a_goal_and_a_wish_read_back_with_who_wrote_them_and_the_answer,
    carer_access_is_granted_changed_and_ended,
    requests_hand_their_connection_on_and_leave_the_pool_one_more,
    as_many_requests_work_on_the_database_at_once_as_the_server_is_told,
);

async fn person(conn: &mut AnyConnection, name: &str) -> String {
    people::create(
        conn,
        &NewPerson {
            full_name: name,
            language: "en-GB",
            ..NewPerson::default()
        },
    )
    .await
    .expect("person saved")
}

async fn caseworker(conn: &mut AnyConnection, name: &str, email: &str, team: Option<&str>) -> String {
    member(conn, name, email, StaffRole::Caseworker, team).await
}

async fn member(conn: &mut AnyConnection, name: &str, email: &str, role: StaffRole, team: Option<&str>) -> String {
    staff::create(
        conn,
        &NewStaff {
            full_name: name,
            email: Some(email),
            phone: None,
            role,
            team_id: team,
            language: "en-GB",
        },
    )
    .await
    .expect("staff saved")
}

fn content(outcome: &str) -> PlanContent {
    PlanContent {
        outcomes: vec![outcome.to_owned()],
        ..PlanContent::default()
    }
}

async fn running_the_migrations_again_changes_nothing(db: TestDb) {
    let again = Store::open(&db.url).await.expect("opens a second time");
    let (applied,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM _sqlx_migrations")
        .fetch_one(&again.pool)
        .await
        .expect("migrations table");
    let shipped = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../migrations/sqlite"))
        .expect("migrations folder")
        .count();
    assert_eq!(applied, i64::try_from(shipped).expect("small"));
    assert!(again.ping().await);
}

/// A council upgrading from a release that kept reads' audit rows with the changes': the
/// migration moves the reads to `read_events` and leaves the changes where they were.
async fn reads_audited_before_an_upgrade_move_to_their_own_table(db: TestDb) {
    let sql = |statement: &'static str| sqlx::query(statement).execute(&db.store.pool);
    sql(
        "INSERT INTO audit_events (id, at, action, outcome, detail) VALUES ('viewed', 1, 'plan_viewed', 'done', ''), \
         ('listed', 2, 'caseload_viewed', 'done', ''), ('published', 3, 'plan_published', 'done', '')",
    )
    .await
    .expect("rows an older release wrote");
    // As it stood before migration 0015 (on PostgreSQL the migration makes the table).
    sql("DELETE FROM _sqlx_migrations WHERE version = 15")
        .await
        .expect("before 0015");
    if db.store.backend == Backend::Postgres {
        sql("DROP TABLE read_events").await.expect("before 0015");
    }
    db.store.close().await;

    let upgraded = Store::open(&db.url).await.expect("upgrades");
    let ids = |table: &str| {
        let sql = format!("SELECT id FROM {table} WHERE id IN ('viewed', 'listed', 'published') ORDER BY id");
        let pool = upgraded.pool.clone();
        async move {
            let rows: Vec<(String,)> = sqlx::query_as(&sql).fetch_all(&pool).await.expect(&sql);
            rows.into_iter().map(|(id,)| id).collect::<Vec<_>>()
        }
    };
    assert_eq!(ids("read_events").await, ["listed", "viewed"]);
    assert_eq!(ids("audit_events").await, ["published"]);
    upgraded.close().await;
}

async fn a_person_reads_back_as_written(db: TestDb) {
    let mut conn = db.conn().await;
    let id = people::create(
        &mut conn,
        &NewPerson {
            full_name: "Zofia Wiśniewska",
            preferred_name: Some("Zosia"),
            date_of_birth: Some("1950-04-01"),
            language: "pl",
            email: Some("zosia@example.org"),
            phone: Some("07700 900123"),
            case_reference: Some("NB204511"),
            team_id: None,
            communication_needs: "Large print",
        },
    )
    .await
    .expect("saved");
    let read = people::get(&mut conn, &id).await.expect("found");
    assert_eq!(read.full_name, "Zofia Wiśniewska");
    assert_eq!(read.preferred_name.as_deref(), Some("Zosia"));
    assert_eq!(read.date_of_birth.as_deref(), Some("1950-04-01"));
    assert_eq!(read.language, "pl");
    assert_eq!(read.phone.as_deref(), Some("07700 900123"));
    assert_eq!(read.case_reference.as_deref(), Some("NB204511"));
    assert_eq!(read.communication_needs, "Large print");
    assert!(matches!(
        people::get(&mut conn, "no-such-id").await,
        Err(StoreError::NotFound)
    ));
}

async fn two_staff_cannot_share_an_email(db: TestDb) {
    let mut conn = db.conn().await;
    caseworker(&mut conn, "Asha Patel", "asha@council.example", None).await;
    let second = staff::create(
        &mut conn,
        &NewStaff {
            full_name: "Asha P.",
            email: Some("asha@council.example"),
            phone: None,
            role: StaffRole::Manager,
            team_id: None,
            language: "en-GB",
        },
    )
    .await;
    assert!(matches!(second, Err(StoreError::Duplicate)), "{second:?}");
}

async fn a_caseload_follows_allocation(db: TestDb) {
    let mut conn = db.conn().await;
    let team = staff::create_team(&mut conn, "East Locality").await.expect("team");
    let ana = caseworker(&mut conn, "Ana", "ana@council.example", Some(&team)).await;
    let ben = caseworker(&mut conn, "Ben", "ben@council.example", Some(&team)).await;
    let carol = person(&mut conn, "Carol").await;
    let dev = person(&mut conn, "Dev").await;

    staff::allocate(&mut conn, &carol, &ana).await.expect("allocated");
    staff::allocate(&mut conn, &dev, &ana).await.expect("allocated");
    let names = |people: Vec<people::Person>| people.into_iter().map(|p| p.full_name).collect::<Vec<_>>();
    assert_eq!(
        names(staff::caseload(&mut conn, &ana).await.expect("caseload")),
        ["Carol", "Dev"]
    );

    staff::allocate(&mut conn, &carol, &ben).await.expect("reallocated");
    assert_eq!(
        names(staff::caseload(&mut conn, &ana).await.expect("caseload")),
        ["Dev"]
    );
    assert_eq!(
        names(staff::caseload(&mut conn, &ben).await.expect("caseload")),
        ["Carol"]
    );
    let worker = staff::named_worker(&mut conn, &carol)
        .await
        .expect("query")
        .expect("has a worker");
    assert_eq!(worker.full_name, "Ben");
    assert_eq!(worker.role, StaffRole::Caseworker);

    let team_view: Vec<_> = staff::team_caseload(&mut conn, &team)
        .await
        .expect("team caseload")
        .into_iter()
        .map(|a| (a.person.full_name, a.worker_id))
        .collect();
    assert_eq!(team_view, [("Carol".to_owned(), ben), ("Dev".to_owned(), ana)]);
}

async fn a_managers_caseload_shows_who_waits_for_a_caseworker(db: TestDb) {
    let mut conn = db.conn().await;
    let team = staff::create_team(&mut conn, "East Locality").await.expect("team");
    let ana = caseworker(&mut conn, "Ana", "ana@council.example", Some(&team)).await;
    let manager = member(&mut conn, "Mo", "mo@council.example", StaffRole::Manager, Some(&team)).await;
    let manager = staff::get(&mut conn, &manager).await.expect("manager");
    let with_team = |name| NewPerson {
        full_name: name,
        language: "en-GB",
        team_id: Some(&team),
        ..NewPerson::default()
    };
    let carol = people::create(&mut conn, &with_team("Carol")).await.expect("Carol");
    people::create(&mut conn, &with_team("Dev")).await.expect("Dev");
    let waiting = async |conn: &mut AnyConnection| {
        let today = api::dates::day_of_ms(backend::db::now_ms());
        let caseload = backend::caseload::of(conn, &manager, today).await.expect("caseload");
        let shown = |e: api::plan::CaseloadEntry| match e.needs_allocation {
            true => format!("{} waits", e.name),
            false => e.name,
        };
        caseload.into_iter().map(shown).collect::<Vec<_>>()
    };
    assert_eq!(waiting(&mut conn).await, ["Carol waits", "Dev waits"]);

    staff::allocate(&mut conn, &carol, &ana).await.expect("allocated");
    assert_eq!(waiting(&mut conn).await, ["Carol", "Dev waits"]);

    backend::caseload::people::close(&mut conn, &carol, std::time::Duration::ZERO)
        .await
        .expect("closed");
    assert_eq!(waiting(&mut conn).await, ["Dev waits"]);
}

async fn allocating_to_someone_who_does_not_exist_is_refused(db: TestDb) {
    let mut conn = db.conn().await;
    let carol = person(&mut conn, "Carol").await;
    let result = staff::allocate(&mut conn, &carol, "no-such-caseworker").await;
    assert!(matches!(result, Err(StoreError::MissingReference)), "{result:?}");
    assert!(staff::named_worker(&mut conn, &carol).await.expect("query").is_none());
}

async fn carers_are_linked_to_the_people_they_care_for(db: TestDb) {
    let mut conn = db.conn().await;
    let mum = person(&mut conn, "Mum").await;
    let dad = person(&mut conn, "Dad").await;
    let daughter = person(&mut conn, "Daughter").await;
    people::add_carer(&mut conn, &daughter, &mum, "daughter")
        .await
        .expect("linked");
    people::add_carer(&mut conn, &daughter, &dad, "daughter")
        .await
        .expect("linked");
    let cared_for: Vec<_> = people::cared_for_by(&mut conn, &daughter)
        .await
        .expect("query")
        .into_iter()
        .map(|p| p.full_name)
        .collect();
    assert_eq!(cared_for, ["Dad", "Mum"]);
    let twice = people::add_carer(&mut conn, &daughter, &mum, "daughter").await;
    assert!(matches!(twice, Err(StoreError::Duplicate)), "{twice:?}");
}

async fn a_stale_draft_save_is_refused_and_overwrites_nothing(db: TestDb) {
    let mut conn = db.conn().await;
    let ana = caseworker(&mut conn, "Ana", "ana@council.example", None).await;
    let ben = caseworker(&mut conn, "Ben", "ben@council.example", None).await;
    let carol = person(&mut conn, "Carol").await;
    let plan = plans::create(&mut conn, &carol, PlanKind::Care, &content("first"), &ana)
        .await
        .expect("created");

    // Ana and Ben both open version 1; Ana saves first.
    let saved = plans::save_draft(&mut conn, &plan, 1, &content("Ana's words"), &ana).await;
    assert_eq!(saved.expect("Ana's save"), 2);
    let stale = plans::save_draft(&mut conn, &plan, 1, &content("Ben's words"), &ben).await;
    assert!(matches!(stale, Err(StoreError::VersionConflict)), "{stale:?}");

    let draft = plans::draft(&mut conn, &plan).await.expect("draft");
    assert_eq!(draft.content, content("Ana's words"));
    assert_eq!(draft.version, 2);
    assert_eq!(draft.updated_by, ana);
    let missing = plans::save_draft(&mut conn, "no-such-plan", 1, &content("x"), &ana).await;
    assert!(matches!(missing, Err(StoreError::NotFound)), "{missing:?}");
}

async fn publishing_makes_numbered_versions_that_do_not_change(db: TestDb) {
    let mut conn = db.conn().await;
    let ana = caseworker(&mut conn, "Ana", "ana@council.example", None).await;
    let carol = person(&mut conn, "Carol").await;
    let plan = plans::create(&mut conn, &carol, PlanKind::Care, &content("first"), &ana)
        .await
        .expect("created");
    assert!(plans::current(&mut conn, &plan).await.expect("query").is_none());

    assert_eq!(plans::publish(&mut conn, &plan, 1, &ana).await.expect("published"), 1);
    plans::save_draft(&mut conn, &plan, 1, &content("second"), &ana)
        .await
        .expect("saved");
    let stale = plans::publish(&mut conn, &plan, 1, &ana).await;
    assert!(matches!(stale, Err(StoreError::VersionConflict)), "{stale:?}");
    assert_eq!(plans::publish(&mut conn, &plan, 2, &ana).await.expect("published"), 2);

    let current = plans::current(&mut conn, &plan)
        .await
        .expect("query")
        .expect("published");
    assert_eq!((current.version, current.content), (2, content("second")));
    assert_eq!(current.published_by, ana);
    assert_eq!(
        plans::of_person(&mut conn, &carol, PlanKind::Care)
            .await
            .expect("query"),
        [plan]
    );
    assert!(
        plans::of_person(&mut conn, &carol, PlanKind::Carer)
            .await
            .expect("query")
            .is_empty()
    );
}

async fn an_acknowledged_write_survives_closing_and_reopening(db: TestDb) {
    let id = person(&mut *db.conn().await, "Carol").await;
    db.store.close().await;
    let reopened = Store::open(&db.url).await.expect("reopens");
    let mut conn = reopened.pool.acquire().await.expect("connection");
    assert_eq!(
        people::get(&mut conn, &id).await.expect("still there").full_name,
        "Carol"
    );
}

/// An admin who runs `ANALYZE` on the SQLite file leaves sampled statistics, with which
/// SQLite plans each statement again on every use: the server drops them when it opens.
#[tokio::test]
async fn sampled_statistics_an_admin_left_are_dropped_when_sqlite_opens() {
    async fn sampled(store: &Store) -> i64 {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sqlite_stat4")
            .fetch_one(&store.pool)
            .await
            .expect("sqlite_stat4 is there");
        n
    }
    let (db, _folder) = crate::support::sqlite().await;
    person(&mut *db.conn().await, "Carol").await;
    sqlx::query("ANALYZE").execute(&db.store.pool).await.expect("ANALYZE");
    assert!(sampled(&db.store).await > 0, "ANALYZE sampled the tables");
    db.store.close().await;
    let reopened = Store::open(&db.url).await.expect("reopens");
    assert_eq!(sampled(&reopened).await, 0);
    let mut conn = reopened.pool.acquire().await.expect("connection");
    let (counts,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sqlite_stat1 WHERE idx = 'people_named'")
        .fetch_one(&mut *conn)
        .await
        .expect("sqlite_stat1");
    assert_eq!(counts, 1, "the per-index counts stay");
}

async fn the_councils_details_are_saved_and_replaced(db: TestDb) {
    let mut conn = db.conn().await;
    assert_eq!(service::get_council(&mut conn).await.expect("query"), None);
    let mut council = Council {
        name: "Anytown Council".into(),
        phone: "0808 157 0000".into(),
        email: "asc@anytown.example".into(),
        website: "https://anytown.example".into(),
    };
    service::set_council(&mut conn, &council, false).await.expect("saved");
    council.phone = "0808 157 0001".into();
    service::set_council(&mut conn, &council, false)
        .await
        .expect("replaced");
    assert_eq!(service::get_council(&mut conn).await.expect("query"), Some(council));
}

async fn the_demo_fills_an_empty_database_once_and_never_a_real_one(db: TestDb) {
    demo::seed(&db.store).await.expect("demo written");
    demo::seed(&db.store).await.expect("a second start keeps the demo");
    let count = |table: &'static str| {
        let pool = db.store.pool.clone();
        async move {
            let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}"))
                .fetch_one(&pool)
                .await
                .expect("count");
            n
        }
    };
    assert_eq!(count("people").await, 5, "four people and one carer");
    assert_eq!(count("carer_relationships").await, 1);
    assert_eq!(count("staff WHERE role = 'caseworker'").await, 2);
    assert_eq!(count("staff WHERE role = 'manager'").await, 1);
    assert_eq!(count("plan_versions").await, 6);

    let mut conn = db.conn().await;
    sqlx::query("DELETE FROM council")
        .execute(&mut *conn)
        .await
        .expect("deleted");
    let refused = demo::seed(&db.store).await;
    assert!(matches!(refused, Err(demo::SeedError::RealDataPresent)), "{refused:?}");
}

async fn the_demo_refuses_a_database_with_only_its_first_admin(db: TestDb) {
    // `ourplan invite` and nothing else yet: quick sign-in must never reach that admin.
    backend::auth::invite_staff(&db.store, "Sam Reid", None, None, StaffRole::Admin, 7)
        .await
        .expect("invited");
    let refused = demo::seed(&db.store).await;
    assert!(matches!(refused, Err(demo::SeedError::RealDataPresent)), "{refused:?}");
    assert!(!demo::is_demo(&db.store).await.expect("read"));
}

async fn a_persons_answer_is_kept_against_the_version_they_read(db: TestDb) {
    let mut conn = db.conn().await;
    let ana = caseworker(&mut conn, "Ana", "ana@council.example", None).await;
    let carol = person(&mut conn, "Carol").await;
    let account = uuid::Uuid::new_v4().to_string();
    backend::accounts::create(&mut conn, &account, &backend::accounts::Owner::Person(carol.clone()))
        .await
        .expect("account");
    let plan = plans::create(&mut conn, &carol, PlanKind::Care, &content("first"), &ana)
        .await
        .expect("plan");
    plans::publish(&mut conn, &plan, 1, &ana).await.expect("v1");
    plans::save_draft(&mut conn, &plan, 1, &content("second"), &ana)
        .await
        .expect("saved");
    plans::publish(&mut conn, &plan, 2, &ana).await.expect("v2");

    assert_eq!(plans::response(&mut conn, &plan, 1).await.expect("query"), None);
    plans::respond(&mut conn, &plan, 1, &account, false, "Not quite")
        .await
        .expect("answered");
    plans::respond(&mut conn, &plan, 2, &account, true, "")
        .await
        .expect("answered");
    let first = plans::response(&mut conn, &plan, 1)
        .await
        .expect("query")
        .expect("answer");
    assert_eq!((first.agrees, first.comment.as_str()), (false, "Not quite"));
    assert!(
        plans::response(&mut conn, &plan, 2)
            .await
            .expect("query")
            .expect("answer")
            .agrees
    );
    let listed: Vec<i64> = plans::versions(&mut conn, &plan)
        .await
        .expect("versions")
        .into_iter()
        .map(|v| v.0)
        .collect();
    assert_eq!(listed, [2, 1]);
    let missing = plans::respond(&mut conn, &plan, 9, &account, true, "").await;
    assert!(
        matches!(missing, Err(StoreError::MissingReference)),
        "no answer to a version that does not exist"
    );
}

async fn a_goal_and_a_wish_read_back_with_who_wrote_them_and_the_answer(db: TestDb) {
    use api::goals::{AnswerDecision, Decision, GoalInput, StepInput, WishInput, WishKind};
    use backend::goals;

    let mut conn = db.conn().await;
    let ana = caseworker(&mut conn, "Ana", "ana@council.example", None).await;
    let carol = person(&mut conn, "Carol").await;
    let (carol_account, ana_account) = (uuid::Uuid::new_v4().to_string(), uuid::Uuid::new_v4().to_string());
    backend::accounts::create(
        &mut conn,
        &carol_account,
        &backend::accounts::Owner::Person(carol.clone()),
    )
    .await
    .expect("account");
    backend::accounts::create(&mut conn, &ana_account, &backend::accounts::Owner::Staff(ana))
        .await
        .expect("account");
    let input = GoalInput {
        what: "Swim again".into(),
        why: "I used to love it".into(),
        can_do: String::new(),
        who_helps: String::new(),
        would_help: String::new(),
        importance: 7,
        steps: vec![StepInput {
            what: "Find a quiet session".into(),
            who: "Me".into(),
            by_when: String::new(),
        }],
    };
    let goal = goals::add_goal(&mut conn, &carol, &carol_account, &input)
        .await
        .expect("goal");
    goals::add_note(&mut conn, &goal, &carol_account, "Went once!")
        .await
        .expect("note");
    let wish = WishInput {
        kind: WishKind::Faith,
        text: "Time to pray at noon".into(),
    };
    goals::add_wish(&mut conn, &carol, &carol_account, &wish)
        .await
        .expect("wish");
    let decision = AnswerDecision::NotAdded {
        reason: "The pool is not in the plan's budget yet".into(),
    };
    goals::answer(
        &mut conn,
        goals::Kind::Goal,
        &goal,
        &ana_account,
        "Let us talk",
        &decision,
    )
    .await
    .expect("answer");

    let (goals_read, wishes) = goals::of_person(&mut conn, &carol).await.expect("read");
    let read = &goals_read[0];
    assert_eq!(
        (read.input.what.as_str(), read.written.name.as_str()),
        ("Swim again", "Carol")
    );
    assert_eq!(read.notes[0].text, "Went once!");
    assert_eq!(read.steps[0].what, "Find a quiet session");
    assert_eq!(
        read.decision,
        Decision::NotAdded {
            reason: "The pool is not in the plan's budget yet".into()
        }
    );
    assert_eq!(read.response.as_ref().map(|r| r.by.name.as_str()), Some("Ana"));
    assert_eq!(wishes[0].text, "Time to pray at noon");
    assert_eq!(wishes[0].decision, Decision::New);
}

async fn carer_access_is_granted_changed_and_ended(db: TestDb) {
    use api::carers::{Basis, Scopes, Status};
    use backend::carers::{self, Granted};

    let mut conn = db.conn().await;
    let mum = person(&mut conn, "Joan Price").await;
    let son = person(&mut conn, "Lee Price").await;
    people::add_carer(&mut conn, &son, &mum, "son").await.expect("linked");
    let account = backend::db::new_id();
    backend::accounts::create(&mut conn, &account, &backend::accounts::Owner::Person(mum.clone()))
        .await
        .expect("account");
    let mut granted = Granted {
        basis: Basis::Consent,
        consent_how: String::new(),
        reference: String::new(),
        reasons: String::new(),
        scopes: Scopes {
            plan: true,
            ..Scopes::default()
        },
        ends_on: None,
        changed_by: account.clone(),
        changed_at: backend::db::now_ms(),
        ended_at: None,
    };
    carers::set(&mut conn, &son, &mum, &granted).await.expect("granted");
    granted.scopes.reviews = true;
    granted.ends_on = Some("2099-12-31".into());
    carers::set(&mut conn, &son, &mum, &granted).await.expect("changed");
    assert_eq!(
        carers::current(&mut conn, &son, &mum).await.expect("read"),
        Some(granted.clone())
    );
    let cared_for = carers::cared_for(&mut conn, &son, "2026-11-26")
        .await
        .expect("cared for");
    assert_eq!(cared_for.len(), 1);
    assert_eq!(cared_for[0].2.scopes, granted.scopes);

    carers::end(&mut conn, &son, &mum, &account, "").await.expect("ended");
    let list = carers::of_person(&mut conn, &mum, "2026-11-26").await.expect("list");
    assert_eq!(list.len(), 1);
    assert_eq!((list[0].status, list[0].relationship.as_str()), (Status::Ended, "son"));
    assert!(
        carers::cared_for(&mut conn, &son, "2026-11-26")
            .await
            .expect("none")
            .is_empty()
    );
    // Granting again restarts it.
    carers::set(&mut conn, &son, &mum, &granted).await.expect("again");
    let list = carers::of_person(&mut conn, &mum, "2026-11-26").await.expect("list");
    assert_eq!(list[0].status, Status::Active);
    // Past its end date, it has expired.
    let list = carers::of_person(&mut conn, &mum, "2100-01-01").await.expect("list");
    assert_eq!(list[0].status, Status::Expired);
    let not_linked = carers::set(&mut conn, &mum, &son, &granted).await;
    assert!(
        matches!(not_linked, Err(StoreError::MissingReference)),
        "{not_linked:?}"
    );
}

async fn requests_hand_their_connection_on_and_leave_the_pool_one_more(db: TestDb) {
    let waits = |store: Store| async move {
        tokio::time::timeout(std::time::Duration::from_millis(200), store.connection())
            .await
            .is_err()
    };
    // A temporary table is seen only on the connection that made it.
    let mut first = db.store.connection().await.expect("a connection");
    sqlx::query("CREATE TEMP TABLE marked (x INTEGER)")
        .execute(&mut *first)
        .await
        .expect("marked");
    first.hand_on();
    let mut next = db.store.connection().await.expect("a connection");
    sqlx::query("SELECT COUNT(*) FROM marked")
        .execute(&mut *next)
        .await
        .expect("the next request works on the connection handed on, as it was left");

    let mut held = vec![next];
    while !waits(db.store.clone()).await {
        held.push(db.store.connection().await.expect("a connection"));
        assert!(held.len() < 20, "requests are never made to wait");
    }
    let other = tokio::time::timeout(std::time::Duration::from_secs(2), db.store.pool.acquire()).await;
    assert!(
        matches!(other, Ok(Ok(_))),
        "with every request's slot taken, the pool still has one for a sign-in or a write"
    );
    drop(other);
    held.pop();
    assert!(!waits(db.store.clone()).await, "a slot given back is taken at once");

    held.pop().expect("one still held").hand_on();
    drop(held);
    let closed = tokio::time::timeout(std::time::Duration::from_secs(5), db.store.close()).await;
    assert!(closed.is_ok(), "the store closes with connections handed on");
}

async fn as_many_requests_work_on_the_database_at_once_as_the_server_is_told(db: TestDb) {
    let store = Store::open_for(&db.url, 3).await.expect("opened for three at once");
    let next = || tokio::time::timeout(std::time::Duration::from_millis(200), store.connection());
    let mut held = Vec::new();
    for _ in 0..3 {
        held.push(next().await.expect("not kept waiting").expect("a connection"));
    }
    assert!(next().await.is_err(), "a fourth request waits its turn");
    held.pop();
    assert!(next().await.is_ok(), "and is let in when one is done");
}
