//! Text size and colours: each change shows at once, and is kept on this phone (and on
//! the account, when signed in).

use api::auth::{Display, TextSize, Theme};
use api::msg;
use dioxus::prelude::*;

use crate::components::use_page_title;
use crate::display::{change, use_display};
use crate::i18n::use_i18n;
use crate::session::use_session;

#[component]
pub fn DisplaySettings() -> Element {
    let i18n = use_i18n();
    let title = use_page_title(msg!("display-title"));
    let display = use_display();
    let session = use_session();
    let current = *display.read();
    let set = move |new: Display| change(display, new, session.me.peek().is_some());
    let themes = [
        (Theme::System, msg!("display-theme-system")),
        (Theme::Light, msg!("display-theme-light")),
        (Theme::Dark, msg!("display-theme-dark")),
    ];
    rsx! {
        h1 { {title} }
        p { {i18n.t(msg!("display-intro"))} }
        fieldset { class: "field",
            legend { {i18n.t(msg!("display-text-size"))} }
            for percent in TextSize::SIZES {
                div { key: "{percent}", class: "choice",
                    input {
                        r#type: "radio",
                        id: "text-size-{percent}",
                        name: "text-size",
                        checked: current.text_size.percent() == percent,
                        onchange: move |_| {
                            if let Ok(text_size) = TextSize::try_from(percent) {
                                set(Display { text_size, ..current });
                            }
                        },
                    }
                    label { r#for: "text-size-{percent}",
                        {i18n.t_with(msg!("display-size-value"), &[("percent", &percent.to_string())])}
                    }
                }
            }
        }
        fieldset { class: "field",
            legend { {i18n.t(msg!("display-theme"))} }
            for (theme , label) in themes {
                div { key: "{theme.as_str()}", class: "choice",
                    input {
                        r#type: "radio",
                        id: "theme-{theme.as_str()}",
                        name: "theme",
                        checked: current.theme == theme,
                        onchange: move |_| set(Display { theme, ..current }),
                    }
                    label { r#for: "theme-{theme.as_str()}", {i18n.t(label)} }
                }
            }
        }
        div { class: "field choice",
            input {
                r#type: "checkbox",
                id: "high-contrast",
                checked: current.high_contrast,
                onchange: move |_| set(Display { high_contrast: !current.high_contrast, ..current }),
            }
            label { r#for: "high-contrast", {i18n.t(msg!("display-contrast"))} }
        }
        div { class: "field choice",
            input {
                r#type: "checkbox",
                id: "reduce-motion",
                checked: current.reduce_motion,
                onchange: move |_| set(Display { reduce_motion: !current.reduce_motion, ..current }),
            }
            label { r#for: "reduce-motion", {i18n.t(msg!("display-motion"))} }
        }
        p { class: "hint", role: "status",
            if session.me.read().is_some() {
                {i18n.t(msg!("display-kept-account"))}
            } else {
                {i18n.t(msg!("display-kept-phone"))}
            }
        }
    }
}
