//! For a carer: the people they care for, each with what they have allowed, and the ways
//! into their plan, their goals and wishes, and their reviews.

use api::carers::CaredFor;
use api::msg;
use dioxus::prelude::*;

use crate::app::Route;
use crate::client;
use crate::components::{ScopeList, unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::session::use_session;
use crate::words::plan_title;

#[component]
pub fn CaringFor() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("caring-for-title"));
    let session = use_session();
    let caring = use_load(client::caring_for);
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some() && !session.is_staff()) {
        return page;
    }
    rsx! {
        h1 { {title} }
        p { {i18n.t(msg!("caring-for-intro"))} }
        {caring.show(|list| rsx! {
            if list.is_empty() {
                p { {i18n.t(msg!("caring-for-none"))} }
            }
            ul { class: "cards",
                for person in list {
                    PersonCard { key: "{person.person_id}", person }
                }
            }
        })}
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
                p { {i18n.t_with(msg!("carers-until"), &[("date", &i18n.day(&end))])} }
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
