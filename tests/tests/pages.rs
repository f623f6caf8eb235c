//! A person on a 360 px phone opens OurPlan: every page renders real data from the server,
//! works from the keyboard, and axe-core finds nothing wrong.

use e2e::{Browser, PHONE, Server};
use fantoccini::Locator;
use fantoccini::key::Key;

#[tokio::test]
async fn the_home_page_shows_the_councils_details_from_the_database() {
    let server = Server::start().await;
    let browser = Browser::start().await;
    browser.goto(&format!("{}/", server.url)).await;

    let heading = browser.wait_for("//h2[contains(., 'Northbridge City Council')]").await;
    assert_eq!(
        heading.text().await.expect("text"),
        "Contact \u{2068}Northbridge City Council\u{2069}"
    );
    browser.wait_for("//a[@href='tel:08081570192']").await;
    browser.wait_for("//*[contains(@class, 'demo-banner')]").await;
    assert_eq!(
        browser.client.title().await.expect("title"),
        "Your care and support plan – OurPlan"
    );
    assert_eq!(browser.eval("return document.documentElement.lang").await, "en-GB");

    let width = browser.eval("return window.innerWidth").await;
    assert_eq!(width, PHONE.0, "the page is seen at a phone's width");
    let overflow = browser
        .eval("return document.documentElement.scrollWidth > window.innerWidth")
        .await;
    assert_eq!(overflow, false, "no sideways scrolling at 360 px");

    browser.assert_accessible("the home page").await;
    browser.close().await;
}

#[tokio::test]
async fn the_keyboard_reaches_the_skip_link_first_and_it_moves_focus_to_the_content() {
    let server = Server::start().await;
    let browser = Browser::start().await;
    browser.goto(&format!("{}/", server.url)).await;
    browser.wait_for("//h2[contains(., 'Northbridge City Council')]").await;

    let body = browser.client.find(Locator::Css("body")).await.expect("body");
    body.send_keys(&char::from(Key::Tab).to_string()).await.expect("tab");
    let focused = browser.client.active_element().await.expect("focus");
    assert_eq!(focused.text().await.expect("text"), "Skip to main content");
    let visible = browser
        .eval("return document.activeElement.getBoundingClientRect().top >= 0")
        .await;
    assert_eq!(visible, true, "the focused skip link is on screen");

    focused
        .send_keys(&char::from(Key::Enter).to_string())
        .await
        .expect("enter");
    let now = browser.eval("return document.activeElement.id").await;
    assert_eq!(now, "main-content");
    browser.close().await;
}

#[tokio::test]
async fn the_accessibility_statement_is_reached_from_the_footer() {
    let server = Server::start().await;
    let browser = Browser::start().await;
    browser.goto(&format!("{}/", server.url)).await;
    let link = browser.wait_for("//footer//a[. = 'Accessibility statement']").await;
    link.click().await.expect("click");

    browser.wait_for("//h1[. = 'Accessibility statement']").await;
    let url = browser.client.current_url().await.expect("url");
    assert_eq!(url.path(), "/accessibility");
    browser.wait_for("//h2[. = 'What we know does not work yet']").await;
    browser
        .wait_for("//footer//p[contains(., 'Northbridge City Council')]")
        .await;
    browser.assert_accessible("the accessibility statement").await;
    browser.close().await;
}

#[tokio::test]
async fn an_unknown_address_shows_the_apps_own_page_not_found() {
    let server = Server::start().await;
    let browser = Browser::start().await;
    browser.goto(&format!("{}/no/such/page", server.url)).await;

    browser.wait_for("//h1[. = 'Page not found']").await;
    browser.wait_for("//header//nav").await;
    let home = browser.wait_for("//main//a[. = 'Go to the home page']").await;
    browser.assert_accessible("page not found").await;

    home.click().await.expect("click");
    browser.wait_for("//h1[. = 'Your care and support plan']").await;
    browser.close().await;
}

/// Guards the guard: were axe-core not really running, every page above would pass.
#[tokio::test]
async fn axe_core_reports_a_violation_when_there_is_one() {
    let server = Server::start().await;
    let browser = Browser::start().await;
    browser.goto(&format!("{}/", server.url)).await;
    browser.wait_for("//h1").await;
    browser
        .eval("document.querySelector('main').append(document.createElement('img')); return null")
        .await;
    let violations = browser.axe_violations().await;
    assert!(violations.iter().any(|v| v.starts_with("image-alt")), "{violations:?}");
    browser.close().await;
}
