//! The backend's integration tests: one binary, with the store suite run on SQLite and
//! on PostgreSQL, the HTTP edge, and the `ourplan` command's handling of bad set-ups.

mod admin;
mod audit;
mod backup;
mod carers;
mod cli;
mod crash;
mod export;
mod goals;
mod harness;
mod http;
mod import;
mod languages;
mod layers;
mod outbox;
mod passkeys;
mod plain_forms;
mod plans;
mod recovery;
mod retention;
mod reviews;
mod sessions;
mod store;
mod support;
mod todo;
