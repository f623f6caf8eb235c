//! `cargo xtask test`: every tier in order, stopping at the first that fails, then one
//! summary line per tier. No tier is skipped in silence.

use std::process::Command;
use std::time::Instant;

use anyhow::{Result, bail};

use crate::{dist, run};

/// What the app's files may weigh (brotli, bytes). The page itself paints from the
/// server's HTML, which carries the CSS; these come after, for the app to take the page
/// over. 544.1 KB once Dioxus's defaults and the app's logs were left out (567.8 KB
/// before); hydration and reading the answers handed in with the page took it to 579.7 KB,
/// and one request path for every type (not one per type) back to 572.9 KB; 571.0 KB once
/// the style sheet (3.8 KB) moved into the pages; 571.3 KB once the goals queue's items
/// named their care plan, so that the goals page no longer fetches the caseload as well
/// (for a manager, 279 KB of JSON on every visit to that page).
const FIRST_VISIT_BUDGET: u64 = 571_300;

pub fn all() -> Result<()> {
    let mut summary: Vec<String> = Vec::new();
    let outcome = tiers(&mut summary);
    println!("\n== summary ==");
    for line in &summary {
        println!("{line}");
    }
    if let Err(error) = &outcome {
        println!("FAILED: {error:#}");
    }
    outcome
}

fn tiers(summary: &mut Vec<String>) -> Result<()> {
    let started = Instant::now();
    run::cargo(&["fmt", "--all", "--check"])?;
    summary.push(format!("format:   ok ({:.0?})", started.elapsed()));

    let started = Instant::now();
    run::cargo(&["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"])?;
    summary.push(format!("clippy:   ok, no warnings ({:.0?})", started.elapsed()));

    let started = Instant::now();
    let postgres = std::env::var("OURPLAN_TEST_POSTGRES_URL")
        .ok()
        .filter(|url| !url.is_empty());
    // Both runs select targets, not packages, so that cargo resolves the same features for
    // both and builds the server and the dependencies once (`--exclude e2e`, then `-p
    // e2e`, built them three times over). The server the browser tier starts is the one
    // built here, for the server's own tests.
    let (browser_tests, other_tests) = integration_tests()?;
    let mut args = vec!["--workspace", "--lib", "--bins"];
    args.extend(other_tests.iter().flat_map(|name| ["--test", name.as_str()]));
    let counts = run::cargo_test(&args, &[])?;
    let databases = match postgres {
        Some(_) => "store suite on SQLite and PostgreSQL".to_owned(),
        None => "store suite on SQLite only: PostgreSQL NOT TESTED, set OURPLAN_TEST_POSTGRES_URL".to_owned(),
    };
    summary.push(format!(
        "tests:    {} passed, {} failed, {} ignored; {databases} ({:.0?})",
        counts.passed,
        counts.failed,
        counts.ignored,
        started.elapsed()
    ));

    let started = Instant::now();
    ensure_browser()?;
    dist::npm_ci()?;
    let report = dist::build()?;
    if report.total() > FIRST_VISIT_BUDGET {
        bail!(
            "the app a first visit downloads is {:.1} KB (brotli), over the budget of {:.1} KB: a phone on slow data pays for every byte",
            report.total() as f64 / 1000.0,
            FIRST_VISIT_BUDGET as f64 / 1000.0
        );
    }
    let mut args = vec!["--workspace"];
    args.extend(browser_tests.iter().flat_map(|name| ["--test", name.as_str()]));
    args.extend(["--", "--test-threads=1"]);
    let counts = run::cargo_test(&args, &[])?;
    summary.push(format!(
        "browser:  {} passed, {} failed; Chromium at 360×800, axe-core on every page; the app {:.1} KB brotli, within {:.1} KB ({:.0?})",
        counts.passed,
        counts.failed,
        report.total() as f64 / 1000.0,
        FIRST_VISIT_BUDGET as f64 / 1000.0,
        started.elapsed()
    ));
    if counts.passed == 0 {
        bail!("the browser tier ran no test");
    }

    let started = Instant::now();
    crate::schemathesis::check()?;
    summary.push(format!(
        "api:      schemathesis against docs/openapi.json: no 5xx, every answer as described ({:.0?})",
        started.elapsed()
    ));

    // The release's packing, with the debug server already built: a second, optimised
    // build would double CI's time to test the same packing.
    let started = Instant::now();
    let tarball = crate::release::pack(
        &crate::root().join("target/debug/ourplan"),
        &crate::root().join("target/debug"),
    )?;
    crate::release::starts_from(&tarball)?;
    summary.push(format!(
        "release:  packed, unpacked, checked, started and stopped from {} ({:.0?})",
        tarball.file_name().unwrap_or_default().to_string_lossy(),
        started.elapsed()
    ));
    Ok(())
}

/// The names of the workspace's integration tests: the browser tier's (package `e2e`),
/// then the others'.
fn integration_tests() -> Result<(Vec<String>, Vec<String>)> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["metadata", "--no-deps", "--format-version", "1"])
        .current_dir(crate::root())
        .output()?;
    if !out.status.success() {
        bail!("cargo metadata failed: {}", String::from_utf8_lossy(&out.stderr));
    }
    let metadata: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    let (mut browser, mut other) = (Vec::new(), Vec::new());
    for package in metadata["packages"].as_array().into_iter().flatten() {
        for target in package["targets"].as_array().into_iter().flatten() {
            if target["kind"]
                .as_array()
                .is_some_and(|kinds| kinds.iter().any(|k| k == "test"))
                && let Some(name) = target["name"].as_str()
            {
                let tier = if package["name"] == "e2e" {
                    &mut browser
                } else {
                    &mut other
                };
                tier.push(name.to_owned());
            }
        }
    }
    if browser.is_empty() {
        bail!("cargo metadata lists no browser tests (package e2e)");
    }
    Ok((browser, other))
}

/// Chromium and ChromeDriver from Debian's packages: installed here when we are root on
/// Debian, or a stop with the exact command to run.
fn ensure_browser() -> Result<()> {
    if run::found("chromium") && run::found("chromedriver") {
        return Ok(());
    }
    let install = "apt-get update && apt-get install -y chromium chromium-driver";
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.trim_ascii() == b"0");
    if is_root && std::path::Path::new("/etc/debian_version").exists() {
        println!("Chromium or ChromeDriver is missing; installing them: {install}");
        run::status(Command::new("sh").args(["-c", install]))?;
        if run::found("chromium") && run::found("chromedriver") {
            return Ok(());
        }
    }
    bail!("the browser tier needs Chromium and ChromeDriver. Install them with: sudo sh -c '{install}'")
}
