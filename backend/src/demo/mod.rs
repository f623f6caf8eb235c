//! Made-up people, plans and staff for `ourplan demo`, so a newcomer can look around.
//! Nobody here is real; the phone number is one Ofcom keeps for drama.

mod plan_texts;
pub mod scale;

use api::plan::PlanKind;
use api::reviews::{ContactWay, MeetingNeeds, Reason, RequestInput, Step, Urgency};
use api::service::Council;
use api::staff::StaffRole;
use sqlx::AnyConnection;

use crate::accounts::{self, Owner};
use crate::db::{Store, StoreError, new_id};
use crate::people::{self, NewPerson};
use crate::staff::{self, NewStaff};
use crate::{notifications, plans, reviews, service};
use plan_texts::{amina_plan, daniel_plan, helen_plan, kwame_plan, margaret_plan};

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error(
        "this database already holds real data, and the demo would mix made-up people into it: give the demo its own database with --database-url sqlite://ourplan-demo.db"
    )]
    RealDataPresent,
    #[error("could not write the demo data ({0})")]
    Store(#[from] StoreError),
}

/// Whether the database holds the demo: real staff and people are never put into it.
pub async fn is_demo(store: &Store) -> Result<bool, StoreError> {
    let demo: Option<(i64,)> = sqlx::query_as("SELECT demo FROM council WHERE id = 1")
        .fetch_optional(&store.pool)
        .await?;
    Ok(demo.is_some_and(|(d,)| d == 1))
}

/// Fills an empty database with the demo; a database that already has it is left as it is.
pub async fn seed(store: &Store) -> Result<(), SeedError> {
    let mut conn = store.pool.acquire().await.map_err(StoreError::from)?;
    // Anyone at all in it — a person, a member of staff (the first admin from `ourplan
    // invite`), an account, a team — or the council's details: it is not for the demo,
    // whose quick sign-in would open every account in it.
    let (demo, anyone): (Option<i64>, i64) = sqlx::query_as(
        "SELECT (SELECT demo FROM council WHERE id = 1), (SELECT COUNT(*) FROM people) + \
         (SELECT COUNT(*) FROM staff) + (SELECT COUNT(*) FROM accounts) + (SELECT COUNT(*) FROM teams)",
    )
    .fetch_one(&mut *conn)
    .await
    .map_err(StoreError::from)?;
    match demo {
        Some(1) => return Ok(()),
        _ if anyone > 0 || demo.is_some() => return Err(SeedError::RealDataPresent),
        _ => {}
    }
    let mut tx = crate::db::begin_write(&mut conn).await.map_err(StoreError::from)?;
    seed_all(&mut tx).await?;
    tx.commit().await.map_err(StoreError::from)?;
    tracing::info!("demo data written");
    Ok(())
}

async fn seed_all(conn: &mut AnyConnection) -> Result<(), StoreError> {
    service::set_council(
        conn,
        &Council {
            name: "Northbridge City Council".into(),
            phone: "0808 157 0192".into(),
            email: "adultsocialcare@northbridge.example".into(),
            website: "https://northbridge.example/adult-social-care".into(),
        },
        true,
    )
    .await?;

    let team = staff::create_team(conn, "North Locality Team").await?;
    // Phone numbers from Ofcom's range for drama (01632 960000–960999): they ring nobody.
    let worker = |full_name, email, phone, role, team| NewStaff {
        full_name,
        email: Some(email),
        phone,
        role,
        team_id: team,
        language: "en-GB",
    };
    let priya = staff::create(
        conn,
        &worker(
            "Priya Sharma",
            "priya.sharma@northbridge.example",
            Some("01632 960 101"),
            StaffRole::Caseworker,
            Some(&team),
        ),
    )
    .await?;
    let tom = staff::create(
        conn,
        &worker(
            "Tom Davies",
            "tom.davies@northbridge.example",
            Some("01632 960 102"),
            StaffRole::Caseworker,
            Some(&team),
        ),
    )
    .await?;
    for (name, email, role, team) in [
        (
            "Grace Okafor",
            "grace.okafor@northbridge.example",
            StaffRole::Manager,
            Some(team.as_str()),
        ),
        ("Sam Reid", "sam.reid@northbridge.example", StaffRole::Admin, None),
    ] {
        let id = staff::create(conn, &worker(name, email, None, role, team)).await?;
        accounts::create(conn, &new_id(), &Owner::Staff(id)).await?;
    }

    let person = |full_name, preferred_name, date_of_birth, language, case_reference| NewPerson {
        full_name,
        preferred_name: Some(preferred_name),
        date_of_birth: Some(date_of_birth),
        language,
        case_reference: Some(case_reference),
        ..Default::default()
    };
    let margaret = people::create(
        conn,
        &person("Margaret Hughes", "Peggy", "1942-03-14", "en-GB", "NB100231"),
    )
    .await?;
    let helen = people::create(
        conn,
        &person("Helen Hughes", "Helen", "1971-09-02", "en-GB", "NB100232"),
    )
    .await?;
    let daniel = people::create(conn, &person("Daniel Kowalski", "Dan", "1996-06-21", "pl", "NB100417")).await?;
    let amina = people::create(conn, &person("Amina Begum", "Amina", "1974-01-30", "ur", "NB100588")).await?;
    let kwame = people::create(
        conn,
        &person("Kwame Mensah", "Kwame", "1985-08-12", "en-GB", "NB100602"),
    )
    .await?;
    people::add_carer(conn, &helen, &margaret, "daughter").await?;

    // Accounts without passkeys: demo mode signs in to them with one tap. Amina has not
    // been invited yet, so a caseworker can show how an invitation works.
    let everyone = [&margaret, &helen, &daniel, &kwame].map(|id| Owner::Person(id.clone()));
    for owner in everyone
        .iter()
        .chain(&[Owner::Staff(priya.clone()), Owner::Staff(tom.clone())])
    {
        accounts::create(conn, &new_id(), owner).await?;
    }
    for (who, caseworker) in [
        (&margaret, &priya),
        (&helen, &priya),
        (&amina, &priya),
        (&daniel, &tom),
        (&kwame, &tom),
    ] {
        staff::allocate(conn, who, caseworker).await?;
    }

    // Margaret's plan was reviewed six weeks in: version 2 adds a lunchtime visit.
    let plan = plans::create(conn, &margaret, PlanKind::Care, &margaret_plan(false), &priya).await?;
    plans::publish(conn, &plan, 1, &priya).await?;
    plans::save_draft(conn, &plan, 1, &margaret_plan(true), &priya).await?;
    plans::publish(conn, &plan, 2, &priya).await?;

    for (who, kind, content, caseworker) in [
        (&helen, PlanKind::Carer, helen_plan(), &priya),
        (&daniel, PlanKind::Care, daniel_plan(), &tom),
        (&kwame, PlanKind::Care, kwame_plan(), &tom),
        (&amina, PlanKind::Care, amina_plan(), &priya),
    ] {
        let plan = plans::create(conn, who, kind, &content, caseworker).await?;
        plans::publish(conn, &plan, 1, caseworker).await?;
    }
    reviews_under_way(conn, &kwame, &daniel).await
}

/// Kwame has asked for a review, which Tom has acknowledged; Daniel's plan began seven
/// weeks ago, so his first planned review is due. Tom's review queue has both.
async fn reviews_under_way(conn: &mut AnyConnection, kwame: &str, daniel: &str) -> Result<(), StoreError> {
    let kwames_account = accounts::of(conn, &Owner::Person(kwame.to_owned())).await?;
    let (toms_account,): (String,) = sqlx::query_as(
        "SELECT a.id FROM accounts a JOIN staff s ON s.id = a.staff_id WHERE s.full_name = 'Tom Davies'",
    )
    .fetch_one(&mut *conn)
    .await?;
    let asked = RequestInput {
        reason: Reason::SupportNotWorking,
        what_happened:
            "The evening visits keep coming at 9pm, after I have taken my medication, so I am too drowsy to cook."
                .into(),
        urgency: Urgency::Soon,
        contact_how: ContactWay::Text,
        contact_when: "After 11am".into(),
        needs: MeetingNeeds {
            advocate: true,
            ..MeetingNeeds::default()
        },
        contact_whom: None,
    };
    let who = reviews::Opened {
        person_id: kwame,
        by_account: kwames_account.as_deref().ok_or(StoreError::NotFound)?,
        on_behalf: false,
    };
    let id = reviews::request(conn, &who, &asked).await?;
    let review = reviews::get(conn, &id).await?;
    reviews::take_step(conn, &review, &toms_account, &Step::Acknowledged).await?;
    notifications::review_changed(conn, &id, &Step::Acknowledged, &toms_account, false).await?;
    let seven_weeks_ago = crate::db::now_ms() - 49 * 86_400_000;
    sqlx::query(
        "UPDATE plan_versions SET published_at = $1 WHERE plan_id IN (SELECT id FROM plans WHERE person_id = $2)",
    )
    .bind(seven_weeks_ago)
    .bind(daniel)
    .execute(conn)
    .await?;
    Ok(())
}
