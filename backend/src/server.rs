//! Running the server: check what it needs, bind, serve until told to stop, and let
//! requests in flight finish.

use std::net::SocketAddr;
use std::path::Path;

use tokio::net::TcpListener;

use std::time::Duration;

use crate::accounts::sessions::SessionPolicy;
use crate::app::app;
use crate::config::{LogFormat, ServerConfig};
use crate::db::Store;
use crate::notifications::outbox::{self, Mailer};
use crate::state::{AppState, Settings, Targets};

/// Why the server could not start; each says what to do about it.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(
        "the frontend is not built: {0} is missing. Run `cargo xtask dist`, or point --dist-dir (OURPLAN_DIST_DIR) at a built dist/ folder"
    )]
    MissingDist(String),
    #[error(
        "cannot listen on {addr} ({source}): stop the program using it, or choose another address with --listen (OURPLAN_LISTEN)"
    )]
    Listen { addr: SocketAddr, source: std::io::Error },
    #[error(transparent)]
    Database(#[from] crate::db::OpenError),
    #[error(transparent)]
    Origin(#[from] crate::state::OriginError),
    #[error("the database refused a query ({0}): check the database's own log")]
    Store(#[from] crate::db::StoreError),
    #[error(transparent)]
    Demo(#[from] crate::demo::SeedError),
    #[error(transparent)]
    Mail(#[from] crate::notifications::outbox::MailError),
    #[error("the server stopped: {0}")]
    Serve(std::io::Error),
    #[error("{0}")]
    /// A command that could not do what was asked, and why.
    Command(String),
}

pub fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("OURPLAN_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        // Colours only for a person at a terminal: journald and log files get plain text.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()));
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}

/// The public address, and the one for metrics if there is one.
pub type Listeners = (TcpListener, Option<TcpListener>);

/// Everything a server needs before it serves, checked in the order that fails fastest:
/// the frontend, the ports, then the database.
pub async fn prepare(config: &ServerConfig, demo: bool) -> Result<(AppState, Listeners), StartError> {
    init_logging(config.log_format);
    let settings = Settings {
        demo,
        dist: Some(config.dist_dir.clone()),
        sessions: SessionPolicy {
            idle: Duration::from_secs(config.session_idle_minutes * 60),
            lifetime: Duration::from_secs(config.session_lifetime_hours * 60 * 60),
        },
        invitation_lifetime: Duration::from_secs(config.invitation_days * 24 * 60 * 60),
        closed_case_access: Duration::from_secs(config.closed_case_days * 24 * 60 * 60),
        trusted_proxies: config.trusted_proxies.clone(),
        review_targets: Targets {
            acknowledge: config.review_acknowledge_days,
            decide: config.review_decide_days,
        },
        email: config.smtp_url.is_some(),
        ..Settings::new(&config.public_origin)?
    };
    let mailer = config
        .smtp_url
        .as_ref()
        .map(|url| Mailer::new(url.expose(), &config.mail_from, &settings.public_origin))
        .transpose()?;
    check_dist(&config.dist_dir)?;
    let listener = bind(config.listen).await?;
    let metrics = match config.metrics_listen {
        Some(address) => Some(bind(address).await?),
        None => None,
    };
    let store = Store::open_for(&config.database.database_url, config.database_requests).await?;
    match mailer {
        Some(mailer) => {
            outbox::spawn(store.clone(), mailer);
        }
        None => tracing::info!("email is off: no SMTP server is set (--smtp-url, OURPLAN_SMTP_URL)"),
    }
    // The demo's made-up data is not the council's to delete.
    if !demo {
        crate::retention::spawn(store.clone(), (&config.retention).into());
    }
    Ok((AppState::new(store, settings)?, (listener, metrics)))
}

pub async fn warn_if_council_unset(store: &Store) {
    let Ok(mut conn) = store.pool.acquire().await else {
        return;
    };
    if let Ok(None) = crate::service::get_council(&mut conn).await {
        tracing::warn!("the council's details are not set: run `ourplan council --help`");
    }
}

/// Checks the frontend is built, before anything else is touched.
pub fn check_dist(dist: &Path) -> Result<(), StartError> {
    let index = dist.join("frontend_bg.wasm");
    if index.is_file() {
        Ok(())
    } else {
        Err(StartError::MissingDist(index.display().to_string()))
    }
}

/// Binds the listening address; a port already in use is reported plainly.
pub async fn bind(addr: SocketAddr) -> Result<TcpListener, StartError> {
    TcpListener::bind(addr)
        .await
        .map_err(|source| StartError::Listen { addr, source })
}

/// Serves until SIGTERM or Ctrl-C, then finishes the requests already in flight.
pub async fn run(state: AppState, (listener, metrics): Listeners) -> Result<(), StartError> {
    let store = state.store.clone();
    let origin = state.settings.public_origin.clone();
    let local = listener.local_addr().map_err(StartError::Serve)?;
    let shutdown = shutdown_signal()?;
    if let Some(metrics) = metrics {
        let address = metrics.local_addr().map_err(StartError::Serve)?;
        tracing::info!(%address, "metrics are at /metrics");
        tokio::spawn(axum::serve(metrics, crate::app::metrics_app(state.clone())).into_future());
    }
    tracing::info!(%local, %origin, "OurPlan is listening");
    println!("OurPlan is running. Open {origin} in your browser.");
    crate::http::connections::serve(listener, app(state), shutdown).await;
    store.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Listens for SIGTERM and SIGINT (Ctrl-C) from the moment it is called, so a signal that
/// comes as soon as the server says it is running is not missed.
fn shutdown_signal() -> Result<impl Future<Output = ()>, StartError> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut terminate = signal(SignalKind::terminate()).map_err(StartError::Serve)?;
    let mut interrupt = signal(SignalKind::interrupt()).map_err(StartError::Serve)?;
    Ok(async move {
        tokio::select! {
            _ = terminate.recv() => {},
            _ = interrupt.recv() => {},
        }
        tracing::info!("shutting down: finishing requests in flight");
    })
}
