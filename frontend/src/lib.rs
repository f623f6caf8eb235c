//! OurPlan's web app: a person's care and support plan on their phone. The same
//! components are drawn to HTML by the server (`render`, with the `server` feature) and
//! brought to life in the browser by the WebAssembly (`main.rs`), which hydrates them.

mod action;
mod app;
mod client;
mod components;
mod display;
mod hydrated;
mod i18n;
mod load;
mod pages;
mod passkey;
mod platform;
pub mod preload;
#[cfg(feature = "server")]
mod render;
mod session;
mod unread;
mod words;

pub use app::App;
#[cfg(feature = "server")]
pub use render::{Rendered, render};

/// The app's style sheet. The server writes it into each page it draws: a separate file
/// would cost a phone on slow data one more round trip before anything shows.
#[cfg(feature = "server")]
pub const STYLE: &str = include_str!("../style.css");
