//! A leadership standards framework: the competencies evidence is mapped to.

use crate::syntax::id::Id;

#[derive(Debug, Clone, PartialEq)]
pub struct Competency {
    pub id: Id,
    pub title: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Framework {
    /// The bundled framework's id (`psel-2015`); `None` for a portfolio's own.
    pub id: Option<String>,
    pub name: String,
    /// Where the official text can be read, for bundled frameworks.
    pub source: Option<String>,
    pub competencies: Vec<Competency>,
    /// The language its words are in, when the file says (bundled ones do); a
    /// portfolio's own framework is taken to be in the portfolio's language.
    pub language: Option<String>,
    /// The framework in other languages, for portfolios written in them.
    pub translations: Vec<Translation>,
}

/// A framework's words in another language: its name and each competency's title and
/// description, by id. What it leaves out stays in the framework's own language.
#[derive(Debug, Clone, PartialEq)]
pub struct Translation {
    pub language: String,
    pub name: String,
    pub source: Option<String>,
    pub competencies: Vec<Competency>,
}

impl Framework {
    /// The framework as a portfolio in `tag` shows it: translated when a translation
    /// into its language (`fr` for `fr-CA`) exists.
    pub fn in_language(mut self, tag: &str) -> Framework {
        let base = crate::i18n::base_language(tag);
        let Some(t) = self
            .translations
            .iter()
            .find(|t| t.language == base)
            .cloned()
        else {
            return self;
        };
        self.name = t.name;
        self.source = t.source.or(self.source);
        for c in &mut self.competencies {
            if let Some(tc) = t.competencies.iter().find(|tc| tc.id == c.id) {
                c.title = tc.title.clone();
                c.description = tc.description.clone();
            }
        }
        self.language = Some(base);
        self
    }

    /// The framework's language where it differs from the portfolio's `tag`: pages
    /// mark its words with it, so a screen reader switches voice.
    pub fn foreign_language(&self, tag: &str) -> Option<String> {
        let base = crate::i18n::base_language(tag);
        self.language
            .clone()
            .filter(|l| !l.eq_ignore_ascii_case(&base))
    }

    pub fn competency(&self, id: &Id) -> Option<&Competency> {
        self.competencies.iter().find(|c| &c.id == id)
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.competencies.iter().map(|c| c.id.as_str())
    }

    /// How the framework is named in messages: "`psel-2015`" or its name.
    pub fn label(&self) -> String {
        match &self.id {
            Some(id) => format!("`{id}`"),
            None => format!("\"{}\"", self.name),
        }
    }
}
