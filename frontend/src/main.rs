//! OurPlan's web app: a person's care and support plan on their phone.

mod action;
mod app;
mod client;
mod components;
mod display;
mod i18n;
mod load;
mod pages;
mod passkey;
mod platform;
mod session;
mod unread;
mod words;

fn main() {
    dioxus::launch(app::App);
}
