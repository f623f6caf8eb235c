//! `ourplan check-config`: the settings a server would run with, secrets masked, and what
//! is wrong with them, before anyone is asked to sign in. Nothing is changed: the
//! database is reached, not migrated.

use std::path::Path;

use crate::config::ServerConfig;
use crate::notifications::outbox::Mailer;
use crate::server::check_dist;
use crate::state::Settings;

/// What `check-config` found.
pub struct Checked {
    pub settings: Vec<(&'static str, String)>,
    /// Worth knowing: the server would run, but perhaps not as meant.
    pub warnings: Vec<String>,
    /// The server would not start, or would not work.
    pub problems: Vec<String>,
}

pub async fn check(config: &ServerConfig) -> Checked {
    let days = |n: u64| format!("{n} days");
    let proxies = if config.trusted_proxies.is_empty() {
        "none".to_owned()
    } else {
        config
            .trusted_proxies
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let settings = vec![
        ("database", config.database.database_url.to_string()),
        ("requests on the database at once", config.database_requests.to_string()),
        ("listen", config.listen.to_string()),
        (
            "metrics",
            config
                .metrics_listen
                .map_or_else(|| "off".into(), |a| format!("http://{a}/metrics")),
        ),
        ("public origin", config.public_origin.clone()),
        ("frontend", config.dist_dir.display().to_string()),
        ("trusted proxies", proxies),
        ("session idle", format!("{} minutes", config.session_idle_minutes)),
        ("session lifetime", format!("{} hours", config.session_lifetime_hours)),
        ("invitations last", days(config.invitation_days)),
        ("closed cases read for", days(config.closed_case_days)),
        (
            "email (SMTP)",
            config
                .smtp_url
                .as_ref()
                .map_or_else(|| "off".into(), ToString::to_string),
        ),
        ("email from", config.mail_from.clone()),
        (
            "review targets",
            format!(
                "acknowledge in {}, decide in {} working days",
                config.review_acknowledge_days, config.review_decide_days
            ),
        ),
    ];
    let (mut warnings, mut problems) = (Vec::new(), Vec::new());
    match Settings::new(&config.public_origin) {
        Ok(settings) => {
            if let Some(url) = &config.smtp_url
                && let Err(error) = Mailer::new(url.expose(), &config.mail_from, &settings.public_origin)
            {
                problems.push(error.to_string());
            }
            let local = settings.public_origin.host_str() == Some("localhost");
            if !local && config.trusted_proxies.is_empty() {
                warnings.push(
                    "no --trusted-proxy: behind a reverse proxy, every client looks like the proxy to rate limits and the audit"
                        .into(),
                );
            }
        }
        Err(error) => problems.push(error.to_string()),
    }
    if config.smtp_url.is_none() {
        warnings.push("email is off: nobody is told of news by email (--smtp-url)".into());
    }
    if let Err(error) = check_dist(&config.dist_dir) {
        problems.push(error.to_string());
    }
    let url = &config.database.database_url;
    match crate::db::sqlite_path(url) {
        // A new SQLite file is made at start, in a folder that must exist.
        Some(path) if !path.exists() => {
            let folder = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            if folder.is_dir() {
                warnings.push(format!(
                    "{} does not exist yet: the server will create it",
                    path.display()
                ));
            } else {
                problems.push(format!(
                    "the database's folder {} does not exist: create it, or change --database-url",
                    folder.display()
                ));
            }
        }
        _ => {
            if let Err(error) = crate::db::reachable(url).await {
                problems.push(error.to_string());
            }
        }
    }
    Checked {
        settings,
        warnings,
        problems,
    }
}
