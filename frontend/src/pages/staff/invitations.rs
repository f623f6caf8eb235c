//! For staff: invite the people on your caseload, their carers and (managers, admins)
//! colleagues to set up a passkey; see what became of each invitation; cancel one.

use api::auth::{
    IdentityCheck, Invitable, InvitationCreated, InvitationInfo, InvitationStatus, Invitee, NewInvitation, Purpose,
    Relationship,
};
use api::msg;
use dioxus::prelude::*;

use crate::action::{Action, use_action};
use crate::client;
use crate::components::{CreatedCode, ErrorSummary, Radios, unless_allowed, use_page_title};
use crate::i18n::{I18n, use_i18n};
use crate::load::use_load;
use crate::session::use_session;
use crate::words::role_name;

#[component]
pub fn Invitations() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("invitations-title"));
    let session = use_session();
    let lists = use_load(|| async { Ok((client::invitable().await?, client::invitations().await?)) });
    let created = use_signal(|| None::<(String, InvitationCreated)>);
    let recovering = use_signal(|| None::<Invitee>);
    let action = use_action();
    if let Some(page) = unless_allowed(&title, session, session.is_staff()) {
        return page;
    }
    // A new or cancelled invitation changes the list of those sent.
    let onchange = move |_| lists.reload();
    rsx! {
        h1 { {title} }
        if let Some(error) = action.error() {
            ErrorSummary { error, field_ids: vec![("identity_check", "identity-check-in_person")] }
        }
        div { role: "status",
            if let Some((name, created)) = created() {
                CreatedCode { name, created }
            }
        }
        p { {i18n.t(msg!("invitations-intro"))} }
        {lists.show(|(people, sent)| rsx! {
            h2 { {i18n.t(msg!("invitations-people-heading"))} }
            ul { class: "cards",
                for someone in people {
                    InvitableCard { key: "{someone.name}{someone.has_account}", someone, created, recovering, action, onchange }
                }
            }
            h2 { {i18n.t(msg!("invitations-sent-heading"))} }
            if sent.is_empty() {
                p { {i18n.t(msg!("invitations-none-sent"))} }
            }
            ul { class: "cards",
                for invitation in sent {
                    SentCard { key: "{invitation.id}", invitation, action, onchange }
                }
            }
        })}
    }
}

fn relationship(i18n: &I18n, relationship: &Relationship) -> String {
    match relationship {
        Relationship::OnCaseload => i18n.t(msg!("invitations-on-caseload")),
        Relationship::CarerOf { name } => i18n.t_with(msg!("invitations-carer-of"), &[("name", name)]),
        Relationship::Colleague { role } => role_name(i18n, api::auth::Role::Staff(*role)),
    }
}

#[component]
fn InvitableCard(
    someone: Invitable,
    created: Signal<Option<(String, InvitationCreated)>>,
    recovering: Signal<Option<Invitee>>,
    action: Action,
    onchange: EventHandler<()>,
) -> Element {
    let (mut created, mut recovering) = (created, recovering);
    let i18n = use_i18n();
    let mut check = use_signal(|| None::<IdentityCheck>);
    let send = {
        let (invitee, name) = (someone.invitee.clone(), someone.name.clone());
        move |purpose: Purpose| {
            let (invitee, name) = (invitee.clone(), name.clone());
            let identity_check = check();
            let invitation = NewInvitation {
                invitee,
                purpose,
                identity_check,
            };
            action.run(client::invite(invitation), move |invitation| {
                created.set(Some((name, invitation)));
                recovering.set(None);
                onchange.call(());
            });
        }
    };
    // Someone with an account has lost their passkey: a recovery code, given only after
    // saying how one checked who they are. One card asks at a time.
    let asking = someone.has_account && recovering.read().as_ref() == Some(&someone.invitee);
    let options = IdentityCheck::ALL
        .iter()
        .map(|c| (c.as_str(), i18n.t(check_label(*c))))
        .collect();
    let choose = move |value: &'static str| check.set(IdentityCheck::ALL.into_iter().find(|c| c.as_str() == value));
    let legend = i18n.t_with(msg!("invitations-identity-legend"), &[("name", &someone.name)]);
    rsx! {
        li { class: "card",
            h3 { class: "card-title", {someone.name.clone()} }
            p { {relationship(&i18n, &someone.relationship)} }
            if someone.has_account {
                p { {i18n.t(msg!("invitations-has-account"))} }
            }
            if asking {
                Radios {
                    name: "identity-check",
                    legend,
                    options,
                    chosen: check().map(IdentityCheck::as_str),
                    error: action.error().and_then(|e| e.about("identity_check", &i18n)),
                    onchange: choose,
                }
                div { class: "actions",
                    button { class: "button", r#type: "button", disabled: action.busy(),
                        onclick: {
                            let send = send.clone();
                            move |_| send(Purpose::Recovery)
                        },
                        {i18n.t(msg!("invitations-recovery-give"))}
                    }
                    button { class: "button-secondary", r#type: "button", onclick: move |_| recovering.set(None),
                        {i18n.t(msg!("staff-cancel"))}
                    }
                }
            } else if someone.has_account {
                button { class: "button-secondary", r#type: "button", disabled: action.busy(),
                    onclick: {
                        let invitee = someone.invitee.clone();
                        move |_| {
                            check.set(None);
                            recovering.set(Some(invitee.clone()));
                        }
                    },
                    {i18n.t(msg!("invitations-recovery"))}
                    span { class: "visually-hidden", " {someone.name}" }
                }
            } else {
                button { class: "button-secondary", r#type: "button", disabled: action.busy(),
                    onclick: move |_| send(Purpose::Register),
                    {i18n.t(msg!("invitations-invite"))}
                    span { class: "visually-hidden", " {someone.name}" }
                }
            }
        }
    }
}

fn check_label(check: IdentityCheck) -> &'static str {
    match check {
        IdentityCheck::InPerson => msg!("identity-check-in-person"),
        IdentityCheck::VideoCall => msg!("identity-check-video-call"),
        IdentityCheck::CalledBack => msg!("identity-check-called-back"),
    }
}

fn status_text(i18n: &I18n, status: InvitationStatus) -> String {
    i18n.t(match status {
        InvitationStatus::Pending => msg!("invitation-status-pending"),
        InvitationStatus::Used => msg!("invitation-status-used"),
        InvitationStatus::Expired => msg!("invitation-status-expired"),
        InvitationStatus::Revoked => msg!("invitation-status-revoked"),
    })
}

#[component]
fn SentCard(invitation: InvitationInfo, action: Action, onchange: EventHandler<()>) -> Element {
    let i18n = use_i18n();
    let revoke = {
        let id = invitation.id.clone();
        move |_| action.run(client::revoke_invitation(id.clone()), move |()| onchange.call(()))
    };
    let purpose = i18n.t(match invitation.purpose {
        Purpose::Register => msg!("invitation-purpose-register"),
        Purpose::Recovery => msg!("invitation-purpose-recovery"),
    });
    let expires = i18n.t_with(
        msg!("invitations-expires"),
        &[("date", &i18n.date(invitation.expires_at))],
    );
    rsx! {
        li { class: "card",
            h3 { class: "card-title", {invitation.invitee_name.clone()} }
            p { {purpose} }
            p { strong { class: "tag", {status_text(&i18n, invitation.status)} } }
            if invitation.status == InvitationStatus::Pending {
                p { {expires} }
                button { class: "button-secondary", r#type: "button", disabled: action.busy(), onclick: revoke,
                    {i18n.t(msg!("invitations-revoke"))}
                    span { class: "visually-hidden", " {invitation.invitee_name}" }
                }
            }
        }
    }
}
