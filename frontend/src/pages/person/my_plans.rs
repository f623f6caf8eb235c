//! The person's own plans: usually one care and support plan, and for a carer their
//! carer's support plan too.

use api::msg;
use api::plan::PlanKind;
use dioxus::prelude::*;

use crate::app::Route;
use crate::client;
use crate::components::{unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::session::use_session;

#[component]
pub fn MyPlans() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("my-plans-title"));
    let session = use_session();
    let plans = use_load(client::my_plans);
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some()) {
        return page;
    }
    rsx! {
        h1 { {title} }
        {plans.show(|list| rsx! {
            if list.is_empty() {
                p { {i18n.t(msg!("my-plans-none"))} }
            }
            ul { class: "list-plain",
                for plan in list {
                    li { key: "{plan.id}",
                        Link { to: Route::Plan { id: plan.id.clone(), which: "latest".into() },
                            {i18n.t(match plan.kind {
                                PlanKind::Care => msg!("my-plans-care"),
                                PlanKind::Carer => msg!("my-plans-carer"),
                            })}
                        }
                    }
                }
            }
        })}
        p { {i18n.t(msg!("my-plans-carers"))} " " Link { to: Route::PeopleWhoHelp {}, {i18n.t(msg!("carers-title"))} } }
    }
}
