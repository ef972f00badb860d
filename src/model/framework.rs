//! A leadership standards framework: the competencies evidence is mapped to.

use crate::model::id::Id;

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
}

impl Framework {
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
