//! Running the server: check what it needs, bind, serve until told to stop, and let
//! requests in flight finish.

use std::net::SocketAddr;
use std::path::Path;

use tokio::net::TcpListener;

use crate::config::{LogFormat, ServerConfig};
use crate::db::Store;
use crate::http::{AppState, app};

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
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error(transparent)]
    Database(#[from] crate::db::OpenError),
    #[error("the database refused a query ({0}): check the database's own log")]
    Store(#[from] crate::db::StoreError),
    #[error(transparent)]
    Demo(#[from] crate::demo::SeedError),
    #[error("the server stopped: {0}")]
    Serve(std::io::Error),
}

pub fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("OURPLAN_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}

/// Everything a server needs before it serves, checked in the order that fails fastest:
/// the frontend, the port, then the database.
pub async fn prepare(config: &ServerConfig) -> Result<(Store, TcpListener), StartError> {
    init_logging(config.log_format);
    check_dist(&config.dist_dir)?;
    let listener = bind(config.listen).await?;
    let store = Store::open(&config.database.database_url).await?;
    Ok((store, listener))
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
    let index = dist.join("index.html");
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
pub async fn run(
    config: &ServerConfig,
    store: Store,
    listener: TcpListener,
    demo: bool,
) -> Result<(), StartError> {
    let state = AppState::new(store.clone(), demo, Some(config.dist_dir.clone()));
    let local = listener.local_addr().map_err(StartError::Serve)?;
    tracing::info!(%local, origin = %config.public_origin, "OurPlan is listening");
    println!(
        "OurPlan is running. Open {} in your browser.",
        config.public_origin
    );
    axum::serve(listener, app(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(StartError::Serve)?;
    store.close().await;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
