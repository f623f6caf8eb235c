//! A release server started for the bench on the seeded database, pinned to core 0,
//! logging to a file, stopped when dropped.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use serde_json::{Value, json};

use crate::run;

pub struct Server {
    child: Child,
    address: String,
    origin: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// `requests`: how many requests work on the database at once, if not the default.
    pub fn start(
        binary: &Path,
        url: &str,
        dist: &Path,
        log: &Path,
        pinned: bool,
        requests: Option<usize>,
    ) -> Result<Self> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let address = format!("127.0.0.1:{port}");
        let origin = format!("http://localhost:{port}");
        // taskset execs the server, so the child's id is the server's.
        let mut command = if pinned {
            let mut c = Command::new("taskset");
            c.args(["-c", "0"]).arg(binary);
            c
        } else {
            Command::new(binary)
        };
        let log_file = std::fs::File::create(log).with_context(|| format!("creating {}", log.display()))?;
        let child = command
            .args(["serve", "--listen", &address, "--public-origin", &origin])
            .args(["--database-url", url])
            .args(requests.map(|n| format!("--database-requests={n}")))
            .arg("--dist-dir")
            .arg(dist)
            .stdout(Stdio::null())
            .stderr(log_file)
            .spawn()
            .context("starting the release server")?;
        let mut server = Self { child, address, origin };
        let started = Instant::now();
        loop {
            match run::http(&server.address, "GET", "/readyz", "") {
                Ok(answer) if answer.starts_with("HTTP/1.1 200") => return Ok(server),
                _ if started.elapsed() > Duration::from_secs(60) => {
                    bail!("the server did not get ready: see {}", log.display())
                }
                _ => {}
            }
            if let Some(status) = server.child.try_wait()? {
                bail!("the server stopped ({status}): see {}", log.display());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// What the load generator needs to reach it and measure its CPU.
    pub fn describe(&self) -> Value {
        json!({ "address": self.address, "origin": self.origin, "pid": self.child.id() })
    }
}
