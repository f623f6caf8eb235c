//! For staff: the people on the caseload (a manager: the team's), found by name or case
//! reference, each with their plans and the way into editing and reading them, when their
//! next review is due and whether anything needs attention.

use api::auth::Role;
use api::msg;
use api::plan::{CaseloadEntry, PlanKind};
use api::staff::StaffRole;
use dioxus::prelude::*;

use crate::action::{Action, use_action};
use crate::app::Route;
use crate::client;
use crate::components::{ErrorSummary, Select, unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::session::use_session;

#[component]
pub fn Caseload() -> Element {
    let title = use_page_title(msg!("caseload-title"));
    let session = use_session();
    let action = use_action();
    let i18n = use_i18n();
    let mut search = use_signal(String::new);
    let mut flagged_only = use_signal(|| false);
    let said = use_signal(|| None::<String>);
    let role = session.me.read().as_ref().map(|me| me.role);
    // A manager allocates people to the team's caseworkers: the caseload and they come
    // together, or the page says what failed and offers to try again.
    let caseload = use_load(move || async move {
        let manager = session.me.read().as_ref().map(|me| me.role) == Some(Role::Staff(StaffRole::Manager));
        let list = client::caseload().await?;
        let caseworkers: Vec<(String, String)> = if manager {
            let team = client::staff_members().await?;
            team.into_iter()
                .filter(|m| m.active && m.role == StaffRole::Caseworker)
                .map(|m| (m.id, m.name))
                .collect()
        } else {
            Vec::new()
        };
        Ok((list, caseworkers))
    });
    if let Some(page) = unless_allowed(&title, session, session.is_staff()) {
        return page;
    }
    rsx! {
        h1 { {title} }
        if role != Some(Role::Staff(StaffRole::Admin)) {
            p { Link { class: "button", to: Route::RegisterPerson {}, {i18n.t(msg!("caseload-register"))} } }
        }
        if let Some(error) = action.error() {
            ErrorSummary { error, field_ids: vec![] }
        }
        p { role: "status", class: "status", {said()} }
        // Sixty people do not fit a screen: find someone by name, or see only who needs acting on.
        div { class: "filters",
            div { class: "field",
                label { r#for: "caseload-search", {i18n.t(msg!("caseload-search"))} }
                input { id: "caseload-search", r#type: "search", value: "{search}", oninput: move |e| search.set(e.value()) }
            }
            div { class: "choice",
                input { r#type: "checkbox", id: "caseload-flagged", checked: flagged_only(), onchange: move |e| flagged_only.set(e.checked()) }
                label { r#for: "caseload-flagged", {i18n.t(msg!("caseload-only-flagged"))} }
            }
        }
        {caseload.show(|(list, caseworkers)| {
            let wanted = search().trim().to_lowercase();
            let shown: Vec<CaseloadEntry> = list
                .into_iter()
                .filter(|e| wanted.is_empty() || found(e, &wanted))
                .filter(|e| !flagged_only() || e.concerns > 0)
                .collect();
            rsx! {
                p { role: "status", {i18n.t_count(msg!("caseload-shown"), "count", i64::try_from(shown.len()).unwrap_or(i64::MAX))} }
                // A table on a laptop; on a phone each row stacks as a card (see `table.stack`).
                table { class: "stack",
                    caption { class: "visually-hidden", {i18n.t(msg!("caseload-title"))} }
                    thead { tr {
                        th { scope: "col", {i18n.t(msg!("caseload-col-person"))} }
                        th { scope: "col", {i18n.t(msg!("caseload-col-plan"))} }
                        th { scope: "col", {i18n.t(msg!("caseload-col-review"))} }
                        th { scope: "col", {i18n.t(msg!("caseload-col-attention"))} }
                    } }
                    tbody {
                        for entry in shown {
                            PersonRow { key: "{entry.person_id}", entry, action, caseworkers: caseworkers.clone(), said, onchange: move |_| caseload.reload() }
                        }
                    }
                }
            }
        })}
    }
}

/// Whether a person is the one searched for: by name, or by the council's case reference.
fn found(entry: &CaseloadEntry, wanted: &str) -> bool {
    entry.name.to_lowercase().contains(wanted)
        || entry
            .case_reference
            .as_deref()
            .is_some_and(|r| r.to_lowercase().replace(' ', "").contains(&wanted.replace(' ', "")))
}

#[component]
fn PersonRow(
    entry: CaseloadEntry,
    action: Action,
    caseworkers: Vec<(String, String)>,
    said: Signal<Option<String>>,
    onchange: EventHandler<()>,
) -> Element {
    let i18n = use_i18n();
    // Only the person's own caseworker edits their plan; a manager reads it. Either may
    // close the case.
    let role = use_session().me.read().as_ref().map(|me| me.role);
    let caseworker = role == Some(Role::Staff(StaffRole::Caseworker));
    let manager = role == Some(Role::Staff(StaffRole::Manager));
    let navigator = use_navigator();
    let start = {
        let person = entry.person_id.clone();
        move |_| {
            action.run(client::start_plan(person.clone(), PlanKind::Care), move |plan| {
                navigator.push(Route::Editor { id: plan.id });
            });
        }
    };
    let chosen = use_signal(String::new);
    let allocate = {
        let (i18n, person, name) = (i18n.clone(), entry.person_id.clone(), entry.name.clone());
        move |event: FormEvent| {
            event.prevent_default();
            let done = i18n.t_with(msg!("caseload-allocated"), &[("name", &name)]);
            let mut said = said;
            action.run(client::allocate(person.clone(), chosen()), move |()| {
                said.set(Some(done));
                onchange.call(());
            });
        }
    };
    let close = {
        let (i18n, person, name) = (i18n.clone(), entry.person_id.clone(), entry.name.clone());
        move |_| {
            let (i18n, name) = (i18n.clone(), name.clone());
            let mut said = said;
            action.run(client::close_case(person.clone()), move |until| {
                let day = i18n.day(&until);
                said.set(Some(
                    i18n.t_with(msg!("caseload-closed"), &[("name", &name), ("date", &day)]),
                ));
                onchange.call(());
            });
        }
    };
    let label = |id| i18n.t(id);
    rsx! {
        tr {
            th { scope: "row", "data-label": label(msg!("caseload-col-person")),
                span { class: "row-title", {entry.name.clone()} }
                if entry.needs_allocation {
                    strong { class: "tag tag-overdue", {i18n.t(msg!("caseload-needs-allocation"))} }
                }
                if let Some(reference) = &entry.case_reference {
                    span { class: "hint", {i18n.t_with(msg!("caseload-reference"), &[("reference", reference)])} }
                }
                // Accessible Information Standard: how to give them information, where it is seen.
                if !entry.communication_needs.is_empty() {
                    span { class: "hint", {i18n.t_with(msg!("caseload-communication"), &[("needs", &entry.communication_needs)])} }
                }
                if !entry.worker_name.is_empty() {
                    span { class: "hint", {i18n.t_with(msg!("caseload-worker"), &[("name", &entry.worker_name)])} }
                }
                // Ending a case is never one tap: it is opened first, and says what follows.
                if (caseworker || manager) && !entry.needs_allocation {
                    details {
                        summary { {i18n.t(msg!("caseload-close"))} span { class: "visually-hidden", " {entry.name}" } }
                        p { {i18n.t_with(msg!("caseload-close-explain"), &[("name", &entry.name)])} }
                        button { class: "button-secondary", r#type: "button", disabled: action.busy(), onclick: close,
                            {i18n.t_with(msg!("caseload-close-confirm"), &[("name", &entry.name)])}
                        }
                    }
                }
                if !caseworkers.is_empty() {
                    form { onsubmit: allocate, novalidate: true,
                        Select {
                            id: "allocate-{entry.person_id}",
                            label: i18n.t_with(msg!("caseload-allocate-label"), &[("name", &entry.name)]),
                            options: std::iter::once((String::new(), i18n.t(msg!("caseload-choose")))).chain(caseworkers.clone()).collect::<Vec<_>>(),
                            value: chosen,
                        }
                        button { class: "button-secondary", r#type: "submit", disabled: action.busy() || chosen().is_empty(),
                            {i18n.t(msg!("caseload-allocate"))}
                            span { class: "visually-hidden", " {entry.name}" }
                        }
                    }
                }
                Link { to: Route::PersonCarers { person: entry.person_id.clone() },
                    {i18n.t(msg!("caseload-carers"))}
                    span { class: "visually-hidden", " {entry.name}" }
                }
            }
            td { "data-label": label(msg!("caseload-col-plan")),
                if entry.plans.is_empty() {
                    p { strong { class: "tag tag-grey", {i18n.t(msg!("caseload-no-plan"))} } }
                    if caseworker {
                        button { class: "button-secondary", r#type: "button", disabled: action.busy(), onclick: start,
                            {i18n.t(msg!("caseload-start"))}
                            span { class: "visually-hidden", " {entry.name}" }
                        }
                    }
                }
                for plan in entry.plans.clone() {
                    div { class: "plan-links", key: "{plan.id}",
                        p {
                            {i18n.t(match plan.kind { PlanKind::Care => msg!("my-plans-care"), PlanKind::Carer => msg!("my-plans-carer") })}
                            " "
                            match plan.current_version {
                                Some(version) => rsx! { strong { class: "tag", {i18n.t_with(msg!("caseload-published"), &[("version", &version.to_string())])} } },
                                None => rsx! { strong { class: "tag tag-grey", {i18n.t(msg!("caseload-not-published"))} } },
                            }
                        }
                        ul { class: "list-plain",
                            if caseworker {
                                li { Link { to: Route::Editor { id: plan.id.clone() },
                                    {i18n.t(msg!("caseload-edit"))}
                                    span { class: "visually-hidden", " {entry.name}" }
                                } }
                            }
                            if plan.current_version.is_some() {
                                li { Link { to: Route::Plan { id: plan.id.clone(), which: "latest".into() },
                                    {i18n.t(msg!("caseload-read"))}
                                    span { class: "visually-hidden", " {entry.name}" }
                                } }
                                li { Link { to: Route::Versions { id: plan.id.clone() },
                                    {i18n.t(msg!("plan-versions-link"))}
                                    span { class: "visually-hidden", " {entry.name}" }
                                } }
                            }
                        }
                    }
                }
            }
            td { "data-label": label(msg!("caseload-col-review")),
                match &entry.next_review {
                    Some(day) => rsx! {
                        {i18n.day(day)}
                        if entry.review_overdue {
                            " "
                            strong { class: "tag tag-overdue", {i18n.t(msg!("review-queue-overdue"))} }
                        }
                    },
                    None => rsx! { {i18n.t(msg!("caseload-no-review"))} },
                }
            }
            td { "data-label": label(msg!("caseload-col-attention")),
                // Said in words, not only by colour: a possible safeguarding matter to act on.
                if entry.concerns > 0 {
                    p { class: "flag",
                        strong { {i18n.t(msg!("caseload-concern"))} }
                        " "
                        Link { to: Route::PersonCarers { person: entry.person_id.clone() },
                            {i18n.t(msg!("caseload-concern-see"))}
                            span { class: "visually-hidden", " {entry.name}" }
                        }
                    }
                } else {
                    {i18n.t(msg!("caseload-nothing"))}
                }
            }
        }
    }
}
