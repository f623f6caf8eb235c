//! The front door: what OurPlan does, and how to reach the council that runs it.

use api::msg;
use api::service::{Council, ServiceInfo};
use dioxus::prelude::*;

use crate::app::Route;
use crate::components::{CouncilContacts, use_page_title};
use crate::i18n::use_i18n;
use crate::load::Load;
use crate::session::use_session;

#[component]
pub fn Home() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("home-title"));
    let session = use_session();
    let service = use_context::<Load<ServiceInfo>>();
    rsx! {
        h1 { {title.clone()} }
        p { class: "lead", {i18n.t(msg!("home-intro"))} }
        if session.me.read().is_some() {
            p { Link { class: "button", to: Route::Account {}, {i18n.t(msg!("nav-account"))} } }
        } else {
            p { Link { class: "button", to: Route::SignIn {}, {i18n.t(msg!("sign-in-button"))} } }
        }
        h2 { {i18n.t(msg!("home-can-heading"))} }
        ul { class: "list-bullet",
            li { {i18n.t(msg!("home-can-plan"))} }
            li { {i18n.t(msg!("home-can-goals"))} }
            li { {i18n.t(msg!("home-can-review"))} }
            li { {i18n.t(msg!("home-can-carer"))} }
        }
        {service.show(|info| rsx! {
            if let Some(council) = info.council {
                ContactCouncil { council }
            }
        })}
    }
}

#[component]
fn ContactCouncil(council: Council) -> Element {
    let i18n = use_i18n();
    rsx! {
        section { class: "contact", "aria-labelledby": "contact-heading",
            h2 { id: "contact-heading", {i18n.t_with(msg!("home-contact-heading"), &[("council", &council.name)])} }
            p { {i18n.t(msg!("home-contact-intro"))} }
            CouncilContacts { council }
        }
    }
}
