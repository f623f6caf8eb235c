//! For the caseworker: one person's carers and their access. What the person raised
//! privately comes first (a possible safeguarding concern); then each carer, to record
//! access on the grounds the law allows (consent given to the caseworker, a Lasting Power
//! of Attorney, a deputy) or to end it with reasons; and adding a new carer with an
//! invitation to give them.

use api::auth::InvitationCreated;
use api::carers::{Basis, CarerAccess, Concern, Record, Scopes, Status};
use api::msg;
use dioxus::prelude::*;

use crate::action::use_action;
use crate::app::Route;
use crate::client::{self, Error, NewCarer};
use crate::components::{
    AccessFacts, CreatedCode, EndDate, ErrorSummary, Radios, ScopeChecks, ScopeList, TextArea, TextField,
    basis_options, unless_allowed, use_page_title,
};
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::session::use_session;

/// Each answer the server may find fault with, and the control to go to. One form is open
/// at a time, so the ids are fixed.
const FIELD_IDS: [(&str, &str); 8] = [
    ("consent_how", "record-consent-how"),
    ("reference", "record-reference"),
    ("reasons", "record-reasons"),
    ("ends_on", "record-ends-on"),
    ("full_name", "carer-full-name"),
    ("relationship", "carer-relationship"),
    ("email", "carer-email"),
    ("language", "carer-language"),
];

/// Which form is open: one at a time.
#[derive(Debug, Clone, PartialEq)]
enum Open {
    Record(String),
    End(String),
    Add,
}

/// The person's name (from the caseload), their carers, and what they raised unread.
async fn carers_page(person: String) -> Result<(String, Vec<CarerAccess>, Vec<Concern>), Error> {
    let name = client::caseload()
        .await?
        .into_iter()
        .find(|e| e.person_id == person)
        .map(|e| e.name)
        .unwrap_or_default();
    let carers = client::carers_of(person.clone()).await?;
    let concerns = client::concerns_of(person).await?;
    Ok((name, carers, concerns))
}

#[component]
pub fn PersonCarers(person: String) -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("staff-carers-title"));
    let session = use_session();
    let loaded = use_load(use_reactive!(|person| carers_page(person)));
    let open = use_signal(|| None::<Open>);
    let done = use_signal(|| None::<String>);
    let created = use_signal(|| None::<(String, InvitationCreated)>);
    if let Some(page) = unless_allowed(&title, session, session.is_staff()) {
        return page;
    }
    let caseworker =
        session.me.read().as_ref().map(|me| me.role) == Some(api::auth::Role::Staff(api::staff::StaffRole::Caseworker));
    // Each change may change the others too: a concern read, a carer's access recorded.
    let onchange = move |_| loaded.reload();
    loaded.page(&title, |(name, list, unread)| {
        rsx! {
            p { Link { class: "back-link", to: Route::Caseload {}, {i18n.t(msg!("caseload-title"))} } }
            h1 { {i18n.t_with(msg!("staff-carers-heading"), &[("name", &name)])} }
            p { {i18n.t(msg!("staff-carers-intro"))} }
            div { role: "status",
                if let Some(message) = done() {
                    p { class: "status", {message} }
                }
                if let Some((who, invitation)) = created() {
                    CreatedCode { name: who, created: invitation }
                }
            }
            if !unread.is_empty() {
                Concerns { list: unread, name: name.clone(), onchange, done }
            }
            h2 { {i18n.t(msg!("staff-carers-list"))} }
            if list.is_empty() {
                p { {i18n.t_with(msg!("staff-carers-none"), &[("name", &name)])} }
            }
            ul { class: "cards",
                for access in list {
                    CarerCard { key: "{access.carer_id}", person: person.clone(), access, onchange, open, done }
                }
            }
            h2 { {i18n.t(msg!("staff-carers-add-heading"))} }
            if open() == Some(Open::Add) {
                AddCarer { person: person.clone(), onchange, open, created, done }
            } else {
                button { class: "button-secondary", r#type: "button",
                    onclick: {
                        let mut open = open;
                        move |_| open.set(Some(Open::Add))
                    },
                    {i18n.t(msg!("staff-carers-add"))}
                }
            }
            // A subject access request: only their own caseworker may download it.
            if caseworker {
                p { {i18n.t(msg!("sar-download-hint"))} }
                p { a { href: "/api/v1/people/{person}/export", download: "ourplan-subject-access.zip",
                    {i18n.t(msg!("sar-download"))}
                    span { class: "visually-hidden", " {name}" }
                } }
            }
            p { Link { to: Route::Caseload {}, {i18n.t(msg!("caseload-title"))} } }
        }
    })
}

/// What the person told their caseworker privately, unread, oldest first.
#[component]
fn Concerns(list: Vec<Concern>, name: String, onchange: EventHandler<()>, done: Signal<Option<String>>) -> Element {
    let i18n = use_i18n();
    rsx! {
        section { class: "flag-panel", "aria-labelledby": "concerns-heading",
            h2 { id: "concerns-heading", {i18n.t(msg!("staff-concerns-heading"))} }
            p { {i18n.t_with(msg!("staff-concerns-intro"), &[("name", &name)])} }
            ul { class: "cards",
                for concern in list {
                    ConcernCard { key: "{concern.id}", concern, onchange, done }
                }
            }
        }
    }
}

#[component]
fn ConcernCard(concern: Concern, onchange: EventHandler<()>, done: Signal<Option<String>>) -> Element {
    let i18n = use_i18n();
    let action = use_action();
    let mut done = done;
    let when = i18n.date(concern.at);
    let read = {
        let (i18n, id) = (i18n.clone(), concern.id.clone());
        move |_| {
            let i18n = i18n.clone();
            action.run(client::read_concern(id.clone()), move |()| {
                done.set(Some(i18n.t(msg!("staff-concern-marked"))));
                onchange.call(());
            });
        }
    };
    rsx! {
        li { class: "card",
            h3 { class: "card-title", {i18n.t_with(msg!("staff-concern-sent"), &[("date", &when)])} }
            if let Some(error) = action.error() {
                ErrorSummary { error, field_ids: vec![] }
            }
            if let Some(carer) = &concern.regranted {
                p { {i18n.t_with(msg!("staff-concern-regranted"), &[("carer", carer)])} }
            } else if concern.text.trim().is_empty() {
                p { {i18n.t(msg!("staff-concern-no-text"))} }
            } else {
                blockquote { class: "plan-text", {concern.text.clone()} }
            }
            button { class: "button-secondary", r#type: "button", disabled: action.busy(), onclick: read,
                {i18n.t(msg!("staff-concern-read"))}
                span { class: "visually-hidden", " {when}" }
            }
        }
    }
}

#[component]
fn CarerCard(
    person: String,
    access: CarerAccess,
    onchange: EventHandler<()>,
    open: Signal<Option<Open>>,
    done: Signal<Option<String>>,
) -> Element {
    let i18n = use_i18n();
    let mut open = open;
    let name = access.carer_name.clone();
    let id = access.carer_id.clone();
    let recording = open() == Some(Open::Record(id.clone()));
    let ending = open() == Some(Open::End(id.clone()));
    let may_end = access.basis.is_some() && access.status != Status::Ended;
    rsx! {
        li { class: "card",
            h3 { class: "card-title", {name.clone()} }
            AccessFacts { access: access.clone(),
                if !access.consent_how.is_empty() {
                    p { {i18n.t_with(msg!("staff-carer-consent-how"), &[("how", &access.consent_how)])} }
                }
                if !access.reference.is_empty() {
                    p { {i18n.t_with(msg!("staff-carer-reference"), &[("reference", &access.reference)])} }
                }
                if access.basis.is_some() && access.status != Status::Ended {
                    h4 { {i18n.t_with(msg!("carers-can-do"), &[("name", &name)])} }
                    ScopeList { scopes: access.scopes }
                }
            }
            if recording {
                RecordAccess { person: person.clone(), access: access.clone(), onchange, open, done }
            } else if ending {
                EndAccess { person: person.clone(), carer_id: id.clone(), name: name.clone(), onchange, open, done }
            } else {
                div { class: "actions",
                    button { class: "button-secondary", r#type: "button",
                        onclick: {
                            let id = id.clone();
                            move |_| open.set(Some(Open::Record(id.clone())))
                        },
                        {i18n.t_with(msg!("staff-carer-record"), &[("name", &name)])}
                    }
                    if may_end {
                        button { class: "button-secondary", r#type: "button",
                            onclick: {
                                let id = id.clone();
                                move |_| open.set(Some(Open::End(id.clone())))
                            },
                            {i18n.t_with(msg!("carers-end"), &[("name", &name)])}
                        }
                    }
                }
            }
        }
    }
}

/// The answers of a record of access, shared by recording and adding a carer.
#[derive(Clone, Copy, PartialEq)]
struct RecordFields {
    basis: Signal<Basis>,
    consent_how: Signal<String>,
    reference: Signal<String>,
    reasons: Signal<String>,
    scopes: Signal<Scopes>,
    ends_on: Signal<String>,
}

impl RecordFields {
    fn record(&self) -> Record {
        let end = (self.ends_on)();
        Record {
            basis: (self.basis)(),
            consent_how: (self.consent_how)(),
            reference: (self.reference)(),
            reasons: (self.reasons)(),
            scopes: (self.scopes)(),
            ends_on: (!end.trim().is_empty()).then_some(end),
        }
    }
}

fn use_record_fields(initial: Option<CarerAccess>) -> RecordFields {
    let start = initial.filter(|a| a.status != Status::Ended);
    RecordFields {
        basis: use_signal(|| start.as_ref().and_then(|a| a.basis).unwrap_or(Basis::Consent)),
        consent_how: use_signal(|| start.as_ref().map(|a| a.consent_how.clone()).unwrap_or_default()),
        reference: use_signal(|| start.as_ref().map(|a| a.reference.clone()).unwrap_or_default()),
        reasons: use_signal(String::new),
        scopes: use_signal(|| start.as_ref().map(|a| a.scopes).unwrap_or_default()),
        ends_on: use_signal(|| start.as_ref().and_then(|a| a.ends_on.clone()).unwrap_or_default()),
    }
}

/// The basis, what it rests on, the six permissions and an end date.
#[component]
fn RecordInputs(fields: RecordFields, legend: String, error: Option<Error>) -> Element {
    let i18n = use_i18n();
    let problem = |field: &str| error.as_ref().and_then(|e| e.problem(field));
    let mut basis = fields.basis;
    let legal = basis() != Basis::Consent;
    rsx! {
        Radios {
            name: "record-basis",
            legend: i18n.t(msg!("staff-record-basis")),
            options: basis_options(&i18n),
            chosen: Some(basis().as_str()),
            error: None,
            onchange: move |value: &str| basis.set(Basis::parse(value).unwrap_or(Basis::Consent)),
        }
        if legal {
            TextField {
                id: "record-reference",
                label: i18n.t(msg!("staff-record-reference")),
                hint: i18n.t(msg!("staff-record-reference-hint")),
                value: fields.reference,
                error: problem("reference"),
            }
        } else {
            TextField {
                id: "record-consent-how",
                label: i18n.t(msg!("staff-record-consent-how")),
                hint: i18n.t(msg!("staff-record-consent-how-hint")),
                value: fields.consent_how,
                error: problem("consent_how"),
            }
        }
        TextArea {
            id: "record-reasons",
            label: i18n.t(if legal { msg!("staff-record-reasons") } else { msg!("staff-record-reasons-optional") }),
            hint: i18n.t(msg!("staff-record-reasons-hint")),
            value: fields.reasons,
            error: problem("reasons"),
        }
        ScopeChecks { prefix: "record-scope".to_owned(), legend, scopes: fields.scopes }
        EndDate { id: "record-ends-on".to_owned(), value: fields.ends_on, error: problem("ends_on") }
    }
}

#[component]
fn RecordAccess(
    person: String,
    access: CarerAccess,
    onchange: EventHandler<()>,
    open: Signal<Option<Open>>,
    done: Signal<Option<String>>,
) -> Element {
    let i18n = use_i18n();
    let fields = use_record_fields(Some(access.clone()));
    let action = use_action();
    let (mut open, mut done) = (open, done);
    let name = access.carer_name.clone();
    let submit = {
        let (i18n, person, carer, name) = (i18n.clone(), person.clone(), access.carer_id.clone(), name.clone());
        move |event: FormEvent| {
            event.prevent_default();
            let (i18n, name) = (i18n.clone(), name.clone());
            action.run(
                client::record_access(person.clone(), carer.clone(), fields.record()),
                move |()| {
                    done.set(Some(i18n.t_with(msg!("staff-record-saved"), &[("name", &name)])));
                    open.set(None);
                    onchange.call(());
                },
            );
        }
    };
    rsx! {
        form { onsubmit: submit, novalidate: true,
            h4 { {i18n.t_with(msg!("staff-carer-record"), &[("name", &name)])} }
            if let Some(error) = action.error() {
                ErrorSummary { error, field_ids: FIELD_IDS.to_vec() }
            }
            RecordInputs { fields, legend: i18n.t_with(msg!("carers-choose"), &[("name", &name)]), error: action.error() }
            SaveOrCancel { label: i18n.t(msg!("staff-record-save")), busy: action.busy(), open }
        }
    }
}

#[component]
fn EndAccess(
    person: String,
    carer_id: String,
    name: String,
    onchange: EventHandler<()>,
    open: Signal<Option<Open>>,
    done: Signal<Option<String>>,
) -> Element {
    let i18n = use_i18n();
    let reasons = use_signal(String::new);
    let action = use_action();
    let (mut open, mut done) = (open, done);
    let submit = {
        let (i18n, name) = (i18n.clone(), name.clone());
        move |event: FormEvent| {
            event.prevent_default();
            let (i18n, name) = (i18n.clone(), name.clone());
            action.run(
                client::end_access(person.clone(), carer_id.clone(), reasons()),
                move |()| {
                    done.set(Some(i18n.t_with(msg!("carers-ended"), &[("name", &name)])));
                    open.set(None);
                    onchange.call(());
                },
            );
        }
    };
    // The reasons are the only answer the server checks.
    let problem = action
        .error()
        .and_then(|e| e.fields().into_iter().next().map(|(_, m)| m));
    rsx! {
        form { onsubmit: submit, novalidate: true,
            h4 { {i18n.t_with(msg!("carers-end"), &[("name", &name)])} }
            if let Some(error) = action.error() {
                ErrorSummary { error, field_ids: vec![("reasons", "end-reasons")] }
            }
            TextArea {
                id: "end-reasons",
                label: i18n.t(msg!("staff-end-reasons")),
                hint: i18n.t(msg!("staff-end-reasons-hint")),
                value: reasons,
                error: problem,
            }
            SaveOrCancel { label: i18n.t(msg!("staff-end-now")), busy: action.busy(), open }
        }
    }
}

/// A new carer for the person, with their access from the start and an invitation code.
#[component]
fn AddCarer(
    person: String,
    onchange: EventHandler<()>,
    open: Signal<Option<Open>>,
    created: Signal<Option<(String, InvitationCreated)>>,
    done: Signal<Option<String>>,
) -> Element {
    let i18n = use_i18n();
    let full_name = use_signal(String::new);
    let relationship = use_signal(String::new);
    let email = use_signal(String::new);
    let language = use_signal(|| api::i18n::DEFAULT_LOCALE.to_owned());
    let fields = use_record_fields(None);
    let action = use_action();
    let (mut open, mut created, mut done) = (open, created, done);
    let submit = move |event: FormEvent| {
        event.prevent_default();
        let carer = NewCarer {
            full_name: full_name(),
            relationship: relationship(),
            email: email(),
            language: language(),
            access: fields.record(),
        };
        let name = carer.full_name.trim().to_owned();
        action.run(client::add_carer(person.clone(), carer), move |invitation| {
            done.set(None);
            created.set(Some((name, invitation)));
            open.set(None);
            onchange.call(());
        });
    };
    let problem = |field: &str| action.problem(field);
    rsx! {
        form { onsubmit: submit, novalidate: true,
            if let Some(error) = action.error() {
                ErrorSummary { error, field_ids: FIELD_IDS.to_vec() }
            }
            TextField { id: "carer-full-name", label: i18n.t(msg!("staff-add-name")), value: full_name,
                error: problem("full_name"), autocomplete: "off", spellcheck: false }
            TextField { id: "carer-relationship", label: i18n.t(msg!("staff-add-relationship")),
                hint: i18n.t(msg!("staff-add-relationship-hint")), value: relationship, error: problem("relationship") }
            TextField { id: "carer-email", label: i18n.t(msg!("staff-add-email")), value: email,
                error: problem("email"), spellcheck: false }
            TextField { id: "carer-language", label: i18n.t(msg!("staff-add-language")),
                hint: i18n.t(msg!("staff-add-language-hint")), value: language, error: problem("language"), spellcheck: false }
            RecordInputs { fields, legend: i18n.t(msg!("staff-add-scopes")), error: action.error() }
            SaveOrCancel { label: i18n.t(msg!("staff-add-save")), busy: action.busy(), open }
        }
    }
}

/// A form's way out: do it, or close the form without doing anything.
#[component]
fn SaveOrCancel(label: String, busy: bool, open: Signal<Option<Open>>) -> Element {
    let i18n = use_i18n();
    let mut open = open;
    rsx! {
        div { class: "actions",
            button { class: "button", r#type: "submit", disabled: busy, {label} }
            button { class: "button-secondary", r#type: "button", onclick: move |_| open.set(None), {i18n.t(msg!("staff-cancel"))} }
        }
    }
}
