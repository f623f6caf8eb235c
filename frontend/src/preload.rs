//! What the server hands the app inside the page: the language, the display settings, and
//! the answers to the requests the first render makes. The server renders with the same
//! answers the browser hydrates with, so both draw the same page.
//!
//! Only the first render reads them: `first_answer` polls a page's request once, inside a
//! window in which `client` answers from here instead of the network. Every later request
//! (a reload after a change, a page opened later) asks the server.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Preload {
    /// The locale the server chose; with its messages unless it is British English,
    /// which is built in.
    pub locale: String,
    pub messages: Option<String>,
    pub display: api::auth::Display,
    /// Each GET the first render made, by path, with the server's answer.
    pub answers: BTreeMap<String, Answer>,
    /// A form sent without the app that the server refused: the page shows it again with
    /// the problems and what was typed.
    pub refused: Option<Refused>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Refused {
    /// The form's name (its hidden `form` field).
    pub form: String,
    pub error: api::error::ErrorBody,
    pub values: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Answer {
    pub status: u16,
    /// The JSON as the server wrote it, read with the same code as an answer from the
    /// network (a second way of reading every type would double the app's size).
    pub body: Box<serde_json::value::RawValue>,
}

thread_local! {
    static ANSWERS: RefCell<BTreeMap<String, Answer>> = const { RefCell::new(BTreeMap::new()) };
    static WANTED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static FIRST_RENDER: Cell<bool> = const { Cell::new(false) };
}

/// Makes `answers` the ones the first render reads (the server does this for each render,
/// on the thread it renders on; the app empties them once hydrated).
pub fn install(answers: BTreeMap<String, Answer>) {
    ANSWERS.set(answers);
    WANTED.take();
}

/// The paths the last render asked for that had no answer.
pub fn wanted() -> Vec<String> {
    WANTED.take()
}

/// The answer to a GET of `path`, while the first render is drawn: `Some(None)` if the
/// page handed none in (the path is noted for the server to fetch); `None` after.
pub(crate) fn lookup(path: &str) -> Option<Option<Answer>> {
    if !FIRST_RENDER.get() {
        return None;
    }
    let found = ANSWERS.with_borrow(|answers| answers.get(path).cloned());
    if found.is_none() {
        WANTED.with_borrow_mut(|wanted| {
            if !wanted.iter().any(|w| w == path) {
                wanted.push(path.to_owned());
            }
        });
    }
    Some(found)
}

/// What `request` gives at once from the handed-in answers, or `None` if it needs the
/// network. Never waits.
pub fn first_answer<T>(request: impl Future<Output = T>) -> Option<T> {
    FIRST_RENDER.set(true);
    let mut request = pin!(request);
    let polled = request.as_mut().poll(&mut Context::from_waker(Waker::noop()));
    FIRST_RENDER.set(false);
    match polled {
        Poll::Ready(value) => Some(value),
        Poll::Pending => None,
    }
}
