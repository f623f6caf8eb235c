//! The few things only a browser can do, kept here so components stay plain Rust.

use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::JsCast;

const LANGUAGE_KEY: &str = "ourplan-lang";
const DISPLAY_KEY: &str = "ourplan-display";

fn storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok()?
}

/// The display settings kept on this phone, if any.
pub fn kept_display() -> Option<api::auth::Display> {
    serde_json::from_str(&storage()?.get_item(DISPLAY_KEY).ok()??).ok()
}

/// Keeps the settings on this phone, and in a cookie so the server draws pages with them.
pub fn keep_display(display: &api::auth::Display) {
    if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(display)) {
        let _ = storage.set_item(DISPLAY_KEY, &text);
    }
    set_cookie(api::auth::Display::COOKIE, &display.to_cookie_value());
}

/// Sets the attributes on `<html>` the style sheet reads for text size (everything is
/// sized in rem, so all of it grows), contrast, theme and motion, as the server does.
pub fn apply_display(display: &api::auth::Display) {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    for (name, value) in display.attributes() {
        let _ = root.set_attribute(name, &value);
    }
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
    set_cookie(LANGUAGE_KEY, tag);
}

/// A cookie for a year, holding only a setting (never anything about the person).
fn set_cookie(name: &str, value: &str) {
    if let Some(document) = document().and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok()) {
        let _ = document.set_cookie(&format!("{name}={value}; Path=/; Max-Age=31536000; SameSite=Strict"));
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
    window().and_then(|w| w.document())
}

/// The browser's window; on the server, which renders the first page, there is none.
fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Moves focus to the first element matching `selector` once the page has drawn it, so a
/// phone scrolls to it and a screen reader reads it out: the error summary after a failed
/// submit, the success banner after one that worked. Nothing happens if there is none.
pub fn focus_when_shown(selector: &'static str) {
    let Some(window) = window() else {
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
    window().and_then(|w| w.location().origin().ok()).unwrap_or_default()
}

/// Today, as `YYYY-MM-DD` (UTC): for checks the server will make again.
pub fn today() -> String {
    #[cfg(target_arch = "wasm32")]
    let now = js_sys::Date::now() as i64;
    #[cfg(not(target_arch = "wasm32"))]
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64);
    api::dates::iso(api::dates::day_of_ms(now))
}

/// Opens the browser's print dialogue; the print style sheet leaves out the navigation.
pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}

/// `<html data-app="ready">`: the app has taken over the page the server drew.
pub fn mark_ready() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-app", "ready");
    }
}

/// Closes the header's menus, once a link in one has been followed (the page stays, so
/// an open `details` would stay open over the next one).
pub fn close_menus() {
    let open = document().and_then(|d| d.query_selector_all("details.header-menu[open]").ok());
    if let Some(open) = open {
        for i in 0..open.length() {
            if let Some(menu) = open.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                let _ = menu.remove_attribute("open");
            }
        }
    }
}
