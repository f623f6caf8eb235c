//! What every request and response passes through on the way in and out: health checks,
//! the same-origin check on writes, hidden characters refused, security headers, and the
//! built frontend.

pub mod connections;
pub mod health;
pub mod hidden_characters;
pub mod origin;
pub mod security;
pub mod static_files;
