//! The messages of the person's language, for every component to read. British English
//! is built in; another language's messages come in the page, or are fetched when chosen
//! (`/locales/TAG.ftl`), so nobody downloads eight languages to read one.

use std::rc::Rc;

use api::i18n::{DEFAULT_LOCALE, Locale, Messages, find};
use dioxus::prelude::*;

use crate::platform;
use crate::preload::Preload;

#[derive(Clone)]
pub struct I18n(Rc<Messages>);

impl I18n {
    fn english() -> Self {
        Self(Rc::new(Messages::for_locale(DEFAULT_LOCALE)))
    }

    pub fn locale(&self) -> &str {
        self.0.locale()
    }

    fn shipped(&self) -> Option<&'static Locale> {
        find(self.locale())
    }

    /// Right-to-left for Urdu and Arabic, so the layout mirrors.
    pub fn direction(&self) -> &'static str {
        if self.shipped().is_some_and(|l| l.right_to_left) {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// A translation no native speaker has checked yet, which the language menu says.
    pub fn unchecked(&self) -> bool {
        self.shipped().is_some_and(|l| !l.checked)
    }

    pub fn messages(&self) -> &Messages {
        &self.0
    }

    pub fn t(&self, id: &str) -> String {
        self.0.get(id)
    }

    pub fn t_with(&self, id: &str, args: &[(&str, &str)]) -> String {
        self.0.get_with(id, args)
    }

    pub fn t_count(&self, id: &str, name: &str, count: i64) -> String {
        self.0.get_count(id, name, count)
    }

    /// The day a moment (Unix milliseconds) fell on: "25 November 2026".
    pub fn date(&self, unix_ms: i64) -> String {
        api::dates::date_in_words(unix_ms, &self.0)
    }

    /// A moment with its time: "25 November 2026 at 14:05".
    pub fn moment(&self, unix_ms: i64) -> String {
        api::dates::moment_in_words(unix_ms, &self.0)
    }

    /// A calendar day given as `2026-12-01`: "1 December 2026".
    pub fn day(&self, iso: &str) -> String {
        api::dates::day_in_words(iso, &self.0)
    }
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The language for every page, as the server chose it for the page (the one chosen on
/// this phone, else the account's, else the browser's first that OurPlan speaks), with
/// its messages handed in.
pub fn use_i18n_provider() -> Signal<I18n> {
    let i18n = use_context_provider(|| {
        let preload = consume_context::<Preload>();
        Signal::new(match (find(&preload.locale), &preload.messages) {
            (Some(locale), Some(source)) if locale.tag != DEFAULT_LOCALE => {
                I18n(Rc::new(Messages::from_text(locale.tag, source)))
            }
            _ => I18n::english(),
        })
    });
    use_effect(move || {
        let current = i18n.read();
        platform::set_document_language(current.locale(), current.direction());
    });
    i18n
}

/// The messages of one shipped locale; `None` if they could not be fetched (offline),
/// when the page stays in the language it was in.
async fn load(tag: &'static str) -> Option<I18n> {
    if tag == DEFAULT_LOCALE {
        return Some(I18n::english());
    }
    let response = gloo_net::http::Request::get(&format!("/locales/{tag}.ftl"))
        .send()
        .await
        .ok()?;
    if !response.ok() {
        return None;
    }
    let source = response.text().await.ok()?;
    Some(I18n(Rc::new(Messages::from_text(tag, &source))))
}

/// Switches every page to `tag`, remembers it on this phone (and, signed in, on the
/// account, for email), and tells the server which language to answer in.
pub async fn choose(mut i18n: Signal<I18n>, tag: &str, signed_in: bool) {
    let Some(locale) = find(tag) else {
        return;
    };
    if let Some(loaded) = load(locale.tag).await {
        i18n.set(loaded);
        platform::remember_language(locale.tag);
        if signed_in {
            let _ = crate::client::choose_language(locale.tag).await;
        }
    }
}

pub fn use_i18n() -> I18n {
    use_context::<Signal<I18n>>()()
}
