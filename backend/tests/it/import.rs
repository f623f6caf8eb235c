//! Importing people from the council's case-management system: the sample file goes into
//! an empty database, running it again changes nothing, a changed row changes that person,
//! and a file with a faulty row writes nothing and names each fault by line and column.

use api::staff::StaffRole;
use backend::import::{self, Options, Report};
use backend::staff::{self, NewStaff};

use crate::support::{TestDb, on_both_databases};

on_both_databases!(
    the_sample_file_imports_and_importing_it_again_changes_nothing,
    a_changed_row_changes_that_person_and_reallocates_them,
    a_file_with_faults_writes_nothing_unless_told_to_skip_them,
);

const SAMPLE: &str = include_str!("../../../docs/import-people.csv");

async fn run(db: &TestDb, csv: &str, options: Options) -> Report {
    import::people(&db.store, csv.as_bytes(), options)
        .await
        .expect("the file reads")
}

async fn count(db: &TestDb, sql: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sql).fetch_one(&db.store.pool).await.expect("count");
    n
}

async fn caseworker(db: &TestDb, email: &str, team: &str) -> String {
    let mut conn = db.conn().await;
    let (team_id,): (String,) = sqlx::query_as("SELECT id FROM teams WHERE name = $1")
        .bind(team)
        .fetch_one(&mut *conn)
        .await
        .expect("team");
    staff::create(
        &mut conn,
        &NewStaff {
            full_name: "Asha Patel",
            email: Some(email),
            role: StaffRole::Caseworker,
            team_id: Some(&team_id),
            phone: None,
            language: "en-GB",
        },
    )
    .await
    .expect("caseworker")
}

async fn the_sample_file_imports_and_importing_it_again_changes_nothing(db: TestDb) {
    let dry = run(
        &db,
        SAMPLE,
        Options {
            dry_run: true,
            ..Options::default()
        },
    )
    .await;
    assert_eq!(
        (dry.added, dry.refused.len(), dry.written),
        (6, 0, false),
        "{:?}",
        dry.refused
    );
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM people").await,
        0,
        "a dry run writes nothing"
    );

    let first = run(&db, SAMPLE, Options::default()).await;
    assert_eq!(
        (first.added, first.changed, first.unchanged),
        (6, 0, 0),
        "{:?}",
        first.refused
    );
    assert_eq!(first.teams_created, ["Learning Disability", "Older People North"]);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM people").await, 6);
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM people WHERE case_reference = 'NB300103' AND full_name = 'O''Neill, Bridget'"
        )
        .await,
        1,
        "a quoted name with a comma"
    );
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM audit_events WHERE action = 'person_imported'"
        )
        .await,
        6
    );

    let again = run(&db, SAMPLE, Options::default()).await;
    assert_eq!((again.added, again.changed, again.unchanged), (0, 0, 6));
    assert_eq!(count(&db, "SELECT COUNT(*) FROM people").await, 6);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM teams").await, 2);
}

async fn a_changed_row_changes_that_person_and_reallocates_them(db: TestDb) {
    run(&db, SAMPLE, Options::default()).await;
    caseworker(&db, "asha.patel@council.example", "Older People North").await;
    let changed = SAMPLE.replace(
        "NB300101,Joan Ellis,Joan,1939-02-11,en-GB,,01632 960 310,Older People North,",
        "NB300101,Joan Ellis,Joan,1939-02-11,en-GB,,01632 960 999,Older People North,Asha.Patel@council.example",
    );
    let report = run(&db, &changed, Options::default()).await;
    assert_eq!(
        (report.added, report.changed, report.unchanged),
        (0, 1, 5),
        "{:?}",
        report.refused
    );
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM people WHERE case_reference = 'NB300101' AND phone = '01632 960 999'"
        )
        .await,
        1
    );
    let allocated = "SELECT COUNT(*) FROM allocations a JOIN people p ON p.id = a.person_id \
                     WHERE p.case_reference = 'NB300101' AND a.ended_at IS NULL";
    assert_eq!(count(&db, allocated).await, 1);
    // The caseworker column left empty again leaves Joan allocated as she is.
    assert_eq!(
        run(&db, SAMPLE, Options::default()).await.changed,
        1,
        "the phone number goes back"
    );
    assert_eq!(count(&db, allocated).await, 1);
}

async fn a_file_with_faults_writes_nothing_unless_told_to_skip_them(db: TestDb) {
    let bad = format!(
        "{SAMPLE}\
         NB300107,Ada Future,,2099-01-01,en-GB,,,,\n\
         NB300108,Unknown Tongue,,1950-01-01,xx-YY,,,,\n\
         NB300109,Nobody's Client,,1950-01-01,en-GB,,,,nobody@council.example\n\
         NB300101,Joan Again,,1950-01-01,en-GB,,,,\n"
    );
    let report = run(&db, &bad, Options::default()).await;
    let faults: Vec<String> = report.refused.iter().map(ToString::to_string).collect();
    assert_eq!(faults.len(), 4, "{faults:#?}");
    assert!(
        faults[0].starts_with("line 8, date_of_birth: 2099-01-01 is in the future"),
        "{faults:#?}"
    );
    assert!(faults[1].starts_with("line 9, language: xx-YY"), "{faults:#?}");
    assert!(
        faults[2].starts_with("line 10, caseworker_email: nobody@council.example"),
        "{faults:#?}"
    );
    assert!(
        faults[3].starts_with("line 11, reference: NB300101 is also on line 2"),
        "{faults:#?}"
    );
    assert!(!report.written);
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM people").await,
        0,
        "nothing is half-written"
    );

    let skipped = run(
        &db,
        &bad,
        Options {
            skip_bad_rows: true,
            ..Options::default()
        },
    )
    .await;
    assert_eq!((skipped.added, skipped.refused.len()), (6, 4));
    assert_eq!(count(&db, "SELECT COUNT(*) FROM people").await, 6);

    // A whole file that cannot be read says why.
    let missing = import::people(&db.store, b"reference,name\nNB1,Ann\n", Options::default()).await;
    let message = missing.expect_err("columns missing").to_string();
    assert!(message.contains("missing: preferred_name, date_of_birth"), "{message}");
    let latin1 = import::people(&db.store, b"reference,name\nNB1,Si\xe2n\n", Options::default()).await;
    let message = latin1.expect_err("not UTF-8").to_string();
    assert!(message.contains("CSV UTF-8"), "{message}");
}
