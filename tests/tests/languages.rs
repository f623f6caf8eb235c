//! Every page in every language, loaded afresh at 320×640 (and in English and Urdu at
//! 412×823 too): the app takes over the page the server drew unchanged, a link then works,
//! and axe-core finds nothing.
//! Nothing scrolls sideways at 320 px, with text at 200% or with WCAG 1.4.12's text spacing; Urdu
//! and Arabic mirror. Then someone invited in Urdu sets up a passkey and asks for a review,
//! right to left. The README's screenshots are taken on the way.

use e2e::{Browser, Server, workspace};
use serde_json::{Value, json};

const LOCALES: [&str; 9] = ["en-GB", "en-GB-x-easyread", "cy", "pl", "ro", "pa", "ur", "ar", "bn"];
/// The wider phone, in one language each way: the server draws the same page at every
/// width, so only the layout (and what axe sees of it) differs there.
const WIDER_PHONE_LOCALES: [&str; 2] = ["en-GB", "ur"];

/// The pages each reader sees; `{plan}` is Peggy's plan, `{person}` Peggy, `{review}` a
/// review she asked for.
const SIGNED_OUT: [&str; 6] = [
    "/",
    "/sign-in",
    "/invitation",
    "/accessibility",
    "/account/display",
    "/no-such-page",
];
const PERSON: [&str; 15] = [
    "/plans",
    "/plans/{plan}/versions/latest",
    "/plans/{plan}/versions",
    "/plans/{plan}/looked-at",
    "/goals",
    "/reviews",
    "/reviews/new",
    "/reviews/{review}",
    "/notifications",
    "/account",
    "/account/passkeys",
    "/account/devices",
    "/account/carers",
    "/account/tell-my-caseworker",
    "/caring-for",
];
const STAFF: [&str; 10] = [
    "/staff/todo",
    "/staff/plans/{plan}/publish",
    "/staff/people",
    "/staff/people/{person}/carers",
    "/staff/plans/{plan}/edit",
    "/staff/reviews",
    "/reviews/{review}",
    "/staff/reviews/{review}/decline",
    "/staff/contributions",
    "/staff/invitations",
];

const MANAGER: [&str; 3] = ["/staff/people", "/staff/team", "/staff/people/new"];
const ADMIN: [&str; 3] = ["/staff/team", "/staff/team/changes", "/staff/team/failed-emails"];

/// WCAG 1.4.12: what a reader's own style sheet may set, which must break nothing.
const TEXT_SPACING: &str = "const s = document.createElement('style'); s.id = 'spacing';
    s.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }';
    document.head.appendChild(s);";

/// Opens the app in `locale` (as if chosen in the language menu before) and waits for it.
async fn open_in(browser: &Browser, server: &Server, locale: &str, path: &str) {
    browser.goto(&format!("{}/accessibility", server.url)).await;
    browser
        .client
        .execute(
            "localStorage.setItem('ourplan-lang', arguments[0]);
             document.cookie = `ourplan-lang=${arguments[0]}; Path=/; SameSite=Strict`;",
            vec![json!(locale)],
        )
        .await
        .expect("language kept");
    browser.goto(&format!("{}{path}", server.url)).await;
    browser.wait_for(&format!("//html[@lang = '{locale}']")).await;
}

/// Loads each page afresh, so the server draws it and the app takes it over, and checks
/// the app took it over unchanged and that a link then works in the app; then runs axe.
async fn check_pages(browser: &Browser, locale: &str, pages: &[String], failures: &mut Vec<String>) {
    for page in pages {
        browser.goto(&format!("{}{page}", origin(browser).await)).await;
        for problem in browser.hydration_problems().await {
            failures.push(format!("{locale} {page}: {problem}"));
        }
        // No waiting for data: the page was drawn with it, and the app took it over as drawn.
        browser.wait_for("//main//h1[normalize-space(.) != '']").await;
        for violation in browser.axe_violations().await {
            failures.push(format!("{locale} {page}: {violation}"));
        }
        for problem in browser.link_problems().await {
            failures.push(format!("{locale} {page}: {problem}"));
        }
    }
}

async fn origin(browser: &Browser) -> String {
    browser
        .eval("return location.origin")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn every_page_in_every_language_hydrates_and_is_accessible_at_two_phone_sizes() {
    let server = Server::start().await;
    // Two phones at once, half the pages each. Chromium's own processes already work on
    // both cores, so this takes about four fifths as long, not half (224 s to 173–191 s).
    let (half, rest) = LOCALES.split_at(5);
    let one = [((320, 640), half)];
    let other = [((320, 640), rest), ((412, 823), &WIDER_PHONE_LOCALES[..])];
    let (first, second) = tokio::join!(on_a_phone(&server, &one), on_a_phone(&server, &other));
    let checked = first.0 + second.0;
    let failures = [first.1, second.1].concat();
    println!("axe-core checked {checked} pages: {} violations", failures.len());
    assert!(
        failures.is_empty(),
        "{} violations:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Every page in each of the `locales` at each size, in a browser of that size; returns
/// how many pages it checked and what it found.
async fn on_a_phone(server: &Server, passes: &[((u32, u32), &[&str])]) -> (usize, Vec<String>) {
    let mut failures = Vec::new();
    let mut checked = 0;
    for &(size, locales) in passes {
        let browser = Browser::sized(size).await;
        browser.note_server_pages().await;
        checked += every_page_in(locales, &browser, server, &mut failures).await;
        browser.close().await;
    }
    (checked, failures)
}

/// Runs axe on every page in each of `locales`, as Peggy, signed out, as Priya, and (their
/// pages) as Grace and Sam; returns how many pages it checked.
async fn every_page_in(locales: &[&str], browser: &Browser, server: &Server, failures: &mut Vec<String>) -> usize {
    browser.sign_in_as(server, "Peggy").await;
    browser.wait_for("//nav//a[. = 'Your account']").await;
    let mine = browser
        .client
        .execute_async(
            "const done = arguments[0];
             const ask = { reason: 'needs_changed', what_happened: 'I fell.', urgency: 'soon', contact_how: 'phone' };
             // Asked once: the second phone size finds the review still open.
             const asked = r => r.ok ? r.json() : fetch('/api/v1/me/reviews').then(r => r.json()).then(l => l[0].id);
             Promise.all([
               fetch('/api/v1/me/plans').then(r => r.json()),
               fetch('/api/v1/me/reviews', { method: 'POST', headers: { 'content-type': 'application/json' },
                                             body: JSON.stringify(ask) }).then(asked),
             ]).then(([plans, review]) => done({ plan: plans[0].id, person: plans[0].person_id, review }));",
            vec![],
        )
        .await
        .expect("plan and review");
    let fill = |path: &&str| {
        ["plan", "person", "review"]
            .iter()
            .fold((*path).to_owned(), |path, key| {
                path.replace(&format!("{{{key}}}"), mine[*key].as_str().unwrap_or("missing"))
            })
    };
    let person: Vec<String> = PERSON.iter().map(fill).collect();
    let staff: Vec<String> = STAFF.iter().map(fill).collect();
    let signed_out: Vec<String> = SIGNED_OUT.iter().map(|p| (*p).to_owned()).collect();

    let mut checked = 0;
    for &locale in locales {
        open_in(browser, server, locale, "/").await;
        let rtl = matches!(locale, "ur" | "ar");
        let dir = browser.eval("return document.documentElement.dir").await;
        assert_eq!(dir, json!(if rtl { "rtl" } else { "ltr" }), "{locale}");
        check_pages(browser, locale, &person, failures).await;
        checked += person.len();
    }
    open_in(browser, server, "en-GB", "/").await;
    browser.sign_out().await;
    for &locale in locales {
        open_in(browser, server, locale, "/").await;
        check_pages(browser, locale, &signed_out, failures).await;
        checked += signed_out.len();
    }
    open_in(browser, server, "en-GB", "/").await;
    browser.sign_in_as(server, "Priya Sharma").await;
    browser.wait_for("//nav//a[. = 'Your account']").await;
    for &locale in locales {
        open_in(browser, server, locale, "/").await;
        check_pages(browser, locale, &staff, failures).await;
        checked += staff.len();
    }
    // Those who run teams: a manager (allocating, registering, their team's staff) and an
    // admin, with an email the mail server refused for good on their list.
    server
        .sql(
            "INSERT INTO outbox (id, to_address, locale, template, created_at, next_attempt_at, attempts, \
             last_error, failed_at) VALUES ('parked', 'helen@exmaple.org', 'en-GB', 'news', 1, 1, 3, 'permanent', 1) \
             ON CONFLICT (id) DO NOTHING",
        )
        .await;
    for (who, pages) in [("Grace Okafor", &MANAGER[..]), ("Sam Reid", &ADMIN[..])] {
        open_in(browser, server, "en-GB", "/").await;
        browser.sign_out().await;
        browser.sign_in_as(server, who).await;
        browser.wait_for("//nav//a[. = 'Your account']").await;
        let pages: Vec<String> = pages.iter().map(|p| (*p).to_owned()).collect();
        for &locale in locales {
            open_in(browser, server, locale, "/").await;
            check_pages(browser, locale, &pages, failures).await;
            checked += pages.len();
        }
    }
    checked
}

#[tokio::test]
async fn nothing_scrolls_sideways_at_320_px_with_large_text_or_wide_spacing() {
    let server = Server::start().await;
    let browser = Browser::sized((320, 640)).await;
    browser.sign_in_as(&server, "Peggy").await;
    browser.wait_for("//nav//a[. = 'Your account']").await;
    let mut failures = Vec::new();
    for locale in LOCALES {
        for (how, display) in [
            ("usual text", json!({ "text_size": 100 })),
            ("200% text", json!({ "text_size": 200 })),
        ] {
            browser.goto(&format!("{}/accessibility", server.url)).await;
            browser
                .client
                .execute(
                    "localStorage.setItem('ourplan-display', JSON.stringify(arguments[0]));",
                    vec![display],
                )
                .await
                .expect("display kept");
            open_in(&browser, &server, locale, "/").await;
            for page in [
                "/",
                "/plans",
                "/goals",
                "/reviews/new",
                "/account/carers",
                "/account/display",
            ] {
                browser.navigate(page).await;
                browser.wait_for("//main//h1[normalize-space(.) != '']").await;
                browser.eval("return new Promise(r => setTimeout(r, 150))").await;
                if browser.overflows().await {
                    failures.push(format!("{locale} {page} with {how}"));
                }
                browser.eval(TEXT_SPACING).await;
                if browser.overflows().await {
                    failures.push(format!("{locale} {page} with {how} and WCAG text spacing"));
                }
                browser.eval("document.getElementById('spacing').remove()").await;
            }
        }
    }
    assert!(
        failures.is_empty(),
        "sideways scrolling at 320 px:\n{}",
        failures.join("\n")
    );
}

#[tokio::test]
async fn someone_invited_in_urdu_sets_up_a_passkey_and_asks_for_a_review_right_to_left() {
    let server = Server::start().await;
    let browser = Browser::start().await;
    browser.add_phone_authenticator().await;
    let shots = workspace().join("docs/screenshots");

    // English, for the README: the home page, then Peggy's plan.
    browser.goto(&format!("{}/", server.url)).await;
    browser.wait_for("//main//h1").await;
    browser.screenshot(&shots.join("home-en-GB.png")).await;

    // Priya invites Amina, who reads Urdu.
    browser.sign_in_as(&server, "Priya Sharma").await;
    browser.click("//nav//a[. = 'Invitations']").await;
    let create = "//li[.//h3[. = 'Amina Begum']]//button[contains(., 'Create an invitation')]";
    browser.click(create).await;
    let code = browser.shown_code().await;
    browser.sign_out().await;

    // Amina chooses Urdu from the language menu, on the page her link opens.
    browser.goto(&format!("{}/invitation#{code}", server.url)).await;
    browser.wait_for("//select[@id = 'language']").await;
    browser.click("//select[@id = 'language']/option[@value = 'ur']").await;
    browser.click("//form[contains(@class, 'language-bar')]//button").await;
    browser.wait_for("//html[@lang = 'ur' and @dir = 'rtl']").await;
    browser
        .wait_for("//form[contains(@class, 'language-bar')]//p[@class = 'hint']")
        .await;
    browser.assert_accessible("the invitation page in Urdu").await;
    browser.type_into("passkey-name", "میرا فون").await;
    browser.click("//main//button[@type = 'submit']").await;
    browser
        .wait_for("//main//a[contains(@href, '/account/passkeys')]")
        .await;
    browser.assert_accessible("the account page in Urdu").await;

    // She asks for a review, right to left.
    browser.navigate("/reviews/new").await;
    browser.wait_for("//textarea[@id = 'review-what-happened']").await;
    assert_eq!(browser.eval("return document.documentElement.dir").await, json!("rtl"));
    browser.click("(//input[@name = 'review-reason'])[1]").await;
    browser.click("(//input[@name = 'review-urgency'])[2]").await;
    browser.click("(//input[@name = 'review-contact'])[1]").await;
    browser.click("//input[@id = 'review-need-interpreter']").await;
    browser.type_into("review-interpreter-language", "اردو").await;
    browser
        .type_into_area(
            "review-what-happened",
            "میری بیٹی اب شہر سے باہر رہتی ہے اور شام کو مدد نہیں کر سکتی۔",
        )
        .await;
    browser.screenshot(&shots.join("review-request-ur.png")).await;
    browser.assert_accessible("the review request form in Urdu").await;
    browser.click("//main//button[@type = 'submit']").await;
    browser.wait_for("//ol[@class = 'timeline']").await;
    browser.wait_for("//dd[contains(., 'میری بیٹی')]").await;
    browser.assert_accessible("the review page in Urdu").await;
    // The form's start sits on the right: the layout mirrored.
    let heading: Value = browser
        .eval(
            "const h = document.querySelector('main h1').getBoundingClientRect(); \
             return { left: h.left, right: h.right, width: document.documentElement.clientWidth };",
        )
        .await;
    let (left, right, width) = (
        heading["left"].as_f64(),
        heading["right"].as_f64(),
        heading["width"].as_f64(),
    );
    let (Some(left), Some(right), Some(width)) = (left, right, width) else {
        panic!("no heading box: {heading}");
    };
    assert!(
        width - right <= left,
        "the heading hugs the right edge in Urdu: {heading}"
    );

    // Easy Read, for the README.
    browser
        .click("//select[@id = 'language']/option[@value = 'en-GB-x-easyread']")
        .await;
    browser.click("//form[contains(@class, 'language-bar')]//button").await;
    browser.wait_for("//html[@lang = 'en-GB-x-easyread']").await;
    browser.navigate("/").await;
    browser.wait_for("//main//h1").await;
    browser.eval("window.scrollTo(0, 0)").await;
    browser.screenshot(&shots.join("home-easy-read.png")).await;
}
