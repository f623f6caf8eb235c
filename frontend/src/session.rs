//! Who is signed in, for every page: asked of the server once, then kept up to date by
//! the pages that sign in and out.

use api::auth::{Me, Role};
use dioxus::prelude::*;

use crate::client;
use crate::preload::first_answer;

#[derive(Clone, Copy, PartialEq)]
pub struct Session {
    pub me: Signal<Option<Me>>,
    /// False until the server has said whether anyone is signed in.
    pub known: Signal<bool>,
}

impl Session {
    pub fn is_staff(&self) -> bool {
        matches!(self.me.read().as_ref().map(|me| me.role), Some(Role::Staff(_)))
    }
}

pub fn use_session_provider() -> Session {
    // The page says who it was drawn for; asked of the server only if it could not.
    let handed_in = use_hook(|| first_answer(client::me()));
    let mut session = use_context_provider(|| Session {
        me: Signal::new(handed_in.clone().and_then(Result::ok).flatten()),
        known: Signal::new(handed_in.is_some()),
    });
    use_future(move || async move {
        if *session.known.peek() {
            return;
        }
        if let Ok(me) = client::me().await {
            session.me.set(me);
        }
        session.known.set(true);
    });
    session
}

pub fn use_session() -> Session {
    use_context::<Session>()
}
