//! What the server counts as it runs, for Prometheus: requests by route pattern, method
//! and status, their latency, and sign-in refusals. In memory, per instance; the gauges
//! that live in the database are read when scraped (see `http::metrics`).

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// Latency buckets, in seconds: a phone on slow data notices 250 ms.
const BUCKETS: [f64; 10] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0];

#[derive(Default)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

#[derive(Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(String, String, u16), u64>>,
    latency: Mutex<BTreeMap<String, Histogram>>,
    sign_in_refusals: AtomicU64,
}

impl Metrics {
    /// One answered request: its route's pattern (never its path), method and status.
    pub fn request(&self, route: &str, method: &str, status: u16, seconds: f64) {
        let mut requests = self.requests.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        *requests
            .entry((route.to_owned(), method.to_owned(), status))
            .or_default() += 1;
        drop(requests);
        let mut latency = self.latency.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let histogram = latency.entry(route.to_owned()).or_default();
        for (bucket, count) in BUCKETS.iter().zip(histogram.counts.iter_mut()) {
            if seconds <= *bucket {
                *count += 1;
            }
        }
        histogram.count += 1;
        histogram.sum += seconds;
    }

    pub fn sign_in_refused(&self) {
        self.sign_in_refusals.fetch_add(1, Ordering::Relaxed);
    }

    /// The counters in Prometheus's text format.
    pub fn render(&self, out: &mut String) {
        out.push_str("# HELP ourplan_http_requests_total Requests answered, by route pattern, method and status.\n");
        out.push_str("# TYPE ourplan_http_requests_total counter\n");
        let requests = self.requests.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        for ((route, method, status), n) in requests.iter() {
            let _ = writeln!(
                out,
                "ourplan_http_requests_total{{route=\"{route}\",method=\"{method}\",status=\"{status}\"}} {n}"
            );
        }
        drop(requests);
        out.push_str("# HELP ourplan_http_request_duration_seconds Time to answer, by route pattern.\n");
        out.push_str("# TYPE ourplan_http_request_duration_seconds histogram\n");
        let latency = self.latency.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        for (route, histogram) in latency.iter() {
            let name = "ourplan_http_request_duration_seconds";
            for (bucket, count) in BUCKETS.iter().zip(histogram.counts) {
                let _ = writeln!(out, "{name}_bucket{{route=\"{route}\",le=\"{bucket}\"}} {count}");
            }
            let _ = writeln!(
                out,
                "{name}_bucket{{route=\"{route}\",le=\"+Inf\"}} {}",
                histogram.count
            );
            let _ = writeln!(out, "{name}_sum{{route=\"{route}\"}} {}", histogram.sum);
            let _ = writeln!(out, "{name}_count{{route=\"{route}\"}} {}", histogram.count);
        }
        drop(latency);
        out.push_str("# HELP ourplan_sign_in_refusals_total Sign-ins and passkey ceremonies refused.\n");
        out.push_str("# TYPE ourplan_sign_in_refusals_total counter\n");
        let _ = writeln!(
            out,
            "ourplan_sign_in_refusals_total {}",
            self.sign_in_refusals.load(Ordering::Relaxed)
        );
    }
}
