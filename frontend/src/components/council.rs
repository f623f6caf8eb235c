//! The ways to reach the council that runs OurPlan: phone, email, website, each a link a
//! phone can follow.

use api::msg;
use api::service::Council;
use dioxus::prelude::*;

use crate::i18n::use_i18n;

#[component]
pub fn CouncilContacts(council: Council) -> Element {
    let i18n = use_i18n();
    let phone_link = super::tel(&council.phone);
    let email_link = format!("mailto:{}", council.email);
    rsx! {
        ul { class: "list-plain",
            li { a { href: phone_link, {i18n.t_with(msg!("home-contact-phone"), &[("phone", &council.phone)])} } }
            li { a { href: email_link, {i18n.t_with(msg!("home-contact-email"), &[("email", &council.email)])} } }
            li { a { href: council.website.clone(), {i18n.t_with(msg!("home-contact-website"), &[("website", &council.website)])} } }
        }
    }
}
