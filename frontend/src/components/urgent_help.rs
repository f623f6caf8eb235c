//! Help that cannot wait for a review: the named worker's and the council's numbers and
//! 999, each a link a phone rings with one tap. Shown as soon as someone says it is urgent.

use api::msg;
use api::plan::NamedWorker;
use api::service::ServiceInfo;
use dioxus::prelude::*;

use crate::i18n::use_i18n;
use crate::load::Load;

/// A number as a `tel:` link: the digits and a leading `+` only.
pub fn tel(number: &str) -> String {
    let dial: String = number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{dial}")
}

/// Text split where phone numbers stand in it (ten digits or more, spaces allowed), so
/// each can be a link a phone rings with one tap: `(text, is_a_number)` in order.
pub fn phone_numbers(text: &str) -> Vec<(String, bool)> {
    let mut parts = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let (mut start, mut i) = (0, 0);
    while i < chars.len() {
        if chars[i].is_ascii_digit() || (chars[i] == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit)) {
            let mut end = i + 1;
            while end < chars.len() && (chars[end].is_ascii_digit() || chars[end] == ' ') {
                end += 1;
            }
            while end > i && chars[end - 1] == ' ' {
                end -= 1;
            }
            let digits = chars[i..end].iter().filter(|c| c.is_ascii_digit()).count();
            if digits >= 10 {
                if start < i {
                    parts.push((chars[start..i].iter().collect(), false));
                }
                parts.push((chars[i..end].iter().collect(), true));
                start = end;
            }
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    if start < chars.len() {
        parts.push((chars[start..].iter().collect(), false));
    }
    parts
}

/// Text in which every phone number is a `tel:` link.
#[component]
pub fn WithPhoneLinks(text: String) -> Element {
    rsx! {
        for (n, (part, number)) in phone_numbers(&text).into_iter().enumerate() {
            if number {
                a { key: "{n}", href: tel(&part), {part.clone()} }
            } else {
                span { key: "{n}", {part} }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::phone_numbers;

    #[test]
    fn phone_numbers_in_text_are_found_and_nothing_else() {
        let parts = phone_numbers("Call the duty team on 0300 123 4567, or 999. Flat 12.");
        let numbers: Vec<&str> = parts.iter().filter(|(_, n)| *n).map(|(t, _)| t.as_str()).collect();
        assert_eq!(numbers, ["0300 123 4567"]);
        let whole: String = parts.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(whole, "Call the duty team on 0300 123 4567, or 999. Flat 12.");
        assert_eq!(
            phone_numbers("+44 300 123 4567")[0],
            ("+44 300 123 4567".to_owned(), true)
        );
    }
}

#[component]
pub fn UrgentHelp(worker: Option<NamedWorker>) -> Element {
    let i18n = use_i18n();
    let council = use_context::<Load<ServiceInfo>>().value().and_then(|info| info.council);
    let worker = worker.and_then(|w| Some((w.name, w.phone?)));
    rsx! {
        section { class: "panel urgent-help", "aria-labelledby": "urgent-help-heading",
            h2 { id: "urgent-help-heading", {i18n.t(msg!("urgent-help-heading"))} }
            p { {i18n.t(msg!("urgent-help-intro"))} }
            ul { class: "list-plain",
                if let Some((name, phone)) = worker {
                    li { a { href: tel(&phone), {i18n.t_with(msg!("urgent-help-worker"), &[("name", &name), ("phone", &phone)])} } }
                }
                if let Some(council) = council {
                    li { a { href: tel(&council.phone), {i18n.t_with(msg!("urgent-help-council"), &[("council", &council.name), ("phone", &council.phone)])} } }
                }
                li { strong { a { href: "tel:999", {i18n.t(msg!("urgent-help-999"))} } } }
            }
        }
    }
}
