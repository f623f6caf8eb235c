//! A carer asks for a review on behalf of someone they care for.

use api::msg;
use dioxus::prelude::*;

use crate::client;
use crate::components::{RequestForm, unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::session::use_session;

#[component]
pub fn AskForReviewFor(person: String) -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("caring-ask-title"));
    let session = use_session();
    let caring = use_load(client::caring_for);
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some() && !session.is_staff()) {
        return page;
    }
    caring.page(&title.clone(), |list| {
        let found = list.into_iter().find(|c| c.person_id == person);
        let heading = found.as_ref().map_or(title, |c| {
            i18n.t_with(msg!("caring-ask-heading"), &[("name", &c.person_name)])
        });
        // Whether they may follow the review once asked for, or only hear it was sent.
        let follow = found.as_ref().is_some_and(|c| c.scopes.reviews);
        let name = found.map(|c| c.person_name);
        rsx! { RequestForm { title: heading, target: Some((person.clone(), follow)), name } }
    })
}
