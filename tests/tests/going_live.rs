//! A council's first day, on an empty database (not the demo): the first admin sets up a
//! passkey from `ourplan invite`, creates teams and invites a caseworker and a manager;
//! the caseworker registers a person, writes and publishes their plan and invites them;
//! the manager of another team cannot see that person; the person signs in with a passkey
//! and reads their plan; later the caseworker closes the case. When the caseworker leaves, the admin disables them and their
//! next request is refused. Each browser is its own phone, with its own passkeys.

use e2e::{Browser, Server};
use serde_json::{Value, json};

/// Opens an invitation and sets up a passkey with it; ends signed in.
async fn set_up_passkey(browser: &Browser, server: &Server, code: &str) {
    browser.add_phone_authenticator().await;
    browser.goto(&format!("{}/invitation#{code}", server.url)).await;
    browser.wait_for("//h1[. = 'Set up your passkey']").await;
    browser.type_into("passkey-name", "my phone").await;
    browser.click("//button[. = 'Set up my passkey']").await;
    browser.wait_for("//p[starts-with(., 'You are signed in as')]").await;
}

/// Calls the API from the page, as the signed-in user: (status, body).
async fn fetch(browser: &Browser, method: &str, path: &str, body: Value) -> (u64, Value) {
    let answer = browser
        .client
        .execute_async(
            "const [method, path, body, done] = arguments;
             const init = { method, headers: { 'content-type': 'application/json' } };
             if (method !== 'GET') init.body = JSON.stringify(body);
             fetch(path, init).then(async r => done([r.status, await r.json().catch(() => null)]));",
            vec![json!(method), json!(path), body],
        )
        .await
        .expect("fetch");
    (answer[0].as_u64().unwrap_or_default(), answer[1].clone())
}

fn plan() -> Value {
    json!({
        "about_me": { "important_to_me": "My garden and my grandchildren.", "people_important_to_me": "",
                      "communication": "", "how_to_support_me": "", "please_do": [], "please_dont": [] },
        "strengths": { "what_i_can_do": "I cook for myself most days.", "who_helps_me": "" },
        "needs": [{ "description": "Getting washed and dressed in the morning.", "eligible": true,
                    "wellbeing": ["health"], "how_met": "A carer visits each morning." }],
        "outcomes": ["To stay in my own home"],
        "support": [{ "what": "Morning visit", "provider": { "kind": "organisation", "name": "Northbridge Home Care" },
                      "when": "Every morning, 45 minutes", "tenths_of_hours_per_week": 53, "weekly_cost_pence": 14500 }],
        "budget": { "yearly_pence": 754000, "weekly_pence": 14500, "council_weekly_pence": 14500,
                    "contribution_weekly_pence": 0, "managed_by": "council_managed", "direct_payment": null },
        "advice": "", "prevention": "",
        "contingency": { "if_carer_ill": "", "if_visit_missed": "", "who_to_call": "Cara Lewis, 01632 960 200",
                         "out_of_hours": "" },
        "involved": ["Joan"],
        "next_review": "2027-06-01"
    })
}

#[tokio::test]
async fn a_council_goes_live_from_an_empty_database() {
    let (server, code) = Server::live().await;

    // The first admin, on a laptop.
    let admin = Browser::sized((1280, 800)).await;
    set_up_passkey(&admin, &server, &code).await;
    admin.click("//nav//a[. = 'Teams and staff']").await;
    admin.wait_for("//h1[. = 'Teams and staff']").await;
    admin.assert_accessible("teams and staff, empty").await;
    for team in ["North Locality Team", "South Locality Team"] {
        admin.type_into("new-team-name", team).await;
        admin.click("//button[. = 'Create the team']").await;
        admin.wait_for(&format!("//li/strong[. = '{team}']")).await;
    }
    admin.type_into("invite-name", "Cara Lewis").await;
    admin.type_into("invite-email", "cara.lewis@anytown.example").await;
    admin
        .click("//select[@id = 'invite-team']/option[. = 'North Locality Team']")
        .await;
    admin.click("//button[. = 'Invite them']").await;
    let cara_code = admin.shown_code().await;
    admin
        .wait_for("//tr[.//span[. = 'Cara Lewis']]//p[. = 'Invited, not signed up yet']")
        .await;
    admin.assert_accessible("teams and staff, with an invitation").await;
    admin.type_into("invite-name", "Mo Patel").await;
    admin.type_into("invite-email", "mo.patel@anytown.example").await;
    admin
        .click("//select[@id = 'invite-role']/option[@value = 'manager']")
        .await;
    admin
        .click("//select[@id = 'invite-team']/option[. = 'South Locality Team']")
        .await;
    admin.click("//button[. = 'Invite them']").await;
    admin.wait_for("//tr[.//span[. = 'Mo Patel']]").await;
    let mo_code = admin.shown_code().await;
    assert_ne!(mo_code, cara_code);

    // The caseworker registers Joan, writes and publishes her plan, and invites her.
    let cara = Browser::start().await;
    set_up_passkey(&cara, &server, &cara_code).await;
    cara.click("//nav//a[. = 'Caseload']").await;
    cara.click("//a[. = 'Register a person']").await;
    cara.wait_for("//h1[. = 'Register a person']").await;
    cara.click("//button[. = 'Register them']").await;
    cara.wait_for("//div[@class = 'error-summary']//a[@href = '#person-name']")
        .await;
    cara.assert_accessible("registering a person, with errors").await;
    cara.type_into("person-name", "Joan Ellis").await;
    cara.type_into("person-preferred", "Joan").await;
    cara.type_into("person-reference", "AT300101").await;
    cara.click("//button[. = 'Register them']").await;
    cara.wait_for("//div[contains(@class, 'confirmation')]//h1[contains(., 'Joan Ellis')]")
        .await;
    cara.click("//main//a[. = 'Caseload']").await;
    let joan = "//tr[.//span[. = 'Joan Ellis']]";
    cara.click(&format!("{joan}//button[contains(., 'Start a care and support plan')]"))
        .await;
    cara.wait_for("//h1[contains(., 'Edit plan') or contains(., 'plan')]")
        .await;
    let path = cara.eval("return location.pathname").await;
    let plan_id = path
        .as_str()
        .unwrap_or_default()
        .split('/')
        .nth(3)
        .expect("plan id")
        .to_owned();
    let (_, draft) = fetch(&cara, "GET", &format!("/api/v1/plans/{plan_id}/draft"), Value::Null).await;
    let saved = json!({ "version": draft["version"], "content": plan() });
    let (status, body) = fetch(&cara, "PUT", &format!("/api/v1/plans/{plan_id}/draft"), saved).await;
    assert_eq!(status, 200, "{body}");
    cara.navigate(&format!("/staff/plans/{plan_id}/publish")).await;
    cara.type_into_area("publish-message", "Here is your plan, Joan.").await;
    cara.click("//button[contains(., 'Publish')]").await;
    cara.wait_for("//div[contains(@class, 'confirmation')]").await;
    cara.click("//nav//a[. = 'Invitations']").await;
    let create = "//li[.//h3[. = 'Joan Ellis']]//button[contains(., 'Create an invitation')]";
    cara.click(create).await;
    let joan_code = cara.shown_code().await;

    // The manager of another team does not see Joan.
    let mo = Browser::start().await;
    set_up_passkey(&mo, &server, &mo_code).await;
    let (status, caseload) = fetch(&mo, "GET", "/api/v1/caseload", Value::Null).await;
    assert_eq!(status, 200);
    assert_eq!(caseload, json!([]), "another team's manager sees nobody of North's");
    mo.close().await;

    // Joan signs in on her phone with her passkey and reads her plan.
    let phone = Browser::start().await;
    set_up_passkey(&phone, &server, &joan_code).await;
    phone.click("//nav//a[. = 'Your plan']").await;
    phone.click("//a[. = 'Care and support plan']").await;
    phone
        .wait_for("//*[contains(., 'My garden and my grandchildren.')]")
        .await;
    phone.assert_accessible("Joan's plan").await;
    phone.close().await;

    // Later Joan no longer needs support: Cara closes her case, which is never one tap.
    cara.click("//nav//a[. = 'Caseload']").await;
    cara.click(&format!("{joan}//summary[contains(., 'Close the case')]"))
        .await;
    cara.assert_accessible("closing a case").await;
    cara.click(&format!(
        "{joan}//button[contains(., 'Close') and contains(., 'Joan Ellis')]"
    ))
    .await;
    cara.wait_for("//p[@role = 'status' and contains(., 'is closed')]")
        .await;

    // Cara leaves: the admin disables her, and her very next request is refused.
    admin.click("//nav//a[. = 'Teams and staff']").await;
    admin
        .click("//tr[.//span[. = 'Cara Lewis']]//button[contains(., 'Disable')]")
        .await;
    admin
        .wait_for("//p[@role = 'status' and contains(., 'can no longer sign in')]")
        .await;
    admin
        .wait_for("//tr[.//span[. = 'Cara Lewis']]//strong[. = 'Left']")
        .await;
    let (status, _) = fetch(&cara, "GET", "/api/v1/caseload", Value::Null).await;
    assert_eq!(status, 401, "a leaver's session ends at once");
    admin.close().await;
    cara.close().await;
}
