//! A caseworker publishes a new version of a plan; the person reads it on a 360 px phone,
//! agrees, and sees who has looked at it. axe-core checks every page on the way.

use e2e::{Browser, Server};

#[tokio::test]
async fn a_caseworker_publishes_and_the_person_reads_agrees_and_sees_who_looked() {
    let server = Server::start().await;
    let browser = Browser::start().await;

    browser.goto(&format!("{}/sign-in", server.url)).await;
    browser.click("//button[contains(., 'Priya Sharma')]").await;
    browser.wait_for("//h1[. = 'Caseload']").await;
    browser
        .wait_for("//tr[.//span[@class = 'row-title' and . = 'Margaret Hughes']]//a[contains(., 'Edit the plan')]")
        .await;
    browser.assert_accessible("the caseload").await;
    // Found by the council's case reference, however it is typed.
    browser.type_into("caseload-search", "nb 100231").await;
    browser
        .wait_for("//p[@role = 'status' and contains(., '1') and contains(., 'person')]")
        .await;
    browser
        .wait_for("//tr[.//span[. = 'Margaret Hughes'] and .//span[contains(., 'NB100231')]]")
        .await;
    browser.type_into("caseload-search", "").await;
    browser
        .click("//tr[.//span[@class = 'row-title' and . = 'Margaret Hughes']]//a[contains(., 'Edit the plan')]")
        .await;

    let advice = browser.wait_for("//textarea[@id = 'field-advice']").await;
    browser.assert_accessible("the plan editor").await;
    advice.clear().await.expect("clear");
    advice
        .send_keys("The memory café now meets on Tuesdays and Fridays.")
        .await
        .expect("type");
    // A money slip is caught, named, and linked from the summary.
    browser.type_into("field-support-0-weekly_cost", "102.9x").await;
    browser.click("//button[. = 'Save draft']").await;
    browser
        .wait_for("//div[@class = 'error-summary']//a[@href = '#field-support-0-weekly_cost']")
        .await;
    browser.wait_for("//p[@id = 'field-support-0-weekly_cost-error']").await;
    browser.assert_accessible("the plan editor with an error").await;
    browser.type_into("field-support-0-weekly_cost", "102.90").await;
    browser.click("//button[. = 'Save and publish']").await;
    // Checked before it goes: what changes, and a word for Peggy.
    browser.wait_for("//h1[. = 'Check your changes']").await;
    browser
        .wait_for("//dd/ins[contains(., 'The memory café now meets on Tuesdays and Fridays.')]")
        .await;
    browser.assert_accessible("check your changes before publishing").await;
    browser
        .type_into_area("publish-message", "Your support costs a little more from now on.")
        .await;
    browser
        .click("//button[starts-with(., 'Publish version') and contains(., '3')]")
        .await;
    browser
        .wait_for(
            "//div[@role = 'status']//h1[starts-with(., 'Version') and contains(., '3') and contains(., 'published.')]",
        )
        .await;

    browser.click("//nav//a[. = 'Your account']").await;
    browser.click("//button[. = 'Sign out']").await;
    browser.wait_for("//nav//a[. = 'Sign in']").await;

    browser.click("//nav//a[. = 'Sign in']").await;
    browser.click("//button[contains(., 'Peggy')]").await;
    browser.wait_for("//h1[. = 'Your plans']").await;
    browser.assert_accessible("your plans").await;
    browser.click("//a[. = 'Care and support plan']").await;
    browser
        .wait_for("//p[starts-with(., 'Version') and contains(., '3') and contains(., 'Priya Sharma')]")
        .await;
    browser
        .wait_for("//dd[. = 'The memory café now meets on Tuesdays and Fridays.']")
        .await;
    browser.wait_for("//dd[. = '£102.90']").await;
    browser.assert_accessible("the plan").await;
    let overflow = browser
        .eval("return document.documentElement.scrollWidth > window.innerWidth")
        .await;
    assert_eq!(overflow, false, "the plan reads without sideways scrolling at 360 px");

    browser.click("//label[. = 'I agree with this plan']").await;
    browser.click("//button[. = 'Send my answer']").await;
    browser
        .wait_for("//p[@role = 'status' and contains(., 'you said you agree')]")
        .await;
    browser.assert_accessible("the plan, answered").await;

    browser.click("//a[. = 'Who has looked at my plan']").await;
    browser
        .wait_for("//td[contains(., 'Priya Sharma') and contains(., 'caseworker')]")
        .await;
    browser.assert_accessible("who has looked at my plan").await;

    browser.goto(&format!("{}/plans", server.url)).await;
    browser.click("//a[. = 'Care and support plan']").await;
    browser.click("//a[. = 'All versions, and what changed']").await;
    browser.wait_for("//h1[. = 'All versions']").await;
    browser.click("//button[. = 'Show what changed']").await;
    browser
        .wait_for("//dl[@class = 'changes']//dt[. = 'Advice and information']")
        .await;
    browser.assert_accessible("all versions, compared").await;
    browser.close().await;
}
