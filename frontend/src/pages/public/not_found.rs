//! The app's own "page not found", for any address it does not know.

use api::msg;
use dioxus::prelude::*;

use crate::app::Route;
use crate::components::use_page_title;
use crate::i18n::use_i18n;

#[component]
pub fn NotFound(segments: Vec<String>) -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("not-found-title"));
    let _ = segments;
    rsx! {
        h1 { {title.clone()} }
        p { {i18n.t(msg!("not-found-body"))} }
        p { Link { to: Route::Home {}, {i18n.t(msg!("not-found-home"))} } }
    }
}
