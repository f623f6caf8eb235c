//! `GET /metrics` for Prometheus, served only on `--metrics-listen` (never the public
//! address): the counters, and gauges read from the database when scraped.

use std::fmt::Write;
use std::time::Instant;

use api::dates::{add_working_days, day_of_ms};
use api::reviews::{Step, Target};
use axum::extract::{MatchedPath, Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::db::now_ms;
use crate::error::AppError;
use crate::state::AppState;

/// Counts each request by its route's pattern.
pub async fn count(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let route = route_pattern(&request).to_owned();
    let method = request.method().as_str().to_owned();
    let started = Instant::now();
    let response = next.run(request).await;
    let seconds = started.elapsed().as_secs_f64();
    state
        .metrics
        .request(&route, &method, response.status().as_u16(), seconds);
    response
}

/// The route's pattern (`/api/v1/plans/{id}`), never the path; static files and unknown
/// paths as one.
pub fn route_pattern(request: &Request) -> &str {
    request
        .extensions()
        .get::<MatchedPath>()
        .map_or("(static)", MatchedPath::as_str)
}

pub async fn scrape(State(state): State<AppState>) -> Result<Response, AppError> {
    let mut out = String::new();
    state.metrics.render(&mut out);
    let pool = &state.store.pool;
    let gauge = |out: &mut String, name: &str, help: &str, value: String| {
        let _ = write!(out, "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}\n");
    };
    let idle = u32::try_from(pool.num_idle()).unwrap_or(u32::MAX);
    gauge(
        &mut out,
        "ourplan_db_connections_open",
        "Database connections open.",
        pool.size().to_string(),
    );
    gauge(
        &mut out,
        "ourplan_db_connections_idle",
        "Database connections idle.",
        idle.to_string(),
    );

    let now = now_ms();
    let (waiting, oldest): (i64, Option<i64>) =
        sqlx::query_as("SELECT COUNT(*), MIN(created_at) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL")
            .fetch_one(pool)
            .await?;
    gauge(
        &mut out,
        "ourplan_outbox_waiting",
        "Emails waiting to be sent.",
        waiting.to_string(),
    );
    let age = oldest.map_or(0.0, |at| (now - at) as f64 / 1000.0);
    gauge(
        &mut out,
        "ourplan_outbox_oldest_seconds",
        "Age of the oldest email waiting.",
        age.to_string(),
    );
    let (failed,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE failed_at IS NOT NULL AND sent_at IS NULL")
            .fetch_one(pool)
            .await?;
    gauge(
        &mut out,
        "ourplan_email_failed",
        "Emails refused for good, waiting for an admin.",
        failed.to_string(),
    );

    // Review requests past the council's targets: acknowledged, then arranged or declined.
    let open: Vec<(i64, String)> = sqlx::query_as(
        "SELECT r.created_at, (SELECT s.step FROM review_steps s WHERE s.review_id = r.id ORDER BY s.seq DESC LIMIT 1) \
         FROM reviews r WHERE r.is_open = 1 AND r.origin = 'requested'",
    )
    .fetch_all(pool)
    .await?;
    let targets = state.settings.review_targets;
    let today = day_of_ms(now);
    let overdue = open
        .iter()
        .filter(|(asked, step)| {
            let days = match serde_json::from_str::<Step>(step).ok().and_then(|s| s.target()) {
                Some(Target::Acknowledge) => targets.acknowledge,
                Some(_) => targets.decide,
                None => return false,
            };
            add_working_days(day_of_ms(*asked), days) < today
        })
        .count();
    gauge(
        &mut out,
        "ourplan_review_requests_overdue",
        "Review requests past their target.",
        overdue.to_string(),
    );
    Ok(([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], out).into_response())
}
