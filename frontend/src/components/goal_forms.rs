//! The forms of "Your goals and wishes": a goal (new, or changed) and a new wish.

use api::goals::{GoalInput, StepInput, WISH_KINDS, WishInput, WishKind};
use api::msg;
use dioxus::prelude::*;

use super::form::{ErrorSummary, TextArea};
use crate::action::use_form_action;
use crate::client::{self, Subject};
use crate::i18n::use_i18n;

/// Adding a goal (with up to two steps) or, given `initial`, changing one. For another
/// `subject`, a carer adds the goal for the person they care for.
#[component]
pub fn GoalForm(initial: Option<(String, GoalInput)>, onsaved: EventHandler<()>, subject: Subject) -> Element {
    let i18n = use_i18n();
    let editing = initial.as_ref().map(|(id, _)| id.clone());
    let start = initial.map(|(_, input)| input);
    let prefix = editing.clone().unwrap_or_else(|| "new".into());
    // A new goal can also be sent as a plain form, before or without the app (changing
    // one is opened by the app); refused, it comes back with what was typed.
    let (action, kept) = use_form_action(editing.is_none().then_some("goal"));
    let text = |pick: fn(&GoalInput) -> &String, name: &str| match &start {
        Some(goal) => pick(goal).clone(),
        None => kept.get(&format!("goal-new-{name}")),
    };
    let fields = [
        use_signal(|| text(|g| &g.what, "what")),
        use_signal(|| text(|g| &g.why, "why")),
        use_signal(|| text(|g| &g.can_do, "can_do")),
        use_signal(|| text(|g| &g.who_helps, "who_helps")),
        use_signal(|| text(|g| &g.would_help, "would_help")),
    ];
    let mut importance = use_signal(|| match &start {
        Some(goal) => goal.importance.to_string(),
        None => kept.get("goal-new-importance"),
    });
    let mut steps = use_signal(|| [0, 1].map(|s| [0, 1, 2].map(|j| kept.get(&format!("goal-new-step-{s}-{j}")))));
    let mut added = use_signal(|| false);
    let for_someone = subject != Subject::Me;
    let person = subject.person();
    let submit = {
        let editing = editing.clone();
        move |event: FormEvent| {
            event.prevent_default();
            let [what, why, can_do, who_helps, would_help] = fields.map(|field| field());
            let input = GoalInput {
                what,
                why,
                can_do,
                who_helps,
                would_help,
                importance: importance().parse().unwrap_or(0),
                steps: steps()
                    .into_iter()
                    .filter(|[what, _, _]| !what.trim().is_empty())
                    .map(|[what, who, by_when]| StepInput { what, who, by_when })
                    .collect(),
            };
            let (editing, subject) = (editing.clone(), subject.clone());
            let adding = editing.is_none();
            added.set(false);
            let request = async move {
                match editing {
                    Some(id) => client::edit_goal(id, input).await,
                    None => client::add_goal(subject, input).await.map(drop),
                }
            };
            action.run(request, move |()| {
                if adding {
                    added.set(true);
                    for mut field in fields {
                        field.set(String::new());
                    }
                    importance.set(String::new());
                    steps.set(Default::default());
                }
                onsaved.call(());
            });
        }
    };
    let problem = |field: &str| action.problem(field);
    let labels = [
        msg!("goal-what"),
        msg!("goal-why"),
        msg!("goal-can-do"),
        msg!("goal-who-helps"),
        msg!("goal-would-help"),
    ];
    let names = ["what", "why", "can_do", "who_helps", "would_help"];
    rsx! {
        form { class: "goal-form", method: "post", onsubmit: submit, novalidate: true,
            if editing.is_none() {
                input { r#type: "hidden", name: "form", value: "goal" }
                if let Some(person) = person.clone() {
                    input { r#type: "hidden", name: "person", value: person }
                }
            }
            if let Some(error) = action.error() {
                ErrorSummary { error, field_ids: vec![], prefix: format!("goal-{prefix}-") }
            }
            for ((label, name), value) in labels.into_iter().zip(names).zip(fields) {
                TextArea { key: "{name}", id: "goal-{prefix}-{name}", label: i18n.t(label), value, error: problem(name), rows: 2 }
            }
            div { class: if problem("importance").is_some() { "field field-error" } else { "field" },
                label { r#for: "goal-{prefix}-importance", {i18n.t(msg!("goal-importance"))} }
                p { class: "hint", {i18n.t(msg!("goal-importance-hint"))} }
                if let Some(message) = problem("importance") { p { class: "field-message", {message} } }
                select { id: "goal-{prefix}-importance", name: "goal-{prefix}-importance", onchange: move |e| importance.set(e.value()),
                    option { value: "", selected: importance().is_empty(), {i18n.t(msg!("goal-importance-choose"))} }
                    for n in 1..=10 {
                        option { key: "{n}", value: "{n}", selected: importance() == n.to_string(), "{n}" }
                    }
                }
            }
            if editing.is_none() {
                for s in 0..2 {
                    fieldset { key: "{s}",
                        legend { {i18n.t_with(msg!("goal-step-legend"), &[("n", &(s + 1).to_string())])} }
                        for (j, (label, kind)) in [(msg!("step-what"), "text"), (msg!("step-who"), "text"), (msg!("step-by-when"), "date")].into_iter().enumerate() {
                            div { key: "{j}", class: "field",
                                label { r#for: "goal-{prefix}-step-{s}-{j}", {i18n.t(label)} }
                                if let Some(message) = problem(&format!("steps.{s}.{}", ["what", "who", "by_when"][j])) {
                                    p { class: "field-message", {message} }
                                }
                                input { id: "goal-{prefix}-step-{s}-{j}", name: "goal-{prefix}-step-{s}-{j}", r#type: kind, value: "{steps.read()[s][j]}", oninput: move |e| steps.write()[s][j] = e.value() }
                            }
                        }
                    }
                }
            }
            button { class: "button", r#type: "submit", disabled: action.busy(),
                {i18n.t(if editing.is_some() { msg!("goal-save") } else { msg!("goal-add") })}
            }
            // Say it went: a carer may not see the goals they add, and the person's new goal
            // joins a list above, off a phone's screen.
            p { role: "status", class: "status",
                if added() { {i18n.t(if for_someone { msg!("caring-added") } else { msg!("goal-added") })} }
            }
        }
    }
}

/// Adding a wish; for another `subject`, a carer adds it for the person they care for.
#[component]
pub fn WishForm(onsaved: EventHandler<()>, subject: Subject) -> Element {
    let i18n = use_i18n();
    let (action, kept) = use_form_action(Some("wish"));
    let mut kind = use_signal(|| WishKind::parse(&kept.get("wish-kind")).unwrap_or(WishKind::PleaseDo));
    let mut text = use_signal(|| kept.get("wish-text"));
    let mut added = use_signal(|| false);
    let for_someone = subject != Subject::Me;
    let person = subject.person();
    let submit = move |event: FormEvent| {
        event.prevent_default();
        let wish = WishInput {
            kind: kind(),
            text: text(),
        };
        let subject = subject.clone();
        added.set(false);
        action.run(client::add_wish(subject, wish), move |_| {
            added.set(true);
            text.set(String::new());
            onsaved.call(());
        });
    };
    // The text is the only answer the server checks.
    let problem = action
        .error()
        .and_then(|e| e.fields().into_iter().next().map(|(_, m)| m));
    rsx! {
        form { method: "post", onsubmit: submit, novalidate: true,
            h3 { {i18n.t(msg!("wishes-add-heading"))} }
            input { r#type: "hidden", name: "form", value: "wish" }
            if let Some(person) = person.clone() {
                input { r#type: "hidden", name: "person", value: person }
            }
            div { class: "field",
                label { r#for: "wish-kind", {i18n.t(msg!("wish-kind-label"))} }
                select { id: "wish-kind", name: "wish-kind", onchange: move |e| kind.set(WishKind::parse(&e.value()).unwrap_or(WishKind::Other)),
                    for k in WISH_KINDS {
                        option { key: "{k.as_str()}", value: "{k.as_str()}", selected: kind() == k, {i18n.t(k.message_id())} }
                    }
                }
            }
            TextArea { id: "wish-text", label: i18n.t(msg!("wish-text-label")), value: text, error: problem, rows: 2 }
            button { class: "button", r#type: "submit", disabled: action.busy(), {i18n.t(msg!("wish-add"))} }
            p { role: "status", class: "status",
                if added() { {i18n.t(if for_someone { msg!("caring-added") } else { msg!("wish-added") })} }
            }
        }
    }
}
