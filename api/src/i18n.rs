//! Fluent messages: one source (`locales/<lang>/*.ftl`) for every string a person reads,
//! in the browser and in what the server sends.

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

/// The locales OurPlan ships, each with its Fluent source, compiled in.
pub const LOCALES: &[(&str, &str)] = &[("en-GB", include_str!("../../locales/en-GB/main.ftl"))];

/// The messages of one locale, with `en-GB` behind it for any message it lacks.
pub struct Messages {
    locale: String,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<Box<Messages>>,
}

impl Messages {
    /// Builds the messages for `locale` (falling back to en-GB for unknown tags).
    pub fn for_locale(locale: &str) -> Self {
        let chosen = negotiate([locale]);
        let own = Self::from_source(chosen, source_of(chosen));
        if chosen == DEFAULT_LOCALE {
            own
        } else {
            Self {
                fallback: Some(Box::new(Self::from_source(DEFAULT_LOCALE, source_of(DEFAULT_LOCALE)))),
                ..own
            }
        }
    }

    fn from_source(locale: &str, source: &str) -> Self {
        let langid: LanguageIdentifier = locale.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // A shipped locale that fails to parse loses only its broken entries; the
        // locale tests keep that from ever shipping.
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(res, _)| res);
        let _ = bundle.add_resource(resource);
        Self {
            locale: locale.to_owned(),
            bundle,
            fallback: None,
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
            Some(fallback) => fallback.format(id, args),
            None => id.to_owned(),
        }
    }
}

fn source_of(locale: &str) -> &'static str {
    LOCALES
        .iter()
        .find(|(tag, _)| *tag == locale)
        .map_or(LOCALES[0].1, |(_, source)| source)
}

/// Picks the first shipped locale that matches one of the wanted tags, in order of
/// preference: an exact match, then the same language; en-GB when none does.
pub fn negotiate<'a>(wanted: impl IntoIterator<Item = &'a str>) -> &'static str {
    for tag in wanted {
        let Ok(want) = tag.trim().parse::<LanguageIdentifier>() else {
            continue;
        };
        if let Some((shipped, _)) = LOCALES
            .iter()
            .find(|(shipped, _)| shipped.parse::<LanguageIdentifier>().is_ok_and(|have| have == want))
        {
            return shipped;
        }
        if let Some((shipped, _)) = LOCALES.iter().find(|(shipped, _)| {
            shipped
                .parse::<LanguageIdentifier>()
                .is_ok_and(|have| have.language == want.language)
        }) {
            return shipped;
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
