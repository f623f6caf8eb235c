//! OurPlan's server: the HTTP API, the store, and the static frontend.

pub mod audit;
pub mod auth;
pub mod carers;
pub mod config;
pub mod db;
pub mod demo;
pub mod goals;
pub mod http;
pub mod notifications;
pub mod people;
pub mod plans;
pub mod policy;
pub mod reviews;
pub mod server;
pub mod service;
pub mod staff;
