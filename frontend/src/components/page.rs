//! What every page does first: give its title to the tab, and check that whoever reads it
//! may see it (or ask them to sign in).

use api::msg;
use dioxus::prelude::*;

use crate::app::Route;
use crate::i18n::{I18n, use_i18n};
use crate::platform;
use crate::session::Session;

/// The page's heading, which is also the tab's title (in the page's language, changing
/// with it); arriving here from another page moves focus to the content.
pub fn use_page_title(id: &'static str) -> String {
    let language = use_context::<Signal<I18n>>();
    use_effect(move || {
        let i18n = language.read();
        platform::set_title(&i18n.t(id), &i18n.t(msg!("app-name")));
    });
    use_effect(platform::page_arrived);
    let title = use_i18n().t(id);
    #[cfg(feature = "server")]
    if let Some(server) = try_consume_context::<crate::render::Title>() {
        server.0.replace(Some(title.clone()));
    }
    title
}

/// The page to show instead, while it is not yet known who is signed in (just the title)
/// or when the reader may not see this page (a prompt to sign in).
pub fn unless_allowed(title: &str, session: Session, allowed: bool) -> Option<Element> {
    if allowed {
        return None;
    }
    Some(rsx! {
        h1 { {title.to_owned()} }
        if (session.known)() { SignInFirst {} }
    })
}

/// For a page that needs someone signed in, when nobody is.
#[component]
fn SignInFirst() -> Element {
    let i18n = use_i18n();
    rsx! {
        p { {i18n.t(msg!("sign-in-first"))} }
        p { Link { class: "button", to: Route::SignIn {}, {i18n.t(msg!("sign-in-button"))} } }
    }
}
