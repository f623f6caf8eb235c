//! Fluent messages: one source (`locales/<lang>/*.ftl`) for every string a person reads,
//! in the browser and in what the server sends.

use std::collections::BTreeSet;
use std::sync::Mutex;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

/// Marks a Fluent message id in code. It is only the literal, but the marker lets a test
/// find every id the code uses and check that `en-GB` defines it.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $id
    };
}

pub const DEFAULT_LOCALE: &str = "en-GB";

/// British English, the source every other locale is translated from: compiled into
/// everything, and behind every other locale for a message it lacks.
pub const BRITISH_ENGLISH: &str = include_str!("../../locales/en-GB/main.ftl");

/// A locale OurPlan ships.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    pub tag: &'static str,
    /// The language's name in itself, as a language menu shows it.
    pub autonym: &'static str,
    pub right_to_left: bool,
    /// A native speaker has checked the translation (see `locales/README.md`).
    pub checked: bool,
}

const fn locale(tag: &'static str, autonym: &'static str, right_to_left: bool, checked: bool) -> Locale {
    Locale {
        tag,
        autonym,
        right_to_left,
        checked,
    }
}

/// Every locale, British English first.
pub const LOCALES: &[Locale] = &[
    locale("en-GB", "English", false, true),
    locale("en-GB-x-easyread", "Easy Read English", false, false),
    locale("cy", "Cymraeg", false, false),
    locale("pl", "Polski", false, false),
    locale("ro", "Română", false, false),
    locale("pa", "ਪੰਜਾਬੀ", false, false),
    locale("ur", "اردو", true, false),
    locale("ar", "العربية", true, false),
    locale("bn", "বাংলা", false, false),
];

/// The shipped locale with this exact tag.
pub fn find(tag: &str) -> Option<&'static Locale> {
    LOCALES.iter().find(|l| l.tag.eq_ignore_ascii_case(tag))
}

/// Every locale's Fluent source, compiled in: for the server, which writes errors and
/// emails in any of them. The browser fetches the one it needs instead.
#[cfg(feature = "bundled-locales")]
pub fn bundled_source(tag: &str) -> Option<&'static str> {
    Some(match find(tag)?.tag {
        "en-GB" => BRITISH_ENGLISH,
        "en-GB-x-easyread" => include_str!("../../locales/en-GB-x-easyread/main.ftl"),
        "cy" => include_str!("../../locales/cy/main.ftl"),
        "pl" => include_str!("../../locales/pl/main.ftl"),
        "ro" => include_str!("../../locales/ro/main.ftl"),
        "pa" => include_str!("../../locales/pa/main.ftl"),
        "ur" => include_str!("../../locales/ur/main.ftl"),
        "ar" => include_str!("../../locales/ar/main.ftl"),
        "bn" => include_str!("../../locales/bn/main.ftl"),
        _ => return None,
    })
}

/// The language a Fluent bundle needs for plurals and numbers: the tag without any
/// private-use part (Easy Read English counts as English).
fn language_of(tag: &str) -> LanguageIdentifier {
    let base = tag.split("-x-").next().unwrap_or(tag);
    base.parse().unwrap_or_default()
}

/// The messages of one locale, with `en-GB` behind it for any message it lacks.
pub struct Messages {
    locale: String,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<Box<Messages>>,
    /// Ids this locale lacked and British English stood in for: each is logged once.
    missing: Mutex<BTreeSet<String>>,
}

impl Messages {
    /// The messages for `locale` (en-GB for an unknown or malformed tag). Without the
    /// `bundled-locales` feature only en-GB is compiled in: see [`Messages::from_text`].
    pub fn for_locale(locale: &str) -> Self {
        #[cfg(feature = "bundled-locales")]
        {
            let chosen = negotiate([locale]);
            if let Some(source) = bundled_source(chosen) {
                return Self::from_text(chosen, source);
            }
        }
        let _ = locale;
        Self::from_source(DEFAULT_LOCALE, BRITISH_ENGLISH)
    }

    /// The messages of a locale from its Fluent source (fetched, say), with en-GB behind it.
    pub fn from_text(locale: &str, source: &str) -> Self {
        let own = Self::from_source(locale, source);
        if locale == DEFAULT_LOCALE {
            own
        } else {
            Self {
                fallback: Some(Box::new(Self::from_source(DEFAULT_LOCALE, BRITISH_ENGLISH))),
                ..own
            }
        }
    }

    fn from_source(locale: &str, source: &str) -> Self {
        let mut bundle = FluentBundle::new_concurrent(vec![language_of(locale)]);
        // A shipped locale that fails to parse loses only its broken entries; the
        // locale tests keep that from ever shipping.
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(res, _)| res);
        let _ = bundle.add_resource(resource);
        Self {
            locale: locale.to_owned(),
            bundle,
            fallback: None,
            missing: Mutex::default(),
        }
    }

    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// The message, formatted; the id itself if no locale has it (never a panic).
    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn get_with(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, *value);
        }
        self.format(id, Some(&fluent_args))
    }

    /// A message about a number of things, so each language's plural rules choose the words
    /// (Welsh and Arabic have six forms, English two).
    pub fn get_count(&self, id: &str, name: &str, count: i64) -> String {
        let mut fluent_args = FluentArgs::new();
        fluent_args.set(name, count);
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        if let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return self.bundle.format_pattern(pattern, args, &mut errors).into_owned();
        }
        match &self.fallback {
            Some(fallback) => {
                if let Ok(mut missing) = self.missing.lock()
                    && missing.insert(id.to_owned())
                {
                    tracing::warn!(locale = %self.locale, id, "message missing; shown in British English");
                }
                fallback.format(id, args)
            }
            None => id.to_owned(),
        }
    }
}

/// Picks the first shipped locale that matches one of the wanted tags, in order of
/// preference: an exact match, then the same language; en-GB when none does.
pub fn negotiate<'a>(wanted: impl IntoIterator<Item = &'a str>) -> &'static str {
    for tag in wanted {
        if let Some(shipped) = find(tag.trim()) {
            return shipped.tag;
        }
        let Ok(want) = tag.trim().parse::<LanguageIdentifier>() else {
            continue;
        };
        if let Some(shipped) = LOCALES.iter().find(|l| language_of(l.tag) == want) {
            return shipped.tag;
        }
        if let Some(shipped) = LOCALES.iter().find(|l| language_of(l.tag).language == want.language) {
            return shipped.tag;
        }
    }
    DEFAULT_LOCALE
}

/// The tags of an `Accept-Language` header, most wanted first.
pub fn parse_accept_language(header: &str) -> Vec<&str> {
    let mut tags: Vec<(&str, f32)> = header
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let quality = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (!tag.is_empty() && tag != "*" && quality > 0.0).then_some((tag, quality))
        })
        .collect();
    tags.sort_by(|a, b| b.1.total_cmp(&a.1));
    tags.into_iter().map(|(tag, _)| tag).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_or_malformed_language_falls_back_to_english() {
        assert_eq!(negotiate(["xx-YY"]), "en-GB");
        assert_eq!(negotiate(["not a tag!"]), "en-GB");
        assert_eq!(Messages::for_locale("zz").locale(), "en-GB");
    }

    #[test]
    fn english_variants_choose_british_english() {
        assert_eq!(negotiate(parse_accept_language("en-US,en;q=0.8")), "en-GB");
    }

    #[test]
    fn accept_language_is_ordered_by_quality() {
        assert_eq!(
            parse_accept_language("fr;q=0.5, cy, pl;q=0.9, *;q=0.1, ro;q=0"),
            vec!["cy", "pl", "fr"]
        );
    }

    #[test]
    fn a_message_a_locale_lacks_is_shown_in_british_english() {
        let welsh = Messages::from_text("cy", "skip-link = Neidio i'r prif gynnwys\n");
        assert_eq!(welsh.get("skip-link"), "Neidio i'r prif gynnwys");
        assert_eq!(welsh.get("nav-home"), "Home");
        assert_eq!(welsh.get("nav-home"), "Home");
        assert_eq!(
            welsh.missing.lock().map(|m| m.len()).unwrap_or_default(),
            1,
            "noted once"
        );
    }

    #[test]
    fn a_missing_message_shows_its_id_rather_than_failing() {
        assert_eq!(Messages::for_locale("en-GB").get("no-such-message"), "no-such-message");
    }

    #[test]
    fn counts_choose_the_plural_form() {
        let messages = Messages::for_locale("en-GB");
        let one = messages.get_count("notifications-new-count", "count", 1);
        assert_eq!(
            one.replace(['\u{2068}', '\u{2069}'], ""),
            "You have 1 new notification."
        );
        assert!(
            messages
                .get_count("notifications-new-count", "count", 3)
                .contains("new notifications.")
        );
    }

    #[test]
    fn arguments_are_placed_in_the_message() {
        let text = Messages::for_locale("en-GB").get_with("home-contact-phone", &[("phone", "0300 123 4567")]);
        assert!(text.contains("0300 123 4567"), "{text}");
    }
}
