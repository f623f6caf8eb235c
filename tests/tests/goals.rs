//! The person adds a goal with two steps and a wish on a 360 px phone; their caseworker
//! reads it, builds it into a new version of the plan and answers; the person sees the
//! answer and the goal in the new version. axe-core checks every page on the way.

use e2e::{Browser, Server};

const GOAL: &str = "Go back to the lunch club on Thursdays";

#[tokio::test]
async fn a_persons_goal_goes_into_the_plan_and_they_see_the_answer() {
    let server = Server::start().await;
    let browser = Browser::start().await;

    browser.sign_in_as(&server, "Peggy").await;
    browser.click("//nav//a[. = 'Goals and wishes']").await;
    browser.wait_for("//h1[. = 'Your goals and wishes']").await;
    browser.assert_accessible("goals and wishes, empty").await;
    browser.click("//summary[. = 'Add a goal']").await;
    browser.type_into_area("goal-new-what", GOAL).await;
    browser.type_into_area("goal-new-why", "I see my friends there").await;
    browser
        .click("//select[@id = 'goal-new-importance']/option[@value = '8']")
        .await;
    browser.type_into("goal-new-step-0-0", "Ask Jean about a lift").await;
    browser
        .type_into("goal-new-step-1-0", "Find the club's phone number")
        .await;
    browser.type_into("goal-new-step-1-1", "Helen").await;
    browser.click("//button[. = 'Add this goal']").await;
    browser
        .wait_for(&format!(
            "//li[.//h3[. = '{GOAL}']]//p[contains(., 'Ask Jean about a lift')]"
        ))
        .await;
    browser.wait_for("//li//p[contains(., 'Find the club')]").await;
    browser.type_into_area("wish-text", "Milky tea, no sugar").await;
    browser
        .click("//select[@id = 'wish-kind']/option[@value = 'food']")
        .await;
    browser.click("//button[. = 'Add this wish']").await;
    browser
        .wait_for("//li[.//h3[. = 'Food']]//p[. = 'Milky tea, no sugar']")
        .await;
    browser
        .click("//li[.//h3[. = 'Food']]//button[contains(., 'Change this wish')]")
        .await;
    browser
        .type_into_area_at("//li[.//h3[. = 'Food']]//textarea", "Milky tea, one sugar")
        .await;
    browser
        .click("//li[.//h3[. = 'Food']]//button[. = 'Save changes']")
        .await;
    browser
        .wait_for("//li[.//h3[. = 'Food']]//p[. = 'Milky tea, one sugar']")
        .await;
    let provenance = format!(
        "//li[.//h3[. = '{GOAL}']]//p[@class = 'hint' and contains(., 'Peggy') and not(contains(., 'person'))]"
    );
    browser.wait_for(&provenance).await;
    browser
        .assert_accessible("goals and wishes, with a goal and a wish")
        .await;
    browser.sign_out().await;

    browser.sign_in_as(&server, "Priya Sharma").await;
    browser.click("//nav//a[. = 'Goals and wishes']").await;
    browser
        .wait_for(&format!(
            "//li[.//blockquote[. = '{GOAL}']]//strong[. = 'Not read yet']"
        ))
        .await;
    browser.assert_accessible("the caseworker's goals and wishes").await;

    // Built into the plan: the goal becomes an outcome in a new version.
    browser.click("//nav//a[. = 'Caseload']").await;
    browser
        .click("//tr[.//span[@class = 'row-title' and . = 'Margaret Hughes']]//a[contains(., 'Edit the plan')]")
        .await;
    let outcomes = browser.wait_for("//textarea[@id = 'field-outcomes']").await;
    outcomes.send_keys(&format!("\n{GOAL}")).await.expect("type");
    browser.click("//button[. = 'Save and publish']").await;
    browser.click("//button[starts-with(., 'Publish version')]").await;
    browser
        .wait_for("//div[@role = 'status']//h1[contains(., 'published.')]")
        .await;

    browser.click("//nav//a[. = 'Goals and wishes']").await;
    let card = format!("//li[.//blockquote[. = '{GOAL}']]");
    browser
        .click(&format!(
            "{card}//label[contains(., \"in their plan's version\") and contains(., '3')]"
        ))
        .await;
    browser
        .type_into_area_at(
            &format!("{card}//textarea[starts-with(@id, 'answer-')]"),
            "Added to your plan, Peggy.",
        )
        .await;
    browser
        .click(&format!("{card}//button[contains(., 'Send your answer')]"))
        .await;
    browser
        .wait_for(&format!("{card}//strong[. = 'Added to the plan']"))
        .await;
    browser
        .assert_accessible("the caseworker's goals and wishes, answered")
        .await;
    browser.sign_out().await;

    browser.sign_in_as(&server, "Peggy").await;
    browser.click("//nav//a[. = 'Goals and wishes']").await;
    let mine = format!("//li[.//h3[. = '{GOAL}']]");
    browser
        .wait_for(&format!("{mine}//blockquote[. = 'Added to your plan, Peggy.']"))
        .await;
    browser
        .wait_for(&format!("{mine}//p[contains(., 'Priya Sharma')]"))
        .await;
    browser.assert_accessible("goals and wishes, answered").await;
    browser
        .click(&format!("{mine}//a[starts-with(., 'See it in your plan')]"))
        .await;
    browser.wait_for(&format!("//dd[contains(., '{GOAL}')]")).await;
    browser.assert_accessible("the plan with the goal").await;
    browser.close().await;
}
