//! What changed between two versions of a plan, in words: each answer before and after.

use api::msg;
use api::plan::Comparison;
use dioxus::prelude::*;

use crate::i18n::use_i18n;

#[component]
pub fn Changes(result: Comparison, heading: String) -> Element {
    let i18n = use_i18n();
    rsx! {
        section { "aria-labelledby": "changes-heading", role: "status",
            h3 { id: "changes-heading", {heading} }
            if result.changes.is_empty() {
                p { {i18n.t(msg!("versions-no-changes"))} }
            }
            dl { class: "changes",
                for change in result.changes {
                    dt { key: "{change.label}", {change.label.clone()} }
                    dd {
                        if !change.before.is_empty() {
                            del { span { class: "visually-hidden", {i18n.t(msg!("versions-before"))} } {change.before.clone()} }
                        }
                        if !change.after.is_empty() {
                            ins { span { class: "visually-hidden", {i18n.t(msg!("versions-after"))} } {change.after.clone()} }
                        }
                    }
                }
            }
        }
    }
}
