//! The few things only a browser can do, kept here so components stay plain Rust.

/// The languages the browser says the person prefers, most wanted first.
pub fn preferred_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// `<html lang dir>`, so screen readers pick the right voice and the layout mirrors.
pub fn set_document_language(lang: &str, dir: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang);
        let _ = root.set_attribute("dir", dir);
    }
}

/// The tab's title: the page first, then the service, as GOV.UK does.
pub fn set_title(page: &str, service: &str) {
    if let Some(document) = document() {
        document.set_title(&format!("{page} – {service}"));
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}
