//! "Your goals and wishes": what the person wants to achieve, in their own words, with
//! steps and notes on how it is going; wishes about how support is given; and what the
//! caseworker said about each, and where it is in the plan.

use api::msg;
use dioxus::prelude::*;

use crate::action::use_action;
use crate::client::{self, Subject};
use crate::components::{ErrorSummary, GoalCard, GoalForm, WishCard, WishForm, unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::session::use_session;

#[component]
pub fn Goals() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("goals-title"));
    let session = use_session();
    let mine = use_load(|| client::contributions(Subject::Me));
    let action = use_action();
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some()) {
        return page;
    }
    rsx! {
        h1 { {title} }
        p { {i18n.t(msg!("goals-intro"))} }
        if let Some(error) = action.error() {
            ErrorSummary { error, field_ids: vec![] }
        }
        {mine.show(|all| rsx! {
            h2 { {i18n.t(msg!("goals-heading"))} }
            if all.goals.is_empty() { p { {i18n.t(msg!("goals-none"))} } }
            ul { class: "cards",
                for goal in all.goals {
                    GoalCard { key: "{goal.id}", goal, onsaved: move |_| mine.reload(), action }
                }
            }
            details { class: "add",
                summary { {i18n.t(msg!("goals-add-heading"))} }
                GoalForm { initial: None, onsaved: move |_| mine.reload(), subject: Subject::Me }
            }
            h2 { {i18n.t(msg!("wishes-heading"))} }
            p { {i18n.t(msg!("wishes-intro"))} }
            ul { class: "cards",
                for wish in all.wishes {
                    WishCard { key: "{wish.id}", wish, onsaved: move |_| mine.reload(), action }
                }
            }
            WishForm { onsaved: move |_| mine.reload(), subject: Subject::Me }
        })}
    }
}
