//! Message catalogues: the bundled English, French and Spanish, and a portfolio's own
//! file laid over them.

use super::numbers::Numbers;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::concurrent::IntlLangMemoizer;
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

type Bundle = FluentBundle<FluentResource>;

/// The catalogues leadfolio carries, by language.
const BUNDLED: [(&str, &str); 3] = [
    ("en", include_str!("../../i18n/en.ftl")),
    ("fr", include_str!("../../i18n/fr.ftl")),
    ("es", include_str!("../../i18n/es.ftl")),
];

/// A portfolio's `i18n/<language>.ftl`, parsed once: its well-formed messages (the
/// errors are reported when it is loaded).
pub struct UserMessages {
    /// Where it was read from, for diagnostics: `i18n/fr.ftl`.
    pub origin: String,
    resource: FluentResource,
}

/// A syntax error in a message file: its byte offset and what is wrong.
pub struct SyntaxError {
    pub offset: usize,
    pub message: String,
}

impl UserMessages {
    /// The file's messages, and every syntax error, at the entry that cannot be read
    /// rather than where the parser gave up on it (often the next line).
    pub fn parse(origin: String, text: String) -> (UserMessages, Vec<SyntaxError>) {
        let (resource, errors) = match FluentResource::try_new(text) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        let errors = errors
            .into_iter()
            .map(|e| SyntaxError {
                offset: e.slice.map_or(e.pos.start, |s| s.start),
                message: e.kind.to_string(),
            })
            .collect();
        (UserMessages { origin, resource }, errors)
    }

    /// Where the message `id` is defined: the start of the line that begins with it
    /// (a message starts a line; its id may appear in other messages' text).
    fn line_of(&self, id: &str) -> usize {
        let mut offset = 0;
        for line in self.resource.source().split_inclusive('\n') {
            let rest = line.strip_prefix(id).map(str::trim_start);
            if rest.is_some_and(|r| r.starts_with('=')) {
                return offset;
            }
            offset += line.len();
        }
        0
    }

    /// The ids it defines that no bundled catalogue knows, each where it is defined:
    /// likely misspelt.
    pub fn unknown_ids(&self) -> Vec<(usize, String)> {
        let known = bundled_ids();
        message_ids(&self.resource)
            .filter(|id| !known.iter().any(|k| k == id))
            .map(|id| (self.line_of(id), id.to_owned()))
            .collect()
    }
}

/// A language's messages, and English for what it lacks.
pub struct Catalogue {
    /// The language's own messages (bundled, then the portfolio's); `None` when
    /// neither has any.
    own: Option<Bundle>,
    english: Bundle,
    missing: Vec<String>,
}

impl Catalogue {
    pub fn new(tag: &str, user: Option<UserMessages>) -> Catalogue {
        let base = super::base_language(tag);
        let english = bundle("en", vec![parsed(BUNDLED[0].1)]);
        let own_resources: Vec<FluentResource> = BUNDLED[1..]
            .iter()
            .find(|(lang, _)| *lang == base)
            .map(|(_, text)| parsed(text))
            .into_iter()
            .chain(user.map(|u| u.resource))
            .collect();
        let own = (!own_resources.is_empty()).then(|| bundle(tag, own_resources));
        let missing = match &own {
            _ if base == "en" => Vec::new(),
            None => bundled_ids().to_vec(),
            Some(own) => bundled_ids()
                .iter()
                .filter(|id| !own.has_message(id))
                .cloned()
                .collect(),
        };
        Catalogue {
            own,
            english,
            missing,
        }
    }

    pub fn missing(&self) -> &[String] {
        &self.missing
    }

    /// The message `id` with `args`, from the language's own messages or else from
    /// English; `None` when no catalogue has it.
    pub fn message(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let from = |b: &Bundle| {
            let pattern = b.get_message(id)?.value()?;
            let mut errors = Vec::new();
            Some(b.format_pattern(pattern, args, &mut errors).into_owned())
        };
        self.own
            .as_ref()
            .and_then(from)
            .or_else(|| from(&self.english))
    }
}

/// The id of every bundled English message, read once: the list each language is
/// checked against.
pub fn bundled_ids() -> &'static [String] {
    static IDS: OnceLock<Vec<String>> = OnceLock::new();
    IDS.get_or_init(|| {
        message_ids(&parsed(BUNDLED[0].1))
            .map(str::to_owned)
            .collect()
    })
}

fn message_ids(resource: &FluentResource) -> impl Iterator<Item = &str> {
    resource.entries().filter_map(|e| match e {
        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
        _ => None,
    })
}

/// A bundled catalogue, parsed (a unit test checks that each parses without error).
fn parsed(text: &str) -> FluentResource {
    FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial)
}

/// A bundle of `resources` in order, each overriding the one before.
fn bundle(tag: &str, resources: Vec<FluentResource>) -> Bundle {
    let lang: LanguageIdentifier = tag
        .parse()
        .or_else(|_| super::base_language(tag).parse())
        .unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![lang]);
    // Pages are HTML and the PDF is tagged: Unicode isolation marks around each
    // placeholder would only add invisible characters to copy and to search.
    b.set_use_isolating(false);
    b.set_formatter(Some(format_number));
    for resource in resources {
        b.add_resource_overriding(resource);
    }
    b
}

/// A number inside a message, in the bundle's language's digits and separators.
fn format_number(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => intls
            .with_try_get::<Numbers, _, _>((), |numbers| numbers.format(n.value))
            .ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// French and Spanish say everything English says: a theme word in English on a
    /// French page is a bug, not a fallback.
    #[test]
    fn every_bundled_language_has_every_message() {
        for (lang, text) in &BUNDLED {
            assert!(
                FluentResource::try_new(text.to_string()).is_ok(),
                "i18n/{lang}.ftl does not parse"
            );
        }
        for (lang, _) in &BUNDLED[1..] {
            let c = Catalogue::new(lang, None);
            assert_eq!(c.missing(), &[] as &[String], "{lang} lacks messages");
        }
        let de = Catalogue::new("de", None);
        assert_eq!(de.missing().len(), bundled_ids().len());
    }

    #[test]
    fn a_portfolio_file_overrides_one_message_and_adds_a_language() {
        let user = |text: &str| UserMessages::parse("i18n/xx.ftl".into(), text.into()).0;
        let fr = Catalogue::new("fr", Some(user("skip-to-content = Aller au contenu\n")));
        let said = |c: &Catalogue, id| c.message(id, None).unwrap();
        assert_eq!(said(&fr, "skip-to-content"), "Aller au contenu");
        assert_eq!(said(&fr, "menu"), "Menu");
        let de = Catalogue::new("de", Some(user("menu = Menü\n")));
        assert_eq!(said(&de, "menu"), "Menü");
        assert_eq!(said(&de, "skip-to-content"), "Skip to content");
        assert_eq!(de.message("no-such-message", None), None);
        assert!(de.missing().contains(&"skip-to-content".to_owned()));
        assert!(!de.missing().contains(&"menu".to_owned()));
    }

    #[test]
    fn syntax_errors_and_unknown_ids_are_found() {
        let (user, errors) = UserMessages::parse(
            "i18n/fr.ftl".into(),
            "menu = Menu\nbroken = { $x\nskip-to-contnet = Aller\n".into(),
        );
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].offset, 12, "the start of `broken`");
        let unknown = user.unknown_ids();
        assert_eq!(
            unknown.iter().map(|u| u.1.as_str()).collect::<Vec<_>>(),
            ["skip-to-contnet"]
        );
    }
}

/// Every message that takes a count chooses its words by the count, in every bundled
/// language: "1 testimonials" is the mistake this catches.
#[cfg(test)]
mod plurals {
    use super::BUNDLED;
    use crate::i18n::Locale;
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

    /// Whether `pattern` selects on `$count` wherever it could use it.
    fn selects_on_count(pattern: &Pattern<&str>) -> bool {
        pattern.elements.iter().any(|e| match e {
            PatternElement::Placeable {
                expression: Expression::Select { selector, .. },
            } => {
                matches!(selector, InlineExpression::VariableReference { id } if id.name == "count")
            }
            _ => false,
        })
    }

    #[test]
    fn every_counted_message_has_a_plural_selector() {
        for (lang, text) in &BUNDLED {
            let resource = fluent_syntax::parser::parse(*text).expect("the catalogue parses");
            for entry in &resource.body {
                let Entry::Message(message) = entry else {
                    continue;
                };
                let Some(pattern) = &message.value else {
                    continue;
                };
                let source = format!("{pattern:?}");
                if source.contains("name: \"count\"") {
                    assert!(
                        selects_on_count(pattern),
                        "i18n/{lang}.ftl: `{}` takes a count but has no plural selector",
                        message.id.name
                    );
                }
            }
        }
    }

    #[test]
    fn the_nouns_agree_with_their_counts_in_every_language() {
        let cases = [
            (
                "en",
                "stat-testimonials",
                [
                    "testimonials",
                    "testimonial",
                    "testimonials",
                    "testimonials",
                ],
            ),
            (
                "en",
                "stat-evidence",
                [
                    "pieces of evidence",
                    "piece of evidence",
                    "pieces of evidence",
                    "pieces of evidence",
                ],
            ),
            (
                "en",
                "stat-metrics",
                [
                    "measured outcomes",
                    "measured outcome",
                    "measured outcomes",
                    "measured outcomes",
                ],
            ),
            (
                "fr",
                "stat-testimonials",
                ["témoignage", "témoignage", "témoignages", "témoignages"],
            ),
            (
                "fr",
                "stat-evidence",
                ["preuve", "preuve", "preuves", "preuves"],
            ),
            (
                "es",
                "stat-testimonials",
                ["testimonios", "testimonio", "testimonios", "testimonios"],
            ),
            (
                "es",
                "stat-evidence",
                ["evidencias", "evidencia", "evidencias", "evidencias"],
            ),
        ];
        for (lang, id, expected) in cases {
            let l = Locale::new(lang, None);
            for (count, noun) in [0usize, 1, 2, 5].into_iter().zip(expected) {
                let said = l.t_with(id, &[("count", count.into())]);
                assert_eq!(said, noun, "{lang} {id} at {count}");
            }
        }
        let en = Locale::new("en", None);
        let all = |n: usize| en.t_with("all-pieces-of-evidence", &[("count", n.into())]);
        assert_eq!(all(1), "The one piece of evidence");
        assert_eq!(all(5), "All 5 pieces of evidence");
    }
}
