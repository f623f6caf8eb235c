//! The contract between OurPlan's frontend and backend: the types that cross HTTP,
//! the stable error codes, and the Fluent messages both sides speak. No I/O here, so it
//! builds for the browser (wasm32) and the server alike.

#[macro_use]
pub mod i18n;
pub mod admin;
pub mod auth;
pub mod carers;
pub mod dates;
pub mod error;
pub mod goals;
pub mod notifications;
pub mod plan;
pub mod plan_check;
pub mod plan_text;
pub mod reviews;
pub mod service;
pub mod staff;
pub mod todo;
