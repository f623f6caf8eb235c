//! For a carer: the people they care for, each with what they have allowed, and the ways
//! into their plan, their goals and wishes, and their reviews.

use api::carers::CaredFor;
use api::msg;
use dioxus::prelude::*;

use super::access_words::ScopeList;
use super::goal_forms::{GoalForm, WishForm};
use super::goals::{GoalCard, WishCard};
use super::plan::plan_title;
use super::reviews::ReviewCard;
use super::use_page_title;
use crate::app::Route;
use crate::client::{self, Error};
use crate::components::{ErrorSummary, LoadFailed, unless_allowed};
use crate::i18n::use_i18n;
use crate::platform::format_day;
use crate::session::use_session;

#[component]
pub fn CaringFor() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("caring-for-title"));
    let session = use_session();
    let caring = use_resource(client::caring_for);
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some() && !session.is_staff()) {
        return page;
    }
    let loaded = caring.read().clone();
    rsx! {
        h1 { {title} }
        p { {i18n.t(msg!("caring-for-intro"))} }
        match loaded {
            None => rsx! { p { role: "status", {i18n.t(msg!("loading"))} } },
            Some(Err(error)) => rsx! { ErrorSummary { error, field_ids: vec![] } },
            Some(Ok(list)) if list.is_empty() => rsx! { p { {i18n.t(msg!("caring-for-none"))} } },
            Some(Ok(list)) => rsx! {
                ul { class: "cards",
                    for person in list {
                        PersonCard { key: "{person.person_id}", person }
                    }
                }
            },
        }
    }
}

#[component]
fn PersonCard(person: CaredFor) -> Element {
    let i18n = use_i18n();
    let name = person.person_name.clone();
    let s = person.scopes;
    rsx! {
        li { class: "card",
            h2 { class: "card-title", {name.clone()} }
            p { {i18n.t_with(msg!("caring-for-allowed"), &[("name", &name)])} }
            ScopeList { scopes: s }
            if let Some(end) = person.ends_on.clone() {
                p { {i18n.t_with(msg!("carers-until"), &[("date", &format_day(&end, i18n.locale()))])} }
            }
            if s.plan && person.plans.is_empty() {
                p { {i18n.t(msg!("caring-for-no-plan"))} }
            }
            ul { class: "list-plain",
                for plan in person.plans.clone() {
                    li { key: "{plan.plan_id}",
                        Link { to: Route::Plan { id: plan.plan_id.clone(), which: "latest".into() },
                            {plan_title(&i18n, plan.kind, &name)}
                        }
                    }
                }
                if s.goals || s.add_goals {
                    li { Link { to: Route::CaredForGoals { person: person.person_id.clone() },
                        {i18n.t_with(msg!("caring-goals-heading"), &[("name", &name)])}
                    } }
                }
                if s.reviews {
                    li { Link { to: Route::CaredForReviews { person: person.person_id.clone() },
                        {i18n.t_with(msg!("caring-reviews-heading"), &[("name", &name)])}
                    } }
                }
                if s.request_review {
                    li { Link { to: Route::AskForReviewFor { person: person.person_id.clone() },
                        {i18n.t_with(msg!("caring-ask-heading"), &[("name", &name)])}
                    } }
                }
            }
        }
    }
}

/// The person's entry among those the carer cares for: `None` while loading or if not there
/// (their access ended, say, when the page's own request says why).
fn entry_of(caring: &Resource<Result<Vec<CaredFor>, Error>>, person: &str) -> Option<Option<CaredFor>> {
    match &*caring.read() {
        None => None,
        Some(Ok(list)) => Some(list.iter().find(|c| c.person_id == person).cloned()),
        Some(Err(_)) => Some(None),
    }
}

/// Their goals and wishes to read; and to add to, if they allowed it.
#[component]
pub fn CaredForGoals(person: String) -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("caring-goals-title"));
    let session = use_session();
    let caring = use_resource(client::caring_for);
    let all = use_resource(use_reactive!(|person| client::contributions_of(person)));
    let error = use_signal(|| None::<Error>);
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some() && !session.is_staff()) {
        return page;
    }
    let Some(entry) = entry_of(&caring, &person) else {
        return rsx! { h1 { {title} } p { role: "status", {i18n.t(msg!("loading"))} } };
    };
    // Not among the people they care for now: the server's answer says why.
    let may_read = entry.as_ref().is_none_or(|e| e.scopes.goals);
    let may_add = entry.as_ref().is_some_and(|e| e.scopes.add_goals);
    let loaded = all.read().clone();
    let found = match loaded {
        Some(Err(error)) if may_read => return rsx! { LoadFailed { title, error } },
        None if may_read => return rsx! { h1 { {title} } p { role: "status", {i18n.t(msg!("loading"))} } },
        Some(Ok(found)) => Some(found),
        _ => None,
    };
    let name = entry
        .as_ref()
        .map(|e| e.person_name.clone())
        .or_else(|| found.as_ref().map(|f| f.person_name.clone()))
        .unwrap_or_default();
    rsx! {
        h1 { {i18n.t_with(msg!("caring-goals-heading"), &[("name", &name)])} }
        p { {i18n.t(msg!("caring-goals-intro"))} }
        if let Some(error) = error() {
            ErrorSummary { error, field_ids: vec![] }
        }
        h2 { {i18n.t(msg!("caring-goals-goals"))} }
        if let Some(found) = found.clone() {
            if found.goals.is_empty() { p { {i18n.t(msg!("caring-goals-none"))} } }
            ul { class: "cards",
                for goal in found.goals {
                    GoalCard { key: "{goal.id}", goal, mine: all, error, read_only: true }
                }
            }
        }
        if may_add {
            details { class: "add",
                summary { {i18n.t(msg!("caring-goals-add"))} }
                GoalForm { initial: None, mine: all, target: Some(person.clone()) }
            }
        }
        h2 { {i18n.t(msg!("caring-wishes"))} }
        if let Some(found) = found {
            if found.wishes.is_empty() { p { {i18n.t(msg!("caring-wishes-none"))} } }
            ul { class: "cards",
                for wish in found.wishes {
                    WishCard { key: "{wish.id}", wish, mine: all, error, read_only: true }
                }
            }
        }
        if may_add {
            WishForm { mine: all, target: Some(person.clone()) }
        }
        p { Link { to: Route::CaringFor {}, {i18n.t(msg!("caring-for-title"))} } }
    }
}

/// Their reviews, newest first, and the way to ask for one for them, as they allowed.
#[component]
pub fn CaredForReviews(person: String) -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("caring-reviews-title"));
    let session = use_session();
    let caring = use_resource(client::caring_for);
    let reviews = use_resource(use_reactive!(|person| client::reviews_of(person)));
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some() && !session.is_staff()) {
        return page;
    }
    let Some(entry) = entry_of(&caring, &person) else {
        return rsx! { h1 { {title} } p { role: "status", {i18n.t(msg!("loading"))} } };
    };
    let may_read = entry.as_ref().is_none_or(|e| e.scopes.reviews);
    let may_ask = entry.as_ref().is_some_and(|e| e.scopes.request_review);
    let loaded = reviews.read().clone();
    let list = match loaded {
        Some(Err(error)) if may_read => return rsx! { LoadFailed { title, error } },
        None if may_read => return rsx! { h1 { {title} } p { role: "status", {i18n.t(msg!("loading"))} } },
        Some(Ok(list)) => Some(list),
        _ => None,
    };
    let name = entry
        .as_ref()
        .map(|e| e.person_name.clone())
        .or_else(|| list.as_ref().and_then(|l| l.first()).map(|r| r.person_name.clone()))
        .unwrap_or_default();
    rsx! {
        h1 { {i18n.t_with(msg!("caring-reviews-heading"), &[("name", &name)])} }
        if may_ask {
            p { Link { class: "button", to: Route::AskForReviewFor { person: person.clone() },
                {i18n.t_with(msg!("caring-ask-heading"), &[("name", &name)])}
            } }
        }
        if let Some(list) = list {
            if list.is_empty() {
                p { {i18n.t(msg!("caring-reviews-none"))} }
            }
            ul { class: "cards",
                for review in list {
                    ReviewCard { key: "{review.id}", review, caring: Some(person.clone()) }
                }
            }
        }
        p { Link { to: Route::CaringFor {}, {i18n.t(msg!("caring-for-title"))} } }
    }
}
