//! `cargo xtask bench`: seeds a council-sized database, runs the release server on one
//! core and a load generator on the other, and prints requests/s and latencies for each
//! kind of request beside a bare handler measured in the same run.
//!
//! cargo xtask bench [--people 1000,10000,100000] [--database-url postgres://…]
//!                   [--instances 2] [--seconds 10] [--only caseload,writes]

mod http;
mod load;
mod report;
mod scripts;
mod sections;
mod servers;

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};
use serde_json::{Value, json};

use crate::{root, run};
use report::{Row, Table, label, line, print_growth, print_targets, thousands};
use scripts::Op;
use sections::SECTIONS;
use servers::Server;

pub use load::run as load;

const WARMUP_MS: u64 = 2_000;

struct Options {
    sizes: Vec<usize>,
    database_url: Option<String>,
    instances: usize,
    seconds: u64,
    only: Option<Vec<String>>,
}

fn options(args: &[String]) -> Result<Options> {
    let mut options = Options {
        sizes: vec![10_000],
        database_url: None,
        instances: 1,
        seconds: 10,
        only: None,
    };
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let mut value = || args.next().with_context(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--people" => {
                options.sizes = value()?
                    .split(',')
                    .map(|n| n.trim().replace('_', "").parse::<usize>())
                    .collect::<Result<_, _>>()
                    .context("--people takes numbers: 1000,10000")?;
            }
            "--database-url" => options.database_url = Some(value()?.clone()),
            "--instances" => options.instances = value()?.parse().context("--instances takes a number")?,
            "--seconds" => options.seconds = value()?.parse().context("--seconds takes a number")?,
            "--only" => options.only = Some(value()?.split(',').map(str::to_owned).collect()),
            _ => bail!(
                "usage: cargo xtask bench [--people 1000,10000] [--database-url postgres://…] [--instances 2] \
                 [--seconds 10] [--only {}]",
                SECTIONS.map(|s| s.key).join(",")
            ),
        }
    }
    if options.instances == 0 {
        bail!("--instances must be at least 1");
    }
    // Each of the 16 writing clients needs signed-in people of its own, or their review
    // requests and plan saves would collide.
    if options.sizes.iter().any(|&n| n < 1_000) {
        bail!("--people must be at least 1000");
    }
    if options.instances > 1 && options.database_url.is_none() {
        bail!("--instances 2 needs PostgreSQL (--database-url postgres://…): SQLite is one server's");
    }
    Ok(options)
}

pub fn bench(args: &[String]) -> Result<()> {
    let options = options(args)?;
    let pinned = run::found("taskset");
    if !pinned {
        println!("taskset is missing: server and load share the cores, and the figures mean less.");
    }
    run::cargo(&["build", "--release", "-p", "backend"])?;
    let folder = root().join("target/bench");
    // The bench measures the API: the server only checks that a frontend is there.
    let dist = folder.join("dist");
    std::fs::create_dir_all(&dist).context("creating target/bench/dist")?;
    std::fs::write(dist.join("frontend_bg.wasm"), b"").context("writing the placeholder frontend")?;
    let url = match &options.database_url {
        Some(url) => bench_database(url)?,
        None => format!("sqlite://{}", folder.join("ourplan_bench.db").display()),
    };
    let mut growth = Vec::new();
    let mut failed = 0;
    for &people in &options.sizes {
        let table = measure(&options, &url, people, &folder, &dist, pinned)?;
        failed += table.failed;
        growth.push((people, table.rows));
    }
    if growth.len() > 1 {
        print_growth(&growth);
    }
    if failed > 0 {
        bail!("{failed} requests failed: see the errors above");
    }
    Ok(())
}

/// The database beside the one named, for the bench alone: `…/test` becomes
/// `…/ourplan_bench`, which `ourplan bench-seed` drops and creates.
fn bench_database(url: &str) -> Result<String> {
    let (url, query) = url.split_once('?').map_or((url, None), |(u, q)| (u, Some(q)));
    let Some((scheme, rest)) = url.split_once("://") else {
        bail!("--database-url takes postgres://USER@HOST:PORT/DATABASE");
    };
    if !scheme.starts_with("postgres") {
        bail!("--database-url is for PostgreSQL; SQLite is the default");
    }
    let server = rest.split('/').next().unwrap_or_default();
    Ok(format!(
        "{scheme}://{server}/ourplan_bench{}",
        query.map(|q| format!("?{q}")).unwrap_or_default()
    ))
}

fn measure(options: &Options, url: &str, people: usize, folder: &Path, dist: &Path, pinned: bool) -> Result<Table> {
    let binary = root().join("target/release/ourplan");
    let sample = folder.join("sample.json");
    println!("\nSeeding {people} people…");
    run::status(
        Command::new(&binary)
            .env("OURPLAN_LOG", "warn")
            .arg("bench-seed")
            .args(["--database-url", url, "--people", &people.to_string()])
            .arg("--out")
            .arg(&sample),
    )?;
    // The seed leaves a gigabyte waiting to be written: the kernel writing it out during
    // the first sections took up to two thirds of a core from them.
    run::status(&mut Command::new("sync"))?;
    // Several servers share the requests one would let work on PostgreSQL at once (4), as
    // the README's "On PostgreSQL" advises a council to.
    let shared = (options.instances > 1).then(|| (4 / options.instances).max(1));
    let servers = (0..options.instances)
        .map(|i| {
            Server::start(
                &binary,
                url,
                dist,
                &folder.join(format!("server-{i}.log")),
                pinned,
                shared,
            )
        })
        .collect::<Result<Vec<_>>>()?;
    let database = if url.starts_with("sqlite") {
        "SQLite".to_owned()
    } else {
        "PostgreSQL (database ourplan_bench)".to_owned()
    };
    let instances = match options.instances {
        1 => "1 server".to_owned(),
        n => format!("{n} servers, the load spread across them"),
    };
    let placement = if pinned {
        "servers on core 0, load on core 1"
    } else {
        "unpinned"
    };
    println!(
        "\n{database}, {} people — {instances}; {placement}; {} s a section after {} s warm-up",
        thousands(people as f64),
        options.seconds,
        WARMUP_MS / 1000
    );
    line([
        "kind",
        "clients",
        "req/s",
        "p50 ms",
        "p99 ms",
        "errors",
        "× bare",
        "CPU server/load/other",
    ]);
    let mut table = Table {
        rows: Vec::new(),
        failed: 0,
    };
    let mut bare = None;
    let mut shown = Vec::new();
    for section in &SECTIONS {
        let wanted = options
            .only
            .as_ref()
            .is_none_or(|only| only.iter().any(|k| k == section.key));
        if !wanted && section.key != "bare" {
            continue;
        }
        let spec = json!({
            "sample": sample,
            "who": section.who.name(),
            "ops": section.ops.iter().map(|op| op.name()).collect::<Vec<_>>(),
            "clients": section.clients,
            "warmup_ms": WARMUP_MS,
            "measure_ms": options.seconds * 1000,
            "servers": servers.iter().map(Server::describe).collect::<Vec<_>>(),
        });
        let result = load_process(&spec, pinned)?;
        let server_cpu: f64 = result["server_cpu"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_f64)
            .sum();
        let share = |key: &str| result[key].as_f64().unwrap_or_default() * 100.0;
        let cpu = format!(
            "{:.0}/{:.0}/{:.0}%",
            server_cpu * 100.0,
            share("load_cpu"),
            share("other_cpu")
        );
        let kinds = result["kinds"].as_array().cloned().unwrap_or_default();
        let number = |kind: &Value, key: &str| kind[key].as_f64().unwrap_or_default();
        if let Some(b) = kinds.iter().find(|k| k["op"] == Op::Healthz.name()) {
            bare = Some(number(b, "per_second"));
        }
        let ratio = |per_second: f64| bare.map_or("-".to_owned(), |b| format!("{:.3}", per_second / b));
        let clients = section.clients.to_string();
        if kinds.len() > 1 {
            // The clients take the kinds in turn: each row is its share of the section.
            let total: f64 = kinds.iter().map(|k| number(k, "per_second")).sum();
            let errors: f64 = kinds.iter().map(|k| number(k, "errors")).sum();
            let title = format!("{}, in turn:", section.title);
            line([
                &title,
                &clients,
                &thousands(total),
                "",
                "",
                &errors.to_string(),
                &ratio(total),
                &cpu,
            ]);
        }
        for kind in &kinds {
            let op = kind["op"]
                .as_str()
                .and_then(Op::parse)
                .context("an op the generator named")?;
            let (per_second, p99) = (number(kind, "per_second"), number(kind, "p99_ms"));
            let errors = kind["errors"].as_u64().unwrap_or_default();
            let (name, clients, cpu) = if kinds.len() > 1 {
                (format!("  {}", op.name()), "", "")
            } else {
                (label(section.who, op), clients.as_str(), cpu.as_str())
            };
            line([
                &name,
                clients,
                &thousands(per_second),
                &format!("{:.2}", number(kind, "p50_ms")),
                &format!("{p99:.2}"),
                &errors.to_string(),
                &ratio(per_second),
                cpu,
            ]);
            table.failed += errors;
            table.rows.push(Row {
                who: section.who,
                op,
                per_second,
                p99,
            });
        }
        shown.extend(
            result["errors_shown"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|e| e.as_str().map(str::to_owned)),
        );
    }
    let other = if url.starts_with("sqlite") {
        "anything else on the machine"
    } else {
        "PostgreSQL (not pinned) and anything else"
    };
    println!(
        "CPU: cores' worth used in the measured window by the server(s), the load generator, and {other}. \
         Rows under \"in turn\" are each kind's share of its section's clients."
    );
    for error in shown.iter().take(10) {
        println!("error: {error}");
    }
    print_targets(&table, bare.unwrap_or_default(), people);
    drop(servers);
    Ok(table)
}

/// Runs one section in its own process, pinned to the core the servers leave free.
fn load_process(spec: &Value, pinned: bool) -> Result<Value> {
    let exe = std::env::current_exe().context("finding the xtask binary")?;
    let mut command = if pinned {
        let mut c = Command::new("taskset");
        c.args(["-c", "1"]).arg(&exe);
        c
    } else {
        Command::new(&exe)
    };
    let output = command
        .arg("bench-load")
        .arg(spec.to_string())
        .output()
        .context("starting the load generator")?;
    if !output.status.success() {
        bail!(
            "the load generator failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    serde_json::from_slice(&output.stdout).context("reading the load generator's figures")
}

#[cfg(test)]
mod tests {
    use super::bench_database;

    #[test]
    fn a_postgres_url_becomes_the_bench_database_beside_it() {
        assert_eq!(
            bench_database("postgres://postgres@127.0.0.1:5432/test")
                .ok()
                .as_deref(),
            Some("postgres://postgres@127.0.0.1:5432/ourplan_bench")
        );
        assert!(bench_database("sqlite://ourplan.db").is_err());
    }
}
