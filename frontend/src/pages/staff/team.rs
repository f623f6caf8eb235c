//! For an admin (every team) and a manager (their own): the teams, inviting a member of
//! staff with a role and team, changing someone's role or team, and disabling a leaver —
//! or letting them back. What each change did is said at the top, where focus lands.

use std::future::Future;

use api::admin::{NewStaffMember, StaffChange, StaffMember, Team};
use api::auth::{InvitationCreated, Role};
use api::msg;
use api::staff::StaffRole;
use dioxus::prelude::*;

use crate::action::{Action, use_action};
use crate::app::Route;
use crate::client;
use crate::components::{CreatedCode, ErrorSummary, Select, TextField, unless_allowed, use_page_title};
use crate::i18n::{I18n, use_i18n};
use crate::load::use_load;
use crate::session::use_session;
use crate::words::role_name;

/// What the signed-in member of staff may give: an admin every role, a manager not admin.
fn roles(admin: bool) -> Vec<StaffRole> {
    StaffRole::ALL
        .into_iter()
        .filter(|r| admin || *r != StaffRole::Admin)
        .collect()
}

fn role_options(i18n: &I18n, admin: bool) -> Vec<(String, String)> {
    roles(admin)
        .into_iter()
        .map(|r| (r.as_str().to_owned(), role_name(i18n, Role::Staff(r))))
        .collect()
}

/// The teams to choose from; an admin may also choose none (for another admin).
fn team_options(i18n: &I18n, teams: &[Team], admin: bool) -> Vec<(String, String)> {
    let none = admin.then(|| (String::new(), i18n.t(msg!("team-no-team"))));
    none.into_iter()
        .chain(teams.iter().map(|t| (t.id.clone(), t.name.clone())))
        .collect()
}

/// Sends a change; once it worked, says `done` at the top of the page, where focus goes,
/// and reloads the lists.
fn change<T: 'static>(
    action: Action,
    request: impl Future<Output = Result<T, client::Error>> + 'static,
    mut said: Signal<Option<String>>,
    done: String,
    onchange: EventHandler<()>,
) {
    action.run(request, move |_| {
        said.set(Some(done));
        onchange.call(());
    });
}

#[component]
pub fn TeamPage() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("team-title"));
    let session = use_session();
    let role = session.me.read().as_ref().map(|me| me.role);
    let admin = role == Some(Role::Staff(StaffRole::Admin));
    let runs = admin || role == Some(Role::Staff(StaffRole::Manager));
    let lists = use_load(|| async { Ok((client::teams().await?, client::staff_members().await?)) });
    let action = use_action();
    let said = use_signal(|| None::<String>);
    let created = use_signal(|| None::<(String, InvitationCreated)>);
    if let Some(page) = unless_allowed(&title, session, runs) {
        return page;
    }
    rsx! {
        h1 { {title} }
        p { {i18n.t(msg!("team-intro"))} }
        if admin {
            ul { class: "list-plain",
                li { Link { to: Route::StaffChanges {}, {i18n.t(msg!("team-changes-link"))} } }
                li { Link { to: Route::FailedEmails {}, {i18n.t(msg!("failed-emails-title"))} } }
            }
        }
        if let Some(error) = action.error() {
            ErrorSummary { error, field_ids: vec![("name", "new-team-name"), ("email", "invite-email")] }
        }
        p { role: "status", class: "status", {said()} }
        div { role: "status",
            if let Some((name, created)) = created() {
                CreatedCode { name, created }
            }
        }
        {lists.show(|(teams, members)| rsx! {
            Teams { teams: teams.clone(), admin, action, said, onchange: move |_| lists.reload() }
            Invite { teams: teams.clone(), admin, action, created, onchange: move |_| lists.reload() }
            h2 { {i18n.t(msg!("team-staff-heading"))} }
            table { class: "stack",
                caption { class: "visually-hidden", {i18n.t(msg!("team-staff-heading"))} }
                thead { tr {
                    th { scope: "col", {i18n.t(msg!("team-col-name"))} }
                    th { scope: "col", {i18n.t(msg!("team-col-role"))} }
                    th { scope: "col", {i18n.t(msg!("team-col-status"))} }
                    th { scope: "col", {i18n.t(msg!("team-col-change"))} }
                } }
                tbody {
                    for member in members {
                        MemberRow { key: "{member.id}", member, teams: teams.clone(), admin, action, said, onchange: move |_| lists.reload() }
                    }
                }
            }
        })}
    }
}

#[component]
fn Teams(
    teams: Vec<Team>,
    admin: bool,
    action: Action,
    said: Signal<Option<String>>,
    onchange: EventHandler<()>,
) -> Element {
    let i18n = use_i18n();
    let mut name = use_signal(String::new);
    let create = {
        let i18n = i18n.clone();
        move |event: FormEvent| {
            event.prevent_default();
            let named = name().trim().to_owned();
            let done = i18n.t_with(msg!("team-created"), &[("name", &named)]);
            let mut said = said;
            action.run(client::create_team(named), move |_| {
                name.set(String::new());
                said.set(Some(done));
                onchange.call(());
            });
        }
    };
    rsx! {
        h2 { {i18n.t(msg!("team-teams-heading"))} }
        ul { class: "list-plain",
            for team in teams {
                TeamItem { key: "{team.id}", team, action, said, onchange }
            }
        }
        if admin {
            form { onsubmit: create, novalidate: true,
                TextField { id: "new-team-name", label: i18n.t(msg!("team-new-name")), value: name, error: action.problem("name") }
                button { class: "button", r#type: "submit", disabled: action.busy(), {i18n.t(msg!("team-create"))} }
            }
        }
    }
}

#[component]
fn TeamItem(team: Team, action: Action, said: Signal<Option<String>>, onchange: EventHandler<()>) -> Element {
    let i18n = use_i18n();
    let name = use_signal(|| team.name.clone());
    let rename = {
        let (i18n, id) = (i18n.clone(), team.id.clone());
        move |event: FormEvent| {
            event.prevent_default();
            let named = name().trim().to_owned();
            let done = i18n.t_with(msg!("team-renamed"), &[("name", &named)]);
            change(action, client::rename_team(id.clone(), named), said, done, onchange);
        }
    };
    rsx! {
        li {
            strong { {team.name.clone()} }
            " — "
            {i18n.t_count(msg!("team-members"), "count", team.members)}
            details {
                summary { {i18n.t(msg!("team-rename"))} span { class: "visually-hidden", " {team.name}" } }
                form { onsubmit: rename, novalidate: true,
                    TextField { id: "rename-{team.id}", label: i18n.t_with(msg!("team-rename-label"), &[("name", &team.name)]), value: name }
                    button { class: "button-secondary", r#type: "submit", disabled: action.busy(), {i18n.t(msg!("team-rename"))} }
                }
            }
        }
    }
}

#[component]
fn Invite(
    teams: Vec<Team>,
    admin: bool,
    action: Action,
    created: Signal<Option<(String, InvitationCreated)>>,
    onchange: EventHandler<()>,
) -> Element {
    let i18n = use_i18n();
    let mut name = use_signal(String::new);
    let mut email = use_signal(String::new);
    let role = use_signal(|| StaffRole::Caseworker.as_str().to_owned());
    let first_team = teams.first().map(|t| t.id.clone()).unwrap_or_default();
    let team = use_signal(move || first_team);
    let invite = move |event: FormEvent| {
        event.prevent_default();
        let member = NewStaffMember {
            name: name().trim().to_owned(),
            email: email().trim().to_owned(),
            role: StaffRole::parse(&role()).unwrap_or(StaffRole::Caseworker),
            team_id: Some(team()).filter(|t| !t.is_empty()),
        };
        let who = member.name.clone();
        let mut created = created;
        action.run(client::invite_staff(member), move |code| {
            created.set(Some((who, code)));
            name.set(String::new());
            email.set(String::new());
            onchange.call(());
        });
    };
    rsx! {
        h2 { {i18n.t(msg!("team-invite-heading"))} }
        form { onsubmit: invite, novalidate: true,
            TextField { id: "invite-name", label: i18n.t(msg!("team-invite-name")), value: name, error: action.problem("name"), autocomplete: "off" }
            TextField { id: "invite-email", label: i18n.t(msg!("team-invite-email")), value: email, error: action.problem("email"), kind: "email", spellcheck: false }
            Select { id: "invite-role", label: i18n.t(msg!("team-role")), options: role_options(&i18n, admin), value: role }
            Select { id: "invite-team", label: i18n.t(msg!("team-team")), options: team_options(&i18n, &teams, admin), value: team, error: action.problem("team_id") }
            button { class: "button", r#type: "submit", disabled: action.busy(), {i18n.t(msg!("team-invite"))} }
        }
    }
}

#[component]
fn MemberRow(
    member: StaffMember,
    teams: Vec<Team>,
    admin: bool,
    action: Action,
    said: Signal<Option<String>>,
    onchange: EventHandler<()>,
) -> Element {
    let i18n = use_i18n();
    let role = use_signal(|| member.role.as_str().to_owned());
    let team = use_signal(|| member.team_id.clone().unwrap_or_default());
    let label = |id| i18n.t(id);
    // A manager sees an admin but may not change them.
    let changeable = admin || member.role != StaffRole::Admin;
    let save = {
        let (i18n, id, name) = (i18n.clone(), member.id.clone(), member.name.clone());
        move |event: FormEvent| {
            event.prevent_default();
            let role_and_team = StaffChange {
                role: StaffRole::parse(&role()).unwrap_or(StaffRole::Caseworker),
                team_id: Some(team()).filter(|t| !t.is_empty()),
            };
            let done = i18n.t_with(msg!("team-saved"), &[("name", &name)]);
            change(
                action,
                client::change_staff(id.clone(), role_and_team),
                said,
                done,
                onchange,
            );
        }
    };
    let switch = {
        let (i18n, id, name, active) = (i18n.clone(), member.id.clone(), member.name.clone(), member.active);
        move |_| {
            let done = i18n.t_with(
                if active {
                    msg!("team-disabled")
                } else {
                    msg!("team-enabled")
                },
                &[("name", &name)],
            );
            change(
                action,
                client::set_staff_active(id.clone(), !active),
                said,
                done,
                onchange,
            );
        }
    };
    rsx! {
        tr {
            th { scope: "row", "data-label": label(msg!("team-col-name")),
                span { class: "row-title", {member.name.clone()} }
                if let Some(email) = &member.email {
                    span { class: "hint link-text", {email.clone()} }
                }
            }
            td { "data-label": label(msg!("team-col-role")),
                {role_name(&i18n, Role::Staff(member.role))}
                span { class: "hint", {member.team_name.clone().unwrap_or_else(|| i18n.t(msg!("team-no-team")))} }
            }
            td { "data-label": label(msg!("team-col-status")),
                p {
                    if member.active {
                        strong { class: "tag", {i18n.t(msg!("team-active"))} }
                    } else {
                        strong { class: "tag tag-overdue", {i18n.t(msg!("team-left"))} }
                    }
                }
                p { {i18n.t(if member.signed_up { msg!("team-signed-up") } else { msg!("team-invited") })} }
                if member.role == StaffRole::Caseworker {
                    p { {i18n.t_count(msg!("team-caseload"), "count", member.caseload)} }
                }
            }
            td { "data-label": label(msg!("team-col-change")),
                if changeable {
                    form { onsubmit: save, novalidate: true,
                        Select { id: "role-{member.id}", label: i18n.t(msg!("team-role")), options: role_options(&i18n, admin), value: role }
                        Select { id: "team-{member.id}", label: i18n.t(msg!("team-team")), options: team_options(&i18n, &teams, admin), value: team }
                        button { class: "button-secondary", r#type: "submit", disabled: action.busy(),
                            {i18n.t(msg!("team-save"))}
                            span { class: "visually-hidden", " {member.name}" }
                        }
                    }
                    button { class: "button-secondary", r#type: "button", disabled: action.busy(), onclick: switch,
                        {i18n.t(if member.active { msg!("team-disable") } else { msg!("team-enable") })}
                        span { class: "visually-hidden", " {member.name}" }
                    }
                }
            }
        }
    }
}
