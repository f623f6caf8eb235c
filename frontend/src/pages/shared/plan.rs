//! One version of a plan, to read on a phone, section by section; the person says whether
//! they agree; links to earlier versions, who has looked, a printable and a saved copy.

use api::msg;
use api::plan::{PlanContent, PlanView, hours_in, pounds_in};
use api::plan_text::{SECTIONS, entries};
use api::service::ServiceInfo;
use dioxus::prelude::*;

use crate::action::use_form_action;
use crate::app::Route;
use crate::client::{self, Error};
use crate::components::{ErrorSummary, TextArea, WithPhoneLinks, tel, unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::{Load, use_load};
use crate::platform;
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
            ("date", &i18n.date(view.published_at)),
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
        AtAGlance { view: view.clone() }
        Contents { content: view.content.clone(), money_hidden: money_hidden.is_some() }
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

/// What a person needs first, before the whole plan: their support, their budget (where
/// the reader may see money), the named worker with a tap to call, text or email, whom
/// to ring when it cannot wait, when the next review is, and how to ask for one sooner.
#[component]
fn AtAGlance(view: PlanView) -> Element {
    let i18n = use_i18n();
    let locale = i18n.locale().to_owned();
    let council = use_context::<Load<ServiceInfo>>().value().and_then(|info| info.council);
    let content = &view.content;
    rsx! {
        section { class: "glance", "aria-labelledby": "glance-heading",
            h2 { id: "glance-heading", {i18n.t(msg!("glance-heading"))} }
            dl {
                if !content.support.is_empty() {
                    dt { {i18n.t(msg!("plan-section-support"))} }
                    dd {
                        ul { class: "list-plain",
                            for (n, support) in content.support.iter().enumerate() {
                                li { key: "{n}",
                                    {i18n.t_with(msg!("glance-support"), &[("what", &support.what), ("hours", &hours_in(support.tenths_of_hours_per_week, &locale))])}
                                }
                            }
                        }
                    }
                }
                if let Some(budget) = &content.budget {
                    dt { {i18n.t(msg!("plan-budget-weekly"))} }
                    dd { {pounds_in(budget.weekly_pence, &locale)} }
                }
                if let Some(next) = &content.next_review {
                    dt { {i18n.t(msg!("plan-section-review"))} }
                    dd { {i18n.day(next)} }
                }
            }
            if let Some(worker) = &view.named_worker {
                h3 { {i18n.t(if view.mine { msg!("plan-named-worker") } else { msg!("plan-named-worker-theirs") })} ": " {worker.name.clone()} }
                ul { class: "list-plain contact-links",
                    if let Some(phone) = &worker.phone {
                        li { a { href: tel(phone), {i18n.t_with(msg!("glance-call"), &[("phone", phone)])} } }
                        li { a { href: "sms:{phone}", {i18n.t_with(msg!("glance-text"), &[("phone", phone)])} } }
                    }
                    if let Some(email) = &worker.email {
                        li { a { href: "mailto:{email}", {i18n.t_with(msg!("glance-email"), &[("email", email)])} } }
                    }
                }
            }
            if let Some(council) = council {
                p { {i18n.t(msg!("glance-urgent"))} " " a { href: tel(&council.phone), {council.phone.clone()} } }
            }
            p { strong { a { href: "tel:999", {i18n.t(msg!("urgent-help-999"))} } } }
            if view.mine {
                p { Link { class: "button", to: Route::AskForReview {}, {i18n.t(msg!("glance-ask-review"))} } }
            }
        }
    }
}

/// A contents list of the plan's sections, each a link down the page.
#[component]
fn Contents(content: PlanContent, money_hidden: bool) -> Element {
    let i18n = use_i18n();
    let all = entries(&content, i18n.messages());
    rsx! {
        nav { class: "contents no-print", "aria-labelledby": "contents-heading",
            h2 { id: "contents-heading", {i18n.t(msg!("glance-contents"))} }
            ol {
                for section in SECTIONS {
                    if all.iter().any(|e| e.section == section) || (money_hidden && section == msg!("plan-section-budget")) {
                        li { key: "{section}", a { href: "#{section}", {i18n.t(section)} } }
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
                section { class: "plan-section", key: "{section}", id: "{section}",
                    h2 { {i18n.t(section)} }
                    p { class: "notice", id: "money-hidden", {note.clone()} }
                }
            } else if all.iter().any(|e| e.section == section) {
                section { class: "plan-section", key: "{section}", id: "{section}",
                    h2 { {i18n.t(section)} }
                    dl {
                        for entry in all.iter().filter(|e| e.section == section) {
                            dt { key: "{entry.label}", {entry.label.clone()} }
                            dd { class: "plan-text",
                                // A date is written as the reader's language writes dates.
                                if section == msg!("plan-section-review") {
                                    {i18n.day(&entry.text)}
                                } else {
                                    WithPhoneLinks { text: entry.text.clone() }
                                }
                            }
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
    // Sent by the app, or as a plain form when the app has not loaded.
    let (action, kept) = use_form_action(Some("respond"));
    let mut agrees = use_signal(|| match kept.get("agrees").as_str() {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    });
    let comment = use_signal(|| kept.get("comment"));
    let (plan_id, version) = (view.plan_id.clone(), view.version);
    let words = i18n.clone();
    let submit = move |event: FormEvent| {
        event.prevent_default();
        let Some(choice) = agrees() else {
            action.fail(Error::unanswered(&words, &[("agrees", msg!("plan-answer-choose"))]));
            return;
        };
        action.run(
            client::respond(plan_id.clone(), version, choice, comment()),
            move |_| plan.reload(),
        );
    };
    let answered = view.response.as_ref().map(|r| {
        let at = i18n.date(r.at);
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
                ErrorSummary { error, field_ids: vec![("comment", "comment"), ("agrees", "agree-yes")] }
            }
            if let Some(answered) = answered {
                p { role: "status", class: "status", {answered} }
            }
            form { method: "post", onsubmit: submit,
                input { r#type: "hidden", name: "form", value: "respond" }
                input { r#type: "hidden", name: "plan", value: view.plan_id.clone() }
                input { r#type: "hidden", name: "version", value: "{view.version}" }
                fieldset {
                    legend { {i18n.t(msg!("plan-answer-question"))} }
                    div { class: "choice",
                        input { r#type: "radio", id: "agree-yes", name: "agrees", value: "yes", checked: agrees() == Some(true), onchange: move |_| agrees.set(Some(true)) }
                        label { r#for: "agree-yes", {i18n.t(msg!("plan-agree"))} }
                    }
                    div { class: "choice",
                        input { r#type: "radio", id: "agree-no", name: "agrees", value: "no", checked: agrees() == Some(false), onchange: move |_| agrees.set(Some(false)) }
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
                button { class: "button", r#type: "submit", disabled: action.busy(), {i18n.t(msg!("plan-answer-send"))} }
            }
        }
    }
}
