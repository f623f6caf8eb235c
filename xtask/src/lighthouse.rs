//! `cargo xtask lighthouse`: the home page (signed out) and a person's plan (signed in as
//! Peggy) as Lighthouse's mobile profile loads them (Slow 4G, 4× slower CPU), three times
//! each with simulated and with devtools throttling; prints the medians, and what was
//! downloaded before the first paint; then the layout shift of the other pages the menus
//! lead to. Lighthouse is pinned and installed under target/.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result};
use serde_json::Value;

use crate::demo_server::{DemoServer, body};
use crate::{dist, root, run};

const VERSION: &str = "12.2.3";
const RUNS: usize = 3;

pub fn measure() -> Result<()> {
    let lighthouse = install()?;
    dist::build()?;
    run::cargo(&["build", "-p", "backend", "--release"])?;
    let folder = root().join("target/lighthouse-run");
    let server = DemoServer::start(&root().join("target/release/ourplan"), &folder)?;
    let cookie = server.sign_in("Peggy")?;
    let plans = run::http_with_cookie(&server.address, "/api/v1/me/plans", &cookie)?;
    let plans: Value = serde_json::from_str(body(&plans)).context("Peggy's plans")?;
    let plan = plans[0]["id"].as_str().context("Peggy has a plan")?;
    let base = format!("http://{}", server.address);
    let pages = [
        ("home, signed out", format!("{base}/"), None),
        (
            "plan, signed in",
            format!("{base}/plans/{plan}/versions/latest"),
            Some(cookie.as_str()),
        ),
    ];
    println!("Lighthouse {VERSION}, mobile (Slow 4G, 4x CPU), median of {RUNS}:");
    println!("  page               throttling  LCP      CLS    TBT      perf  before first paint");
    for (name, url, cookie) in &pages {
        for method in ["simulate", "devtools"] {
            let mut runs = Vec::new();
            for n in 0..RUNS {
                let report = folder.join(format!("{}-{method}-{n}.json", name.replace([' ', ','], "")));
                runs.push(run_once(&lighthouse, url, *cookie, method, &report)?);
            }
            let median = |pick: fn(&Figures) -> f64| {
                let mut values: Vec<f64> = runs.iter().map(pick).collect();
                values.sort_by(f64::total_cmp);
                values[values.len() / 2]
            };
            println!(
                "  {name:<18} {method:<11} {:>5.2} s  {:<5.3}  {:>5.0} ms  {:>3.0}   {:.1} KB",
                median(|f| f.lcp_ms) / 1000.0,
                median(|f| f.cls),
                median(|f| f.tbt_ms),
                median(|f| f.score) * 100.0,
                median(|f| f.before_paint_bytes) / 1000.0,
            );
        }
    }
    layout_shift_elsewhere(&lighthouse, &server, &folder, plan)
}

/// The other pages the menus lead to, as the person and as a caseworker: one devtools run
/// each, for what moves on the page as it loads and the app takes it over.
const OTHER_PAGES: [(Option<&str>, &str); 14] = [
    (None, "/sign-in"),
    (None, "/accessibility"),
    (Some("Peggy"), "/plans"),
    (Some("Peggy"), "/plans/{plan}/looked-at"),
    (Some("Peggy"), "/goals"),
    (Some("Peggy"), "/reviews"),
    (Some("Peggy"), "/reviews/new"),
    (Some("Peggy"), "/notifications"),
    (Some("Peggy"), "/account"),
    (Some("Priya Sharma"), "/staff/todo"),
    (Some("Priya Sharma"), "/staff/people"),
    (Some("Priya Sharma"), "/staff/reviews"),
    (Some("Priya Sharma"), "/staff/contributions"),
    (Some("Priya Sharma"), "/staff/plans/{plan}/edit"),
];

fn layout_shift_elsewhere(lighthouse: &Path, server: &DemoServer, folder: &Path, plan: &str) -> Result<()> {
    println!("Layout shift (CLS) on the other pages, devtools throttling, one run each:");
    let cookies = [
        ("Peggy", server.sign_in("Peggy")?),
        ("Priya Sharma", server.sign_in("Priya Sharma")?),
    ];
    for (who, path) in OTHER_PAGES {
        let cookie = who
            .map(|name| cookies.iter().find(|(n, _)| *n == name).map(|(_, c)| c.as_str()))
            .map(|found| found.context("signed in as everyone on the list"))
            .transpose()?;
        let path = path.replace("{plan}", plan);
        let report = folder.join("other-page.json");
        let url = format!("http://{}{path}", server.address);
        let figures = run_once(lighthouse, &url, cookie, "devtools", &report)?;
        println!(
            "  {:<14} {:<58} CLS {:.3}",
            who.unwrap_or("signed out"),
            path,
            figures.cls
        );
    }
    Ok(())
}

struct Figures {
    lcp_ms: f64,
    cls: f64,
    tbt_ms: f64,
    score: f64,
    /// What had finished downloading when the first paint came (as observed).
    before_paint_bytes: f64,
}

fn run_once(lighthouse: &Path, url: &str, cookie: Option<&str>, method: &str, report: &Path) -> Result<Figures> {
    let mut command = Command::new(lighthouse);
    command
        .env("CHROME_PATH", "/usr/bin/chromium")
        .arg(url)
        .args(["--quiet", "--only-categories=performance", "--output=json"])
        .arg(format!("--output-path={}", report.display()))
        .arg(format!("--throttling-method={method}"))
        .arg(
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking \
             --disable-component-update --disable-sync --no-first-run",
        );
    if let Some(cookie) = cookie {
        command.arg(format!("--extra-headers={}", serde_json::json!({ "Cookie": cookie })));
    }
    // Lighthouse now and then fails to record a trace and asks to be run again.
    if run::status(&mut command).is_err() {
        println!("xtask: Lighthouse failed; running it once more");
        run::status(&mut command)?;
    }
    let report: Value = serde_json::from_str(&std::fs::read_to_string(report)?)?;
    let audit = |id: &str| report["audits"][id]["numericValue"].as_f64().unwrap_or(f64::NAN);
    let first_paint = report["audits"]["metrics"]["details"]["items"][0]["observedFirstContentfulPaint"]
        .as_f64()
        .unwrap_or(f64::NAN);
    let before_paint_bytes = report["audits"]["network-requests"]["details"]["items"]
        .as_array()
        .map(|requests| {
            requests
                .iter()
                .filter(|r| r["networkEndTime"].as_f64().is_some_and(|end| end <= first_paint))
                .filter_map(|r| r["transferSize"].as_f64())
                .sum()
        })
        .unwrap_or(f64::NAN);
    Ok(Figures {
        lcp_ms: audit("largest-contentful-paint"),
        cls: audit("cumulative-layout-shift"),
        tbt_ms: audit("total-blocking-time"),
        score: report["categories"]["performance"]["score"]
            .as_f64()
            .unwrap_or(f64::NAN),
        before_paint_bytes,
    })
}

/// Lighthouse at the pinned version, from npm, in target/lighthouse; returns its command.
fn install() -> Result<PathBuf> {
    let folder = root().join("target/lighthouse");
    let bin = folder.join("node_modules/.bin/lighthouse");
    let installed = Command::new(&bin)
        .arg("--version")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == VERSION);
    if !installed {
        println!("xtask: installing lighthouse {VERSION} from npm into target/lighthouse");
        std::fs::create_dir_all(&folder)?;
        run::status(
            Command::new("npm")
                .args(["install", "--no-audit", "--no-fund", "--prefix"])
                .arg(&folder)
                .arg(format!("lighthouse@{VERSION}")),
        )
        .context("Lighthouse needs Node.js 20 and npm")?;
    }
    Ok(bin)
}
