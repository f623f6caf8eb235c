//! Registering a person who draws on care and support: a caseworker for their own
//! caseload, a manager for their team (with a caseworker, or waiting for one). Each answer
//! is checked by the server, and the summary links to each one to change.

use api::admin::NewPersonInput;
use api::auth::Role;
use api::msg;
use api::staff::StaffRole;
use dioxus::prelude::*;

use crate::action::use_action;
use crate::app::Route;
use crate::client;
use crate::components::{ErrorSummary, Select, TextArea, TextField, unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::session::use_session;

const FIELD_IDS: [(&str, &str); 9] = [
    ("full_name", "person-name"),
    ("preferred_name", "person-preferred"),
    ("date_of_birth", "person-born"),
    ("language", "person-language"),
    ("communication_needs", "person-needs"),
    ("email", "person-email"),
    ("phone", "person-phone"),
    ("case_reference", "person-reference"),
    ("caseworker_id", "person-caseworker"),
];

#[component]
pub fn RegisterPerson() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("register-title"));
    let session = use_session();
    let role = session.me.read().as_ref().map(|me| me.role);
    let manager = role == Some(Role::Staff(StaffRole::Manager));
    let allowed = manager || role == Some(Role::Staff(StaffRole::Caseworker));
    // A manager chooses one of the team's caseworkers.
    let staff = use_load(move || async move {
        if manager {
            client::staff_members().await
        } else {
            Ok(Vec::new())
        }
    });
    let action = use_action();
    let [name, preferred, born, needs, email, phone, reference] = [(); 7].map(|()| use_signal(String::new));
    let language = use_signal(|| api::i18n::DEFAULT_LOCALE.to_owned());
    let caseworker = use_signal(String::new);
    let mut registered = use_signal(|| None::<String>);
    if let Some(page) = unless_allowed(&title, session, allowed) {
        return page;
    }
    let submit = move |event: FormEvent| {
        event.prevent_default();
        let person = NewPersonInput {
            full_name: name(),
            preferred_name: preferred(),
            date_of_birth: born(),
            language: language(),
            communication_needs: needs(),
            email: email(),
            phone: phone(),
            case_reference: reference(),
            caseworker_id: Some(caseworker()).filter(|c| !c.is_empty()),
        };
        let name = person.full_name.trim().to_owned();
        action.run(client::register_person(person), move |_| registered.set(Some(name)));
    };
    if let Some(name) = registered() {
        return rsx! {
            div { class: "panel confirmation", role: "status", tabindex: "-1",
                h1 { {i18n.t_with(msg!("register-done"), &[("name", &name)])} }
                p { {i18n.t(msg!("register-intro"))} }
            }
            p { Link { to: Route::Caseload {}, {i18n.t(msg!("caseload-title"))} } }
        };
    }
    let languages: Vec<(String, String)> = api::i18n::LOCALES
        .iter()
        .map(|l| (l.tag.to_owned(), l.autonym.to_owned()))
        .collect();
    let problem = |field: &str| action.problem(field);
    rsx! {
        p { Link { class: "back-link", to: Route::Caseload {}, {i18n.t(msg!("caseload-title"))} } }
        h1 { {title} }
        p { {i18n.t(msg!("register-intro"))} }
        if let Some(error) = action.error() {
            ErrorSummary { error, field_ids: FIELD_IDS.to_vec() }
        }
        form { onsubmit: submit, novalidate: true,
            TextField { id: "person-name", label: i18n.t(msg!("register-name")), value: name, error: problem("full_name"), autocomplete: "off" }
            TextField { id: "person-preferred", label: i18n.t(msg!("register-preferred")), value: preferred, error: problem("preferred_name") }
            TextField { id: "person-reference", label: i18n.t(msg!("register-reference")), hint: i18n.t(msg!("register-reference-hint")),
                value: reference, error: problem("case_reference"), spellcheck: false }
            TextField { id: "person-born", label: i18n.t(msg!("register-born")), value: born, error: problem("date_of_birth"), kind: "date" }
            Select { id: "person-language", label: i18n.t(msg!("register-language")), options: languages, value: language, error: problem("language") }
            TextArea { id: "person-needs", label: i18n.t(msg!("register-needs")), hint: i18n.t(msg!("register-needs-hint")),
                value: needs, error: problem("communication_needs"), rows: 2 }
            TextField { id: "person-email", label: i18n.t(msg!("register-email")), value: email, error: problem("email"), kind: "email", spellcheck: false }
            TextField { id: "person-phone", label: i18n.t(msg!("register-phone")), value: phone, error: problem("phone"), kind: "tel" }
            if manager {
                {staff.show(|members| {
                    let options: Vec<(String, String)> = std::iter::once((String::new(), i18n.t(msg!("register-no-caseworker"))))
                        .chain(members.into_iter().filter(|m| m.active && m.role == StaffRole::Caseworker).map(|m| (m.id, m.name)))
                        .collect();
                    rsx! {
                        Select { id: "person-caseworker", label: i18n.t(msg!("register-caseworker")), options, value: caseworker, error: problem("caseworker_id") }
                    }
                })}
            }
            button { class: "button", r#type: "submit", disabled: action.busy(), {i18n.t(msg!("register-send"))} }
        }
    }
}
