//! Who is signed in, for every page: asked of the server once, then kept up to date by
//! the pages that sign in and out.

use api::auth::{Me, Role};
use dioxus::prelude::*;

use crate::client;

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
    let mut session = use_context_provider(|| Session {
        me: Signal::new(None),
        known: Signal::new(false),
    });
    use_future(move || async move {
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
