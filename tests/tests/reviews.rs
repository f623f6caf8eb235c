//! The person asks for a review on a 360 px phone (first missing what has happened, then
//! with it); their caseworker finds it at the top of the queue, acknowledges it and
//! arranges it; the person sees the notifications and the review arranged on its timeline.
//! axe-core checks every page on the way.

use e2e::{Browser, Server};
use serde_json::json;

const WHAT_HAPPENED: &str = "I fell at home and the stairs are hard now";

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "2026-12-15" as the app shows it in British English: "15 December 2026".
fn written_out(iso: &str) -> String {
    let mut parts = iso.split('-');
    let (year, month, day) = (parts.next(), parts.next(), parts.next());
    let month: usize = month.and_then(|m| m.parse().ok()).expect("a month");
    let day: u32 = day.and_then(|d| d.parse().ok()).expect("a day");
    format!("{day} {} {}", MONTHS[month - 1], year.expect("a year"))
}

async fn no_sideways_scrolling(browser: &Browser, page: &str) {
    let overflow = browser
        .eval("return document.documentElement.scrollWidth > window.innerWidth")
        .await;
    assert_eq!(overflow, false, "sideways scrolling at 360 px on {page}");
}

#[tokio::test]
async fn a_person_asks_for_a_review_and_follows_it_as_their_caseworker_arranges_it() {
    let server = Server::start().await;
    let browser = Browser::start().await;

    browser.sign_in_as(&server, "Peggy").await;
    browser.click("//nav//a[. = 'Reviews']").await;
    browser.wait_for("//h1[. = 'Your reviews']").await;
    browser.click("//a[. = 'Ask for a review']").await;
    browser.wait_for("//h1[. = 'Ask for a review']").await;
    browser.assert_accessible("the review request form").await;

    browser.click("//label[. = 'My needs have changed']").await;
    browser.click("//label[starts-with(., 'Urgent')]").await;
    browser.click("//label[. = 'Phone call']").await;
    browser.type_into("review-contact-when", "Weekday mornings").await;
    browser.click("//label[. = 'An interpreter']").await;
    browser.type_into("review-interpreter-language", "Polish").await;
    browser.click("//button[. = 'Send my request']").await;
    // Nothing written about what has happened: the server says so beside it and at the top.
    browser
        .wait_for("//p[@id = 'review-what-happened-error' and @class = 'field-message']")
        .await;
    browser
        .wait_for("//div[@class = 'error-summary']//a[@href = '#review-what-happened']")
        .await;
    browser
        .assert_accessible("the review request form, with a problem")
        .await;
    no_sideways_scrolling(&browser, "the review request form").await;

    browser.type_into_area("review-what-happened", WHAT_HAPPENED).await;
    browser.click("//button[. = 'Send my request']").await;
    browser.wait_for("//h1[. = 'Your review']").await;
    browser.wait_for("//ol[@class = 'timeline']//h3[. = 'Asked for']").await;
    browser.wait_for(&format!("//dd[. = '{WHAT_HAPPENED}']")).await;
    browser
        .wait_for("//dd//li[contains(., 'interpreter') and contains(., 'Polish')]")
        .await;
    browser.click("//nav//a[. = 'Reviews']").await;
    browser
        .wait_for("//li[.//h2[. = 'My needs have changed']]//strong[. = 'Asked for']")
        .await;
    browser.assert_accessible("the person's reviews").await;
    browser.sign_out().await;

    browser.sign_in_as(&server, "Priya Sharma").await;
    browser.click("//nav//a[. = 'Reviews']").await;
    browser.wait_for("//h1[. = 'Reviews']").await;
    let first = "(//table[@class = 'stack']/tbody/tr)[1]";
    browser
        .wait_for(&format!(
            "{first}[.//span[. = 'Margaret Hughes'] and .//strong[starts-with(., 'Urgent')] \
             and .//td[contains(., 'Acknowledge by')]]"
        ))
        .await;
    browser.assert_accessible("the review queue").await;
    no_sideways_scrolling(&browser, "the review queue").await;

    browser
        .click(&format!("{first}//a[contains(., 'Open the review')]"))
        .await;
    browser
        .wait_for("//h1[contains(., 'Review for') and contains(., 'Margaret Hughes')]")
        .await;
    browser.click("//button[. = 'Acknowledge']").await;
    browser
        .wait_for("//ol[@class = 'timeline']//h3[. = 'Received by your caseworker']")
        .await;

    // A fortnight ahead, by the browser's clock (the server's too: they share a machine).
    let date = browser
        .eval("return new Date(Date.now() + 14 * 86400000).toISOString().slice(0, 10)")
        .await;
    let date = date.as_str().expect("an ISO date").to_owned();
    // A date input takes typing in the browser's own format; set its value as a picker would.
    browser.wait_for("//input[@id = 'schedule-date']").await;
    browser
        .client
        .execute(
            "const input = document.getElementById('schedule-date');
             input.value = arguments[0];
             input.dispatchEvent(new Event('input', { bubbles: true }));",
            vec![json!(date)],
        )
        .await
        .expect("the date is set");
    browser.click("//label[. = 'a visit']").await;
    browser.click("//button[. = 'Arrange the review']").await;
    let arranged = format!(
        "//ol[@class = 'timeline']/li[.//h3[. = 'Review arranged'] and .//p[contains(., '{}')]]",
        written_out(&date)
    );
    browser.wait_for(&arranged).await;
    browser.assert_accessible("the caseworker's review page").await;
    browser.sign_out().await;

    browser.sign_in_as(&server, "Peggy").await;
    // Received and arranged: two updates (asking was her own doing), the count in the
    // link's words, each saying who did it.
    browser
        .click("//nav//a[contains(., 'Notifications') and contains(., '2')]")
        .await;
    browser.wait_for("//h1[. = 'Notifications']").await;
    browser
        .wait_for(
            "//li[.//strong[. = 'New'] and .//a[contains(., 'Priya Sharma') and contains(., 'arranged your review')]]",
        )
        .await;
    // Opening the page read them: the count is gone.
    browser.wait_for("//nav//a[. = 'Notifications']").await;
    browser.assert_accessible("the notifications").await;

    browser
        .click("(//main//a[contains(., 'arranged your review')])[1]")
        .await;
    browser.wait_for("//h1[. = 'Your review']").await;
    browser.wait_for(&arranged).await;
    browser.assert_accessible("the person's review, arranged").await;
    no_sideways_scrolling(&browser, "the person's review").await;
    browser.close().await;
}

async fn ask_for_a_review(browser: &Browser, server: &Server) {
    browser.goto(&format!("{}/reviews/new", server.url)).await;
    browser.click("//label[. = 'I have been in hospital']").await;
    browser.click("//label[. = 'It can wait']").await;
    browser.click("//label[. = 'Letter']").await;
    browser
        .type_into_area("review-what-happened", "I was in hospital for a week")
        .await;
    browser.click("//button[. = 'Send my request']").await;
}

#[tokio::test]
async fn a_declined_review_says_why_and_how_to_complain() {
    let server = Server::start().await;
    let browser = Browser::start().await;

    browser.sign_in_as(&server, "Peggy").await;
    browser.wait_for("//nav//a[. = 'Reviews']").await;
    ask_for_a_review(&browser, &server).await;
    browser.wait_for("//h1[. = 'Your review']").await;
    // The same again while it is open: refused, with the way to the open one.
    ask_for_a_review(&browser, &server).await;
    browser
        .wait_for("//div[@class = 'error-summary']//p[contains(., 'already asked')]")
        .await;
    browser.wait_for("//main//a[. = 'See your reviews']").await;
    browser.sign_out().await;

    browser.sign_in_as(&server, "Priya Sharma").await;
    browser.click("//nav//a[. = 'Reviews']").await;
    browser
        .click("//tr[.//span[. = 'Margaret Hughes'] and .//span[. = 'I have been in hospital']]//a[contains(., 'Open the review')]")
        .await;
    // Declining has its own page, which shows again what was asked.
    browser.click("//a[. = 'Decline the review']").await;
    browser
        .wait_for("//h1[contains(., 'Decline') and contains(., 'Margaret Hughes')]")
        .await;
    browser.wait_for("//blockquote[contains(., 'hospital')]").await;
    browser.click("//button[. = 'Decline the review']").await;
    browser
        .wait_for("//p[@id = 'decline-reasons-error' and @class = 'field-message']")
        .await;
    browser.assert_accessible("declining a review, without reasons").await;
    browser
        .type_into_area(
            "decline-reasons",
            "Your plan already covers this; call me if it gets worse.",
        )
        .await;
    browser.click("//button[. = 'Decline the review']").await;
    browser
        .wait_for("//ol[@class = 'timeline']/li[.//h3[. = 'Not going ahead'] and .//blockquote[contains(., 'already covers')]]")
        .await;
    let actions = browser
        .eval("return document.querySelectorAll('.review-actions').length")
        .await;
    assert_eq!(actions, 0, "a declined review offers no more steps");
    browser.sign_out().await;

    browser.sign_in_as(&server, "Peggy").await;
    browser.click("//nav//a[. = 'Reviews']").await;
    browser
        .click("//li[.//h2[. = 'I have been in hospital']]//a[contains(., 'See this review')]")
        .await;
    browser
        .wait_for("//section[.//h2[. = 'If you are not happy with this decision']]//p[contains(., 'Northbridge City Council')]")
        .await;
    browser.wait_for("//a[@href = 'https://www.lgo.org.uk']").await;
    browser.assert_accessible("the person's declined review").await;
    browser.close().await;
}
