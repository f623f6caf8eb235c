//! How many of the person's notifications are unread, for the count in the navigation.
//! Shared so the notifications page can refresh it after marking them read.

use api::auth::Role;
use dioxus::prelude::*;

use crate::client;
use crate::load::{Load, use_load};
use crate::session::Session;

#[derive(Clone, Copy, PartialEq)]
pub struct Unread(Load<Option<usize>>);

impl Unread {
    /// `None` when there is nothing to count: signed out, staff, not asked yet, or the
    /// server could not say (the link then reads without a count; its page says why).
    pub fn count(&self) -> Option<usize> {
        self.0.value().flatten()
    }

    /// Asks the server again, after something changed the count.
    pub fn refresh(&mut self) {
        self.0.reload();
    }
}

pub fn use_unread_provider(session: Session) -> Unread {
    // Reading the session here, outside the future, makes the count follow signing in and out.
    let count = use_load(move || {
        let person = session.me.read().as_ref().is_some_and(|me| me.role == Role::Person);
        async move {
            if person {
                client::notifications().await.map(|n| Some(n.unread))
            } else {
                Ok(None)
            }
        }
    });
    use_context_provider(|| Unread(count))
}

pub fn use_unread() -> Unread {
    use_context::<Unread>()
}
