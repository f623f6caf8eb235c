//! How the app looks for this person — text size, contrast, light or dark, motion — set
//! on `<html>` for the style sheet to follow. Kept on the phone, and on the account when
//! signed in, so it follows them to another phone.

use api::auth::Display;
use dioxus::prelude::*;

use crate::platform;
use crate::preload::Preload;
use crate::session::Session;

pub fn use_display_provider(session: Session) -> Signal<Display> {
    // As the server drew the page: this phone's settings, else the account's.
    let display = use_context_provider(|| Signal::new(consume_context::<Preload>().display));
    // Settings kept on this phone before the server was told of them by a cookie.
    use_effect(move || {
        if let Some(kept) = platform::kept_display() {
            platform::keep_display(&kept);
            if kept != *display.peek() {
                let mut display = display;
                display.set(kept);
            }
        }
    });
    // Signed in on a phone with no settings of its own: the account's.
    use_effect(move || {
        let from_account = session.me.read().as_ref().map(|me| me.display);
        if let Some(from_account) = from_account
            && platform::kept_display().is_none()
        {
            let mut display = display;
            display.set(from_account);
        }
    });
    use_effect(move || platform::apply_display(&display.read()));
    display
}

pub fn use_display() -> Signal<Display> {
    use_context::<Signal<Display>>()
}

/// Applies a change at once, keeps it on this phone, and on the account if signed in.
pub fn change(mut display: Signal<Display>, new: Display, signed_in: bool) {
    display.set(new);
    platform::keep_display(&new);
    if signed_in {
        spawn(async move {
            let _ = crate::client::choose_display(&new).await;
        });
    }
}
