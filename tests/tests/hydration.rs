//! The page the server draws is the page: it reads the same before the app arrives,
//! without JavaScript at all, and once the app has taken it over, when links work without
//! reloading it. (Chromedriver cannot click in a page without JavaScript: the plain forms
//! that work without the app are tested in `backend/tests/it/plans.rs`.)

use e2e::{Browser, Server};
use fantoccini::Locator;

#[tokio::test]
async fn a_plan_reads_without_javascript_and_the_app_takes_over_the_same_page() {
    let server = Server::start().await;
    let browser = Browser::start().await;
    browser.note_server_pages().await;
    browser.sign_in_as(&server, "Peggy").await;
    browser.wait_for("//nav//a[. = 'Your account']").await;
    let plan = browser
        .client
        .execute_async(
            "const done = arguments[0];
             fetch('/api/v1/me/plans').then(r => r.json()).then(plans => done(plans[0].id));",
            vec![],
        )
        .await
        .expect("Peggy's plan");
    let path = format!("/plans/{}/versions/latest", plan.as_str().expect("id"));

    // Drawn by the server, taken over by the app with not a word changed.
    browser.goto(&format!("{}{path}", server.url)).await;
    let problems = browser.hydration_problems().await;
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    browser.wait_for("//main//h1[contains(., 'Margaret Hughes')]").await;

    // What cannot be shown is drawn by the server as the app would say it, not "Loading…".
    browser
        .goto(&format!(
            "{}/plans/00000000-0000-4000-8000-000000000000/versions/latest",
            server.url
        ))
        .await;
    let problems = browser.hydration_problems().await;
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    browser.wait_for("//main//*[@role = 'alert']//button").await;
    browser.goto(&format!("{}{path}", server.url)).await;

    // A link followed after hydration is the app's: the document is not loaded again.
    let loaded = browser.eval("return window.__loadedAt").await;
    browser.click("//a[contains(@class, 'brand')]").await;
    browser.wait_for("//main//h1[. = 'Your care and support plan']").await;
    assert_eq!(
        browser.eval("return window.__loadedAt").await,
        loaded,
        "the page was reloaded"
    );
    assert_eq!(browser.eval("return location.pathname").await, "/");

    // The same plan on a phone that runs no JavaScript, with the same sign-in.
    let phone = Browser::without_javascript().await;
    phone.goto(&format!("{}/accessibility", server.url)).await;
    for cookie in browser.client.get_all_cookies().await.expect("cookies") {
        phone.client.add_cookie(cookie).await.expect("cookie");
    }
    phone.goto(&format!("{}{path}", server.url)).await;
    phone.wait_for("//main//h1[contains(., 'Margaret Hughes')]").await;
    phone.wait_for("//main//h2").await;
    let ran = phone.client.find(Locator::XPath("//html[@data-app]")).await;
    assert!(ran.is_err(), "the app ran on a phone without JavaScript");

    phone.close().await;
    browser.close().await;
}
