//! The goals and wishes of someone the carer cares for: to read, and to add to, as the
//! person allowed.

use api::msg;
use dioxus::prelude::*;

use super::allowed::allowed_and;
use crate::action::use_action;
use crate::app::Route;
use crate::client::{self, Subject};
use crate::components::{ErrorSummary, GoalCard, GoalForm, WishCard, WishForm, unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::session::use_session;

#[component]
pub fn CaredForGoals(person: String) -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("caring-goals-title"));
    let session = use_session();
    let loaded = use_load(use_reactive!(|person| allowed_and(
        person,
        |s| s.goals,
        client::contributions
    )));
    let action = use_action();
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some() && !session.is_staff()) {
        return page;
    }
    loaded.page(&title, |(entry, found)| {
        let may_add = entry.as_ref().is_some_and(|e| e.scopes.add_goals);
        let name = entry
            .map(|e| e.person_name)
            .or_else(|| found.as_ref().map(|f| f.person_name.clone()))
            .unwrap_or_default();
        let subject = Subject::Person(person.clone());
        rsx! {
            h1 { {i18n.t_with(msg!("caring-goals-heading"), &[("name", &name)])} }
            p { {i18n.t(msg!("caring-goals-intro"))} }
            if let Some(error) = action.error() {
                ErrorSummary { error, field_ids: vec![] }
            }
            h2 { {i18n.t(msg!("caring-goals-goals"))} }
            if let Some(found) = found.clone() {
                if found.goals.is_empty() { p { {i18n.t(msg!("caring-goals-none"))} } }
                ul { class: "cards",
                    for goal in found.goals {
                        GoalCard { key: "{goal.id}", goal, onsaved: move |_| loaded.reload(), action, read_only: true }
                    }
                }
            }
            if may_add {
                details { class: "add",
                    summary { {i18n.t(msg!("caring-goals-add"))} }
                    GoalForm { initial: None, onsaved: move |_| loaded.reload(), subject: subject.clone() }
                }
            }
            h2 { {i18n.t(msg!("caring-wishes"))} }
            if let Some(found) = found {
                if found.wishes.is_empty() { p { {i18n.t(msg!("caring-wishes-none"))} } }
                ul { class: "cards",
                    for wish in found.wishes {
                        WishCard { key: "{wish.id}", wish, onsaved: move |_| loaded.reload(), action, read_only: true }
                    }
                }
            }
            if may_add {
                WishForm { onsaved: move |_| loaded.reload(), subject }
            }
            p { Link { to: Route::CaringFor {}, {i18n.t(msg!("caring-for-title"))} } }
        }
    })
}
