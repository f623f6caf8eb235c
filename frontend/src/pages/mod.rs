//! One module per page.

mod accessibility;
mod home;
mod not_found;

pub use accessibility::Accessibility;
pub use home::Home;
pub use not_found::NotFound;

use api::msg;
use dioxus::prelude::*;

use crate::i18n::use_i18n;
use crate::platform;

/// The page's heading, which is also the tab's title; arriving here from another page
/// moves focus to the content.
fn use_page_title(id: &'static str) -> String {
    let i18n = use_i18n();
    let title = i18n.t(id);
    let app_name = i18n.t(msg!("app-name"));
    use_effect({
        let title = title.clone();
        move || platform::page_shown(&title, &app_name)
    });
    title
}
