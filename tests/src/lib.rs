//! The browser tier's harness: the real `ourplan` server on a free port with a fresh
//! database, Debian's Chromium driven through chromedriver at a phone's size, and
//! axe-core injected into each page.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::wd::Capabilities;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

/// The main screen OurPlan is designed for: a small Android phone.
pub const PHONE: (u32, u32) = (360, 800);

/// The WCAG 2.2 AA rule sets axe-core checks.
/// How often a wait looks again (fantoccini's own 250 ms adds up over hundreds of pages).
const POLL: Duration = Duration::from_millis(20);

pub const AXE_TAGS: [&str; 5] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Waits until something answers HTTP on the port, or panics after `limit`.
async fn wait_for_http(url: &str, limit: Duration) {
    let started = Instant::now();
    let address = url
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap_or_default()
        .to_owned();
    while started.elapsed() < limit {
        if std::net::TcpStream::connect(&address).is_ok() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("nothing answered at {url} within {limit:?}");
}

/// A child process that is killed when the test ends, pass or fail.
struct Process(Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `ourplan demo` on a free port, with a fresh SQLite database of made-up people; or, for
/// going live, `ourplan serve` on an empty one.
pub struct Server {
    pub url: String,
    port: u16,
    process: Option<Process>,
    folder: tempfile::TempDir,
    command: &'static str,
}

impl Server {
    pub async fn start() -> Self {
        let mut server = Self::on_free_port("demo");
        server.resume().await;
        server
    }

    /// A council's first day: an empty database, the first admin invited from the command
    /// line (their invitation code returned), and the server running for real.
    pub async fn live() -> (Self, String) {
        let mut server = Self::on_free_port("serve");
        let invited = Command::new(workspace().join("target/debug/ourplan"))
            .args([
                "invite",
                "--role",
                "admin",
                "--name",
                "Sam Reid",
                "--public-origin",
                &server.url,
            ])
            .arg("--database-url")
            .arg(server.database_url())
            .output()
            .expect("ourplan invite runs");
        let said = String::from_utf8_lossy(&invited.stdout);
        let code = said
            .lines()
            .find_map(|line| line.strip_prefix("Invitation for Sam Reid (admin): "))
            .unwrap_or_else(|| panic!("no code in: {said}{}", String::from_utf8_lossy(&invited.stderr)))
            .trim()
            .to_owned();
        server.resume().await;
        (server, code)
    }

    fn on_free_port(command: &'static str) -> Self {
        let port = free_port();
        Self {
            // Passkeys need a host name, not an IP address.
            url: format!("http://localhost:{port}"),
            port,
            process: None,
            folder: tempfile::tempdir().expect("a temporary folder"),
            command,
        }
    }

    fn database_url(&self) -> String {
        format!("sqlite://{}", self.folder.path().join("ourplan.db").display())
    }

    /// Changes the database behind the server's back: for what only time would do, such
    /// as a session growing old.
    pub async fn sql(&self, statement: &str) {
        use sqlx::ConnectOptions;
        let options: sqlx::sqlite::SqliteConnectOptions = self.database_url().parse().expect("url");
        let mut conn = options.connect().await.expect("the database");
        sqlx::query(statement).execute(&mut conn).await.expect("sql");
    }

    /// Stops the server, as when it goes down or the phone loses its connection: every
    /// request fails until `resume`. The database stays.
    pub fn stop(&mut self) {
        self.process = None;
    }

    /// Starts the server (again) on the same address with the same database, and waits
    /// until it answers.
    pub async fn resume(&mut self) {
        let binary = workspace().join("target/debug/ourplan");
        let dist = workspace().join("dist");
        assert!(
            binary.is_file(),
            "{} is missing: run `cargo build -p backend` (cargo xtask test does)",
            binary.display()
        );
        assert!(
            dist.join("frontend_bg.wasm").is_file(),
            "dist/ is missing: run `cargo xtask dist` (cargo xtask test does)"
        );
        let process = Command::new(binary)
            .arg(self.command)
            .arg("--listen")
            .arg(format!("127.0.0.1:{}", self.port))
            .arg("--public-origin")
            .arg(&self.url)
            .arg("--dist-dir")
            .arg(&dist)
            .arg("--database-url")
            .arg(self.database_url())
            .env("OURPLAN_LOG", "warn")
            .stdout(Stdio::null())
            .spawn()
            .expect("ourplan starts");
        self.process = Some(Process(process));
        wait_for_http(&self.url, Duration::from_secs(20)).await;
    }
}

/// Headless Chromium at a phone's size, through chromedriver.
pub struct Browser {
    pub client: Client,
    javascript: bool,
    /// Whether every new page gets axe-core as it loads (see `axe_violations`).
    axe_on_every_page: std::sync::atomic::AtomicBool,
    _driver: Process,
}

impl Browser {
    pub async fn start() -> Self {
        Self::sized(PHONE).await
    }

    /// A phone of another size (width, height in CSS pixels).
    pub async fn sized(size: (u32, u32)) -> Self {
        Self::launch(size, true).await
    }

    /// A phone whose browser runs no JavaScript (or whose app never arrived).
    pub async fn without_javascript() -> Self {
        Self::launch(PHONE, false).await
    }

    async fn launch((width, height): (u32, u32), javascript: bool) -> Self {
        let port = free_port();
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver is missing: apt-get install chromium chromium-driver");
        let driver = Process(driver);
        let webdriver = format!("http://127.0.0.1:{port}");
        wait_for_http(&webdriver, Duration::from_secs(20)).await;

        let mut capabilities = Capabilities::new();
        capabilities.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    // The machine's network is closed: without these, Chromium stalls.
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--lang=en-GB",
                ],
                "prefs": { "profile.managed_default_content_settings.javascript": if javascript { 1 } else { 2 } },
                // A desktop window cannot be narrower than 500 px; a phone's screen can.
                "mobileEmulation": {
                    "deviceMetrics": { "width": width, "height": height, "pixelRatio": 2.0, "touch": true },
                },
            }),
        );
        let client = ClientBuilder::rustls()
            .expect("TLS set-up")
            .capabilities(capabilities)
            .connect(&webdriver)
            .await
            .expect("a Chromium session");
        Self {
            client,
            javascript,
            axe_on_every_page: false.into(),
            _driver: driver,
        }
    }

    /// Loads a page the server draws and, where JavaScript runs, waits until the app has
    /// taken it over: before that, its buttons do nothing.
    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.expect("page loads");
        if self.javascript {
            self.wait_for("//html[@data-app = 'ready']").await;
        }
    }

    /// Waits for the element the app renders once its data has arrived.
    pub async fn wait_for(&self, xpath: &str) -> fantoccini::elements::Element {
        self.wait_for_within(xpath, Duration::from_secs(15)).await
    }

    /// Waits for the element, failing (with what the page showed) after `limit`.
    pub async fn wait_for_within(&self, xpath: &str, limit: Duration) -> fantoccini::elements::Element {
        match self
            .client
            .wait()
            .at_most(limit)
            .every(POLL)
            .for_element(Locator::XPath(xpath))
            .await
        {
            Ok(element) => element,
            Err(error) => {
                // Without JavaScript, a script would never answer: the page's source instead.
                let shown = if self.javascript {
                    self.client
                        .execute("return document.body.innerText", vec![])
                        .await
                        .unwrap_or_default()
                } else {
                    Value::String(self.client.source().await.unwrap_or_default())
                };
                panic!(
                    "{xpath} never appeared ({error}). The page showed:\n{}",
                    shown.as_str().unwrap_or_default()
                )
            }
        }
    }

    pub async fn eval(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.expect("script runs")
    }

    /// Runs axe-core on the page as it is now and returns its violations, readably.
    pub async fn axe_violations(&self) -> Vec<String> {
        let axe = workspace().join("node_modules/axe-core/axe.min.js");
        let source =
            std::fs::read_to_string(&axe).unwrap_or_else(|_| panic!("{} is missing: run `npm ci`", axe.display()));
        // Injected once per page load: client-side navigation keeps it. And handed to
        // Chromium once, for every page this browser loads next, rather than sent half a
        // megabyte at a time through chromedriver with each (400 pages in one test).
        let loaded = self.eval("return typeof axe !== 'undefined'").await;
        if loaded != Value::Bool(true) {
            self.client.execute(&source, vec![]).await.expect("axe-core loads");
        }
        if !self.axe_on_every_page.swap(true, std::sync::atomic::Ordering::Relaxed) {
            self.on_every_new_page(&source).await;
        }
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } })
                    .then(r => done({ ok: r.violations.map(v =>
                        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`) }))
                    .catch(e => done({ error: String(e) }));",
                vec![json!(AXE_TAGS)],
            )
            .await
            .expect("axe runs");
        match result.get("ok") {
            Some(Value::Array(list)) => list.iter().map(|v| v.as_str().unwrap_or_default().to_owned()).collect(),
            _ => panic!("axe-core failed: {result}"),
        }
    }

    pub async fn assert_accessible(&self, page: &str) {
        let violations = self.axe_violations().await;
        assert!(
            violations.is_empty(),
            "axe-core found on {page}:\n{}",
            violations.join("\n")
        );
    }

    /// Gives the browser a passkey authenticator like a phone's: built in, keeping
    /// discoverable credentials, verifying the user (as a fingerprint would).
    pub async fn add_phone_authenticator(&self) {
        self.add_authenticator(true).await;
    }

    /// A phone's authenticator whose user verification succeeds, or fails as when someone
    /// cancels the fingerprint prompt.
    pub async fn add_authenticator(&self, verifies: bool) {
        let options = json!({
            "protocol": "ctap2",
            "transport": "internal",
            "hasResidentKey": true,
            "hasUserVerification": true,
            "isUserVerified": verifies,
        });
        let id = self
            .client
            .issue_cmd(SessionCommand {
                path: "webauthn/authenticator".into(),
                body: options,
            })
            .await
            .expect("a virtual authenticator");
        assert!(id.is_string(), "{id}");
    }

    /// Moves to another page of the app without reloading it, as a link would.
    pub async fn navigate(&self, path: &str) {
        self.client
            .execute(
                "history.pushState(null, '', arguments[0]); dispatchEvent(new PopStateEvent('popstate'));",
                vec![json!(path)],
            )
            .await
            .expect("navigated");
    }

    /// True when the page is wider than the screen, so it would scroll sideways.
    pub async fn overflows(&self) -> bool {
        self.eval("return document.documentElement.scrollWidth > document.documentElement.clientWidth")
            .await
            == Value::Bool(true)
    }

    /// Saves what the screen shows as a PNG.
    pub async fn screenshot(&self, path: &std::path::Path) {
        let png = self.client.screenshot().await.expect("a screenshot");
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).expect("a folder for screenshots");
        }
        std::fs::write(path, png).expect("screenshot saved");
    }

    /// The one-time code (an invitation's, a recovery's) the page has just shown.
    pub async fn shown_code(&self) -> String {
        self.wait_for("//p[@class = 'code']").await.text().await.expect("code")
    }

    /// Demo quick sign-in as the named person or member of staff.
    pub async fn sign_in_as(&self, server: &Server, who: &str) {
        self.goto(&format!("{}/sign-in", server.url)).await;
        self.click(&format!("//button[contains(., '{who}')]")).await;
    }

    pub async fn sign_out(&self) {
        self.click("//nav//a[. = 'Your account']").await;
        self.click("//button[. = 'Sign out']").await;
        self.wait_for("//nav//a[. = 'Sign in']").await;
    }

    pub async fn click(&self, xpath: &str) {
        // On a phone the navigation and the language menu wait behind a button each.
        if xpath.starts_with("//nav") {
            self.open_menu("nav-menu").await;
        } else if xpath.contains("language") {
            self.open_menu("language-menu").await;
        }
        let mut target = self.wait_for(xpath).await;
        // The navigation is on the page twice (in the phone's menu and in a laptop's
        // header) and only one is shown: click that one.
        if xpath.starts_with("//nav") {
            for element in self.client.find_all(Locator::XPath(xpath)).await.unwrap_or_default() {
                if element.is_displayed().await.unwrap_or(false) {
                    target = element;
                    break;
                }
            }
        }
        target.click().await.unwrap_or_else(|e| panic!("click {xpath}: {e}"));
    }

    /// Opens the header's menu with this class, as a person taps its button, if it is
    /// shown and closed.
    pub async fn open_menu(&self, class: &str) {
        let closed = format!(
            "const menu = document.querySelector('details.{class}');
             return !!menu && !menu.open && getComputedStyle(menu).display !== 'none'"
        );
        if self.eval(&closed).await == Value::Bool(true) {
            let button = format!("//details[contains(@class, '{class}')]/summary");
            self.wait_for(&button).await.click().await.expect("menu opens");
        }
    }

    pub async fn type_into(&self, id: &str, text: &str) {
        let field = self.wait_for(&format!("//input[@id='{id}']")).await;
        field.clear().await.expect("clear");
        field.send_keys(text).await.expect("type");
    }

    pub async fn type_into_area(&self, id: &str, text: &str) {
        self.type_into_area_at(&format!("//textarea[@id='{id}']"), text).await;
    }

    pub async fn type_into_area_at(&self, xpath: &str, text: &str) {
        let field = self.wait_for(xpath).await;
        field.clear().await.expect("clear");
        field.send_keys(text).await.expect("type");
    }

    pub async fn close(self) {
        let _ = self.client.close().await;
    }

    /// From now on, every page this browser loads notes the text the server drew before
    /// any of the page's scripts run (`readyState` "interactive" comes first), and when
    /// the document was loaded, so a click can be shown not to have reloaded it.
    pub async fn note_server_pages(&self) {
        let source = "window.__loadedAt = performance.timeOrigin;
            document.addEventListener('readystatechange', () => {
              if (document.readyState === 'interactive') {
                window.__drawn = document.getElementById('main')?.cloneNode(true);
              }
            });";
        self.on_every_new_page(source).await;
    }

    /// Has Chromium run `source` in every page this browser loads from now on, before the
    /// page's own scripts.
    async fn on_every_new_page(&self, source: &str) {
        self.client
            .issue_cmd(SessionCommand {
                path: "goog/cdp/execute".into(),
                body: json!({ "cmd": "Page.addScriptToEvaluateOnNewDocument", "params": { "source": source } }),
            })
            .await
            .expect("a script for every new page");
    }

    /// What is wrong with how the app took over the page the server drew (after
    /// `note_server_pages`): it never said it had, hydration markers are left, or the
    /// words differ from the server's.
    pub async fn hydration_problems(&self) -> Vec<String> {
        if let Err(error) = self
            .client
            .wait()
            .at_most(Duration::from_secs(15))
            .every(POLL)
            .for_element(Locator::XPath("//html[@data-app = 'ready']"))
            .await
        {
            return vec![format!("the app never took over ({error})")];
        }
        let found = self
            .eval(
                "const main = document.getElementById('main');
                 const walker = document.createTreeWalker(main, NodeFilter.SHOW_COMMENT);
                 let comments = 0;
                 while (walker.nextNode()) { if (/^node-id/.test(walker.currentNode.data)) comments++; }
                 // What says whether the app is ready (data-app-state) changes when it is.
                 const words = node => {
                   if (!node) return '';
                   const copy = node.cloneNode(true);
                   copy.querySelectorAll('[data-app-state]').forEach(e => e.remove());
                   return copy.textContent.replace(/\\s+/g, ' ').trim();
                 };
                 return { comments, drawn: words(window.__drawn), now: words(main) };",
            )
            .await;
        let mut problems = Vec::new();
        if found["comments"] != 0 {
            problems.push(format!("{} hydration markers left", found["comments"]));
        }
        if found["drawn"] != found["now"] {
            problems.push(format!(
                "the words changed when the app took over:\n  server: {}\n  app:    {}",
                found["drawn"], found["now"]
            ));
        }
        problems
    }

    /// One click that must work after hydration: a link, which the app follows without
    /// reloading the page, drawing the next page in place of this one (a structure that
    /// differs from the server's breaks that silently). Leaves this page.
    pub async fn link_problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let found = self
            .eval(
                "return { path: location.pathname, loaded: window.__loadedAt,
                          heading: document.querySelector('main h1')?.textContent ?? '' };",
            )
            .await;
        let away = if found["path"] == "/accessibility" {
            "/"
        } else {
            "/accessibility"
        };
        let link = self
            .client
            .find(Locator::XPath(&format!(
                "//footer//a[@href = '{away}'] | //a[@class = 'brand' and @href = '{away}']"
            )))
            .await;
        match link {
            Ok(link) => {
                let _ = link.click().await;
                let moved = self
                    .client
                    .wait()
                    .at_most(Duration::from_secs(5))
                    .every(POLL)
                    .for_element(Locator::XPath(&format!(
                        "//main//h1[not(contains(., {}))]",
                        xpath_text(found["heading"].as_str().unwrap_or_default())
                    )))
                    .await;
                let reloaded = self.eval("return window.__loadedAt").await != found["loaded"];
                if moved.is_err() || reloaded || self.eval("return location.pathname").await != away {
                    problems.push(format!("following a link to {away} did not draw that page in place"));
                }
            }
            Err(_) => problems.push(format!("no link to {away}")),
        }
        problems
    }
}

/// `text` as an XPath string literal, whatever quotes it holds.
fn xpath_text(text: &str) -> String {
    let parts: Vec<String> = text.split('\'').map(|part| format!("'{part}'")).collect();
    if parts.len() == 1 {
        parts[0].clone()
    } else {
        format!("concat({})", parts.join(", \"'\", "))
    }
}

/// A WebDriver command of the WebAuthn extension (`POST /session/{id}/webauthn/…`),
/// which fantoccini has no method for.
#[derive(Debug)]
/// A command for this session that WebDriver itself does not have (Chromium's).
struct SessionCommand {
    path: String,
    body: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for SessionCommand {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/{}", session.unwrap_or_default(), self.path))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}
