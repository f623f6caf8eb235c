//! One module per page.

mod access_words;
mod accessibility;
mod account;
mod carers;
mod caring_for;
mod caseload;
mod contributions;
mod devices;
mod display_settings;
mod editor;
mod goal_forms;
mod goals;
mod home;
mod invitation;
mod invitations;
mod looked_at;
mod my_plans;
mod not_found;
mod notifications;
mod passkeys;
mod person_carers;
mod plan;
mod plan_form;
mod review;
mod review_actions;
mod review_form;
mod review_queue;
mod review_words;
mod reviews;
mod sign_in;
mod versions;

pub use accessibility::Accessibility;
pub use account::Account;
pub use carers::{PeopleWhoHelp, TellCaseworker};
pub use caring_for::{CaredForGoals, CaredForReviews, CaringFor};
pub use caseload::Caseload;
pub use contributions::Contributions;
pub use devices::Devices;
pub use display_settings::DisplaySettings;
pub use editor::Editor;
pub use goals::Goals;
pub use home::Home;
pub use invitation::Invitation;
pub use invitations::Invitations;
pub use looked_at::LookedAt;
pub use my_plans::MyPlans;
pub use not_found::NotFound;
pub use notifications::NotificationList;
pub use passkeys::Passkeys;
pub use person_carers::PersonCarers;
pub use plan::Plan;
pub use review::{CaredForReview, ReviewPage};
pub use review_form::{AskForReview, AskForReviewFor};
pub use review_queue::ReviewQueue;
pub use reviews::MyReviews;
pub use sign_in::SignIn;
pub use versions::Versions;

use api::msg;
use dioxus::prelude::*;

use crate::i18n::{I18n, use_i18n};
use crate::platform;

/// The page's heading, which is also the tab's title; arriving here from another page
/// moves focus to the content.
fn use_page_title(id: &'static str) -> String {
    let i18n = use_i18n();
    let title = i18n.t(id);
    let app_name = i18n.t(msg!("app-name"));
    use_effect({
        let title = title.clone();
        move || platform::page_shown(&title, &app_name)
    });
    title
}

/// A role as people say it: "person", "caseworker".
fn role_name(i18n: &I18n, role: api::auth::Role) -> String {
    use api::auth::Role;
    use api::staff::StaffRole;
    i18n.t(match role {
        Role::Person => msg!("role-person"),
        Role::Staff(StaffRole::Caseworker) => msg!("role-caseworker"),
        Role::Staff(StaffRole::Manager) => msg!("role-manager"),
        Role::Staff(StaffRole::Admin) => msg!("role-admin"),
    })
}
