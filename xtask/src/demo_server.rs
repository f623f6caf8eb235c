//! A demo server started for a check (schemathesis, Lighthouse), stopped when dropped, and
//! the demo's quick sign-in as one of its made-up people.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::{root, run};

pub struct DemoServer {
    child: Child,
    /// `127.0.0.1:PORT`, to connect to.
    pub address: String,
    /// `http://localhost:PORT`, as pages and passkeys name it.
    pub origin: String,
}

impl Drop for DemoServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl DemoServer {
    /// `binary` on a fresh demo database in `folder`, once it answers.
    pub fn start(binary: &Path, folder: &Path) -> Result<Self> {
        if folder.exists() {
            std::fs::remove_dir_all(folder).with_context(|| format!("clearing {}", folder.display()))?;
        }
        std::fs::create_dir_all(folder)?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let address = format!("127.0.0.1:{port}");
        let origin = format!("http://localhost:{port}");
        let child = Command::new(binary)
            .args(["demo", "--listen", &address, "--public-origin", &origin])
            .arg("--database-url")
            .arg(format!("sqlite://{}", folder.join("demo.db").display()))
            .arg("--dist-dir")
            .arg(root().join("dist"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .context("starting the demo server")?;
        let server = Self { child, address, origin };
        let started = Instant::now();
        loop {
            match run::http(&server.address, "GET", "/readyz", "") {
                Ok(answer) if answer.starts_with("HTTP/1.1 200") => return Ok(server),
                _ if started.elapsed() > Duration::from_secs(15) => bail!("the demo server did not start"),
                _ => std::thread::sleep(Duration::from_millis(100)),
            }
        }
    }

    /// Signs in as `name` by the demo's quick sign-in; returns the session cookie.
    pub fn sign_in(&self, name: &str) -> Result<String> {
        let accounts = run::http(&self.address, "GET", "/api/v1/demo/accounts", "")?;
        let list: serde_json::Value = serde_json::from_str(body(&accounts)).context("the demo's accounts")?;
        let account = list
            .as_array()
            .and_then(|all| all.iter().find(|a| a["name"] == name))
            .and_then(|a| a["account_id"].as_str())
            .with_context(|| format!("no {name} in the demo"))?;
        let answer = run::http(
            &self.address,
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
}

/// The body of a whole HTTP answer.
pub fn body(answer: &str) -> &str {
    answer.split("\r\n\r\n").nth(1).unwrap_or_default()
}
