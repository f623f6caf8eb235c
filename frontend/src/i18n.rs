//! The messages of the person's language, for every component to read.

use std::rc::Rc;

use api::i18n::{Messages, negotiate};
use dioxus::prelude::*;

#[derive(Clone)]
pub struct I18n(Rc<Messages>);

impl I18n {
    pub fn new(preferred: &[String]) -> Self {
        let locale = negotiate(preferred.iter().map(String::as_str));
        Self(Rc::new(Messages::for_locale(locale)))
    }

    pub fn locale(&self) -> &str {
        self.0.locale()
    }

    /// Right-to-left for Arabic-script languages, so the layout mirrors.
    pub fn direction(&self) -> &'static str {
        match self.locale().split('-').next() {
            Some("ar" | "ur" | "fa" | "he") => "rtl",
            _ => "ltr",
        }
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
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

pub fn use_i18n() -> I18n {
    use_context::<I18n>()
}
