//! The closed-loop load generator: C clients, each a thread with one keep-alive connection
//! sending its next request as soon as the last answer arrives. Latencies are kept for
//! the measured window after a warm-up; errors are counted throughout. Run as its own
//! process (`xtask bench-load SPEC`) so it can be pinned to a core of its own.

use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use serde_json::{Value, json};

use super::http::Connection;
use super::scripts::{ALL, Op, Sample, Script, Who};

/// The first few failures are shown in full, to be fixed; the rest are only counted.
const ERRORS_SHOWN: usize = 5;
/// Linux's clock ticks a second (`getconf CLK_TCK`), for the CPU time in /proc.
const TICKS_PER_SECOND: f64 = 100.0;

/// Runs one section as `spec` describes it and returns what it measured, as JSON.
pub fn run(spec: &Value) -> Result<Value> {
    let sample_file = spec["sample"].as_str().context("no sample in the spec")?;
    let text = std::fs::read_to_string(sample_file).with_context(|| format!("reading {sample_file}"))?;
    let sample = Sample::read(&serde_json::from_str(&text)?)?;
    let who = spec["who"]
        .as_str()
        .and_then(Who::parse)
        .context("no who in the spec")?;
    let ops: Vec<Op> = spec["ops"]
        .as_array()
        .context("no ops in the spec")?
        .iter()
        .map(|name| name.as_str().and_then(Op::parse).context("an unknown op"))
        .collect::<Result<_>>()?;
    let clients = spec["clients"].as_u64().context("no clients")? as usize;
    let servers: Vec<(String, String, u64)> = spec["servers"]
        .as_array()
        .context("no servers")?
        .iter()
        .map(|s| {
            Some((
                s["address"].as_str()?.to_owned(),
                s["origin"].as_str()?.to_owned(),
                s["pid"].as_u64()?,
            ))
        })
        .collect::<Option<_>>()
        .context("a server without address, origin or pid")?;
    let ms = |key: &str| Duration::from_millis(spec[key].as_u64().unwrap_or_default());
    let start = Instant::now();
    let window = (start + ms("warmup_ms"), start + ms("warmup_ms") + ms("measure_ms"));

    let scripts: Vec<Script> = (0..clients)
        .map(|k| Script::new(&sample, &ops, who, k, clients))
        .collect::<Result<_>>()?;
    let (outcomes, cpu) = std::thread::scope(|scope| {
        let threads: Vec<_> = scripts
            .into_iter()
            .enumerate()
            .map(|(k, script)| {
                let (address, origin, _) = &servers[k % servers.len()];
                scope.spawn(move || client(script, Connection::new(address, origin), window))
            })
            .collect();
        let pids: Vec<String> = servers.iter().map(|s| s.2.to_string()).chain(["self".into()]).collect();
        sleep_until(window.0);
        let before: Vec<f64> = pids
            .iter()
            .map(|p| cpu_seconds(p))
            .chain([machine_busy_seconds()])
            .collect();
        sleep_until(window.1);
        let after: Vec<f64> = pids
            .iter()
            .map(|p| cpu_seconds(p))
            .chain([machine_busy_seconds()])
            .collect();
        let measured = (window.1 - window.0).as_secs_f64();
        let cpu: Vec<f64> = after.iter().zip(&before).map(|(a, b)| (a - b) / measured).collect();
        let outcomes: Vec<Outcome> = threads.into_iter().filter_map(|t| t.join().ok()).collect();
        (outcomes, cpu)
    });

    let seconds = (window.1 - window.0).as_secs_f64();
    let mut kinds = Vec::new();
    for (i, op) in ALL.iter().enumerate() {
        if !ops.contains(op) {
            continue;
        }
        let mut latencies: Vec<u32> = outcomes.iter().flat_map(|o| o.latencies[i].iter().copied()).collect();
        latencies.sort_unstable();
        kinds.push(json!({
            "op": op.name(),
            "count": latencies.len(),
            "per_second": latencies.len() as f64 / seconds,
            "p50_ms": percentile(&latencies, 0.50),
            "p99_ms": percentile(&latencies, 0.99),
            "errors": outcomes.iter().map(|o| o.errors[i]).sum::<u64>(),
        }));
    }
    let shown: Vec<&String> = outcomes.iter().flat_map(|o| &o.shown).take(ERRORS_SHOWN).collect();
    // Servers, then this generator, then the whole machine: the rest is someone else's.
    let (machine, ours) = cpu.split_last().map_or((0.0, &[][..]), |(m, o)| (*m, o));
    let (load_cpu, server_cpu) = ours.split_last().map_or((0.0, &[][..]), |(l, s)| (*l, s));
    let other_cpu = (machine - ours.iter().sum::<f64>()).max(0.0);
    Ok(json!({
        "seconds": seconds,
        "server_cpu": server_cpu,
        "load_cpu": load_cpu,
        "other_cpu": other_cpu,
        "kinds": kinds,
        "errors_shown": shown,
    }))
}

/// What one client saw, by op (indexed as `ALL`).
struct Outcome {
    latencies: Vec<Vec<u32>>,
    errors: Vec<u64>,
    shown: Vec<String>,
}

fn client(mut script: Script, mut connection: Connection, (from, until): (Instant, Instant)) -> Outcome {
    let mut outcome = Outcome {
        latencies: vec![Vec::new(); ALL.len()],
        errors: vec![0; ALL.len()],
        shown: Vec::new(),
    };
    loop {
        let sent = Instant::now();
        if sent >= until {
            return outcome;
        }
        let op = script.op();
        let index = ALL.iter().position(|o| *o == op).unwrap_or_default();
        let request = script.request();
        let answer = connection.send(&request);
        let took = sent.elapsed();
        let ok = matches!(&answer, Ok(a) if (200..400).contains(&a.status));
        if ok {
            if sent >= from {
                outcome.latencies[index].push(u32::try_from(took.as_micros()).unwrap_or(u32::MAX));
            }
        } else {
            outcome.errors[index] += 1;
            if outcome.shown.len() < ERRORS_SHOWN {
                let what = match &answer {
                    Ok(a) => format!(
                        "{} {}",
                        a.status,
                        String::from_utf8_lossy(&a.body).chars().take(300).collect::<String>()
                    ),
                    Err(error) => error.to_string(),
                };
                outcome
                    .shown
                    .push(format!("{} {} ({}): {what}", request.method, request.path, op.name()));
            }
        }
        script.answered(ok, answer.as_ref().map(|a| a.body.as_slice()).unwrap_or_default());
    }
}

/// The latency below which `share` of the requests answered, in milliseconds.
fn percentile(sorted: &[u32], share: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((sorted.len() as f64 * share).ceil() as usize).clamp(1, sorted.len());
    f64::from(sorted[rank - 1]) / 1000.0
}

fn sleep_until(when: Instant) {
    let now = Instant::now();
    if when > now {
        std::thread::sleep(when - now);
    }
}

/// The CPU time a process has used, user and system, in seconds (0 if it is gone).
fn cpu_seconds(pid: &str) -> f64 {
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return 0.0;
    };
    // The command name may hold spaces: the fields are counted after its closing bracket.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest)
        .unwrap_or_default()
        .split_whitespace()
        .collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or_default();
    (ticks(11) + ticks(12)) / TICKS_PER_SECOND
}

/// The CPU time all cores have been busy since boot, in seconds: user, nice, system, irq,
/// softirq and steal, from the first line of /proc/stat.
fn machine_busy_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/stat") else {
        return 0.0;
    };
    let ticks: Vec<f64> = stat
        .lines()
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .skip(1)
        .take(8)
        .filter_map(|t| t.parse().ok())
        .collect();
    let idle = ticks.get(3).copied().unwrap_or_default() + ticks.get(4).copied().unwrap_or_default();
    (ticks.iter().sum::<f64>() - idle) / TICKS_PER_SECOND
}

#[cfg(test)]
mod tests {
    use super::percentile;

    #[test]
    fn percentiles_are_ranks_of_the_sorted_latencies() {
        let sorted: Vec<u32> = (1..=100).map(|n| n * 1000).collect();
        assert_eq!(percentile(&sorted, 0.50), 50.0);
        assert_eq!(percentile(&sorted, 0.99), 99.0);
        assert_eq!(percentile(&[], 0.99), 0.0);
    }
}
