//! Help that cannot wait for a review: the named worker's and the council's numbers and
//! 999, each a link a phone rings with one tap. Shown as soon as someone says it is urgent.

use api::msg;
use api::plan::NamedWorker;
use api::service::ServiceInfo;
use dioxus::prelude::*;

use crate::i18n::use_i18n;
use crate::load::Load;

/// A number as a `tel:` link: the digits and a leading `+` only.
pub fn tel(number: &str) -> String {
    let dial: String = number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{dial}")
}

#[component]
pub fn UrgentHelp(worker: Option<NamedWorker>) -> Element {
    let i18n = use_i18n();
    let council = use_context::<Load<ServiceInfo>>().value().and_then(|info| info.council);
    let worker = worker.and_then(|w| Some((w.name, w.phone?)));
    rsx! {
        section { class: "panel urgent-help", "aria-labelledby": "urgent-help-heading",
            h2 { id: "urgent-help-heading", {i18n.t(msg!("urgent-help-heading"))} }
            p { {i18n.t(msg!("urgent-help-intro"))} }
            ul { class: "list-plain",
                if let Some((name, phone)) = worker {
                    li { a { href: tel(&phone), {i18n.t_with(msg!("urgent-help-worker"), &[("name", &name), ("phone", &phone)])} } }
                }
                if let Some(council) = council {
                    li { a { href: tel(&council.phone), {i18n.t_with(msg!("urgent-help-council"), &[("council", &council.name), ("phone", &council.phone)])} } }
                }
                li { strong { a { href: "tel:999", {i18n.t(msg!("urgent-help-999"))} } } }
            }
        }
    }
}
