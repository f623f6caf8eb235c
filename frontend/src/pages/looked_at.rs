//! "Who has looked at my plan": every view of the person's plan, staff included.

use api::msg;
use dioxus::prelude::*;

use super::{role_name, use_page_title};
use crate::client;
use crate::components::{ErrorSummary, unless_allowed};
use crate::i18n::use_i18n;
use crate::platform::format_date;
use crate::session::use_session;

#[component]
pub fn LookedAt(id: String) -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("looked-at-title"));
    let session = use_session();
    let looked = use_resource(move || client::looked_at(id.clone()));
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some()) {
        return page;
    }
    let loaded = looked.read().clone();
    rsx! {
        h1 { {title} }
        p { {i18n.t(msg!("looked-at-intro"))} }
        match loaded {
            None => rsx! { p { role: "status", {i18n.t(msg!("loading"))} } },
            Some(Err(error)) => rsx! { ErrorSummary { error, field_ids: vec![] } },
            Some(Ok(list)) => rsx! {
                table {
                    caption { class: "visually-hidden", {i18n.t(msg!("looked-at-title"))} }
                    thead { tr {
                        th { scope: "col", {i18n.t(msg!("looked-at-who"))} }
                        th { scope: "col", {i18n.t(msg!("looked-at-when"))} }
                    } }
                    tbody {
                        for (n, entry) in list.into_iter().enumerate() {
                            tr { key: "{n}",
                                td { {entry.name.clone()} " (" {role_name(&i18n, entry.role)} ")" }
                                td { {format_date(entry.at, i18n.locale())} }
                            }
                        }
                    }
                }
            },
        }
    }
}
