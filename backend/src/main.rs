//! `ourplan`: serve, migrate, demo, council.

use std::process::ExitCode;

use api::service::Council;
use backend::config::{Cli, Command, LogFormat};
use backend::db::{Store, StoreError};
use backend::server::{self, StartError};
use clap::Parser;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("ourplan: error: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command) -> Result<(), StartError> {
    match command {
        Command::Serve(config) => {
            let (store, listener) = server::prepare(&config).await?;
            server::warn_if_council_unset(&store).await;
            server::run(&config, store, listener, false).await
        }
        Command::Demo(config) => {
            let (store, listener) = server::prepare(&config).await?;
            backend::demo::seed(&store).await?;
            server::run(&config, store, listener, true).await
        }
        Command::Migrate(config) => {
            server::init_logging(LogFormat::Text);
            Store::open(&config.database_url).await?;
            println!("The database at {} is up to date.", config.database_url);
            Ok(())
        }
        Command::Council(config) => {
            server::init_logging(LogFormat::Text);
            let store = Store::open(&config.database.database_url).await?;
            let council = Council {
                name: config.name,
                phone: config.phone,
                email: config.email,
                website: config.website,
            };
            let mut conn = store.pool.acquire().await.map_err(StoreError::from)?;
            backend::service::set_council(&mut conn, &council, false).await?;
            println!("Saved the details of {}.", council.name);
            Ok(())
        }
    }
}
