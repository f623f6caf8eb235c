//! The loops close, on a 360 px phone and a caseworker's screen: Kwame disagrees with his
//! plan and it is on Tom's To do; Tom answers Kwame's goal and Kwame is told, with the
//! answer; saying a review is urgent shows numbers to tap at once; a failed and a
//! successful submit each leave focus on what happened. axe-core checks each new page.

use std::time::Duration;

use e2e::{Browser, Server};

const WHY: &str = "I want to cook for my family";
const GOAL: &str = "Cook for my friends again";

/// What has focus now: its class and its words.
async fn focused(browser: &Browser) -> (String, String) {
    let found = browser
        .eval("const e = document.activeElement; return [e.className, e.innerText || ''];")
        .await;
    let part = |n: usize| found[n].as_str().unwrap_or_default().to_owned();
    (part(0), part(1))
}

/// Waits (briefly) for focus to land on an element of `class`.
async fn focus_lands_on(browser: &Browser, class: &str) -> String {
    for _ in 0..50 {
        let (classes, text) = focused(browser).await;
        if classes.split(' ').any(|c| c == class) {
            return text;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("focus never reached .{class}: it is on {:?}", focused(browser).await);
}

#[tokio::test]
async fn what_kwame_says_reaches_tom_and_toms_answer_comes_back() {
    let server = Server::start().await;
    let browser = Browser::start().await;

    // Kwame does not agree with his plan.
    browser.sign_in_as(&server, "Kwame").await;
    browser.click("//a[. = 'Care and support plan']").await;
    browser.click("//label[@for = 'agree-no']").await;
    browser.type_into_area("comment", "I need help on Sundays too").await;
    browser.click("//button[. = 'Send my answer']").await;
    browser
        .wait_for("//p[@role = 'status' and contains(., \"you said you don't agree\")]")
        .await;

    // A goal, added far down the page: focus moves to the word that it was added.
    browser.click("//nav//a[. = 'Goals and wishes']").await;
    browser.click("//summary[. = 'Add a goal']").await;
    browser.click("//button[. = 'Add this goal']").await;
    let summary = focus_lands_on(&browser, "error-summary").await;
    assert!(summary.contains("There is a problem"), "{summary}");
    browser.type_into_area("goal-new-what", GOAL).await;
    browser.type_into_area("goal-new-why", WHY).await;
    browser
        .click("//select[@id = 'goal-new-importance']/option[@value = '7']")
        .await;
    browser.click("//button[. = 'Add this goal']").await;
    let said = focus_lands_on(&browser, "status").await;
    assert!(said.contains("Your goal is added"), "{said}");
    browser.sign_out().await;

    // Tom's home is his To do: the disagreement and the goal are on it.
    browser.sign_in_as(&server, "Tom Davies").await;
    browser.click("//nav//a[. = 'Home']").await;
    browser.wait_for("//h1[. = 'To do']").await;
    browser
        .wait_for("//li[.//h2[. = 'Kwame Mensah']]//blockquote[. = 'I need help on Sundays too']")
        .await;
    browser
        .wait_for(&format!("//li[.//h2[. = 'Kwame Mensah']]//blockquote[. = '{GOAL}']"))
        .await;
    browser.assert_accessible("the caseworker's To do").await;

    // Tom answers the goal.
    browser
        .click(&format!("//li[.//blockquote[. = '{GOAL}']]//a[contains(., 'Answer')]"))
        .await;
    let card = format!("//li[.//blockquote[. = '{GOAL}']]");
    browser
        .type_into_area_at(&format!("{card}//textarea"), "Let's look for a cooking group together.")
        .await;
    browser
        .click(&format!("{card}//button[contains(., 'Send your answer')]"))
        .await;
    // He answers knowing all Kwame wrote, and then sees the answer he gave.
    browser.wait_for(&format!("{card}//dd[. = '{WHY}']")).await;
    let said = focus_lands_on(&browser, "status").await;
    assert!(said.contains("Your answer is sent"), "{said}");
    browser
        .wait_for(&format!("{card}//strong[. = 'Read by your caseworker']"))
        .await;
    browser
        .wait_for(&format!(
            "{card}//blockquote[. = \"Let's look for a cooking group together.\"]"
        ))
        .await;
    browser.sign_out().await;

    // Kwame is told, by name, with the answer.
    browser.sign_in_as(&server, "Kwame").await;
    browser.click("//nav//a[starts-with(., 'Notifications')]").await;
    browser
        .wait_for(&format!(
            "//li//a[contains(., 'Tom Davies') and contains(., 'answered your goal') and contains(., '{GOAL}')]"
        ))
        .await;
    browser
        .wait_for("//li//blockquote[. = \"Let's look for a cooking group together.\"]")
        .await;
    browser.assert_accessible("notifications with an answer").await;
    browser.close().await;
}

#[tokio::test]
async fn an_urgent_request_shows_numbers_to_call_at_once() {
    let server = Server::start().await;
    let browser = Browser::start().await;
    browser.sign_in_as(&server, "Kwame").await;
    browser.wait_for("//nav//a[. = 'Your account']").await;
    browser.navigate("/reviews/new").await;
    browser.click("//button[. = 'Send my request']").await;
    focus_lands_on(&browser, "error-summary").await;

    browser.click("//label[@for = 'review-urgency-urgent']").await;
    browser.wait_for("//h2[. = 'If you need help now']").await;
    browser
        .wait_for("//a[@href = 'tel:01632960102' and contains(., 'Tom Davies')]")
        .await;
    browser.wait_for("//a[@href = 'tel:999']").await;
    browser.assert_accessible("an urgent review request").await;

    // Kwame's review for "support isn't working" is under way: he is pointed to it.
    browser
        .click("//label[@for = 'review-reason-support_not_working']")
        .await;
    browser.click("//a[. = 'Add information to that review instead']").await;
    browser
        .type_into_area("review-add-text", "It got worse this week")
        .await;
    browser.click("//button[. = 'Add to the review']").await;
    let said = focus_lands_on(&browser, "status").await;
    assert!(said.contains("Added"), "{said}");
    browser.wait_for("//blockquote[. = 'It got worse this week']").await;
    browser
        .wait_for("//div[@class = 'panel']/p[contains(., 'Tom Davies') and contains(., 'will be in touch by')]")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn the_tabs_title_is_in_the_pages_language() {
    let server = Server::start().await;
    let browser = Browser::start().await;
    browser.sign_in_as(&server, "Kwame").await;
    browser.wait_for("//h1[. = 'Your plans']").await;
    assert!(
        browser
            .eval("return document.title")
            .await
            .as_str()
            .unwrap_or_default()
            .starts_with("Your plans")
    );
    browser.click("//select[@id = 'language']/option[@value = 'cy']").await;
    browser.click("//form[contains(@class, 'language-bar')]//button").await;
    browser.wait_for("//h1[. = 'Eich cynlluniau']").await;
    for _ in 0..50 {
        let title = browser.eval("return document.title").await;
        if title.as_str().unwrap_or_default().starts_with("Eich cynlluniau") {
            browser.close().await;
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "the tab's title stayed: {}",
        browser.eval("return document.title").await
    );
}

#[tokio::test]
async fn on_a_laptop_toms_caseload_and_reviews_are_tables_with_status_tags() {
    let server = Server::start().await;
    let browser = Browser::sized((1280, 800)).await;
    browser.sign_in_as(&server, "Tom Davies").await;
    browser.click("//nav//a[. = 'Caseload']").await;
    let kwame = "//table[@class = 'stack']/tbody/tr[.//span[. = 'Kwame Mensah']]";
    browser
        .wait_for(&format!(
            "{kwame}/td//strong[contains(@class, 'tag') and contains(., 'Version') and contains(., 'published')]"
        ))
        .await;
    // A real table here: the column headings show, and a row is one line across.
    let shown = browser
        .eval("return getComputedStyle(document.querySelector('table.stack thead')).position !== 'absolute' && getComputedStyle(document.querySelector('table.stack tr')).display === 'table-row'")
        .await;
    assert_eq!(shown, serde_json::json!(true), "the caseload is a table on a laptop");
    browser.assert_accessible("the caseload on a laptop").await;

    browser.click("//nav//a[. = 'Reviews']").await;
    browser
        .wait_for("//table[@class = 'stack']/tbody/tr[.//span[. = 'Kwame Mensah']]//strong[contains(@class, 'tag')]")
        .await;
    browser.assert_accessible("the review queue on a laptop").await;
    browser.close().await;
}
