//! The API against its own description: schemathesis (from PyPI, pinned, in a virtual
//! environment under target/) sends thousands of generated requests, signed in as a
//! caseworker, to a demo server, and fails on any 5xx or any answer its schema does not
//! allow.

use std::process::Command;

use anyhow::{Context, Result};

use crate::demo_server::DemoServer;
use crate::{root, run};

const VERSION: &str = "4.32.5";
/// The time the generator is given: enough for every operation, within CI's budget.
const BUDGET_SECONDS: &str = "90";

pub fn check() -> Result<()> {
    let st = install()?;
    let server = DemoServer::start(
        &root().join("target/debug/ourplan"),
        &root().join("target/schemathesis-run"),
    )?;
    let (cookie, origin) = (server.sign_in("Priya Sharma")?, &server.origin);
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
