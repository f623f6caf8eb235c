//! Carers' access, as the person controls it, on a 360 px phone: Peggy lets her daughter
//! Helen see her plan and nothing else; Helen reads it without a single figure of money;
//! Peggy ends it, and Helen is told kindly. And Peggy tells her caseworker privately that
//! someone is pressuring her: Priya sees the flag on her caseload and reads the note.
//! axe-core checks every page on the way.

use e2e::{Browser, Server};

const HELEN: &str = "//li[@class = 'card' and .//h2[. = 'Helen']]";
/// Helen's card on her mother's caseworker's page, where carers are under an h2 "Carers".
const HELEN_STAFF: &str = "//li[@class = 'card' and .//h3[. = 'Helen']]";
const MARGARET: &str = "//li[@class = 'card' and .//h2[. = 'Margaret Hughes']]";
/// Margaret's row on her caseworker's caseload.
const MARGARET_ROW: &str = "//tr[.//span[@class = 'row-title' and . = 'Margaret Hughes']]";
const NOTE: &str = "My nephew keeps asking me to show him my money";

async fn no_sideways_scrolling(browser: &Browser, page: &str) {
    let overflow = browser
        .eval("return document.documentElement.scrollWidth > window.innerWidth")
        .await;
    assert_eq!(overflow, false, "sideways scrolling at 360 px on {page}");
}

async fn main_text(browser: &Browser) -> String {
    let text = browser
        .eval("return document.getElementById('main-content').innerText")
        .await;
    text.as_str().unwrap_or_default().to_owned()
}

async fn open_people_who_help_me(browser: &Browser) {
    browser.click("//nav//a[. = 'Your account']").await;
    browser.click("//main//a[. = 'People who help me']").await;
    browser.wait_for("//h1[. = 'People who help me']").await;
}

#[tokio::test]
async fn a_person_lets_their_daughter_see_their_plan_without_money_then_ends_it() {
    let server = Server::start().await;
    let browser = Browser::start().await;

    // Peggy's own plan has her budget in pounds: what Helen must not see.
    browser.sign_in_as(&server, "Peggy").await;
    browser.click("//main//a[. = 'Care and support plan']").await;
    browser.wait_for("//h2[. = 'My personal budget']").await;
    assert!(main_text(&browser).await.contains('£'), "Peggy sees her own budget");

    open_people_who_help_me(&browser).await;
    browser.wait_for(&format!("{HELEN}//strong[. = 'Not given']")).await;
    browser.wait_for("//h2[. = 'Is someone pressuring you?']").await;
    browser.assert_accessible("People who help me").await;
    no_sideways_scrolling(&browser, "People who help me").await;

    browser.click(&format!("{HELEN}//label[. = 'See my plan']")).await;
    browser
        .click(&format!("{HELEN}//button[contains(., 'Save what')]"))
        .await;
    browser.wait_for(&format!("{HELEN}//strong[. = 'Active']")).await;
    browser
        .wait_for("//p[@role = 'status' and contains(., 'Saved.')]")
        .await;
    browser
        .wait_for("//section[.//h2[. = 'What has changed']]//li[contains(., 'Access given') and contains(., 'Helen')]")
        .await;
    let ticked = browser
        .eval("return [...document.querySelectorAll('main input[type=checkbox]:checked')].length")
        .await;
    assert_eq!(ticked, 1, "only 'See my plan' is ticked");
    browser.assert_accessible("People who help me, access given").await;
    browser.sign_out().await;

    browser.sign_in_as(&server, "Helen").await;
    browser.click("//nav//a[. = 'People I care for']").await;
    browser.wait_for("//h1[. = 'People you care for']").await;
    browser.wait_for(&format!("{MARGARET}//li[. = 'See my plan']")).await;
    let allowed = browser
        .eval("return document.querySelectorAll('main .cards .list-bullet li').length")
        .await;
    assert_eq!(allowed, 1, "Helen may do one thing only");
    browser.assert_accessible("People I care for").await;
    no_sideways_scrolling(&browser, "People I care for").await;

    browser
        .click(&format!("{MARGARET}//a[contains(., 'Care and support plan for')]"))
        .await;
    browser
        .wait_for("//h1[contains(., 'Care and support plan for') and contains(., 'Margaret Hughes')]")
        .await;
    browser.wait_for("//h2[. = 'About me']").await;
    browser
        .wait_for("//p[@id = 'money-hidden' and contains(., 'has not shared them with you')]")
        .await;
    let shown = main_text(&browser).await;
    assert!(!shown.contains('£'), "no money on the carer's view:\n{shown}");
    // Not hers to answer, and who looked is Peggy's to know.
    assert!(!shown.contains("Do you agree with this plan?"));
    assert!(!shown.contains("Who has looked at my plan"));
    browser.assert_accessible("Margaret's plan, as Helen sees it").await;
    no_sideways_scrolling(&browser, "Margaret's plan, as Helen sees it").await;
    let plan_url = browser.client.current_url().await.expect("the plan's address");
    browser.sign_out().await;

    browser.sign_in_as(&server, "Peggy").await;
    open_people_who_help_me(&browser).await;
    browser
        .click(&format!(
            "{HELEN}//button[starts-with(., 'End') and contains(., 'access')]"
        ))
        .await;
    browser.click("//button[. = 'Yes, end access now']").await;
    browser.wait_for(&format!("{HELEN}//strong[. = 'Ended']")).await;
    browser
        .wait_for("//section[.//h2[. = 'What has changed']]//li[contains(., 'Access ended')]")
        .await;
    browser.sign_out().await;

    browser.sign_in_as(&server, "Helen").await;
    browser.wait_for("//nav//a[. = 'People I care for']").await;
    browser.goto(plan_url.as_str()).await;
    browser.wait_for("//h1[. = 'Your access has ended']").await;
    browser
        .wait_for("//div[@class = 'panel']//p[contains(., 'You no longer have access')]")
        .await;
    browser
        .wait_for("//div[@class = 'panel']//a[. = 'People you care for']")
        .await;
    assert!(!main_text(&browser).await.contains("About me"));
    browser.assert_accessible("the plan, after access ended").await;

    browser
        .click("//div[@class = 'panel']//a[. = 'People you care for']")
        .await;
    browser
        .wait_for("//main//p[starts-with(., 'Nobody has given you access yet')]")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn a_person_tells_their_caseworker_privately_and_the_caseworker_sees_the_flag() {
    let server = Server::start().await;
    let browser = Browser::start().await;

    browser.sign_in_as(&server, "Peggy").await;
    open_people_who_help_me(&browser).await;
    browser.click("//a[. = 'Tell your caseworker privately']").await;
    browser.wait_for("//h1[. = 'Tell your caseworker privately']").await;
    browser
        .wait_for("//p[contains(., 'Nothing is sent to the people who help you')]")
        .await;
    browser.assert_accessible("telling the caseworker privately").await;
    no_sideways_scrolling(&browser, "telling the caseworker privately").await;
    browser.type_into_area("concern-text", NOTE).await;
    browser.click("//button[. = 'Send to my caseworker']").await;
    browser
        .wait_for("//div[@role = 'status']//h2[. = 'Sent to your caseworker']")
        .await;
    browser.assert_accessible("the note, sent").await;
    browser.sign_out().await;

    browser.sign_in_as(&server, "Priya Sharma").await;
    browser.wait_for("//h1[. = 'Caseload']").await;
    let flag = format!(
        "{MARGARET_ROW}//p[@class = 'flag' and contains(., 'Possible safeguarding concern: raised privately')]"
    );
    browser.wait_for(&flag).await;
    browser.assert_accessible("the caseload, with a concern").await;
    no_sideways_scrolling(&browser, "the caseload").await;

    browser.click(&format!("{flag}//a")).await;
    browser
        .wait_for("//h1[contains(., 'Carers and their access') and contains(., 'Margaret Hughes')]")
        .await;
    browser
        .wait_for(&format!("//section[@class = 'flag-panel']//blockquote[. = '{NOTE}']"))
        .await;
    browser
        .wait_for(&format!("{HELEN_STAFF}//strong[. = 'Not given']"))
        .await;
    browser.assert_accessible("the person's carers, with the concern").await;
    no_sideways_scrolling(&browser, "the person's carers").await;

    // The form to record access, as the caseworker fills it in.
    browser
        .click(&format!("{HELEN_STAFF}//button[starts-with(., 'Record access for')]"))
        .await;
    browser
        .click("//label[starts-with(., 'Lasting Power of Attorney')]")
        .await;
    browser.click("//button[. = 'Save this access']").await;
    browser
        .wait_for("//div[@class = 'error-summary']//a[@href = '#record-reference']")
        .await;
    browser.assert_accessible("recording access, with problems").await;
    browser.click("//button[. = 'Cancel']").await;

    browser.click("//button[starts-with(., 'Mark as read')]").await;
    browser
        .wait_for("//p[@class = 'status' and . = 'Marked as read.']")
        .await;
    // The list is read again once it is marked: the flag goes when the answer comes.
    let mut left = serde_json::Value::Null;
    for _ in 0..50 {
        left = browser
            .eval("return document.querySelectorAll('.flag-panel').length")
            .await;
        if left == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(left, 0, "no unread concern left");
    browser.click("//main//a[. = 'Caseload']").await;
    browser
        .wait_for(&format!("{MARGARET_ROW}//a[starts-with(., 'Carers and their access')]"))
        .await;
    assert_eq!(
        browser.eval("return document.querySelectorAll('.flag').length").await,
        0,
        "the flag is gone once read"
    );
    browser.close().await;
}
