//! The app's own "page not found", for any address it does not know.

use api::msg;
use dioxus::prelude::*;

use crate::app::Route;
use crate::i18n::use_i18n;
use crate::platform;

#[component]
pub fn NotFound(segments: Vec<String>) -> Element {
    let i18n = use_i18n();
    let title = i18n.t(msg!("not-found-title"));
    let app_name = i18n.t(msg!("app-name"));
    use_effect({
        let title = title.clone();
        move || platform::page_shown(&title, &app_name)
    });
    let _ = segments;
    rsx! {
        h1 { {title.clone()} }
        p { {i18n.t(msg!("not-found-body"))} }
        p { Link { to: Route::Home {}, {i18n.t(msg!("not-found-home"))} } }
    }
}
