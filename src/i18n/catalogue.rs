//! Message catalogues: the bundled English, French and Spanish, and a portfolio's own
//! file laid over them.

use super::numbers::Numbers;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

type Bundle = FluentBundle<FluentResource>;

/// The catalogues leadfolio carries, by language.
const BUNDLED: [(&str, &str); 3] = [
    ("en", include_str!("../../i18n/en.ftl")),
    ("fr", include_str!("../../i18n/fr.ftl")),
    ("es", include_str!("../../i18n/es.ftl")),
];

/// A portfolio's `i18n/<language>.ftl`, as read.
#[derive(Debug, Clone)]
pub struct UserMessages {
    /// Where it was read from, for diagnostics: `i18n/fr.ftl`.
    pub origin: String,
    pub text: String,
}

/// A syntax error in a message file: its byte offset and what is wrong.
pub struct SyntaxError {
    pub offset: usize,
    pub message: String,
}

impl UserMessages {
    /// Every syntax error, at the byte where the parser stopped.
    pub fn syntax_errors(&self) -> Vec<SyntaxError> {
        match FluentResource::try_new(self.text.clone()) {
            Ok(_) => Vec::new(),
            Err((_, errors)) => errors
                .into_iter()
                .map(|e| SyntaxError {
                    // The entry that cannot be read, rather than where the parser
                    // gave up on it (often the next line).
                    offset: e.slice.map_or(e.pos.start, |s| s.start),
                    message: e.kind.to_string(),
                })
                .collect(),
        }
    }

    /// Where the message `id` is defined: the start of the line that begins with it
    /// (a message starts a line; its id may appear in other messages' text).
    fn line_of(&self, id: &str) -> usize {
        let mut offset = 0;
        for line in self.text.split_inclusive('\n') {
            let rest = line.strip_prefix(id).map(str::trim_start);
            if rest.is_some_and(|r| r.starts_with('=')) {
                return offset;
            }
            offset += line.len();
        }
        0
    }

    /// The ids it defines that no bundled catalogue knows: likely misspelt.
    pub fn unknown_ids(&self) -> Vec<(usize, String)> {
        let known = bundled_ids();
        let resource = parsed(self.text.clone());
        message_ids(&resource)
            .filter(|id| !known.contains(&id.to_string()))
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
    pub fn new(tag: &str, user: Option<&UserMessages>) -> Catalogue {
        let base = super::base_language(tag);
        let bundled = BUNDLED
            .iter()
            .find(|(lang, _)| *lang == base)
            .map(|(_, text)| *text);
        let english = bundle("en", [BUNDLED[0].1.to_owned()]);
        let own_texts: Vec<String> = bundled
            .filter(|_| base != "en")
            .map(str::to_owned)
            .into_iter()
            .chain(user.map(|u| u.text.clone()))
            .collect();
        let own = (!own_texts.is_empty()).then(|| bundle(tag, own_texts));
        let missing = match &own {
            _ if base == "en" => Vec::new(),
            None => bundled_ids(),
            Some(own) => bundled_ids()
                .into_iter()
                .filter(|id| !own.has_message(id))
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

    pub fn has(&self, id: &str) -> bool {
        self.english.has_message(id) || self.own.as_ref().is_some_and(|o| o.has_message(id))
    }

    /// The message `id` with `args`; its id when no catalogue has it (a theme's typo
    /// shows on the page rather than vanishing).
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let from = |b: &Bundle| {
            let pattern = b.get_message(id)?.value()?;
            let mut errors = Vec::new();
            Some(b.format_pattern(pattern, args, &mut errors).into_owned())
        };
        self.own
            .as_ref()
            .and_then(from)
            .or_else(|| from(&self.english))
            .unwrap_or_else(|| id.to_owned())
    }
}

/// The id of every bundled English message: the list each language is checked
/// against.
pub fn bundled_ids() -> Vec<String> {
    let resource = parsed(BUNDLED[0].1.to_owned());
    message_ids(&resource).map(str::to_owned).collect()
}

fn message_ids(resource: &FluentResource) -> impl Iterator<Item = &str> {
    resource.entries().filter_map(|e| match e {
        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
        _ => None,
    })
}

/// A resource, keeping every well-formed message of a file with errors (they are
/// reported when the file is loaded).
fn parsed(text: String) -> FluentResource {
    FluentResource::try_new(text).unwrap_or_else(|(partial, _)| partial)
}

/// A bundle of `texts` in order, each overriding the one before.
fn bundle(tag: &str, texts: impl IntoIterator<Item = String>) -> Bundle {
    let lang: LanguageIdentifier = tag
        .parse()
        .or_else(|_| super::base_language(tag).parse())
        .unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![lang]);
    // Pages are HTML and the PDF is tagged: Unicode isolation marks around each
    // placeholder would only add invisible characters to copy and to search.
    b.set_use_isolating(false);
    b.set_formatter(Some(format_number));
    for text in texts {
        b.add_resource_overriding(parsed(text));
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
        for (lang, _) in &BUNDLED[1..] {
            let c = Catalogue::new(lang, None);
            assert_eq!(c.missing(), &[] as &[String], "{lang} lacks messages");
        }
        let de = Catalogue::new("de", None);
        assert_eq!(de.missing().len(), bundled_ids().len());
    }

    #[test]
    fn a_portfolio_file_overrides_one_message_and_adds_a_language() {
        let user = UserMessages {
            origin: "i18n/fr.ftl".into(),
            text: "skip-to-content = Aller au contenu\n".into(),
        };
        let fr = Catalogue::new("fr", Some(&user));
        assert_eq!(fr.format("skip-to-content", None), "Aller au contenu");
        assert_eq!(fr.format("menu", None), "Menu");
        let de = UserMessages {
            origin: "i18n/de.ftl".into(),
            text: "menu = Menü\n".into(),
        };
        let de = Catalogue::new("de", Some(&de));
        assert_eq!(de.format("menu", None), "Menü");
        assert_eq!(de.format("skip-to-content", None), "Skip to content");
        assert!(de.missing().contains(&"skip-to-content".to_owned()));
        assert!(!de.missing().contains(&"menu".to_owned()));
    }

    #[test]
    fn syntax_errors_and_unknown_ids_are_found() {
        let user = UserMessages {
            origin: "i18n/fr.ftl".into(),
            text: "menu = Menu\nbroken = { $x\nskip-to-contnet = Aller\n".into(),
        };
        let errors = user.syntax_errors();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].offset, 12, "the start of `broken`");
        let unknown = user.unknown_ids();
        assert_eq!(
            unknown.iter().map(|u| u.1.as_str()).collect::<Vec<_>>(),
            ["skip-to-contnet"]
        );
    }
}
