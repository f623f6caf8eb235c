//! On a 360 px phone with a built-in authenticator: a caseworker invites someone, who
//! sets up a passkey from the invitation and later signs in with it — no username, no
//! password. axe-core checks every page on the way.

use e2e::{Browser, Server};

const CREATE_FOR_AMINA: &str = "//li[.//h3[. = 'Amina Begum']]//button[contains(., 'Create an invitation')]";

#[tokio::test]
async fn an_invited_person_sets_up_a_passkey_and_signs_in_with_it() {
    let server = Server::start().await;
    let browser = Browser::start().await;
    browser.add_phone_authenticator().await;

    // The caseworker (through demo mode's quick sign-in) invites Amina.
    browser.goto(&format!("{}/sign-in", server.url)).await;
    browser.wait_for("//h1[. = 'Sign in']").await;
    browser.click("//button[contains(., 'Priya Sharma')]").await;
    browser.wait_for("//h1[. = 'Caseload']").await;
    browser.click("//nav//a[. = 'Invitations']").await;
    browser.wait_for("//h1[. = 'Invitations']").await;
    browser.wait_for(CREATE_FOR_AMINA).await;
    browser.assert_accessible("the invitations page").await;
    browser.click(CREATE_FOR_AMINA).await;
    let code = browser.shown_code().await;
    assert_eq!(code.len(), 12, "{code}");
    browser
        .wait_for("//li[.//h3[. = 'Amina Begum']]//strong[. = 'Not used yet']")
        .await;
    browser.assert_accessible("the invitations page with a new code").await;
    browser.click("//nav//a[. = 'Your account']").await;
    browser.click("//button[. = 'Sign out']").await;
    browser.wait_for("//nav//a[. = 'Sign in']").await;

    // Amina opens the link she was sent: the code is filled in for her. She reads
    // English on this phone (her record says Urdu, which would otherwise be chosen once
    // she is signed in: the Urdu journey is in languages.rs).
    browser.eval("localStorage.setItem('ourplan-lang', 'en-GB')").await;
    browser.goto(&format!("{}/invitation#{code}", server.url)).await;
    browser.wait_for("//h1[. = 'Set up your passkey']").await;
    let filled = browser
        .eval("return document.getElementById('invitation-code').value")
        .await;
    assert_eq!(filled, code);
    browser.assert_accessible("the invitation page").await;

    // Without a name, the form says what to do, beside the field.
    browser.click("//button[. = 'Set up my passkey']").await;
    browser
        .wait_for("//div[@class = 'error-summary']//a[@href = '#passkey-name']")
        .await;
    browser.wait_for("//p[@id = 'passkey-name-error']").await;
    browser.assert_accessible("the invitation page with an error").await;

    browser.type_into("passkey-name", "my phone").await;
    browser.click("//button[. = 'Set up my passkey']").await;
    browser
        .wait_for("//p[starts-with(., 'You are signed in as') and contains(., 'Amina')]")
        .await;
    browser.assert_accessible("the account page").await;

    browser.click("//a[. = 'Your passkeys']").await;
    browser.wait_for("//li//h2[. = 'my phone']").await;
    browser.wait_for("//li//p[. = 'Not used to sign in yet']").await;
    browser.assert_accessible("the passkeys page").await;

    browser.goto(&format!("{}/account/devices", server.url)).await;
    browser.wait_for("//h1[. = 'Signed-in devices']").await;
    browser.wait_for("//li//strong[. = 'This device']").await;
    browser.assert_accessible("the signed-in devices page").await;

    // Later: signed out, she signs in with the passkey alone.
    browser
        .click("//li[.//strong[. = 'This device']]//button[contains(., 'Sign out')]")
        .await;
    browser.wait_for("//nav//a[. = 'Sign in']").await;
    browser.click("//nav//a[. = 'Sign in']").await;
    browser.wait_for("//h1[. = 'Sign in']").await;
    browser.assert_accessible("the sign-in page").await;
    browser.click("//button[. = 'Sign in with a passkey']").await;
    browser.wait_for("//h1[. = 'Your plans']").await;
    browser.click("//nav//a[. = 'Your account']").await;
    browser
        .wait_for("//p[starts-with(., 'You are signed in as') and contains(., 'Amina')]")
        .await;
    browser.click("//a[. = 'Your passkeys']").await;
    browser
        .wait_for("//li[.//h2[. = 'my phone']]//p[starts-with(., 'Last used')]")
        .await;
    browser.close().await;
}

/// Opens an invitation on this browser's phone and sets up a passkey called `name`.
async fn set_up(browser: &Browser, server: &Server, code: &str, name: &str) {
    browser.eval("localStorage.setItem('ourplan-lang', 'en-GB')").await;
    browser.goto(&format!("{}/invitation#{code}", server.url)).await;
    browser.wait_for("//h1[. = 'Set up your passkey']").await;
    browser.type_into("passkey-name", name).await;
    browser.click("//button[. = 'Set up my passkey']").await;
}

/// Priya, signed in on this browser, gives Amina a code from the invitations page.
async fn code_for_amina(browser: &Browser, server: &Server, button: &str) -> String {
    browser.sign_in_as(server, "Priya Sharma").await;
    browser.click("//nav//a[. = 'Invitations']").await;
    let button = format!("//li[.//h3[. = 'Amina Begum']]//button[contains(., '{button}')]");
    browser.click(&button).await;
    if button.contains("recovery") {
        // First: how she checked it is Amina, or no code.
        browser.click("//button[. = 'Give the recovery code']").await;
        browser
            .wait_for("//div[@class = 'error-summary']//a[@href = '#identity-check-in_person']")
            .await;
        browser
            .assert_accessible("the invitations page asking how identity was checked")
            .await;
        browser.click("//label[starts-with(., 'I called them back')]").await;
        browser.click("//button[. = 'Give the recovery code']").await;
    }
    let code = browser.shown_code().await;
    browser.sign_out().await;
    code
}

#[tokio::test]
async fn someone_who_lost_their_phone_gets_a_recovery_code_and_the_old_phone_is_shut_out() {
    let server = Server::start().await;
    let old_phone = Browser::start().await;
    old_phone.add_phone_authenticator().await;
    let code = code_for_amina(&old_phone, &server, "Create an invitation").await;
    set_up(&old_phone, &server, &code, "old phone").await;
    old_phone.wait_for("//p[starts-with(., 'You are signed in as')]").await;

    // Amina's phone is lost. Priya checks it is her, and gives her a recovery code.
    let new_phone = Browser::start().await;
    new_phone.add_phone_authenticator().await;
    let code = code_for_amina(&new_phone, &server, "Give a recovery code").await;
    set_up(&new_phone, &server, &code, "new phone").await;

    // She lands on her passkeys, with the old one to remove and what happened listed.
    new_phone.wait_for("//h1[. = 'Your passkeys']").await;
    new_phone
        .wait_for("//li[contains(., 'A passkey was added with a recovery code')]")
        .await;
    new_phone.assert_accessible("the passkeys page after a recovery").await;
    // Ten minutes later, removing a passkey asks for the one she has first (the virtual
    // phone answers), as the server wants a passkey used in the last five minutes.
    server
        .sql("UPDATE sessions SET verified_at = verified_at - 600000")
        .await;
    new_phone
        .click("//li[.//h2[. = 'old phone']]//button[contains(., 'Remove')]")
        .await;
    new_phone
        .wait_for("//p[@role = 'status' and contains(., 'old phone') and contains(., 'was removed')]")
        .await;

    // Whoever has the old phone is signed out, and its passkey no longer signs in.
    old_phone.goto(&format!("{}/account", server.url)).await;
    old_phone.click("//nav//a[. = 'Sign in']").await;
    old_phone.click("//button[. = 'Sign in with a passkey']").await;
    old_phone.wait_for("//div[@class = 'error-summary']").await;
    old_phone.close().await;
    new_phone.close().await;
}

#[tokio::test]
async fn a_mistyped_invitation_code_says_what_to_do() {
    let server = Server::start().await;
    let browser = Browser::start().await;
    browser.add_phone_authenticator().await;
    browser.goto(&format!("{}/invitation", server.url)).await;
    browser.type_into("invitation-code", "AAAA-BBBB-CC").await;
    browser.type_into("passkey-name", "my phone").await;
    browser.click("//button[. = 'Set up my passkey']").await;
    let message = browser
        .wait_for("//p[@id = 'invitation-code-error']")
        .await
        .text()
        .await
        .expect("text");
    assert!(message.contains("not right"), "{message}");
    browser.assert_accessible("the invitation page with a wrong code").await;
    browser.close().await;
}

#[tokio::test]
async fn a_passkey_prompt_that_fails_says_what_to_do() {
    let server = Server::start().await;
    let browser = Browser::start().await;
    // As when someone cancels the fingerprint prompt: the authenticator cannot verify them.
    browser.add_authenticator(false).await;
    browser.goto(&format!("{}/sign-in", server.url)).await;
    browser.click("//button[. = 'Sign in with a passkey']").await;
    let message = browser
        .wait_for("//div[@class = 'error-summary']//p")
        .await
        .text()
        .await
        .expect("text");
    assert!(message.starts_with("The passkey was not used"), "{message}");
    browser.assert_accessible("the sign-in page with an error").await;
    browser.close().await;
}
