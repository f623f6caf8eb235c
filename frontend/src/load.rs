//! The one way a page gets its data: while it comes, "Loading…"; if it cannot, the reason
//! and a "Try again" button that asks again; then the page itself. Never a page that stays
//! empty or loading for ever because a request failed.

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;

use api::error::ErrorCode;
use api::msg;
use dioxus::prelude::*;

use crate::app::Route;
use crate::client::Error;
use crate::i18n::use_i18n;
use crate::preload::first_answer;

/// Data a page asked the server for. Copy it freely into child components: they share it,
/// and `reload` after a change refreshes every one of them.
pub struct Load<T: 'static> {
    resource: Resource<Result<T, Error>>,
    /// The answer the page was drawn with, until the resource has one of its own.
    handed_in: CopyValue<Option<Result<T, Error>>>,
}

impl<T> Clone for Load<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Load<T> {}

impl<T> PartialEq for Load<T> {
    fn eq(&self, other: &Self) -> bool {
        self.resource == other.resource
    }
}

/// Starts `fetch` now, and again whenever a signal it reads changes. This is the only place
/// pages fetch from, so a first view the server has already rendered hands its data in
/// here: the first render draws with it at once, on the server and in the browser alike.
pub fn use_load<T, F>(mut fetch: impl FnMut() -> F + 'static) -> Load<T>
where
    T: Clone + 'static,
    F: Future<Output = Result<T, Error>> + 'static,
{
    let handed_in = use_hook(|| first_answer(fetch()));
    let unused = use_hook(|| Rc::new(RefCell::new(handed_in.clone())));
    let resource = use_resource(move || {
        // The closure runs every time, so the signals it reads are followed; the first
        // time, the answer handed in stands for the network's.
        let request = fetch();
        let first = unused.borrow_mut().take();
        async move {
            match first {
                Some(answer) => answer,
                None => request.await,
            }
        }
    });
    let handed_in = use_hook(|| CopyValue::new(handed_in));
    Load { resource, handed_in }
}

impl<T: Clone + 'static> Load<T> {
    /// The data once it has come, for a part of the page that can do without it.
    pub fn value(&self) -> Option<T> {
        self.current().and_then(Result::ok)
    }

    fn current(&self) -> Option<Result<T, Error>> {
        self.resource.read().clone().or_else(|| self.handed_in.read().clone())
    }

    /// Asks again, after a change: the page keeps showing what it has until the answer.
    pub fn reload(mut self) {
        self.resource.restart();
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
        let mut resource = self.resource;
        // Asking again after a failure: say so, rather than leave the old error up. (Before
        // its first answer the resource is pending too: an error handed in is shown.)
        let retrying = *resource.state().read() == UseResourceState::Pending && resource.read().is_some();
        match self.current() {
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
