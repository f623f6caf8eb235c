//! For admins: the email the mail server refused for good, which is no longer tried, with
//! a way to send each again once its address is put right.

use api::admin::FailedEmail;
use api::msg;
use api::staff::StaffRole;
use dioxus::prelude::*;

use crate::action::use_action;
use crate::app::Route;
use crate::client;
use crate::components::{ErrorSummary, unless_allowed, use_page_title};
use crate::i18n::use_i18n;
use crate::load::use_load;
use crate::session::use_session;

#[component]
pub fn FailedEmails() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("failed-emails-title"));
    let session = use_session();
    let admin = session.me.read().as_ref().map(|me| me.role) == Some(api::auth::Role::Staff(StaffRole::Admin));
    let emails = use_load(client::failed_emails);
    let action = use_action();
    let mut said = use_signal(String::new);
    if let Some(page) = unless_allowed(&title, session, admin) {
        return page;
    }
    let retry = {
        let i18n = i18n.clone();
        move |email: FailedEmail| {
            let i18n = i18n.clone();
            action.run(client::retry_email(email.id), move |()| {
                said.set(i18n.t_with(msg!("failed-emails-retried"), &[("to", &email.to)]));
                emails.reload();
            });
        }
    };
    rsx! {
        p { Link { class: "back-link", to: Route::TeamPage {}, {i18n.t(msg!("team-title"))} } }
        h1 { {title} }
        p { {i18n.t(msg!("failed-emails-intro"))} }
        if let Some(error) = action.error() {
            ErrorSummary { error, field_ids: vec![] }
        }
        p { role: "status", class: "status", {said()} }
        {emails.show(|list| rsx! {
            if list.is_empty() {
                p { {i18n.t(msg!("failed-emails-none"))} }
            } else {
                table { class: "stack",
                    caption { class: "visually-hidden", {i18n.t(msg!("failed-emails-title"))} }
                    thead { tr {
                        th { scope: "col", {i18n.t(msg!("failed-emails-col-when"))} }
                        th { scope: "col", {i18n.t(msg!("failed-emails-col-to"))} }
                        th { scope: "col", {i18n.t(msg!("failed-emails-col-what"))} }
                        th { scope: "col", {i18n.t(msg!("failed-emails-col-why"))} }
                        th { scope: "col", span { class: "visually-hidden", {i18n.t(msg!("failed-emails-retry"))} } }
                    } }
                    tbody {
                        for email in list {
                            tr { key: "{email.id}",
                                th { scope: "row", "data-label": i18n.t(msg!("failed-emails-col-when")), {i18n.date(email.failed_at)} }
                                td { "data-label": i18n.t(msg!("failed-emails-col-to")), {email.to.clone()} }
                                td { "data-label": i18n.t(msg!("failed-emails-col-what")), {i18n.t(what(&email.template))} }
                                td { "data-label": i18n.t(msg!("failed-emails-col-why")), {i18n.t(why(&email.why))} }
                                td {
                                    button { class: "button-secondary", r#type: "button", disabled: action.busy(),
                                        onclick: {
                                            let (retry, email) = (retry.clone(), email.clone());
                                            move |_| retry(email.clone())
                                        },
                                        {i18n.t(msg!("failed-emails-retry"))}
                                        span { class: "visually-hidden", " {email.to}" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        })}
    }
}

fn what(template: &str) -> &'static str {
    match template {
        "review_update" => msg!("failed-emails-what-review"),
        "recovered" => msg!("failed-emails-what-recovered"),
        _ => msg!("failed-emails-what-news"),
    }
}

fn why(why: &str) -> &'static str {
    match why {
        "unrenderable" => msg!("failed-emails-why-unrenderable"),
        _ => msg!("failed-emails-why-permanent"),
    }
}
