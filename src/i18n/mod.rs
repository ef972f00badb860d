//! The words the theme and the build write, in the portfolio's language: messages
//! from a Fluent catalogue (plural rules per language), numbers and dates in the
//! locale's forms (ICU4X, from Unicode's CLDR data).
//!
//! English, French and Spanish are bundled (`i18n/*.ftl`); a portfolio's own
//! `i18n/<language>.ftl` adds a language or overrides messages, and whatever a
//! catalogue lacks is said in English.

mod catalogue;
mod dates;
mod numbers;
mod plural_forms;

use catalogue::Catalogue;
pub use catalogue::{bundled_ids, SyntaxError, UserMessages};
use dates::Dates;
use fluent_bundle::{FluentArgs, FluentValue};
use numbers::Numbers;

/// One language's words, numbers and dates.
pub struct Locale {
    /// The tag as the portfolio writes it: `fr-CA`.
    tag: String,
    catalogue: Catalogue,
    numbers: Numbers,
    dates: Dates,
}

/// A value for a message's placeholder: a number selects plural forms and is written
/// in the locale's digits; text is put in as it is.
#[derive(Debug, Clone)]
pub enum Arg {
    Number(f64),
    Text(String),
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(n as f64)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Number(f64::from(n))
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Arg {
        Arg::Number(n as f64)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

impl Locale {
    /// The locale for `tag`, with the portfolio's own messages laid over the bundled
    /// ones.
    pub fn new(tag: &str, user: Option<UserMessages>) -> Locale {
        Locale {
            tag: tag.to_owned(),
            catalogue: Catalogue::new(tag, user),
            numbers: Numbers::new(tag),
            dates: Dates::new(tag),
        }
    }

    pub fn english() -> Locale {
        Locale::new("en", None)
    }

    /// English, made once: for the build's own messages, which are in English.
    pub fn english_shared() -> &'static Locale {
        static ENGLISH: std::sync::OnceLock<Locale> = std::sync::OnceLock::new();
        ENGLISH.get_or_init(Locale::english)
    }

    /// The language tag as written: `<html lang>` and the PDF's language.
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// The ids of the messages this language has no words for (English is used).
    pub fn missing(&self) -> &[String] {
        self.catalogue.missing()
    }

    /// A message without placeholders; its id when no catalogue has it (a typo
    /// shows on the page rather than vanishing).
    pub fn t(&self, id: &str) -> String {
        self.t_with(id, &[])
    }

    /// A message with its placeholders filled; its id when no catalogue has it.
    pub fn t_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.message(id, args).unwrap_or_else(|| id.to_owned())
    }

    /// A message with its placeholders filled, or `None` when no catalogue has it.
    pub fn message(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        if args.is_empty() {
            return self.catalogue.message(id, None);
        }
        let mut fluent = FluentArgs::new();
        for (name, arg) in args {
            match arg {
                Arg::Number(n) => fluent.set(*name, FluentValue::from(*n)),
                Arg::Text(s) => fluent.set(*name, FluentValue::from(s.clone())),
            }
        }
        self.catalogue.message(id, Some(&fluent))
    }

    /// `61000` -> `61,000` (`61 000` in French); at most two decimals, three for small
    /// values that would otherwise read as zero.
    pub fn number(&self, v: f64) -> String {
        self.numbers.format(v)
    }

    /// A value with its unit where the unit is part of the number (`56%`, `56 %` in
    /// French); other units are named once, in a heading or after a pair of values.
    pub fn value(&self, v: f64, unit: &str) -> String {
        match unit {
            "%" => self.number_with_unit(self.number(v), unit),
            _ => self.number(v),
        }
    }

    /// A value with its unit always: `56%`, `56 points`, `1,200`.
    pub fn value_with_unit(&self, v: f64, unit: &str) -> String {
        self.number_with_unit(self.number(v), unit)
    }

    /// `number`, already written (signed, say), with `unit` as
    /// [`Locale::value_with_unit`] writes it.
    pub fn number_with_unit(&self, number: String, unit: &str) -> String {
        match unit {
            "" => number,
            "%" => self.t_with("percent", &[("value", number.into())]),
            unit => self.t_with(
                "value-with-unit",
                &[("value", number.into()), ("unit", unit.into())],
            ),
        }
    }

    /// A date as a sentence writes it: `14 March 2025`, `March 2025`, `2025`.
    pub fn date(&self, d: crate::syntax::date::PartialDate) -> String {
        self.dates.long(d)
    }

    /// A date as an axis or a table writes it: `14 Mar 2025`, `Mar 2025`.
    pub fn date_short(&self, d: crate::syntax::date::PartialDate) -> String {
        self.dates.short(d)
    }
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locale").field("tag", &self.tag).finish()
    }
}

/// A tag's language, lowercased: `fr` for `fr-CA`. Catalogues and framework
/// translations are by language; regions change only numbers and dates.
pub fn base_language(tag: &str) -> String {
    tag.split('-').next().unwrap_or(tag).to_ascii_lowercase()
}

/// The ICU locale that writes `tag`'s numbers and dates. Plain `en` writes
/// international English (`14 March 2025`); `en-US` writes `March 14, 2025`.
fn icu_locale(tag: &str) -> icu_locale_core::Locale {
    let tag = if tag.eq_ignore_ascii_case("en") {
        "en-001"
    } else {
        tag
    };
    tag.parse()
        .or_else(|_| base_language(tag).parse())
        .unwrap_or(icu_locale_core::locale!("en-001"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::date::PartialDate;

    fn date(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    #[test]
    fn french_and_spanish_write_their_own_numbers_and_dates() {
        let fr = Locale::new("fr", None);
        assert_eq!(fr.number(3.5), "3,5");
        assert_eq!(fr.number(61000.0), "61\u{202f}000");
        assert_eq!(fr.date(date("2024-11")), "novembre 2024");
        assert_eq!(fr.date(date("2025-03-14")), "14 mars 2025");
        assert_eq!(
            fr.t_with("percent", &[("value", fr.number(3.5).into())]),
            "3,5\u{202f}%"
        );
        let es = Locale::new("es-MX", None);
        assert_eq!(es.date(date("2024-11")), "noviembre de 2024");
        assert_eq!(es.number(1234567.5), "1,234,567.5");
        let es = Locale::new("es", None);
        assert_eq!(es.number(1234567.5), "1.234.567,5");
        let en = Locale::english();
        assert_eq!(en.number(-1234567.5), "-1,234,567.5");
        assert_eq!(en.date(date("2025-03-14")), "14 March 2025");
        assert_eq!(en.date_short(date("2025-03")), "Mar 2025");
        assert_eq!(en.date(date("2025")), "2025");
    }

    #[test]
    fn units_are_written_as_each_language_writes_them() {
        let en = Locale::english_shared();
        assert_eq!(en.value(56.0, "%"), "56%");
        assert_eq!(en.value(8.0, "points"), "8");
        assert_eq!(en.value_with_unit(8.0, "points"), "8 points");
        assert_eq!(en.value_with_unit(1200.0, ""), "1,200");
        let fr = Locale::new("fr", None);
        assert_eq!(fr.value(3.5, "%"), "3,5\u{202f}%");
        assert_eq!(
            fr.value_with_unit(1200.5, "points"),
            "1\u{202f}200,5 points"
        );
    }

    #[test]
    fn plurals_follow_each_languages_rules() {
        for (tag, zero, one, two) in [
            ("en", "0 goals", "1 goal", "2 goals"),
            ("fr", "0 objectif", "1 objectif", "2 objectifs"),
            ("es", "0 objetivos", "1 objetivo", "2 objetivos"),
        ] {
            let l = Locale::new(tag, None);
            let goals = |n: usize| l.t_with("goals", &[("count", n.into())]);
            assert_eq!([goals(0), goals(1), goals(2)], [zero, one, two], "{tag}");
        }
        let fr = Locale::new("fr", None);
        assert_eq!(
            fr.t_with("goals", &[("count", 1200usize.into())]),
            "1\u{202f}200 objectifs"
        );
    }

    #[test]
    fn regional_tags_fall_back_to_their_language() {
        let l = Locale::new("fr-CA", None);
        assert_eq!(
            l.t("skip-to-content"),
            Locale::new("fr", None).t("skip-to-content")
        );
        assert!(l.missing().is_empty());
        assert_eq!(l.tag(), "fr-CA");
    }
}
