//! OurPlan's web app: a person's care and support plan on their phone.

mod app;
mod client;
mod i18n;
mod pages;
mod platform;

fn main() {
    dioxus::launch(app::App);
}
