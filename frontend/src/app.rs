//! The routes and the shell every page sits in: skip link, header, navigation, footer.

use api::msg;
use dioxus::prelude::*;

use crate::i18n::{I18n, choose, use_i18n, use_i18n_provider};
use crate::load::{Load, use_load};
use crate::pages::{
    Accessibility, Account, AskForReview, AskForReviewFor, CaredForGoals, CaredForReview, CaredForReviews, CaringFor,
    Caseload, Contributions, DeclineReview, Devices, DisplaySettings, Editor, FailedEmails, FrontDoor, Goals,
    Invitation, Invitations, LookedAt, MyPlans, MyReviews, NotFound, NotificationList, Passkeys, PeopleWhoHelp,
    PersonCarers, Plan, PublishCheck, RegisterPerson, ReviewPage, ReviewQueue, SignIn, StaffChanges, TeamPage,
    TellCaseworker, Todo, Versions,
};
use crate::session::{use_session, use_session_provider};
use crate::unread::{use_unread, use_unread_provider};
use crate::{client, platform};

#[derive(Routable, Clone, PartialEq, Debug)]
#[rustfmt::skip]
pub enum Route {
    #[layout(Shell)]
        #[route("/")]
        Home {},
        #[route("/sign-in")]
        SignIn {},
        // An invitation link carries its code after `#`: browsers never send that part
        // to a server, so the code stays out of every log.
        #[route("/invitation#:code")]
        Invitation { code: String },
        #[route("/account")]
        Account {},
        #[route("/account/passkeys")]
        Passkeys {},
        #[route("/account/devices")]
        Devices {},
        #[route("/account/display")]
        DisplaySettings {},
        #[route("/account/carers")]
        PeopleWhoHelp {},
        #[route("/account/tell-my-caseworker")]
        TellCaseworker {},
        #[route("/plans")]
        MyPlans {},
        #[route("/plans/:id/versions/:which")]
        Plan { id: String, which: String },
        #[route("/plans/:id/versions")]
        Versions { id: String },
        #[route("/plans/:id/looked-at")]
        LookedAt { id: String },
        #[route("/goals")]
        Goals {},
        #[route("/reviews")]
        MyReviews {},
        #[route("/reviews/new")]
        AskForReview {},
        #[route("/reviews/:id")]
        ReviewPage { id: String },
        #[route("/notifications")]
        NotificationList {},
        #[route("/caring-for")]
        CaringFor {},
        #[route("/caring-for/:person/goals")]
        CaredForGoals { person: String },
        #[route("/caring-for/:person/reviews")]
        CaredForReviews { person: String },
        #[route("/caring-for/:person/reviews/new")]
        AskForReviewFor { person: String },
        #[route("/caring-for/:person/reviews/:id")]
        CaredForReview { person: String, id: String },
        #[route("/staff/todo")]
        Todo {},
        #[route("/staff/contributions")]
        Contributions {},
        #[route("/staff/people")]
        Caseload {},
        #[route("/staff/people/new")]
        RegisterPerson {},
        #[route("/staff/people/:person/carers")]
        PersonCarers { person: String },
        #[route("/staff/reviews")]
        ReviewQueue {},
        #[route("/staff/reviews/:id/decline")]
        DeclineReview { id: String },
        #[route("/staff/plans/:id/edit")]
        Editor { id: String },
        #[route("/staff/plans/:id/publish")]
        PublishCheck { id: String },
        #[route("/staff/invitations")]
        Invitations {},
        #[route("/staff/team")]
        TeamPage {},
        #[route("/staff/team/changes")]
        StaffChanges {},
        #[route("/staff/team/failed-emails")]
        FailedEmails {},
        #[route("/accessibility")]
        Accessibility {},
        #[route("/:..segments")]
        NotFound { segments: Vec<String> },
}

#[component]
pub fn App() -> Element {
    crate::hydrated::use_hydrated_provider();
    let i18n = use_i18n_provider();
    // The service's details appear in the header and footer of every page: fetch them once.
    let service = use_load(client::service_info);
    use_context_provider(|| service);
    let session = use_session_provider();
    use_unread_provider(session);
    crate::display::use_display_provider(session);
    // Signed in on a phone that has no choice of its own: the account's language.
    use_effect(move || {
        let language = session.me.read().as_ref().map(|me| me.language.clone());
        if let Some(language) = language
            && platform::chosen_language().is_none()
            && language != i18n.peek().locale()
        {
            spawn(async move { choose(i18n, &language, false).await });
        }
    });
    rsx! { Router::<Route> {} }
}

/// Where "Home" leads: for staff, what waits on them; for everyone else, the front door.
#[component]
fn Home() -> Element {
    if use_session().is_staff() {
        rsx! { Todo {} }
    } else {
        rsx! { FrontDoor {} }
    }
}

#[component]
fn Shell() -> Element {
    let i18n = use_i18n();
    let session = use_session();
    let info = use_context::<Load<api::service::ServiceInfo>>().value();
    let council = info.as_ref().and_then(|i| i.council.as_ref()).map(|c| c.name.clone());
    let signed_in = session.me.read().is_some();
    let runs_teams = matches!(
        session.me.read().as_ref().map(|me| me.role),
        Some(api::auth::Role::Staff(
            api::staff::StaffRole::Manager | api::staff::StaffRole::Admin
        ))
    );
    // The count is in the link's words, so it is read out and seen without colour.
    let notifications = match use_unread().count() {
        Some(n) if n > 0 => i18n.t_with(msg!("nav-notifications-unread"), &[("count", &n.to_string())]),
        _ => i18n.t(msg!("nav-notifications")),
    };
    let links = rsx! {
        ul {
            li { Link { to: Route::Home {}, active_class: "current", {i18n.t(msg!("nav-home"))} } }
            if signed_in && !session.is_staff() {
                li { Link { to: Route::MyPlans {}, active_class: "current", {i18n.t(msg!("nav-my-plan"))} } }
                // A carer switches between their own plan and the people they care for.
                li { Link { to: Route::CaringFor {}, active_class: "current", {i18n.t(msg!("nav-caring-for"))} } }
                li { Link { to: Route::Goals {}, active_class: "current", {i18n.t(msg!("nav-goals"))} } }
                li { Link { to: Route::MyReviews {}, active_class: "current", {i18n.t(msg!("nav-reviews"))} } }
                li { Link { to: Route::NotificationList {}, active_class: "current", {notifications} } }
            }
            if session.is_staff() {
                li { Link { to: Route::Caseload {}, active_class: "current", {i18n.t(msg!("nav-caseload"))} } }
                li { Link { to: Route::Contributions {}, active_class: "current", {i18n.t(msg!("nav-contributions"))} } }
                li { Link { to: Route::ReviewQueue {}, active_class: "current", {i18n.t(msg!("nav-reviews"))} } }
            }
            if signed_in {
                li { Link { to: Route::Account {}, active_class: "current", {i18n.t(msg!("nav-account"))} } }
            } else {
                li { Link { to: Route::SignIn {}, active_class: "current", {i18n.t(msg!("nav-sign-in"))} } }
            }
            if session.is_staff() {
                li { Link { to: Route::Invitations {}, active_class: "current", {i18n.t(msg!("nav-invitations"))} } }
            }
            if runs_teams {
                li { Link { to: Route::TeamPage {}, active_class: "current", {i18n.t(msg!("nav-team"))} } }
            }
        }
    };
    // On a phone the page's own heading comes first: the navigation and the language menu
    // wait behind a button each (a `details`, so they open before the app has loaded). A
    // laptop shows the navigation in the header; only one of the two is ever displayed.
    rsx! {
        a { class: "skip-link", href: "#main-content", {i18n.t(msg!("skip-link"))} }
        if info.as_ref().is_some_and(|i| i.demo) {
            p { class: "demo-banner", {i18n.t(msg!("demo-banner"))} }
        }
        header { class: "site-header no-print",
            Link { class: "brand", to: Route::Home {}, {i18n.t(msg!("app-name"))} }
            details { class: "header-menu language-menu",
                summary { {language_label(&i18n)} }
                LanguageMenu {}
            }
            details { class: "header-menu nav-menu",
                summary { {i18n.t(msg!("nav-menu"))} }
                nav { "aria-label": i18n.t(msg!("nav-label")), onclick: |_| platform::close_menus(), {links.clone()} }
            }
            nav { class: "nav-wide", "aria-label": i18n.t(msg!("nav-label")), {links} }
        }
        main { id: "main-content", tabindex: "-1",
            Outlet::<Route> {}
        }
        footer { class: "site-footer no-print",
            ul {
                li { Link { to: Route::Accessibility {}, {i18n.t(msg!("footer-accessibility"))} } }
                li { Link { to: Route::DisplaySettings {}, {i18n.t(msg!("display-title"))} } }
            }
            if let Some(council) = council {
                p { {i18n.t_with(msg!("footer-run-by"), &[("council", &council)])} }
            }
        }
    }
}

/// "Language", and in any other language its own word with "(Language)", so someone who
/// cannot read the current language can still find the menu.
fn language_label(i18n: &I18n) -> String {
    let own = i18n.t(msg!("language-label"));
    if own == "Language" {
        own
    } else {
        format!("{own} (Language)")
    }
}

/// The language menu, on every page. Each language is named in itself; a translation no
/// native speaker has checked says so.
#[component]
fn LanguageMenu() -> Element {
    let i18n = use_i18n();
    let signal = use_context::<Signal<crate::i18n::I18n>>();
    let session = use_session();
    let current = i18n.locale().to_owned();
    let label = language_label(&i18n);
    // The page changes language only when asked, not while someone moves through the list.
    let mut picked = use_signal(String::new);
    let submit = move |event: FormEvent| {
        event.prevent_default();
        let tag = picked();
        let signed_in = session.me.peek().is_some();
        if !tag.is_empty() {
            spawn(async move { choose(signal, &tag, signed_in).await });
        }
        platform::close_menus();
    };
    rsx! {
        // Also a plain form, so the language can be changed before or without the app.
        form { class: "language-bar no-print", method: "post", onsubmit: submit,
            input { r#type: "hidden", name: "form", value: "language" }
            label { r#for: "language", {label} }
            select { id: "language", name: "language", onchange: move |event: FormEvent| picked.set(event.value()),
                for locale in api::i18n::LOCALES {
                    option { key: "{locale.tag}", value: locale.tag, lang: locale.tag, selected: locale.tag == current, {locale.autonym} }
                }
            }
            button { class: "button-secondary", r#type: "submit", {i18n.t(msg!("language-change"))} }
            if i18n.unchecked() {
                p { class: "hint", {i18n.t(msg!("language-unchecked"))} }
            }
        }
    }
}
