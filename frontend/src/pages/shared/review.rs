//! One review: what was asked, and each step so far with who took it and when. A declined
//! review says how to complain. The person's caseworker also gets the next steps to take.

use api::auth::Role;
use api::msg;
use api::reviews::{ContactWhom, MeetingNeeds, Outcome, RequestInput, Review, Step};
use api::service::ServiceInfo;
use api::staff::StaffRole;
use dioxus::prelude::*;

use super::review_actions::ReviewActions;
use crate::action::use_action;
use crate::app::Route;
use crate::client::{self, Subject};
use crate::components::{CouncilContacts, ErrorSummary, TextArea, unless_allowed, use_page_title};
use crate::i18n::{I18n, use_i18n};
use crate::load::{Load, use_load};
use crate::session::use_session;
use crate::words::{by_line, origin_label, review_name};

#[component]
pub fn ReviewPage(id: String) -> Element {
    rsx! { ReviewView { id, caring: None } }
}

/// A review of someone the signed-in carer cares for, reached from their reviews.
#[component]
pub fn CaredForReview(person: String, id: String) -> Element {
    rsx! { ReviewView { id, caring: Some(person) } }
}

/// The review; `caring` is the person's id when a carer reads it for them.
#[component]
fn ReviewView(id: String, caring: Option<String>) -> Element {
    let title = use_page_title(msg!("review-title"));
    let session = use_session();
    let review = use_load(use_reactive!(|id| client::review(id)));
    if let Some(page) = unless_allowed(&title, session, session.me.read().is_some()) {
        return page;
    }
    review.page(
        &title,
        |found| rsx! { ReviewBody { review: found, loaded: review, caring } },
    )
}

#[component]
fn ReviewBody(review: Review, loaded: Load<Review>, caring: Option<String>) -> Element {
    let i18n = use_i18n();
    let session = use_session();
    let role = session.me.read().as_ref().map(|me| me.role);
    // Only the caseworker moves a review on; a manager reads it as the person does.
    let caseworker = role == Some(Role::Staff(StaffRole::Caseworker));
    let staff = session.is_staff();
    let heading = if staff || caring.is_some() {
        i18n.t_with(msg!("review-title-for"), &[("name", &review.person_name)])
    } else {
        i18n.t(msg!("review-title-yours"))
    };
    let status = review.status().clone();
    rsx! {
        // Back to the list this review was reached from.
        p {
            if staff {
                Link { class: "back-link", to: Route::ReviewQueue {}, {i18n.t(msg!("review-back-queue"))} }
            } else if let Some(person) = caring.clone() {
                Link { class: "back-link", to: Route::CaredForReviews { person }, {i18n.t(msg!("caring-reviews-back"))} }
            } else {
                Link { class: "back-link", to: Route::MyReviews {}, {i18n.t(msg!("review-back-mine"))} }
            }
        }
        h1 { {heading} }
        p { class: "lead", {review_name(&i18n, &review)} }
        p { {i18n.t(msg!("review-now"))} " " strong { class: "tag", {i18n.t(status.message_id())} } }
        if review.on_behalf {
            p { {i18n.t(msg!("review-on-behalf"))} }
        }
        if !staff && let Some(day) = review.next_by.clone() {
            WhoHasIt { day, caring: caring.clone() }
        }
        if let Some(request) = &review.request {
            Request { request: request.clone(), name: review.person_name.clone() }
        } else {
            p { {origin_label(&i18n, review.origin)} }
        }
        section { "aria-labelledby": "timeline-heading",
            h2 { id: "timeline-heading", {i18n.t(msg!("review-timeline"))} }
            ol { class: "timeline",
                for (n, entry) in review.timeline.iter().enumerate() {
                    li { key: "{n}",
                        h3 { class: "card-title", {i18n.t(entry.step.message_id())} }
                        StepDetails { step: entry.step.clone() }
                        p { class: "hint", {by_line(&i18n, &entry.written)} }
                    }
                }
            }
        }
        if !review.additions.is_empty() {
            section { "aria-labelledby": "added-heading",
                h2 { id: "added-heading", {i18n.t(msg!("review-added-heading"))} }
                ul { class: "cards",
                    for (n, added) in review.additions.iter().enumerate() {
                        li { key: "{n}", class: "card",
                            blockquote { class: "user-text", {added.text.clone()} }
                            p { class: "hint", {by_line(&i18n, &added.written)} }
                        }
                    }
                }
            }
        }
        if !staff && status.is_open() {
            AddInformation { id: review.id.clone(), loaded }
        }
        if matches!(status, Step::Declined { .. }) {
            HowToComplain {}
        }
        if caseworker && status.is_open() {
            ReviewActions { review: review.clone(), loaded }
        }
    }
}

/// Who has the request, and by when the council will next be in touch.
#[component]
fn WhoHasIt(day: String, caring: Option<String>) -> Element {
    let i18n = use_i18n();
    let subject = caring.map_or(Subject::Me, Subject::Person);
    let worker = use_load(move || client::named_worker(subject.clone()));
    let date = i18n.day(&day);
    let words = match worker.value().flatten() {
        Some(worker) => i18n.t_with(msg!("review-who-has-it"), &[("name", &worker.name), ("date", &date)]),
        None => i18n.t_with(msg!("review-who-has-it-unnamed"), &[("date", &date)]),
    };
    rsx! {
        div { class: "panel", p { {words} } }
    }
}

/// More to say while the review is under way: the caseworker sees it on their To do.
#[component]
fn AddInformation(id: String, loaded: Load<Review>) -> Element {
    let i18n = use_i18n();
    let text = use_signal(String::new);
    let mut added = use_signal(|| false);
    let action = use_action();
    let submit = move |event: FormEvent| {
        event.prevent_default();
        added.set(false);
        let mut text = text;
        action.run(client::add_to_review(id.clone(), text()), move |()| {
            text.set(String::new());
            added.set(true);
            loaded.reload();
        });
    };
    rsx! {
        form { onsubmit: submit, novalidate: true,
            h2 { {i18n.t(msg!("review-add-heading"))} }
            if let Some(error) = action.error() {
                ErrorSummary { error, field_ids: vec![("text", "review-add-text")] }
            }
            TextArea {
                id: "review-add-text",
                label: i18n.t(msg!("review-add-label")),
                hint: i18n.t(msg!("review-add-hint")),
                value: text,
                error: action.problem("text"),
                rows: 4,
            }
            button { class: "button", r#type: "submit", disabled: action.busy(), {i18n.t(msg!("review-add-button"))} }
            p { role: "status", class: "status", if added() { {i18n.t(msg!("review-add-done"))} } }
        }
    }
}

/// What the person asked, in the words they chose.
#[component]
fn Request(request: RequestInput, name: String) -> Element {
    let i18n = use_i18n();
    let needs = needs_list(&i18n, &request.needs);
    let contact = if request.contact_when.trim().is_empty() {
        i18n.t(request.contact_how.message_id())
    } else {
        format!("{}: {}", i18n.t(request.contact_how.message_id()), request.contact_when)
    };
    rsx! {
        section { "aria-labelledby": "asked-heading",
            h2 { id: "asked-heading", {i18n.t(msg!("review-asked"))} }
            dl { class: "review-details",
                dt { {i18n.t(msg!("review-form-reason"))} }
                dd { {i18n.t(request.reason.message_id())} }
                dt { {i18n.t(msg!("review-form-what"))} }
                dd { {request.what_happened.clone()} }
                dt { {i18n.t(msg!("review-form-urgency"))} }
                dd { {i18n.t(request.urgency.message_id())} }
                dt { {i18n.t(msg!("review-form-contact"))} }
                dd { {contact} }
                if let Some(whom) = request.contact_whom {
                    dt { {i18n.t(msg!("review-whom"))} }
                    dd { {match whom {
                        ContactWhom::Carer => i18n.t(msg!("review-whom-carer")),
                        ContactWhom::Person => name.clone(),
                        ContactWhom::Both => i18n.t_with(msg!("review-whom-both"), &[("name", &name)]),
                    }} }
                }
                dt { {i18n.t(msg!("review-form-needs"))} }
                dd {
                    if needs.is_empty() {
                        {i18n.t(msg!("review-needs-none"))}
                    } else {
                        ul { class: "list-bullet",
                            for (n, need) in needs.into_iter().enumerate() {
                                li { key: "{n}", {need} }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn needs_list(i18n: &I18n, needs: &MeetingNeeds) -> Vec<String> {
    let mut list = Vec::new();
    if needs.interpreter {
        list.push(i18n.t_with(
            msg!("review-needs-interpreter-in"),
            &[("language", &needs.interpreter_language)],
        ));
    }
    for (wanted, id) in [
        (needs.bsl, msg!("review-need-bsl")),
        (needs.advocate, msg!("review-need-advocate")),
        (needs.large_print, msg!("review-need-large-print")),
        (needs.easy_read, msg!("review-need-easy-read")),
        (needs.someone_with_me, msg!("review-need-someone")),
    ] {
        if wanted {
            list.push(i18n.t(id));
        }
    }
    list
}

/// The details a step carries: when and how the review is, what it decided, or why not.
#[component]
fn StepDetails(step: Step) -> Element {
    let i18n = use_i18n();
    match step {
        Step::Scheduled { date, how } => rsx! {
            p { {i18n.t_with(msg!("review-scheduled-on"), &[("date", &i18n.day(&date)), ("how", &i18n.t(how.message_id()))])} }
        },
        Step::Completed {
            outcome: Outcome::NoChange { why },
        } => rsx! {
            p { {i18n.t(msg!("review-outcome-no-change"))} }
            blockquote { {why} }
        },
        Step::Completed {
            outcome: Outcome::PlanRevised { plan_id, plan_version },
        } => rsx! {
            p { {i18n.t(msg!("review-outcome-plan-revised"))} }
            p { Link { to: Route::Plan { id: plan_id, which: plan_version.to_string() },
                {i18n.t_with(msg!("review-outcome-see-plan"), &[("version", &plan_version.to_string())])}
            } }
        },
        Step::Completed {
            outcome: Outcome::NewAssessment { note },
        } => rsx! {
            p { {i18n.t(msg!("review-outcome-new-assessment"))} }
            if !note.trim().is_empty() { blockquote { {note} } }
        },
        Step::Declined { reasons } => rsx! {
            p { {i18n.t(msg!("review-declined-why"))} }
            blockquote { {reasons} }
        },
        Step::Submitted | Step::Planned | Step::Acknowledged => rsx! {},
    }
}

/// Declining a review is a decision the person may challenge: first with the council, then
/// with the Ombudsman.
#[component]
fn HowToComplain() -> Element {
    let i18n = use_i18n();
    let council = use_context::<Load<ServiceInfo>>().value().and_then(|info| info.council);
    rsx! {
        section { class: "contact", "aria-labelledby": "complain-heading",
            h2 { id: "complain-heading", {i18n.t(msg!("review-complain-heading"))} }
            if let Some(council) = council {
                p { {i18n.t_with(msg!("review-complain-council"), &[("council", &council.name)])} }
                CouncilContacts { council }
            } else {
                p { {i18n.t(msg!("review-complain-council-unknown"))} }
            }
            p { {i18n.t(msg!("review-complain-ombudsman"))} }
            ul { class: "list-plain",
                li { a { href: "tel:03000610614", {i18n.t_with(msg!("home-contact-phone"), &[("phone", "0300 061 0614")])} } }
                li { a { href: "https://www.lgo.org.uk", {i18n.t_with(msg!("home-contact-website"), &[("website", "www.lgo.org.uk")])} } }
            }
        }
    }
}
