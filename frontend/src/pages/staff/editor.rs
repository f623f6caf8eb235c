//! For the caseworker: edit the plan's draft, section by section, save it (a save made
//! from an older draft is refused, never overwriting a colleague), and publish it.

use api::msg;
use api::plan::{BudgetManagement, DraftView};
use api::plan_text::{WELLBEING, management, wellbeing};
use dioxus::prelude::*;

use super::plan_form::{Form, NeedForm, SupportForm};
use crate::action::{Action, use_action};
use crate::app::Route;
use crate::client;
use crate::components::{self, Check, described_by, unless_allowed, use_page_title};
use crate::hydrated::use_hydrated;
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::session::use_session;
use crate::words::plan_title;

/// `needs.0.how_met` → `field-needs-0-how_met`, the id of its input.
fn field_id(path: &str) -> String {
    format!("field-{}", path.replace('.', "-"))
}

#[derive(Clone, Copy, PartialEq)]
struct Editing {
    form: Signal<Form>,
    /// Answers this page found wanting before saving (not a number where one is needed).
    problems: Signal<Vec<(String, String)>>,
    /// Saving, and what the server found wrong.
    saving: Action,
}

impl Editing {
    fn problem(&self, path: &str) -> Option<String> {
        self.problems
            .read()
            .iter()
            .find(|(field, _)| field == path)
            .map(|(_, message)| message.clone())
            .or_else(|| self.saving.problem(path))
    }
}

#[component]
pub fn Editor(id: String) -> Element {
    let title = use_page_title(msg!("editor-title"));
    let session = use_session();
    let draft = use_load(use_reactive!(|id| client::draft(id)));
    if let Some(page) = unless_allowed(&title, session, session.is_staff()) {
        return page;
    }
    draft.page(&title, |view| rsx! { EditorForm { view } })
}

#[component]
fn EditorForm(view: DraftView) -> Element {
    let i18n = use_i18n();
    let editing = Editing {
        form: use_signal(|| Form::from_plan(&view.content)),
        problems: use_signal(Vec::new),
        saving: use_action(),
    };
    let mut version = use_signal(|| view.version);
    let mut status = use_signal(String::new);
    let navigator = use_navigator();
    let plan_id = view.plan_id.clone();
    let kind = view.kind;

    let mut save = {
        let i18n = i18n.clone();
        let plan_id = plan_id.clone();
        move |then_publish: bool| {
            let (i18n, plan_id) = (i18n.clone(), plan_id.clone());
            let mut problems = editing.problems;
            status.set(String::new());
            let content = match editing.form.read().to_plan() {
                Ok(content) => content,
                Err(found) => {
                    problems.set(found.into_iter().map(|(field, id)| (field, i18n.t(id))).collect());
                    return;
                }
            };
            // Before the check page, what publishing needs: found here, each at its field.
            if then_publish {
                let missing = api::plan_check::check(&content, kind, true, &crate::platform::today());
                if !missing.is_empty() {
                    problems.set(
                        missing
                            .into_iter()
                            .map(|p| (p.field, i18n.t(p.problem.message_id())))
                            .collect(),
                    );
                    return;
                }
            }
            problems.set(Vec::new());
            let request = client::save_draft(plan_id.clone(), version(), content);
            editing.saving.run(request, move |saved| {
                version.set(saved.version);
                if then_publish {
                    // A published version is a legal record: it is checked on its own page.
                    navigator.push(Route::PublishCheck { id: plan_id });
                } else {
                    status.set(i18n.t(msg!("editor-saved")));
                }
            });
        }
    };
    let mut save_and_publish = save.clone();
    // What to fix: the page's own findings, else the server's.
    let (summary, problem_list) = match (editing.problems.read().clone(), editing.saving.error()) {
        (found, _) if !found.is_empty() => (Some(i18n.t(msg!("error-validation"))), found),
        (_, Some(error)) => (Some(error.describe(&i18n)), error.fields()),
        _ => (None, Vec::new()),
    };
    rsx! {
        p { Link { class: "back-link", to: Route::Caseload {}, {i18n.t(msg!("caseload-title"))} } }
        h1 { {plan_title(&i18n, view.kind, &view.person_name)} }
        p { class: "lead", {i18n.t(msg!("editor-intro"))} }
        if let Some(message) = summary {
            div { class: "error-summary", role: "alert", tabindex: "-1",
                h2 { {i18n.t(msg!("error-summary-title"))} }
                p { {message} }
                ul {
                    for (field, message) in problem_list {
                        li { key: "{field}", a { href: "#{field_id(&field)}", {message} } }
                    }
                }
            }
        }
        p { role: "status", class: "status", {status()} }
        form { onsubmit: move |event: FormEvent| { event.prevent_default(); save(false); }, novalidate: true,
            AboutSection { editing }
            NeedsSection { editing }
            SupportSection { editing }
            BudgetSection { editing }
            RestSection { editing }
            div { class: "actions",
                button { class: "button", r#type: "submit", disabled: editing.saving.busy(), {i18n.t(msg!("editor-save"))} }
                button { class: "button-secondary", r#type: "button", disabled: editing.saving.busy(), onclick: move |_| save_and_publish(true), {i18n.t(msg!("editor-publish"))} }
            }
        }
    }
}

/// One answer of the plan: a text box (or, `multiline`, a text area) with its label, hint
/// and the problem with it, if any.
#[component]
fn Field(
    editing: Editing,
    path: String,
    label: String,
    value: String,
    onchange: EventHandler<String>,
    multiline: Option<bool>,
    kind: Option<&'static str>,
    hint: Option<String>,
) -> Element {
    let id = field_id(&path);
    let error = editing.problem(&path);
    let hydrated = use_hydrated();
    let described = described_by(&id, hint.is_some(), error.is_some());
    let invalid = if error.is_some() { "true" } else { "false" };
    rsx! {
        components::Field { id: id.clone(), label, hint, error,
            if multiline == Some(true) {
                textarea {
                    id: "{id}",
                    rows: "3",
                    // Filled in once the app has taken over (see `TextArea`).
                    value: if hydrated { value.clone() } else { String::new() },
                    "aria-describedby": described,
                    "aria-invalid": invalid,
                    oninput: move |e| onchange.call(e.value()),
                }
            } else {
                input {
                    id: "{id}",
                    r#type: kind.unwrap_or("text"),
                    value: "{value}",
                    "aria-describedby": described,
                    "aria-invalid": invalid,
                    oninput: move |e| onchange.call(e.value()),
                }
            }
        }
    }
}

#[component]
fn AboutSection(editing: Editing) -> Element {
    let i18n = use_i18n();
    let mut form = editing.form;
    let f = form.read().clone();
    let one_per_line = i18n.t(msg!("editor-one-per-line"));
    rsx! {
        fieldset { class: "section",
            legend { h2 { {i18n.t(msg!("plan-section-about-me"))} } }
            Field { multiline: true, editing, path: "about_me.important_to_me", label: i18n.t(msg!("plan-important-to-me")), value: f.important_to_me, onchange: move |v| form.write().important_to_me = v }
            Field { multiline: true, editing, path: "about_me.people_important_to_me", label: i18n.t(msg!("plan-people-important")), value: f.people_important, onchange: move |v| form.write().people_important = v }
            Field { multiline: true, editing, path: "about_me.communication", label: i18n.t(msg!("plan-communication")), value: f.communication, onchange: move |v| form.write().communication = v }
            Field { multiline: true, editing, path: "about_me.how_to_support_me", label: i18n.t(msg!("plan-how-to-support")), value: f.how_to_support, onchange: move |v| form.write().how_to_support = v }
            Field { multiline: true, editing, path: "about_me.please_do", label: i18n.t(msg!("plan-please-do")), hint: one_per_line.clone(), value: f.please_do, onchange: move |v| form.write().please_do = v }
            Field { multiline: true, editing, path: "about_me.please_dont", label: i18n.t(msg!("plan-please-dont")), hint: one_per_line.clone(), value: f.please_dont, onchange: move |v| form.write().please_dont = v }
        }
        fieldset { class: "section",
            legend { h2 { {i18n.t(msg!("plan-section-strengths"))} } }
            Field { multiline: true, editing, path: "strengths.what_i_can_do", label: i18n.t(msg!("plan-can-do")), value: f.can_do, onchange: move |v| form.write().can_do = v }
            Field { multiline: true, editing, path: "strengths.who_helps_me", label: i18n.t(msg!("plan-who-helps")), value: f.who_helps, onchange: move |v| form.write().who_helps = v }
        }
    }
}

#[component]
fn NeedsSection(editing: Editing) -> Element {
    let i18n = use_i18n();
    let mut form = editing.form;
    let needs = form.read().needs.clone();
    let needs_problem = editing.problem("needs");
    rsx! {
        fieldset { class: "section", id: "{field_id(\"needs\")}", tabindex: "-1",
            legend { h2 { {i18n.t(msg!("plan-section-needs"))} } }
            if let Some(problem) = needs_problem { p { class: "field-message", {problem} } }
            for (i, need) in needs.into_iter().enumerate() {
                div { class: "card", key: "{i}",
                    h3 { class: "card-title", {format!("{} {}", i18n.t(msg!("plan-need")), i + 1)} }
                    Field { multiline: true, editing, path: format!("needs.{i}.description"), label: i18n.t(msg!("plan-need-description")), value: need.description.clone(), onchange: move |v| form.write().needs[i].description = v }
                    Check { id: format!("field-needs-{i}-eligible"), label: i18n.t(msg!("plan-eligible")), checked: need.eligible, onchange: move |v| form.write().needs[i].eligible = v }
                    fieldset {
                        legend { {i18n.t(msg!("plan-wellbeing"))} }
                        for area in WELLBEING {
                            Check {
                                key: "{area:?}",
                                id: format!("field-needs-{i}-wellbeing-{area:?}"),
                                label: wellbeing(i18n.messages(), area),
                                checked: need.wellbeing.contains(&area),
                                onchange: move |on: bool| {
                                    let mut f = form.write();
                                    let areas = &mut f.needs[i].wellbeing;
                                    areas.retain(|a| *a != area);
                                    if on { areas.push(area); }
                                },
                            }
                        }
                    }
                    Field { multiline: true, editing, path: format!("needs.{i}.how_met"), label: i18n.t(msg!("plan-how-met")), value: need.how_met.clone(), onchange: move |v| form.write().needs[i].how_met = v }
                    button { class: "button-secondary", r#type: "button", onclick: move |_| { form.write().needs.remove(i); },
                        {i18n.t_with(msg!("editor-remove-need"), &[("n", &(i + 1).to_string())])}
                    }
                }
            }
            button { class: "button-secondary", r#type: "button", onclick: move |_| form.write().needs.push(NeedForm { eligible: true, ..NeedForm::default() }),
                {i18n.t(msg!("editor-add-need"))}
            }
        }
        fieldset { class: "section",
            legend { h2 { {i18n.t(msg!("plan-section-outcomes"))} } }
            Field { multiline: true, editing, path: "outcomes", label: i18n.t(msg!("plan-outcomes")), hint: i18n.t(msg!("editor-one-per-line")), value: form.read().outcomes.clone(), onchange: move |v| form.write().outcomes = v }
        }
    }
}

#[component]
fn SupportSection(editing: Editing) -> Element {
    let i18n = use_i18n();
    let mut form = editing.form;
    let support = form.read().support.clone();
    rsx! {
        fieldset { class: "section",
            legend { h2 { {i18n.t(msg!("plan-section-support"))} } }
            for (i, s) in support.into_iter().enumerate() {
                div { class: "card", key: "{i}",
                    h3 { class: "card-title", {format!("{} {}", i18n.t(msg!("plan-support-item")), i + 1)} }
                    Field { editing, path: format!("support.{i}.what"), label: i18n.t(msg!("plan-support-what")), value: s.what.clone(), onchange: move |v| form.write().support[i].what = v }
                    Field { editing, path: format!("support.{i}.provider"), label: i18n.t(msg!("plan-support-who")), value: s.provider.clone(), onchange: move |v| form.write().support[i].provider = v }
                    Check { id: format!("field-support-{i}-carer"), label: i18n.t(msg!("editor-unpaid-carer")), checked: s.unpaid_carer, onchange: move |v| form.write().support[i].unpaid_carer = v }
                    if s.unpaid_carer {
                        Check { id: format!("field-support-{i}-agreed"), label: i18n.t(msg!("editor-carer-agreed")), checked: s.agreed, onchange: move |v| form.write().support[i].agreed = v }
                    }
                    Field { editing, path: format!("support.{i}.when"), label: i18n.t(msg!("plan-support-when")), value: s.when.clone(), onchange: move |v| form.write().support[i].when = v }
                    Field { editing, path: format!("support.{i}.hours"), label: i18n.t(msg!("plan-support-hours")), hint: i18n.t(msg!("editor-hours-hint")), value: s.hours.clone(), onchange: move |v| form.write().support[i].hours = v }
                    Field { editing, path: format!("support.{i}.weekly_cost"), label: i18n.t(msg!("plan-support-cost")), hint: i18n.t(msg!("editor-money-hint")), value: s.weekly_cost.clone(), onchange: move |v| form.write().support[i].weekly_cost = v }
                    button { class: "button-secondary", r#type: "button", onclick: move |_| { form.write().support.remove(i); },
                        {i18n.t_with(msg!("editor-remove-support"), &[("n", &(i + 1).to_string())])}
                    }
                }
            }
            button { class: "button-secondary", r#type: "button", onclick: move |_| form.write().support.push(SupportForm::default()),
                {i18n.t(msg!("editor-add-support"))}
            }
        }
    }
}

#[component]
fn BudgetSection(editing: Editing) -> Element {
    let i18n = use_i18n();
    let mut form = editing.form;
    let f = form.read().clone();
    let money = i18n.t(msg!("editor-money-hint"));
    rsx! {
        fieldset { class: "section", id: "{field_id(\"budget\")}", tabindex: "-1",
            legend { h2 { {i18n.t(msg!("plan-section-budget"))} } }
            if let Some(problem) = editing.problem("budget") { p { class: "field-message", {problem} } }
            Check { id: "field-budget-has", label: i18n.t(msg!("editor-has-budget")), checked: f.has_budget, onchange: move |v| form.write().has_budget = v }
            if f.has_budget {
                Field { editing, path: "budget.yearly", label: i18n.t(msg!("plan-budget-yearly")), hint: money.clone(), value: f.yearly, onchange: move |v| form.write().yearly = v }
                Field { editing, path: "budget.weekly", label: i18n.t(msg!("plan-budget-weekly")), hint: money.clone(), value: f.weekly, onchange: move |v| form.write().weekly = v }
                Field { editing, path: "budget.council_weekly", label: i18n.t(msg!("plan-budget-council")), hint: money.clone(), value: f.council_weekly, onchange: move |v| form.write().council_weekly = v }
                Field { editing, path: "budget.contribution_weekly", label: i18n.t(msg!("plan-budget-contribution")), hint: money.clone(), value: f.contribution_weekly, onchange: move |v| form.write().contribution_weekly = v }
                fieldset {
                    legend { {i18n.t(msg!("plan-budget-managed"))} }
                    for how in [BudgetManagement::CouncilManaged, BudgetManagement::DirectPayment, BudgetManagement::IndividualServiceFund] {
                        div { class: "choice", key: "{how:?}",
                            input { r#type: "radio", id: "field-budget-{how:?}", name: "managed_by", checked: f.managed_by == Some(how), onchange: move |_| form.write().managed_by = Some(how) }
                            label { r#for: "field-budget-{how:?}", {management(i18n.messages(), how)} }
                        }
                    }
                }
                if f.managed_by == Some(BudgetManagement::DirectPayment) {
                    Field { editing, path: "budget.direct_payment.amount", label: i18n.t(msg!("editor-payment-amount")), hint: money.clone(), value: f.payment_amount, onchange: move |v| form.write().payment_amount = v }
                    Field { editing, path: "budget.direct_payment.every_weeks", label: i18n.t(msg!("editor-payment-weeks")), value: f.payment_weeks, onchange: move |v| form.write().payment_weeks = v }
                }
            }
        }
    }
}

#[component]
fn RestSection(editing: Editing) -> Element {
    let i18n = use_i18n();
    let mut form = editing.form;
    let f = form.read().clone();
    rsx! {
        fieldset { class: "section",
            legend { h2 { {i18n.t(msg!("plan-section-advice"))} } }
            Field { multiline: true, editing, path: "advice", label: i18n.t(msg!("plan-advice")), value: f.advice, onchange: move |v| form.write().advice = v }
            Field { multiline: true, editing, path: "prevention", label: i18n.t(msg!("plan-prevention")), value: f.prevention, onchange: move |v| form.write().prevention = v }
        }
        fieldset { class: "section",
            legend { h2 { {i18n.t(msg!("plan-section-contingency"))} } }
            Field { multiline: true, editing, path: "contingency.if_carer_ill", label: i18n.t(msg!("plan-if-carer-ill")), value: f.if_carer_ill, onchange: move |v| form.write().if_carer_ill = v }
            Field { multiline: true, editing, path: "contingency.if_visit_missed", label: i18n.t(msg!("plan-if-visit-missed")), value: f.if_visit_missed, onchange: move |v| form.write().if_visit_missed = v }
            Field { editing, path: "contingency.who_to_call", label: i18n.t(msg!("plan-who-to-call")), value: f.who_to_call, onchange: move |v| form.write().who_to_call = v }
            Field { editing, path: "contingency.out_of_hours", label: i18n.t(msg!("plan-out-of-hours")), value: f.out_of_hours, onchange: move |v| form.write().out_of_hours = v }
        }
        fieldset { class: "section",
            legend { h2 { {i18n.t(msg!("plan-section-involved"))} } }
            Field { multiline: true, editing, path: "involved", label: i18n.t(msg!("plan-involved")), hint: i18n.t(msg!("editor-one-per-line")), value: f.involved, onchange: move |v| form.write().involved = v }
            Field { editing, path: "next_review", label: i18n.t(msg!("plan-next-review")), kind: "date", value: f.next_review, onchange: move |v| form.write().next_review = v }
        }
    }
}
