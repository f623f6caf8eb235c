//! Asking for a review, by the person or by a carer for them: why, what has happened, how
//! urgent it is, how to get in touch, and what the person needs to take part in the meeting.

use api::error::ErrorCode;
use api::msg;
use api::reviews::{
    CONTACT_WAYS, CONTACT_WHOM, ContactWay, ContactWhom, MeetingNeeds, REASONS, Reason, RequestInput, URGENCIES,
    Urgency,
};
use dioxus::prelude::*;

use super::form::{Check, ErrorSummary, Radios, TextArea, TextField};
use super::page::unless_allowed;
use super::urgent_help::UrgentHelp;
use crate::action::{Kept, use_form_action};
use crate::app::Route;
use crate::client::{self, Error, Subject};
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::session::use_session;
use crate::unread::use_unread;
use crate::words::carer_reason;

/// Each answer the server (or this page) may find fault with, and the control to go to.
const FIELD_IDS: [(&str, &str); 7] = [
    ("reason", "review-reason-needs_changed"),
    ("what_happened", "review-what-happened"),
    ("urgency", "review-urgency-urgent"),
    ("contact_how", "review-contact-phone"),
    ("contact_whom", "review-whom-carer"),
    ("contact_when", "review-contact-when"),
    ("needs.interpreter_language", "review-interpreter-language"),
];

/// The request form; `target` is the person a carer asks for, and whether the carer may
/// follow the review afterwards; `name` what the carer calls them, so the form speaks of
/// them rather than asking the carer the person's own questions.
#[component]
pub fn RequestForm(title: String, target: Option<(String, bool)>, name: Option<String>) -> Element {
    let i18n = use_i18n();
    let session = use_session();
    let navigator = use_navigator();
    let mut unread = use_unread();
    // Also sent as a plain form, before or without the app; refused, it comes back with
    // what was typed.
    let (action, kept) = use_form_action(Some("review"));
    let mut reason = use_signal(|| Reason::parse(&kept.get("review-reason")));
    let mut urgency = use_signal(|| Urgency::parse(&kept.get("review-urgency")));
    let mut contact = use_signal(|| ContactWay::parse(&kept.get("review-contact")));
    let mut whom = use_signal(|| ContactWhom::parse(&kept.get("review-whom")));
    let what = use_signal(|| kept.get("review-what-happened"));
    let when = use_signal(|| kept.get("review-contact-when"));
    let language = use_signal(|| kept.get("review-interpreter-language"));
    let mut needs = use_signal(|| kept_needs(&kept));
    let mut sent = use_signal(|| false);
    let for_someone = target.clone().map(|(person, _)| person);
    let may_follow = target.as_ref().is_some_and(|(_, follow)| *follow);
    let subject = for_someone.clone().map_or(Subject::Me, Subject::Person);
    let worker = {
        let subject = subject.clone();
        use_load(move || client::named_worker(subject.clone()))
    };
    // The reviews under way, so a second request for the same reason is headed off before
    // the form is filled in (a carer who may not follow reviews just is not told).
    let reviews = use_load(move || client::reviews(subject.clone()));
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some() && !session.is_staff()) {
        return page;
    }
    let submit = {
        let i18n = i18n.clone();
        move |event: FormEvent| {
            event.prevent_default();
            // The server cannot tell an unanswered question from a wrong answer, so the
            // choices are checked here; what is written is checked by the server.
            let (Some(reason), Some(urgency), Some(contact_how)) = (reason(), urgency(), contact()) else {
                let missing = [
                    (reason().is_none(), "reason", msg!("review-problem-reason")),
                    (urgency().is_none(), "urgency", msg!("review-problem-urgency")),
                    (contact().is_none(), "contact_how", msg!("review-problem-contact")),
                    (
                        target.is_some() && whom().is_none(),
                        "contact_whom",
                        msg!("review-problem-whom"),
                    ),
                ];
                let missing: Vec<_> = missing.into_iter().filter(|m| m.0).map(|(_, f, id)| (f, id)).collect();
                action.fail(Error::unanswered(&i18n, &missing));
                return;
            };
            let mut needs = needs();
            needs.interpreter_language = if needs.interpreter { language() } else { String::new() };
            let request = RequestInput {
                reason,
                what_happened: what(),
                urgency,
                contact_how,
                contact_when: when(),
                needs,
                contact_whom: whom(),
            };
            let target = target.clone();
            let subject = match &target {
                Some((person, _)) => Subject::Person(person.clone()),
                None => Subject::Me,
            };
            let request = client::request_review(subject, request);
            action.run(request, move |id| match target {
                Some((person, true)) => {
                    navigator.push(Route::CaredForReview { person, id });
                }
                Some(_) => sent.set(true),
                None => {
                    // Asking notifies the person too: the count in the navigation goes up.
                    unread.refresh();
                    navigator.push(Route::ReviewPage { id });
                }
            });
        }
    };
    let problem = |field: &str| action.problem(field);
    let already_open = action.error().is_some_and(|e| e.is(ErrorCode::ReviewAlreadyOpen));
    let need = needs();
    if sent() {
        return rsx! {
            h1 { {title} }
            div { class: "panel", role: "status",
                h2 { {i18n.t(msg!("caring-ask-sent"))} }
                p { {i18n.t(msg!("caring-ask-sent-next"))} }
            }
            p { Link { to: Route::CaringFor {}, {i18n.t(msg!("caring-for-title"))} } }
        };
    }
    rsx! {
        h1 { {title} }
        p {
            {i18n.t(if for_someone.is_some() { msg!("caring-ask-intro") } else { msg!("review-form-intro") })}
        }
        if let Some(error) = action.error() {
            if error.is(ErrorCode::AccessEnded) {
                div { class: "panel",
                    p { {error.describe(&i18n)} }
                    p { Link { to: Route::CaringFor {}, {i18n.t(msg!("caring-for-title"))} } }
                }
            } else {
                ErrorSummary { error, field_ids: FIELD_IDS.to_vec() }
            }
        }
        if already_open {
            if let Some(person) = for_someone.clone() {
                p { Link { to: Route::CaredForReviews { person }, {i18n.t(msg!("caring-reviews-back"))} } }
            } else {
                p { Link { to: Route::MyReviews {}, {i18n.t(msg!("review-form-see-open"))} } }
            }
        }
        form { method: "post", onsubmit: submit, novalidate: true,
            input { r#type: "hidden", name: "form", value: "review" }
            if let Some(person) = for_someone.clone() {
                input { r#type: "hidden", name: "person", value: person }
                if may_follow {
                    input { r#type: "hidden", name: "follow", value: "yes" }
                }
            }
            Radios {
                name: "review-reason",
                legend: match &name {
                    Some(name) => i18n.t_with(msg!("caring-form-reason"), &[("name", name)]),
                    None => i18n.t(msg!("review-form-reason")),
                },
                options: REASONS
                    .iter()
                    .map(|r| (r.as_str(), match &name {
                        Some(name) => carer_reason(&i18n, *r, name),
                        None => i18n.t(r.message_id()),
                    }))
                    .collect::<Vec<_>>(),
                chosen: reason().map(Reason::as_str),
                error: problem("reason"),
                onchange: move |value: &str| reason.set(Reason::parse(value)),
            }
            if let Some(open) = reason().and_then(|chosen| {
                reviews.value()?.into_iter().find(|r| r.is_open() && r.request.as_ref().is_some_and(|q| q.reason == chosen))
            }) {
                div { class: "panel", role: "status",
                    p { {i18n.t(msg!("review-form-open-already"))} }
                    p { Link {
                        to: match for_someone.clone() {
                            Some(person) => Route::CaredForReview { person, id: open.id.clone() },
                            None => Route::ReviewPage { id: open.id.clone() },
                        },
                        {i18n.t(msg!("review-form-add-to-open"))}
                    } }
                }
            }
            TextArea {
                id: "review-what-happened",
                label: i18n.t(msg!("review-form-what")),
                hint: i18n.t(msg!("review-form-what-hint")),
                value: what,
                error: problem("what_happened"),
                rows: 5,
            }
            Radios {
                name: "review-urgency",
                legend: i18n.t(msg!("review-form-urgency")),
                options: URGENCIES.iter().map(|u| (u.as_str(), i18n.t(u.message_id()))).collect::<Vec<_>>(),
                chosen: urgency().map(Urgency::as_str),
                error: problem("urgency"),
                onchange: move |value: &str| urgency.set(Urgency::parse(value)),
            }
            if urgency() == Some(Urgency::Urgent) {
                UrgentHelp { worker: worker.value().flatten() }
            }
            Radios {
                name: "review-contact",
                legend: i18n.t(if name.is_some() { msg!("caring-form-contact") } else { msg!("review-form-contact") }),
                options: CONTACT_WAYS.iter().map(|c| (c.as_str(), i18n.t(c.message_id()))).collect::<Vec<_>>(),
                chosen: contact().map(ContactWay::as_str),
                error: problem("contact_how"),
                onchange: move |value: &str| contact.set(ContactWay::parse(value)),
            }
            // A carer says whom to contact: themselves, the person, or both.
            if let Some(name) = &name {
                Radios {
                    name: "review-whom",
                    legend: i18n.t_with(msg!("caring-form-whom"), &[("name", name)]),
                    options: CONTACT_WHOM.iter().map(|w| (w.as_str(), whom_label(&i18n, *w, name))).collect::<Vec<_>>(),
                    chosen: whom().map(ContactWhom::as_str),
                    error: problem("contact_whom"),
                    onchange: move |value: &str| whom.set(ContactWhom::parse(value)),
                }
            }
            TextField {
                id: "review-contact-when",
                label: i18n.t(msg!("review-form-when")),
                hint: i18n.t(msg!("review-form-when-hint")),
                value: when,
                error: problem("contact_when"),
            }
            fieldset { "aria-describedby": "review-needs-hint",
                legend {
                    match &name {
                        Some(name) => i18n.t_with(msg!("caring-form-needs"), &[("name", name)]),
                        None => i18n.t(msg!("review-form-needs")),
                    }
                }
                p { class: "hint", id: "review-needs-hint", {i18n.t(msg!("review-form-needs-hint"))} }
                Check { id: "review-need-interpreter", label: i18n.t(msg!("review-need-interpreter")), checked: need.interpreter,
                    onchange: move |on| needs.write().interpreter = on }
                // Asked only of someone who needs an interpreter, right under that box.
                if need.interpreter {
                    TextField {
                        id: "review-interpreter-language",
                        label: i18n.t(msg!("review-need-language")),
                        value: language,
                        error: problem("needs.interpreter_language"),
                    }
                }
                Check { id: "review-need-bsl", label: i18n.t(msg!("review-need-bsl")), checked: need.bsl,
                    onchange: move |on| needs.write().bsl = on }
                Check { id: "review-need-advocate", label: i18n.t(msg!("review-need-advocate")), checked: need.advocate,
                    onchange: move |on| needs.write().advocate = on }
                Check { id: "review-need-large-print", label: i18n.t(msg!("review-need-large-print")), checked: need.large_print,
                    onchange: move |on| needs.write().large_print = on }
                Check { id: "review-need-easy-read", label: i18n.t(msg!("review-need-easy-read")), checked: need.easy_read,
                    onchange: move |on| needs.write().easy_read = on }
                Check { id: "review-need-someone", label: i18n.t(msg!("review-need-someone")), checked: need.someone_with_me,
                    onchange: move |on| needs.write().someone_with_me = on }
            }
            button { class: "button", r#type: "submit", disabled: action.busy(), {i18n.t(msg!("review-form-send"))} }
        }
    }
}

/// The ticked boxes of a refused plain form.
fn kept_needs(kept: &Kept) -> MeetingNeeds {
    let ticked = |need: &str| kept.get(&format!("review-need-{need}")) == "yes";
    MeetingNeeds {
        interpreter: ticked("interpreter"),
        interpreter_language: String::new(),
        bsl: ticked("bsl"),
        advocate: ticked("advocate"),
        large_print: ticked("large-print"),
        easy_read: ticked("easy-read"),
        someone_with_me: ticked("someone"),
    }
}

/// A carer's choice of whom the caseworker contacts, in the carer's words.
fn whom_label(i18n: &crate::i18n::I18n, whom: ContactWhom, name: &str) -> String {
    match whom {
        ContactWhom::Carer => i18n.t(msg!("caring-whom-me")),
        ContactWhom::Person => i18n.t_with(msg!("caring-whom-them"), &[("name", name)]),
        ContactWhom::Both => i18n.t_with(msg!("caring-whom-both"), &[("name", name)]),
    }
}
