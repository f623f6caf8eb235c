//! The routes and the shell every page sits in: skip link, header, navigation, footer.

use dioxus::prelude::*;

use api::msg;

use crate::i18n::{I18n, use_i18n};
use crate::pages::{Accessibility, Home, NotFound};
use crate::{client, platform};

#[derive(Routable, Clone, PartialEq, Debug)]
#[rustfmt::skip]
pub enum Route {
    #[layout(Shell)]
        #[route("/")]
        Home {},
        #[route("/accessibility")]
        Accessibility {},
        #[route("/:..segments")]
        NotFound { segments: Vec<String> },
}

#[component]
pub fn App() -> Element {
    let i18n = use_context_provider(|| I18n::new(&platform::preferred_languages()));
    use_hook(|| platform::set_document_language(i18n.locale(), i18n.direction()));
    // The service's details appear in the header and footer of every page: fetch them once.
    let service = use_resource(client::service_info);
    use_context_provider(|| service);
    rsx! { Router::<Route> {} }
}

#[component]
fn Shell() -> Element {
    let i18n = use_i18n();
    let service = use_context::<Resource<Result<api::service::ServiceInfo, client::Error>>>();
    let info = service
        .read()
        .as_ref()
        .and_then(|r| r.as_ref().ok())
        .cloned();
    let council = info
        .as_ref()
        .and_then(|i| i.council.as_ref())
        .map(|c| c.name.clone());
    rsx! {
        a { class: "skip-link", href: "#main-content", {i18n.t(msg!("skip-link"))} }
        if info.as_ref().is_some_and(|i| i.demo) {
            p { class: "demo-banner", {i18n.t(msg!("demo-banner"))} }
        }
        header { class: "site-header",
            Link { class: "brand", to: Route::Home {}, {i18n.t(msg!("app-name"))} }
            nav { "aria-label": i18n.t(msg!("nav-label")),
                ul {
                    li { Link { to: Route::Home {}, active_class: "current", {i18n.t(msg!("nav-home"))} } }
                    li { Link { to: Route::Accessibility {}, active_class: "current", {i18n.t(msg!("nav-accessibility"))} } }
                }
            }
        }
        main { id: "main-content", tabindex: "-1",
            Outlet::<Route> {}
        }
        footer { class: "site-footer",
            ul {
                li { Link { to: Route::Accessibility {}, {i18n.t(msg!("footer-accessibility"))} } }
            }
            if let Some(council) = council {
                p { {i18n.t_with(msg!("footer-run-by"), &[("council", &council)])} }
            }
        }
    }
}
