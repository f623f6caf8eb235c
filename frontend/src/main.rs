//! OurPlan's web app: a person's care and support plan on their phone.

mod app;
mod client;
mod components;
mod display;
mod i18n;
mod pages;
mod passkey;
mod platform;
mod session;
mod unread;

fn main() {
    dioxus::launch(app::App);
}
