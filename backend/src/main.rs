//! `ourplan`: serve, migrate, demo, council, invite, import, backup, restore.

use std::process::ExitCode;

use api::service::Council;
use api::staff::StaffRole;
use backend::config::{Cli, Command, Export, Import, LogFormat};
use backend::db::{Store, StoreError};
use backend::server::{self, StartError};
use clap::Parser;

/// mimalloc, not the C library's allocator: a request builds and drops many small
/// strings and JSON values, and glibc's malloc took about an eighth of the server's time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
            let (state, listener) = server::prepare(&config, false).await?;
            server::warn_if_council_unset(&state.store).await;
            server::run(state, listener).await
        }
        Command::Demo(config) => {
            let (state, listener) = server::prepare(&config, true).await?;
            backend::demo::seed(&state.store).await?;
            server::run(state, listener).await
        }
        Command::Invite(config) => {
            server::init_logging(LogFormat::Text);
            let (origin, _) = backend::state::relying_party(&config.public_origin)?;
            let store = Store::open(&config.database.database_url).await?;
            refuse_the_demo(&store).await?;
            let role = StaffRole::parse(&config.role).unwrap_or(StaffRole::Admin);
            let code = backend::auth::invite_staff(
                &store,
                &config.name,
                config.email.as_deref(),
                config.team.as_deref(),
                role,
                config.invitation_days,
            )
            .await?;
            println!("Invitation for {} ({}): {code}", config.name, role.as_str());
            println!(
                "Open {} and choose \"I have an invitation\", or open {}",
                origin,
                backend::auth::invitation_link(&origin, &code)
            );
            println!("It can be used once, within {} days.", config.invitation_days);
            Ok(())
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
        Command::CheckConfig(config) => {
            let checked = backend::check_config::check(&config).await;
            println!("OurPlan would run with:");
            for (name, value) in &checked.settings {
                println!("  {name:<22} {value}");
            }
            for warning in &checked.warnings {
                println!("Warning: {warning}");
            }
            for problem in &checked.problems {
                println!("Problem: {problem}");
            }
            if !checked.problems.is_empty() {
                let n = checked.problems.len();
                return Err(StartError::Command(format!("{n} problem(s): see above")));
            }
            println!("No problems found.");
            Ok(())
        }
        Command::Export(Export::Person(config)) => {
            server::init_logging(LogFormat::Text);
            if config.to.exists() {
                return Err(failed(format!(
                    "{} already exists: choose a new file",
                    config.to.display()
                )));
            }
            let store = Store::open(&config.database.database_url).await?;
            let mut conn = store.pool.acquire().await.map_err(StoreError::from)?;
            let not_found = |_| failed(format!("nobody has the id or case reference {:?}", config.person));
            let (person, language) = backend::export::find(&mut conn, &config.person)
                .await
                .map_err(not_found)?;
            let mut tx = backend::db::begin_write(&mut conn).await.map_err(StoreError::from)?;
            let data = backend::export::gather(&mut tx, &person).await?;
            let event = backend::audit::Event {
                action: "subject_access_exported",
                subject_person: Some(&person),
                detail: "ourplan export person",
                ..backend::audit::Event::default()
            };
            backend::audit::record(&mut tx, &event, backend::audit::Outcome::Done).await?;
            let messages = api::i18n::Messages::for_locale(api::i18n::negotiate([language.as_str()]));
            let zip = backend::export::zip(&data, &messages).map_err(failed)?;
            std::fs::write(&config.to, zip)
                .map_err(|e| failed(format!("cannot write {}: {e}", config.to.display())))?;
            tx.commit().await.map_err(StoreError::from)?;
            println!(
                "Wrote everything held about them to {} (data.json and summary.html).",
                config.to.display()
            );
            Ok(())
        }
        Command::Openapi => {
            let (_, description) = backend::app::api();
            let json = serde_json::to_string_pretty(&description).map_err(failed)?;
            println!("{json}");
            Ok(())
        }
        Command::Retention(config) => {
            server::init_logging(LogFormat::Text);
            let store = Store::open(&config.database.database_url).await?;
            let swept = backend::retention::sweep(&store, &(&config.periods).into(), config.dry_run).await?;
            let verb = if config.dry_run { "Would delete" } else { "Deleted" };
            for class in swept {
                println!("{verb} {:>7} {}", class.rows, class.class);
            }
            Ok(())
        }
        Command::Backup(config) => {
            server::init_logging(LogFormat::Text);
            let url = &config.database.database_url;
            let sum = backend::backup::backup(url, &config.to).await.map_err(failed)?;
            println!("Backed up {url} to {} (SHA-256 {sum}).", config.to.display());
            Ok(())
        }
        Command::Restore(config) => {
            server::init_logging(LogFormat::Text);
            let counts = backend::backup::restore(&config.from, &config.database_url, config.force)
                .await
                .map_err(failed)?;
            println!("Restored {} into {}:", config.from.display(), config.database_url);
            for (table, rows) in counts {
                println!("  {table:<20} {rows:>9} rows");
            }
            Ok(())
        }
        Command::BenchSeed(config) => {
            server::init_logging(LogFormat::Text);
            let url = &config.database_url;
            let sample = backend::demo::scale::run(url, config.people, &config.out)
                .await
                .map_err(failed)?;
            println!(
                "Seeded {} people, {} carers, {} caseworkers and {} managers in {:.1} s; sessions in {}.",
                sample.people,
                sample.carers,
                sample.caseworkers,
                sample.managers,
                sample.seconds,
                config.out.display()
            );
            Ok(())
        }
        Command::Import(Import::People(config)) => {
            server::init_logging(LogFormat::Text);
            let store = Store::open(&config.database.database_url).await?;
            refuse_the_demo(&store).await?;
            let bytes = std::fs::read(&config.file)
                .map_err(|e| StartError::Command(format!("cannot read {}: {e}", config.file.display())))?;
            let options = backend::import::Options {
                dry_run: config.dry_run,
                skip_bad_rows: config.skip_bad_rows,
            };
            let started = std::time::Instant::now();
            let report = backend::import::people(&store, &bytes, options)
                .await
                .map_err(|e| StartError::Command(e.to_string()))?;
            for fault in &report.refused {
                println!("Refused: {fault}");
            }
            for team in &report.teams_created {
                println!("New team: {team}");
            }
            println!(
                "Added {}, changed {}, unchanged {}, refused {} ({:.1} s).",
                report.added,
                report.changed,
                report.unchanged,
                report.refused.len(),
                started.elapsed().as_secs_f64()
            );
            if config.dry_run {
                println!("A dry run: nothing was written.");
            } else if !report.written {
                return Err(StartError::Command(
                    "nothing was written: correct the rows above, or run again with --skip-bad-rows".into(),
                ));
            }
            Ok(())
        }
    }
}

fn failed(error: impl std::fmt::Display) -> StartError {
    StartError::Command(error.to_string())
}

/// Real staff and people never go into the demo's database, where quick sign-in opens
/// every account.
async fn refuse_the_demo(store: &Store) -> Result<(), StartError> {
    if backend::demo::is_demo(store).await? {
        return Err(StartError::Command(
            "this is the demo's database: real staff and people need their own, given with --database-url".into(),
        ));
    }
    Ok(())
}
