//! The server's side: draws a page of the app to HTML, with the markers the browser's
//! hydration reads, from the answers the server fetched for it.

use std::cell::RefCell;
use std::rc::Rc;
use std::str::FromStr;

use dioxus::prelude::*;

use crate::app::{App, Route};
use crate::preload::{Preload, install, wanted};

pub struct Rendered {
    /// What goes inside `<div id="main">`.
    pub body: String,
    /// The tab's title, as the page set it.
    pub title: Option<String>,
    /// Requests the page made that the preload had no answer for: fetch them and render
    /// again.
    pub wanted: Vec<String>,
    /// False for a path no page answers (the app's own "page not found").
    pub found: bool,
}

/// The page's title, as `use_page_title` gives it while the server draws.
#[derive(Clone, Default)]
pub struct Title(pub Rc<RefCell<Option<String>>>);

/// Draws `path` (with its query) as the browser's first render will draw it with `preload`.
/// A VirtualDom is not `Send`: call this on a thread of its own (`spawn_blocking`).
pub fn render(path: &str, preload: &Preload) -> Rendered {
    install(preload.answers.clone());
    let title = Title::default();
    let mut dom = VirtualDom::new(App);
    dom.provide_root_context(preload.clone());
    dom.provide_root_context(title.clone());
    dom.in_scope(ScopeId::ROOT, || {
        dioxus_history::provide_history_context(Rc::new(dioxus_history::MemoryHistory::with_initial_path(path)))
    });
    dom.rebuild_in_place();
    let mut renderer = dioxus_ssr::Renderer::new();
    renderer.pre_render = true;
    let body = renderer.render(&dom);
    let found = !matches!(
        Route::from_str(path.split('?').next().unwrap_or(path)),
        Ok(Route::NotFound { .. }) | Err(_)
    );
    Rendered {
        body,
        title: title.0.take(),
        wanted: wanted(),
        found,
    }
}
