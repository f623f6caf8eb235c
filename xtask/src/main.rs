//! OurPlan's build, demo and test runner.
//!
//! `cargo xtask dist`  builds the frontend into `dist/`
//! `cargo xtask demo`  builds everything and runs the server on made-up data
//! `cargo xtask test`  runs every test tier and ends with one line per tier
//! `cargo xtask release`  packs the release server, frontend and deploy/ in one tarball
//! `cargo xtask lighthouse`  measures the home and plan pages as a cheap phone loads them
//! `cargo xtask bench`  seeds a council-sized database and measures the API under load

mod bench;
mod demo_server;
mod dist;
mod lighthouse;
mod release;
mod run;
mod schemathesis;
mod test;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = match args.first().map(String::as_str) {
        Some("dist") => dist::build().map(drop),
        Some("demo") => demo(),
        Some("test") => test::all(),
        Some("release") => release::release().and_then(|tarball| release::starts_from(&tarball)),
        Some("lighthouse") => lighthouse::measure(),
        Some("bench") => bench::bench(&args[1..]),
        // The bench's load generator, run in a process of its own pinned to one core.
        Some("bench-load") => match args.get(1).map(|spec| serde_json::from_str(spec)) {
            Some(Ok(spec)) => bench::load(&spec).map(|figures| println!("{figures}")),
            _ => Err(anyhow::anyhow!("bench-load takes the section's spec, as JSON")),
        },
        _ => {
            eprintln!("usage: cargo xtask <dist | demo | test | release | lighthouse | bench>");
            return ExitCode::from(2);
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask: error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace's root folder.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Builds the frontend and the server, then runs the server on a fresh demo database.
fn demo() -> Result<()> {
    dist::build()?;
    run::cargo(&["build", "-p", "backend"])?;
    let folder = root().join("target/demo");
    std::fs::create_dir_all(&folder).context("creating target/demo")?;
    let database = folder.join("ourplan-demo.db");
    // The database, SQLite's files beside it, and the file of its reads' audit with its own.
    for suffix in ["", "-wal", "-shm", "-reads", "-reads-wal", "-reads-shm"] {
        let file = PathBuf::from(format!("{}{suffix}", database.display()));
        if file.exists() {
            std::fs::remove_file(&file).with_context(|| format!("removing the old {}", file.display()))?;
        }
    }
    println!("Starting OurPlan with made-up people, plans and staff (Ctrl-C stops it).");
    let status = std::process::Command::new(root().join("target/debug/ourplan"))
        .arg("demo")
        .arg("--database-url")
        .arg(format!("sqlite://{}", database.display()))
        .arg("--dist-dir")
        .arg(root().join("dist"))
        .status()
        .context("starting target/debug/ourplan")?;
    if !status.success() {
        bail!("the demo server stopped with {status}");
    }
    Ok(())
}
