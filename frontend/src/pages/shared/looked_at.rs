//! "Who has looked at my plan": every view of the person's plan, staff included.

use api::msg;
use dioxus::prelude::*;

use crate::client;
use crate::components::{unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::session::use_session;
use crate::words::role_name;

#[component]
pub fn LookedAt(id: String) -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("looked-at-title"));
    let session = use_session();
    let looked = use_load(use_reactive!(|id| client::looked_at(id)));
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some()) {
        return page;
    }
    rsx! {
        h1 { {title} }
        p { {i18n.t(msg!("looked-at-intro"))} }
        {looked.show(|list| rsx! {
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
                            td { {i18n.date(entry.at)} }
                        }
                    }
                }
            }
        })}
    }
}
