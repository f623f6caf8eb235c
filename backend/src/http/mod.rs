//! What every request and response passes through on the way in and out: where it came
//! from, for the audit; health checks; metrics; the same-origin check on writes; hidden
//! characters refused; security headers; and the built frontend.

pub mod audited;
pub mod connections;
pub mod health;
pub mod hidden_characters;
pub mod metrics;
pub mod openapi;
pub mod origin;
pub mod security;
pub mod static_files;
