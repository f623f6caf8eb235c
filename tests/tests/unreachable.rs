//! OurPlan cannot be reached (the phone lost its signal, the server went down): each main
//! page says so within seconds, with a "Try again" button, never "Loading…" for ever; and
//! once OurPlan is back, "Try again" brings the page's content.

use std::time::Duration;

use e2e::{Browser, Server};

/// How long a page may take to say it could not load.
const SAYS_SO_WITHIN: Duration = Duration::from_secs(5);

const TRY_AGAIN: &str = "//main//button[. = 'Try again']";

/// With the server stopped, opens `path` inside the app (as a link would: the app itself
/// is already loaded), expects the error and "Try again", then starts the server and
/// expects "Try again" to bring the element `content` finds.
async fn fails_then_recovers(browser: &Browser, server: &mut Server, path: &str, content: &str) {
    server.stop();
    browser.navigate(path).await;
    browser
        .wait_for_within(
            "//main//*[@role = 'alert'][contains(., 'could not load')]",
            SAYS_SO_WITHIN,
        )
        .await;
    let button = browser.wait_for_within(TRY_AGAIN, SAYS_SO_WITHIN).await;
    let main = browser.eval("return document.querySelector('main').innerText").await;
    let shown = main.as_str().unwrap_or_default();
    assert!(!shown.contains("Loading…"), "{path} still says it is loading:\n{shown}");

    server.resume().await;
    button
        .click()
        .await
        .unwrap_or_else(|e| panic!("Try again on {path}: {e}"));
    browser.wait_for(content).await;
    let gone = browser
        .client
        .find_all(fantoccini::Locator::XPath(TRY_AGAIN))
        .await
        .expect("find");
    assert!(gone.is_empty(), "{path} still offers Try again once its content came");
}

#[tokio::test]
async fn the_persons_pages_say_they_could_not_load_and_try_again_brings_them_back() {
    let mut server = Server::start().await;
    let browser = Browser::start().await;
    browser.sign_in_as(&server, "Peggy").await;
    let plan = browser.wait_for("//main//a[. = 'Care and support plan']").await;
    let plan_path = plan.attr("href").await.expect("href").expect("a link to the plan");

    let cards = "//main//ul[contains(@class, 'cards')]";
    // Signing in opened "Your plans": each page here is a new one, so it asks the server.
    let pages = [
        (plan_path.as_str(), "//h1[starts-with(., 'Care and support plan for')]"),
        ("/goals", "//main//h2[. = 'Your goals']"),
        ("/plans", "//main//a[. = 'Care and support plan']"),
        ("/reviews", cards),
        ("/notifications", cards),
        ("/account/devices", "//main//strong[. = 'This device']"),
        ("/account/passkeys", cards),
    ];
    for (path, content) in pages {
        fails_then_recovers(&browser, &mut server, path, content).await;
    }
    browser.close().await;
}

#[tokio::test]
async fn the_caseworkers_pages_say_they_could_not_load_and_try_again_brings_them_back() {
    let mut server = Server::start().await;
    let browser = Browser::start().await;
    browser.sign_in_as(&server, "Tom Davies").await;
    browser.wait_for("//h1[. = 'Caseload']").await;

    let pages = [
        ("/staff/reviews", "//main//table[@class = 'stack']/tbody/tr"),
        ("/staff/people", "//main//table[@class = 'stack']/tbody/tr"),
        ("/staff/invitations", "//main//h2[. = 'People you can invite']"),
    ];
    for (path, content) in pages {
        fails_then_recovers(&browser, &mut server, path, content).await;
    }
    browser.close().await;
}
