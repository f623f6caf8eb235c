//! The accessibility statement UK public bodies must publish: how we test, what is known
//! not to work, and where to complain.

use api::msg;
use dioxus::prelude::*;

use crate::components::use_page_title;
use crate::i18n::use_i18n;

#[component]
pub fn Accessibility() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("a11y-title"));
    rsx! {
        h1 { {title.clone()} }
        p { {i18n.t(msg!("a11y-intro"))} }
        h2 { {i18n.t(msg!("a11y-testing-heading"))} }
        p { {i18n.t(msg!("a11y-testing"))} }
        h2 { {i18n.t(msg!("a11y-known-heading"))} }
        p { {i18n.t(msg!("a11y-known"))} }
        h2 { {i18n.t(msg!("a11y-contact-heading"))} }
        p { {i18n.t(msg!("a11y-contact"))} }
        p { {i18n.t(msg!("a11y-enforcement"))} }
    }
}
