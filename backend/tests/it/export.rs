//! Subject access: a person's caseworker (or the council, from the command line) gets
//! everything held about them, in one zip, with a summary in their language and no one
//! else's contact details.

use std::io::Read;

use axum::http::StatusCode;
use serde_json::Value;

use crate::cli::ourplan;
use crate::harness::{Server, demo_cookies};

fn unzip(bytes: &[u8]) -> (Value, String) {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut read = |name: &str| {
        let mut text = String::new();
        archive
            .by_name(name)
            .expect(name)
            .read_to_string(&mut text)
            .expect("text");
        text
    };
    let data = serde_json::from_str(&read("data.json")).expect("json");
    (data, read("summary.html"))
}

#[tokio::test]
async fn a_caseworker_downloads_everything_held_about_a_person_and_no_one_elses_contact_details() {
    let server = Server::with(|settings| settings.demo = true).await;
    backend::demo::seed(&server.db.store).await.expect("demo");
    server
        .sql("UPDATE people SET email = 'helen.carer@example.org', phone = '07700 900123' WHERE preferred_name = 'Helen'")
        .await;
    server
        .sql("UPDATE staff SET email = 'priya.sharma@northbridge.example' WHERE full_name = 'Priya Sharma'")
        .await;
    let cookies = demo_cookies(&server, &["Peggy", "Priya Sharma", "Tom Davies"]).await;
    let [peggy, priya, tom] = [0, 1, 2].map(|i| cookies[i].clone().expect("account"));
    // Peggy reads her plan first, so that someone has looked.
    let plans = server.get("/api/v1/me/plans", &peggy).await.body;
    let plan = plans[0]["id"].as_str().expect("a plan").to_owned();
    server
        .get(&format!("/api/v1/plans/{plan}/versions/latest"), &peggy)
        .await;
    let person = plans[0]["person_id"].as_str().expect("her id").to_owned();

    let path = format!("/api/v1/people/{person}/export");
    for cookie in [&tom, &peggy] {
        assert_eq!(server.get(&path, cookie).await.status, StatusCode::NOT_FOUND);
    }
    let answer = server.get(&path, &priya).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.headers["content-type"], "application/zip");
    let (data, summary) = unzip(&answer.bytes);
    let sections = &data["sections"];
    assert_eq!(sections["profile"][0]["full_name"], "Margaret Hughes");
    assert!(
        sections["plan_versions"][0]["content"].is_object(),
        "each version's plan, as JSON"
    );
    assert_eq!(sections["carers"][0]["carer"], "Helen Hughes", "{}", sections["carers"]);
    let actions: Vec<&str> = sections["audit"]
        .as_array()
        .expect("audit")
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    // About her (a read of her plan) and about her account (her signing in).
    assert!(actions.contains(&"plan_viewed"), "{actions:?}");
    assert!(actions.contains(&"demo_sign_in"), "{actions:?}");
    let everything = data.to_string();
    for someone_elses in [
        "helen.carer@example.org",
        "07700 900123",
        "priya.sharma@northbridge.example",
    ] {
        assert!(!everything.contains(someone_elses), "{someone_elses} is someone else's");
        assert!(!summary.contains(someone_elses), "{someone_elses} is someone else's");
    }
    assert!(summary.contains("<html lang=\"en-GB\" dir=\"ltr\">"), "{summary}");
    assert!(
        summary.contains("Everything OurPlan holds about \u{2068}Margaret Hughes\u{2069}"),
        "{summary}"
    );
    assert!(
        summary.contains("Priya Sharma"),
        "who published and who looked: {summary}"
    );
    assert_eq!(server.audited("subject_access_exported", "done").await, 1);
}

#[tokio::test]
async fn the_council_exports_a_person_by_case_reference_with_a_summary_in_their_language() {
    let folder = tempfile::tempdir().expect("folder");
    let url = format!("sqlite://{}", folder.path().join("ourplan.db").display());
    let store = backend::db::Store::open(&url.as_str().into()).await.expect("store");
    backend::demo::seed(&store).await.expect("demo");
    store.close().await;
    let zip = folder.path().join("dan.zip");
    let to = zip.to_str().expect("path");
    let done = ourplan(&["export", "person", "NB100417", "--database-url", &url, "--to", to]);
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
    let (data, summary) = unzip(&std::fs::read(&zip).expect("written"));
    assert_eq!(data["sections"]["profile"][0]["case_reference"], "NB100417");
    assert!(
        summary.contains("<html lang=\"pl\" dir=\"ltr\">"),
        "Dan reads Polish: {summary}"
    );
    let polish = api::i18n::Messages::for_locale("pl").get("sar-about");
    assert!(summary.contains(&polish), "{summary}");

    let again = ourplan(&["export", "person", "NB100417", "--database-url", &url, "--to", to]);
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    let nobody = folder.path().join("nobody.zip");
    let missing = ourplan(&[
        "export",
        "person",
        "NB999999",
        "--database-url",
        &url,
        "--to",
        nobody.to_str().expect("path"),
    ]);
    assert!(String::from_utf8_lossy(&missing.stderr).contains("nobody has the id or case reference"));
}
