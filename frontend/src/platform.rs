//! The few things only a browser can do, kept here so components stay plain Rust.

use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::JsCast;

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

/// Announces a new page: the tab's title (the page first, then the service, as GOV.UK
/// does) and, after moving from another page, focus on the main content, so a screen
/// reader starts reading the new page and the keyboard starts from it. The first page
/// keeps focus at the top, where the skip link is.
pub fn page_shown(page: &str, service: &str) {
    static SHOWN_BEFORE: AtomicBool = AtomicBool::new(false);
    let Some(document) = document() else {
        return;
    };
    document.set_title(&format!("{page} – {service}"));
    if SHOWN_BEFORE.swap(true, Ordering::Relaxed)
        && let Some(main) = document.get_element_by_id("main-content")
    {
        let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// The address of this site, for links to copy ("https://ourplan.example/").
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// A date as people write it in their language ("25 November 2026"), by the browser's Intl.
pub fn format_date(unix_ms: i64, locale: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(unix_ms as f64));
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    date.to_locale_date_string(locale, &options).into()
}

/// A calendar day given as `2026-12-01` as people write it ("1 December 2026"). Read and
/// written in UTC, so the day never shifts with the phone's time zone; left as it is if it
/// is not a date.
pub fn format_day(iso: &str, locale: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_owned();
    }
    let options = js_sys::Object::new();
    for (key, value) in [
        ("day", "numeric"),
        ("month", "long"),
        ("year", "numeric"),
        ("timeZone", "UTC"),
    ] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    date.to_locale_date_string(locale, &options).into()
}

/// Opens the browser's print dialogue; the print style sheet leaves out the navigation.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
