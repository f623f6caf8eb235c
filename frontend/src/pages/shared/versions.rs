//! Every published version of a plan, with the person's answer to each, and what changed
//! between any two, in words.

use api::msg;
use api::plan::{Comparison, VersionInfo};
use dioxus::prelude::*;

use crate::action::use_action;
use crate::app::Route;
use crate::client;
use crate::components::{Changes, ErrorSummary, unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::session::use_session;

#[component]
pub fn Versions(id: String) -> Element {
    let title = use_page_title(msg!("versions-title"));
    let session = use_session();
    let versions = use_load(use_reactive!(|id| client::versions(id)));
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some()) {
        return page;
    }
    versions.page(&title, |list| rsx! { VersionList { id, title: title.clone(), list } })
}

/// Each version with the person's answer, and, given two or more, a way to compare them.
#[component]
fn VersionList(id: String, title: String, list: Vec<VersionInfo>) -> Element {
    let i18n = use_i18n();
    let mut from = use_signal(|| None::<i64>);
    let mut to = use_signal(|| None::<i64>);
    let mut comparison = use_signal(|| None::<Comparison>);
    let action = use_action();
    let newest = list.first().map(|v| v.version);
    let oldest_pair = list.get(1).map(|v| v.version);
    let compare = {
        let id = id.clone();
        move |event: FormEvent| {
            event.prevent_default();
            let (Some(a), Some(b)) = (from().or(oldest_pair), to().or(newest)) else {
                return;
            };
            action.run(client::compare(id.clone(), a.min(b), a.max(b)), move |result| {
                comparison.set(Some(result));
            });
        }
    };
    rsx! {
        h1 { {title} }
        ul { class: "cards",
            for version in list.clone() {
                li { class: "card", key: "{version.version}",
                    h2 { class: "card-title",
                        Link { to: Route::Plan { id: id.clone(), which: version.version.to_string() },
                            {i18n.t_with(msg!("versions-version"), &[("version", &version.version.to_string())])}
                        }
                    }
                    p { {i18n.t_with(msg!("versions-published"), &[("name", &version.published_by), ("date", &i18n.date(version.published_at))])} }
                    if let Some(response) = &version.response {
                        p { strong { class: "tag",
                            {i18n.t(if response.agrees { msg!("plan-response-agrees") } else { msg!("plan-response-disagrees") })}
                        } }
                        if !response.comment.is_empty() {
                            blockquote { {response.comment.clone()} }
                        }
                    } else {
                        p { {i18n.t(msg!("versions-no-answer"))} }
                    }
                }
            }
        }
        if list.len() > 1 {
            h2 { {i18n.t(msg!("versions-compare-heading"))} }
            form { onsubmit: compare,
                div { class: "field",
                    label { r#for: "compare-from", {i18n.t(msg!("versions-compare-from"))} }
                    select { id: "compare-from", onchange: move |e| from.set(e.value().parse().ok()),
                        for version in list.iter().map(|v| v.version) {
                            option { value: "{version}", selected: Some(version) == oldest_pair, "{version}" }
                        }
                    }
                }
                div { class: "field",
                    label { r#for: "compare-to", {i18n.t(msg!("versions-compare-to"))} }
                    select { id: "compare-to", onchange: move |e| to.set(e.value().parse().ok()),
                        for version in list.iter().map(|v| v.version) {
                            option { value: "{version}", selected: Some(version) == newest, "{version}" }
                        }
                    }
                }
                button { class: "button", r#type: "submit", disabled: action.busy(), {i18n.t(msg!("versions-compare"))} }
            }
            if let Some(error) = action.error() {
                ErrorSummary { error, field_ids: vec![] }
            } else if let Some(result) = comparison() {
                Changes {
                    heading: i18n.t_with(
                        msg!("versions-changes"),
                        &[("from", &result.from.to_string()), ("to", &result.to.to_string())],
                    ),
                    result,
                }
            }
        }
    }
}
