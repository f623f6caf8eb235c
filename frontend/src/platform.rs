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

const LANGUAGE_KEY: &str = "ourplan-lang";
const DISPLAY_KEY: &str = "ourplan-display";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The display settings kept on this phone, if any.
pub fn kept_display() -> Option<api::auth::Display> {
    serde_json::from_str(&storage()?.get_item(DISPLAY_KEY).ok()??).ok()
}

pub fn keep_display(display: &api::auth::Display) {
    if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(display)) {
        let _ = storage.set_item(DISPLAY_KEY, &text);
    }
}

/// Sets the text size on `<html>` (everything is sized in rem, so all of it grows) and
/// the attributes the style sheet reads for contrast, theme and motion.
pub fn apply_display(display: &api::auth::Display) {
    use wasm_bindgen::JsCast;
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    if let Ok(root) = root.clone().dyn_into::<web_sys::HtmlElement>() {
        let _ = root
            .style()
            .set_property("font-size", &format!("{}%", display.text_size.percent()));
    }
    let _ = root.set_attribute("data-theme", display.theme.as_str());
    let _ = root.set_attribute("data-contrast", if display.high_contrast { "high" } else { "normal" });
    let _ = root.set_attribute("data-motion", if display.reduce_motion { "reduce" } else { "system" });
}

/// The language chosen in the app's menu on this phone before, if any.
pub fn chosen_language() -> Option<String> {
    storage()?.get_item(LANGUAGE_KEY).ok()?
}

/// Keeps the choice on this phone, and in a cookie so the server answers in it too. The
/// cookie holds only the language tag.
pub fn remember_language(tag: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(LANGUAGE_KEY, tag);
    }
    set_language_cookie(tag);
}

fn set_language_cookie(tag: &str) {
    use wasm_bindgen::JsCast;
    if let Some(document) = document().and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok()) {
        let _ = document.set_cookie(&format!(
            "{LANGUAGE_KEY}={tag}; Path=/; Max-Age=31536000; SameSite=Strict"
        ));
    }
}

/// `<html lang dir>`, so screen readers pick the right voice and the layout mirrors.
pub fn set_document_language(lang: &str, dir: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang);
        let _ = root.set_attribute("dir", dir);
    }
    set_language_cookie(lang);
}

/// The tab's title: the page first, then the service, as GOV.UK does.
pub fn set_title(page: &str, service: &str) {
    if let Some(document) = document() {
        document.set_title(&format!("{page} – {service}"));
    }
}

/// Announces a new page: after moving from another page, focus goes to the main content,
/// so a screen reader starts reading the new page and the keyboard starts from it. The
/// first page keeps focus at the top, where the skip link is.
pub fn page_arrived() {
    static SHOWN_BEFORE: AtomicBool = AtomicBool::new(false);
    if SHOWN_BEFORE.swap(true, Ordering::Relaxed)
        && let Some(main) = document().and_then(|d| d.get_element_by_id("main-content"))
    {
        let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Moves focus to the first element matching `selector` once the page has drawn it, so a
/// phone scrolls to it and a screen reader reads it out: the error summary after a failed
/// submit, the success banner after one that worked. Nothing happens if there is none.
pub fn focus_when_shown(selector: &'static str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let focus = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(element) = document().and_then(|d| d.query_selector(selector).ok().flatten()) {
            if !element.has_attribute("tabindex") {
                let _ = element.set_attribute("tabindex", "-1");
            }
            let _ = element.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
    // After Dioxus has applied the render the new state causes.
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(focus.unchecked_ref(), 30);
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
    date.to_locale_date_string(locale, &intl_options(&[])).into()
}

/// A date with its time ("25 November 2026 at 14:05"), for when something happened.
pub fn format_moment(unix_ms: i64, locale: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(unix_ms as f64));
    let time = [("hour", "numeric"), ("minute", "2-digit")];
    date.to_locale_string(locale, &intl_options(&time)).into()
}

fn intl_options(more: &[(&str, &str)]) -> js_sys::Object {
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")]
        .iter()
        .chain(more)
    {
        let _ = js_sys::Reflect::set(&options, &(*key).into(), &(*value).into());
    }
    options
}

/// Today, as `YYYY-MM-DD` (UTC): for checks the server will make again.
pub fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
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
