//! OurPlan's server: the HTTP API, the store, and the static frontend.
//!
//! Modules import only downward. At the bottom: `config`, `db`, `state`, `error`,
//! `audit`, and the stores every capability shares (`people`, `staff`, `accounts`). Above
//! them, `access` (who is asking, the policy, the permit). Then one folder per capability,
//! each with its SQL and its `routes`. At the top, `app` (the router) and `server`.

pub mod access;
pub mod accounts;
pub mod admin;
pub mod app;
pub mod audit;
pub mod auth;
pub mod backup;
pub mod carers;
pub mod caseload;
pub mod check_config;
pub mod client_address;
pub mod config;
pub mod db;
pub mod demo;
pub mod error;
pub mod export;
pub mod goals;
pub mod http;
pub mod import;
pub mod memo;
pub mod metrics;
pub mod notifications;
pub mod pages;
pub mod people;
pub mod plans;
pub mod rate_limit;
pub mod retention;
pub mod reviews;
pub mod server;
pub mod service;
pub mod staff;
pub mod state;
pub mod todo;
