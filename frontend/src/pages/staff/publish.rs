//! "Check your changes" before a plan is published: what the person will see change
//! against the version they have now, and a message for them that comes with the news.
//! A published version is a legal record: it is never one click away.

use api::msg;
use api::plan::{Comparison, DraftView};
use dioxus::prelude::*;

use crate::action::use_action;
use crate::app::Route;
use crate::client;
use crate::components::{Changes, ErrorSummary, TextArea, unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::session::use_session;

#[component]
pub fn PublishCheck(id: String) -> Element {
    let title = use_page_title(msg!("publish-title"));
    let session = use_session();
    let check = use_load(use_reactive!(|id| async move {
        let draft = client::draft(id.clone()).await?;
        let changes = client::draft_changes(id).await?;
        Ok((draft, changes))
    }));
    if let Some(page) = unless_allowed(&title, session, session.is_staff()) {
        return page;
    }
    check.page(&title, |(draft, changes)| rsx! { Check { draft, changes } })
}

#[component]
fn Check(draft: DraftView, changes: Comparison) -> Element {
    let i18n = use_i18n();
    let message = use_signal(String::new);
    let mut published = use_signal(|| None::<i64>);
    let action = use_action();
    let plan_id = draft.plan_id.clone();
    let publish = {
        let plan_id = plan_id.clone();
        move |event: FormEvent| {
            event.prevent_default();
            let request = client::publish(plan_id.clone(), draft.version, message());
            action.run(request, move |saved| published.set(Some(saved.version)));
        }
    };
    let name = draft.person_name.clone();
    if let Some(version) = published() {
        return rsx! {
            div { class: "panel confirmation", role: "status", tabindex: "-1",
                h1 { {i18n.t_with(msg!("editor-published"), &[("version", &version.to_string())])} }
                p { {i18n.t_with(msg!("publish-told"), &[("name", &name)])} }
            }
            p { Link { to: Route::Plan { id: plan_id.clone(), which: version.to_string() }, {i18n.t(msg!("editor-read-published"))} } }
            p { Link { to: Route::Home {}, {i18n.t(msg!("publish-back-todo"))} } }
        };
    }
    let heading = if changes.from == 0 {
        i18n.t(msg!("publish-first"))
    } else {
        i18n.t_with(msg!("publish-changes"), &[("version", &changes.from.to_string())])
    };
    rsx! {
        p { Link { class: "back-link", to: Route::Editor { id: plan_id.clone() }, {i18n.t(msg!("publish-back"))} } }
        h1 { {i18n.t(msg!("publish-title"))} }
        p { class: "lead", {i18n.t_with(msg!("publish-intro"), &[("name", &name), ("version", &(changes.from + 1).to_string())])} }
        if let Some(error) = action.error() {
            ErrorSummary { error, field_ids: vec![("message", "publish-message")] }
        }
        Changes { heading, result: changes.clone() }
        form { onsubmit: publish, novalidate: true,
            TextArea {
                id: "publish-message",
                label: i18n.t_with(msg!("publish-message"), &[("name", &name)]),
                hint: i18n.t(msg!("publish-message-hint")),
                value: message,
                error: action.problem("message"),
                rows: 4,
            }
            button { class: "button", r#type: "submit", disabled: action.busy(),
                {i18n.t_with(msg!("publish-button"), &[("version", &(changes.from + 1).to_string())])}
            }
        }
    }
}
