//! The one way a page gets its data: while it comes, "Loading…"; if it cannot, the reason
//! and a "Try again" button that asks again; then the page itself. Never a page that stays
//! empty or loading for ever because a request failed.

use std::future::Future;

use api::error::ErrorCode;
use api::msg;
use dioxus::prelude::*;

use crate::app::Route;
use crate::client::Error;
use crate::i18n::use_i18n;

/// Data a page asked the server for. Copy it freely into child components: they share it,
/// and `reload` after a change refreshes every one of them.
pub struct Load<T: 'static>(Resource<Result<T, Error>>);

impl<T> Clone for Load<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Load<T> {}

impl<T> PartialEq for Load<T> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

/// Starts `fetch` now, and again whenever a signal it reads changes. This is the only place
/// pages fetch from, so a first view the server has already rendered can hand its data in
/// here.
pub fn use_load<T, F>(fetch: impl FnMut() -> F + 'static) -> Load<T>
where
    T: 'static,
    F: Future<Output = Result<T, Error>> + 'static,
{
    Load(use_resource(fetch))
}

impl<T: Clone + 'static> Load<T> {
    /// The data once it has come, for a part of the page that can do without it.
    pub fn value(&self) -> Option<T> {
        self.0.read().as_ref().and_then(|result| result.as_ref().ok()).cloned()
    }

    /// Asks again, after a change: the page keeps showing what it has until the answer.
    pub fn reload(mut self) {
        self.0.restart();
    }

    /// Under the page's own heading: loading, the error with "Try again", or `content`.
    pub fn show(&self, content: impl FnOnce(T) -> Element) -> Element {
        self.render(None, content)
    }

    /// A whole page whose heading comes with its data: until then `title` heads the
    /// loading message or the error.
    pub fn page(&self, title: &str, content: impl FnOnce(T) -> Element) -> Element {
        self.render(Some(title.to_owned()), content)
    }

    fn render(&self, title: Option<String>, content: impl FnOnce(T) -> Element) -> Element {
        let mut resource = self.0;
        // Asking again after a failure: say so, rather than leave the old error up.
        let retrying = *resource.state().read() == UseResourceState::Pending;
        let loaded = resource.read().clone();
        match loaded {
            Some(Ok(value)) => content(value),
            Some(Err(error)) if !retrying => rsx! {
                LoadFailed { title, error, onretry: move |_| resource.restart() }
            },
            _ => rsx! { Loading { title } },
        }
    }
}

#[component]
fn Loading(title: Option<String>) -> Element {
    let i18n = use_i18n();
    rsx! {
        if let Some(title) = title { h1 { {title} } }
        p { role: "status", {i18n.t(msg!("loading"))} }
    }
}

/// Why the page could not load, and a button to try again. A carer whose access to the
/// person has ended is told so kindly, in the server's words, with the way back to the
/// people they care for: asking again would not help. With no `title`, the page has
/// already given its heading.
#[component]
fn LoadFailed(title: Option<String>, error: Error, onretry: EventHandler<()>) -> Element {
    let i18n = use_i18n();
    let message = error.describe(&i18n);
    if error.is(ErrorCode::AccessEnded) {
        return rsx! {
            if title.is_some() { h1 { {i18n.t(msg!("access-ended-title"))} } }
            div { class: "panel",
                p { {message} }
                p { Link { to: Route::CaringFor {}, {i18n.t(msg!("caring-for-title"))} } }
            }
        };
    }
    rsx! {
        if let Some(title) = title { h1 { {title} } }
        div { class: "error-summary", role: "alert", "aria-labelledby": "load-failed-title", tabindex: "-1",
            h2 { id: "load-failed-title", {i18n.t(msg!("error-summary-title"))} }
            p { {message} }
            button { class: "button-secondary", r#type: "button", onclick: move |_| onretry.call(()),
                {i18n.t(msg!("try-again"))}
            }
        }
    }
}
