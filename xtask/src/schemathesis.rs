//! The API against its own description: schemathesis (from PyPI, pinned, in a virtual
//! environment under target/) sends thousands of generated requests, signed in as a
//! caseworker, to a demo server, and fails on any 5xx or any answer its schema does not
//! allow.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::{root, run};

const VERSION: &str = "4.32.5";
/// The time the generator is given: enough for every operation, within CI's budget.
const BUDGET_SECONDS: &str = "90";

/// A child process killed when dropped, pass or fail.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn check() -> Result<()> {
    let st = install()?;
    let folder = root().join("target/schemathesis-run");
    if folder.exists() {
        std::fs::remove_dir_all(&folder).context("clearing target/schemathesis-run")?;
    }
    std::fs::create_dir_all(&folder)?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let address = format!("127.0.0.1:{port}");
    let origin = format!("http://localhost:{port}");
    let _server = Server(
        Command::new(root().join("target/debug/ourplan"))
            .args(["demo", "--listen", &address, "--public-origin", &origin])
            .arg("--database-url")
            .arg(format!("sqlite://{}", folder.join("demo.db").display()))
            .arg("--dist-dir")
            .arg(root().join("dist"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .context("starting the demo server")?,
    );
    let cookie = caseworker_cookie(&address)?;
    // Signing out or ending sessions would sign the generator out half way; disabling staff
    // would lock it out. Those are tested in the backend's own tests.
    run::status(
        Command::new(&st)
            .arg("run")
            .arg(format!("{origin}/api/v1/openapi.json"))
            .args(["--checks", "not_a_server_error,response_schema_conformance"])
            .args(["--max-time", BUDGET_SECONDS])
            .args(["--exclude-path-regex", "sign-out|/me/sessions/|/disable"])
            .arg("-H")
            .arg(format!("Cookie: {cookie}"))
            .arg("-H")
            .arg(format!("Origin: {origin}")),
    )
}

/// schemathesis at the pinned version, in target/schemathesis; returns its `st`.
fn install() -> Result<std::path::PathBuf> {
    let venv = root().join("target/schemathesis");
    let st = venv.join("bin/st");
    let installed = Command::new(&st)
        .arg("--version")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).contains(VERSION));
    if installed {
        return Ok(st);
    }
    println!("xtask: installing schemathesis {VERSION} from PyPI into target/schemathesis");
    run::status(Command::new("python3").args(["-m", "venv"]).arg(&venv))
        .context("schemathesis needs Python 3 with venv: on Debian, apt-get install python3 python3-venv")?;
    run::status(Command::new(venv.join("bin/pip")).args(["install", "--quiet", &format!("schemathesis=={VERSION}")]))?;
    Ok(st)
}

/// Waits for the demo server, then signs in as Priya Sharma (a caseworker) by the demo's
/// quick sign-in; returns the session cookie.
fn caseworker_cookie(address: &str) -> Result<String> {
    let started = Instant::now();
    let accounts = loop {
        match run::http(address, "GET", "/api/v1/demo/accounts", "") {
            Ok(answer) if answer.starts_with("HTTP/1.1 200") => break answer,
            _ if started.elapsed() > Duration::from_secs(15) => bail!("the demo server did not start"),
            _ => std::thread::sleep(Duration::from_millis(100)),
        }
    };
    let body = accounts.split("\r\n\r\n").nth(1).unwrap_or_default();
    let list: serde_json::Value = serde_json::from_str(body).context("the demo's accounts")?;
    let account = list
        .as_array()
        .and_then(|all| all.iter().find(|a| a["name"] == "Priya Sharma"))
        .and_then(|a| a["account_id"].as_str())
        .context("no Priya Sharma in the demo")?;
    let answer = run::http(
        address,
        "POST",
        "/api/v1/demo/sign-in",
        &serde_json::json!({ "account_id": account }).to_string(),
    )?;
    answer
        .lines()
        .find_map(|line| line.strip_prefix("set-cookie: "))
        .and_then(|cookie| cookie.split(';').next())
        .map(str::to_owned)
        .context("the demo sign-in set no cookie")
}
