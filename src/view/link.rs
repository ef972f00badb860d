//! Small views many others hold: a date as written and as `<time>` needs it, a link
//! by its title.

use super::urls;
use crate::syntax::date::PartialDate;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct DateView {
    pub text: String,
    pub iso: String,
}

impl DateView {
    /// A date as the portfolio's language writes it, and as `<time datetime>` needs.
    pub fn new(d: PartialDate, l: &crate::i18n::Locale) -> Self {
        DateView {
            text: l.date(d),
            iso: d.iso(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct LinkView {
    pub title: String,
    pub href: String,
}

/// A link to an artefact's page, by its title.
impl From<&crate::model::Artefact> for LinkView {
    fn from(a: &crate::model::Artefact) -> Self {
        LinkView {
            title: a.title.clone(),
            href: urls::artefact(a.id.as_str()),
        }
    }
}
