//! For admins: every change to teams and staff, newest first — who made it, what, and
//! to whom — from the audit log.

use api::msg;
use api::staff::StaffRole;
use dioxus::prelude::*;

use crate::app::Route;
use crate::client;
use crate::components::{unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::session::use_session;

#[component]
pub fn StaffChanges() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("changes-title"));
    let session = use_session();
    let admin = session.me.read().as_ref().map(|me| me.role) == Some(api::auth::Role::Staff(StaffRole::Admin));
    let log = use_load(client::staff_changes);
    if let Some(page) = unless_allowed(&title, session, admin) {
        return page;
    }
    rsx! {
        p { Link { class: "back-link", to: Route::TeamPage {}, {i18n.t(msg!("team-title"))} } }
        h1 { {title} }
        p { {i18n.t(msg!("changes-intro"))} }
        {log.show(|entries| rsx! {
            if entries.is_empty() {
                p { {i18n.t(msg!("changes-none"))} }
            } else {
                table { class: "stack",
                    caption { class: "visually-hidden", {i18n.t(msg!("changes-title"))} }
                    thead { tr {
                        th { scope: "col", {i18n.t(msg!("changes-col-when"))} }
                        th { scope: "col", {i18n.t(msg!("changes-col-who"))} }
                        th { scope: "col", {i18n.t(msg!("changes-col-what"))} }
                        th { scope: "col", {i18n.t(msg!("changes-col-about"))} }
                    } }
                    tbody {
                        for (n, entry) in entries.into_iter().enumerate() {
                            tr { key: "{n}",
                                th { scope: "row", "data-label": i18n.t(msg!("changes-col-when")), {i18n.date(entry.at)} }
                                td { "data-label": i18n.t(msg!("changes-col-who")), {entry.by.clone()} }
                                td { "data-label": i18n.t(msg!("changes-col-what")), {i18n.t(action_words(&entry.action))} }
                                td { "data-label": i18n.t(msg!("changes-col-about")), {entry.about.clone()} }
                            }
                        }
                    }
                }
            }
        })}
    }
}

fn action_words(action: &str) -> &'static str {
    match action {
        "team_created" => msg!("change-team-created"),
        "team_renamed" => msg!("change-team-renamed"),
        "staff_invited" => msg!("change-staff-invited"),
        "staff_disabled" => msg!("change-staff-disabled"),
        "staff_enabled" => msg!("change-staff-enabled"),
        _ => msg!("change-staff-changed"),
    }
}
