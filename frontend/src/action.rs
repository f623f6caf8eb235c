//! The one way a form or button sends something to the server: busy while it goes (the
//! button is disabled, so a second tap sends nothing twice), the error kept for the
//! page's error summary, and what to do once it worked. Either way the outcome is put in
//! front of the person: focus moves to the error summary, or to the confirmation or the
//! status line saying it worked, so a phone scrolls to it and a screen reader reads it.

use std::collections::BTreeMap;
use std::future::Future;

use dioxus::prelude::*;

use crate::client::Error;
use crate::hydrated::use_hydrated;
use crate::platform::focus_when_shown;
use crate::preload::Preload;

#[derive(Clone, Copy, PartialEq)]
pub struct Action {
    busy: Signal<bool>,
    error: Signal<Option<Error>>,
    /// Until the app has taken over the page, its buttons would do nothing: they count
    /// as busy (disabled), unless their form also works without the app.
    waiting_for_app: bool,
}

pub fn use_action() -> Action {
    use_form_action(None).0
}

/// The action of a form that, given its name (its hidden `form` field), also works
/// without the app (`backend/src/pages/forms.rs`): when the server refused it, the page
/// starts with the refusal, and `kept` gives back what was typed, field by field.
pub fn use_form_action(form: Option<&'static str>) -> (Action, Kept) {
    let hydrated = use_hydrated();
    let refused = use_hook(|| {
        let refused = consume_context::<Preload>().refused;
        form.and_then(|form| refused.filter(|refused| refused.form == form))
    });
    let kept = Kept(refused.as_ref().map(|r| r.values.clone()).unwrap_or_default());
    let action = Action {
        busy: use_signal(|| false),
        error: use_signal(|| refused.map(|r| Error::from_body(r.error))),
        waiting_for_app: form.is_none() && !hydrated,
    };
    (action, kept)
}

/// What was typed into a form the server refused.
pub struct Kept(BTreeMap<String, String>);

impl Kept {
    pub fn get(&self, field: &str) -> String {
        self.0.get(field).cloned().unwrap_or_default()
    }
}

impl Action {
    /// Sends `request`; when it works, clears the error and calls `then` with the answer.
    /// While one is on its way, another is ignored.
    pub fn run<T: 'static>(
        self,
        request: impl Future<Output = Result<T, Error>> + 'static,
        then: impl FnOnce(T) + 'static,
    ) {
        let Self {
            mut busy, mut error, ..
        } = self;
        if *busy.peek() {
            return;
        }
        busy.set(true);
        spawn(async move {
            // Not busy any more once this ends, however it ends: the task is dropped
            // unanswered when the component that sent it goes.
            let _busy = Busy(busy);
            match request.await {
                Ok(answer) => {
                    error.set(None);
                    then(answer);
                    focus_when_shown(".confirmation, .status:not(:empty)");
                }
                Err(failure) => {
                    error.set(Some(failure));
                    focus_when_shown(".error-summary");
                }
            }
        });
    }

    pub fn busy(&self) -> bool {
        (self.busy)() || self.waiting_for_app
    }

    pub fn error(&self) -> Option<Error> {
        (self.error)()
    }

    /// What the server (or the page) said about one field, to show beside it.
    pub fn problem(&self, field: &str) -> Option<String> {
        self.error.read().as_ref()?.problem(field)
    }

    /// A problem the page found itself, before sending anything.
    pub fn fail(mut self, error: Error) {
        self.error.set(Some(error));
        focus_when_shown(".error-summary");
    }
}

struct Busy(Signal<bool>);

impl Drop for Busy {
    fn drop(&mut self) {
        // The page may be gone too, and its signal with it: then there is nothing to reset.
        if let Ok(mut busy) = self.0.try_write() {
            *busy = false;
        }
    }
}
