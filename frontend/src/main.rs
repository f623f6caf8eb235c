//! The browser's side: reads what the server handed in with the page and hydrates the
//! page the server drew.

#[cfg(target_arch = "wasm32")]
fn main() {
    let handed_in = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("preload"))
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    let preload: frontend::preload::Preload = serde_json::from_str(&handed_in).unwrap_or_default();
    frontend::preload::install(preload.answers.clone());
    dioxus::LaunchBuilder::new()
        .with_context(preload)
        .with_cfg(dioxus_web::Config::new().hydrate(true))
        .launch(frontend::App);
}

/// The app runs only in a browser; the server renders with the library.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
