//! How many of the person's notifications are unread, for the count in the navigation.
//! Shared so the notifications page can refresh it after marking them read.

use api::auth::Role;
use dioxus::prelude::*;

use crate::client;
use crate::session::Session;

/// `None` when there is nothing to count: signed out, staff, or not asked yet.
#[derive(Clone, Copy, PartialEq)]
pub struct Unread(pub Resource<Option<usize>>);

impl Unread {
    pub fn count(&self) -> Option<usize> {
        self.0.read().flatten()
    }

    /// Asks the server again, after something changed the count.
    pub fn refresh(&mut self) {
        self.0.restart();
    }
}

pub fn use_unread_provider(session: Session) -> Unread {
    // Reading the session here, outside the future, makes the count follow signing in and out.
    let resource = use_resource(move || {
        let person = session.me.read().as_ref().is_some_and(|me| me.role == Role::Person);
        async move {
            if person {
                client::notifications().await.ok().map(|n| n.unread)
            } else {
                None
            }
        }
    });
    use_context_provider(|| Unread(resource))
}

pub fn use_unread() -> Unread {
    use_context::<Unread>()
}
