//! Whether the app has taken over the page the server drew. Until it has, a button that
//! needs the app is disabled, and what only the browser knows (an invitation's code, a
//! text box filled in before) is not drawn, so the first render matches the server's.

use dioxus::prelude::*;

#[derive(Clone, Copy)]
pub struct Hydrated(Signal<bool>);

pub fn use_hydrated_provider() {
    let mut hydrated = use_context_provider(|| Hydrated(Signal::new(false)));
    // Effects run only in the browser, after the first render has been hydrated.
    use_effect(move || {
        hydrated.0.set(true);
        // Handed in for the first page only: a page opened later asks the server afresh.
        crate::preload::install(Default::default());
        crate::platform::mark_ready();
    });
}

/// True once the app has taken over.
pub fn use_hydrated() -> bool {
    (use_context::<Hydrated>().0)()
}
