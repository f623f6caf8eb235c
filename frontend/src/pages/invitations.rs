//! For staff: invite the people on your caseload, their carers and (managers, admins)
//! colleagues to set up a passkey; see what became of each invitation; cancel one.

use api::auth::{
    Invitable, InvitationCreated, InvitationInfo, InvitationStatus, Invitee, NewInvitation, Purpose, Relationship,
};
use api::msg;
use dioxus::prelude::*;

use super::{role_name, use_page_title};
use crate::client::{self, Error};
use crate::components::{ErrorSummary, unless_allowed};
use crate::i18n::{I18n, use_i18n};
use crate::platform::{self, format_date};
use crate::session::use_session;

#[component]
pub fn Invitations() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("invitations-title"));
    let session = use_session();
    let invitable = use_resource(client::invitable);
    let sent = use_resource(client::invitations);
    let created = use_signal(|| None::<(String, InvitationCreated)>);
    let error = use_signal(|| None::<Error>);
    if let Some(page) = unless_allowed(&title, session, session.is_staff()) {
        return page;
    }
    let people = invitable
        .read()
        .as_ref()
        .and_then(|r| r.as_ref().ok())
        .cloned()
        .unwrap_or_default();
    let sent_list = sent
        .read()
        .as_ref()
        .and_then(|r| r.as_ref().ok())
        .cloned()
        .unwrap_or_default();
    rsx! {
        h1 { {title} }
        if let Some(error) = error() {
            ErrorSummary { error, field_ids: vec![] }
        }
        div { role: "status",
            if let Some((name, created)) = created() {
                CreatedCode { name, created }
            }
        }
        p { {i18n.t(msg!("invitations-intro"))} }
        h2 { {i18n.t(msg!("invitations-people-heading"))} }
        ul { class: "cards",
            for someone in people {
                InvitableCard { key: "{someone.name}{someone.has_account}", someone, created, error, sent }
            }
        }
        h2 { {i18n.t(msg!("invitations-sent-heading"))} }
        if sent_list.is_empty() {
            p { {i18n.t(msg!("invitations-none-sent"))} }
        }
        ul { class: "cards",
            for invitation in sent_list {
                SentCard { key: "{invitation.id}", invitation, sent, error }
            }
        }
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
    error: Signal<Option<Error>>,
    sent: Resource<Result<Vec<InvitationInfo>, Error>>,
) -> Element {
    let i18n = use_i18n();
    // Someone with an account has lost their passkey: a recovery invitation, given only
    // after checking who they are.
    let purpose = if someone.has_account {
        Purpose::Recovery
    } else {
        Purpose::Register
    };
    let invite = {
        let (invitee, name) = (someone.invitee.clone(), someone.name.clone());
        move |_| {
            let (invitee, name): (Invitee, String) = (invitee.clone(), name.clone());
            spawn(async move {
                error.set(None);
                match client::invite(NewInvitation { invitee, purpose }).await {
                    Ok(invitation) => {
                        created.set(Some((name, invitation)));
                        sent.restart();
                    }
                    Err(failure) => error.set(Some(failure)),
                }
            });
        }
    };
    rsx! {
        li { class: "card",
            h3 { class: "card-title", {someone.name.clone()} }
            p { {relationship(&i18n, &someone.relationship)} }
            if someone.has_account {
                p { {i18n.t(msg!("invitations-has-account"))} }
            }
            button { class: "button-secondary", r#type: "button", onclick: invite,
                if someone.has_account { {i18n.t(msg!("invitations-recovery"))} } else { {i18n.t(msg!("invitations-invite"))} }
                span { class: "visually-hidden", " {someone.name}" }
            }
        }
    }
}

#[component]
pub(super) fn CreatedCode(name: String, created: InvitationCreated) -> Element {
    let i18n = use_i18n();
    let link = format!("{}/invitation#{}", platform::origin(), created.code);
    let expires = format_date(created.expires_at, i18n.locale());
    rsx! {
        div { class: "panel",
            h2 { {i18n.t_with(msg!("invitations-created"), &[("name", &name)])} }
            p { {i18n.t(msg!("invitations-code-label"))} }
            p { class: "code", {created.code.clone()} }
            p { {i18n.t(msg!("invitations-link-label"))} }
            p { class: "link-text", {link} }
            p { {i18n.t_with(msg!("invitations-expires"), &[("date", &expires)])} }
        }
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
fn SentCard(
    invitation: InvitationInfo,
    sent: Resource<Result<Vec<InvitationInfo>, Error>>,
    error: Signal<Option<Error>>,
) -> Element {
    let i18n = use_i18n();
    let revoke = {
        let id = invitation.id.clone();
        move |_| {
            let id = id.clone();
            spawn(async move {
                match client::revoke_invitation(id).await {
                    Ok(()) => sent.restart(),
                    Err(failure) => error.set(Some(failure)),
                }
            });
        }
    };
    let purpose = i18n.t(match invitation.purpose {
        Purpose::Register => msg!("invitation-purpose-register"),
        Purpose::Recovery => msg!("invitation-purpose-recovery"),
    });
    let expires = i18n.t_with(
        msg!("invitations-expires"),
        &[("date", &format_date(invitation.expires_at, i18n.locale()))],
    );
    rsx! {
        li { class: "card",
            h3 { class: "card-title", {invitation.invitee_name.clone()} }
            p { {purpose} }
            p { strong { class: "tag", {status_text(&i18n, invitation.status)} } }
            if invitation.status == InvitationStatus::Pending {
                p { {expires} }
                button { class: "button-secondary", r#type: "button", onclick: revoke,
                    {i18n.t(msg!("invitations-revoke"))}
                    span { class: "visually-hidden", " {invitation.invitee_name}" }
                }
            }
        }
    }
}
