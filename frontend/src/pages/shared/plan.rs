//! One version of a plan, to read on a phone, section by section; the person says whether
//! they agree; links to earlier versions, who has looked, a printable and a saved copy.

use api::msg;
use api::plan::{PlanContent, PlanView};
use api::plan_text::{SECTIONS, entries};
use dioxus::prelude::*;

use crate::action::use_action;
use crate::app::Route;
use crate::client;
use crate::components::{ErrorSummary, TextArea, unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::{Load, use_load};
use crate::platform::{self, format_date};
use crate::session::use_session;
use crate::words::plan_title;

#[component]
pub fn Plan(id: String, which: String) -> Element {
    let session = use_session();
    let plan = use_load(use_reactive!(|id, which| client::plan(id, which)));
    let title = use_page_title(msg!("plan-page-title"));
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some()) {
        return page;
    }
    plan.page(&title, |view| rsx! { PlanBody { view, plan } })
}

#[component]
fn PlanBody(view: PlanView, plan: Load<PlanView>) -> Element {
    let i18n = use_i18n();
    let published = i18n.t_with(
        msg!("plan-published-on"),
        &[
            ("version", &view.version.to_string()),
            ("name", &view.published_by),
            ("date", &format_date(view.published_at, i18n.locale())),
        ],
    );
    let download = format!("/api/v1/plans/{}/versions/{}/download", view.plan_id, view.version);
    // Who has looked is the person's to know, and their caseworker's: not a carer's.
    let staff = use_session().is_staff();
    let carer = !view.mine && !staff;
    let money_hidden = view.money_hidden.then(|| view.person_name.clone());
    rsx! {
        h1 { {plan_title(&i18n, view.kind, &view.person_name)} }
        p { class: "lead", {published} }
        if !view.latest {
            div { class: "notice", p { {i18n.t(msg!("plan-not-latest"))} } }
        }
        if let Some(worker) = &view.named_worker {
            section { class: "contact no-print", "aria-labelledby": "worker-heading",
                h2 { id: "worker-heading",
                    {i18n.t(if view.mine { msg!("plan-named-worker") } else { msg!("plan-named-worker-theirs") })}
                }
                p { {worker.name.clone()} }
                if let Some(email) = &worker.email {
                    p { a { href: "mailto:{email}", {email.clone()} } }
                }
            }
        }
        PlanSections { content: view.content.clone(), money_hidden }
        if view.mine && view.latest {
            Answer { view: view.clone(), plan }
        } else if let Some(response) = &view.response {
            p { class: "notice",
                {i18n.t(if response.agrees { msg!("plan-response-agrees") } else { msg!("plan-response-disagrees") })}
            }
        }
        nav { class: "no-print", "aria-label": i18n.t(msg!("plan-more-label")),
            ul { class: "list-plain",
                li { Link { to: Route::Versions { id: view.plan_id.clone() }, {i18n.t(msg!("plan-versions-link"))} } }
                if !carer {
                    li { Link { to: Route::LookedAt { id: view.plan_id.clone() }, {i18n.t(msg!("looked-at-title"))} } }
                } else {
                    li { Link { to: Route::CaringFor {}, {i18n.t(msg!("caring-for-title"))} } }
                }
                li { a { href: download, download: "", {i18n.t(msg!("plan-download"))} } }
                li {
                    button { class: "button-secondary", r#type: "button", onclick: move |_| platform::print(),
                        {i18n.t(msg!("plan-print"))}
                    }
                }
            }
        }
    }
}

/// The plan's answers, section by section, as the downloadable copy reads them too. For a
/// reader the person has not shown their money (`money_hidden` names the person), the
/// budget's place says so, rather than the section silently missing.
#[component]
fn PlanSections(content: PlanContent, money_hidden: Option<String>) -> Element {
    let i18n = use_i18n();
    let all = entries(&content, i18n.messages());
    let note = money_hidden.map(|person| i18n.t_with(msg!("plan-money-hidden"), &[("name", &person)]));
    rsx! {
        for section in SECTIONS {
            if section == msg!("plan-section-budget") && note.is_some() {
                section { class: "plan-section", key: "{section}",
                    h2 { {i18n.t(section)} }
                    p { class: "notice", id: "money-hidden", {note.clone()} }
                }
            } else if all.iter().any(|e| e.section == section) {
                section { class: "plan-section", key: "{section}",
                    h2 { {i18n.t(section)} }
                    dl {
                        for entry in all.iter().filter(|e| e.section == section) {
                            dt { key: "{entry.label}", {entry.label.clone()} }
                            dd { class: "plan-text", {entry.text.clone()} }
                        }
                    }
                }
            }
        }
    }
}

/// "I agree with this plan" or "I don't agree", with a comment, for this version.
#[component]
fn Answer(view: PlanView, plan: Load<PlanView>) -> Element {
    let i18n = use_i18n();
    let mut agrees = use_signal(|| None::<bool>);
    let comment = use_signal(String::new);
    let action = use_action();
    let (plan_id, version) = (view.plan_id.clone(), view.version);
    let submit = move |event: FormEvent| {
        event.prevent_default();
        let Some(choice) = agrees() else {
            return;
        };
        action.run(
            client::respond(plan_id.clone(), version, choice, comment()),
            move |_| plan.reload(),
        );
    };
    let answered = view.response.as_ref().map(|r| {
        let at = format_date(r.at, i18n.locale());
        i18n.t_with(
            if r.agrees {
                msg!("plan-you-agreed")
            } else {
                msg!("plan-you-disagreed")
            },
            &[("date", &at)],
        )
    });
    rsx! {
        section { class: "answer no-print", "aria-labelledby": "answer-heading",
            h2 { id: "answer-heading", {i18n.t(msg!("plan-answer-heading"))} }
            if let Some(error) = action.error() {
                ErrorSummary { error, field_ids: vec![("comment", "comment")] }
            }
            if let Some(answered) = answered {
                p { role: "status", class: "status", {answered} }
            }
            form { onsubmit: submit,
                fieldset {
                    legend { {i18n.t(msg!("plan-answer-question"))} }
                    div { class: "choice",
                        input { r#type: "radio", id: "agree-yes", name: "agrees", onchange: move |_| agrees.set(Some(true)) }
                        label { r#for: "agree-yes", {i18n.t(msg!("plan-agree"))} }
                    }
                    div { class: "choice",
                        input { r#type: "radio", id: "agree-no", name: "agrees", onchange: move |_| agrees.set(Some(false)) }
                        label { r#for: "agree-no", {i18n.t(msg!("plan-disagree"))} }
                    }
                }
                TextArea {
                    id: "comment",
                    label: i18n.t(msg!("plan-comment-label")),
                    hint: i18n.t(msg!("plan-comment-hint")),
                    value: comment,
                    rows: 4,
                }
                button { class: "button", r#type: "submit", disabled: agrees().is_none() || action.busy(), {i18n.t(msg!("plan-answer-send"))} }
            }
        }
    }
}
