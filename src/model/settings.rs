//! `portfolio.yaml`: who the portfolio is about and how the site is built.

use crate::model::date::PartialDate;
use crate::syntax::fields::Spanned;

#[derive(Debug, Clone)]
pub struct Link {
    pub label: String,
    pub url: String,
}

#[derive(Debug, Clone)]
pub struct Person {
    pub name: String,
    pub role: String,
    pub organisation: Option<String>,
    pub headline: Option<String>,
    /// A path inside the portfolio, checked to exist.
    pub photo: Option<Spanned<String>>,
    /// A CV in `assets/` for the home page's "Download CV" link; checked to exist.
    pub cv: Option<Spanned<String>>,
    pub location: Option<String>,
    pub email: Option<String>,
    pub links: Vec<Link>,
}

#[derive(Debug, Clone)]
pub struct TimelineEntry {
    pub from: PartialDate,
    /// `None`: to the present.
    pub to: Option<PartialDate>,
    pub role: String,
    pub organisation: Option<String>,
    pub summary: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Credential {
    pub title: String,
    pub issuer: Option<String>,
    pub year: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ThemeChoice {
    Bundled(String),
    /// A theme folder, relative to the portfolio folder or absolute.
    Folder(std::path::PathBuf),
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub title: String,
    pub person: Person,
    pub seeking: Option<String>,
    /// Ends with `/`. Either `/` or an absolute http(s) address.
    pub base_url: String,
    pub language: String,
    pub theme: ThemeChoice,
    /// A one-paragraph introduction for the home page and the panel pack, in Markdown.
    pub introduction: Option<String>,
    /// What the introduction links to and embeds.
    pub introduction_refs: Vec<super::BodyRef>,
    pub timeline: Vec<TimelineEntry>,
    pub credentials: Vec<Credential>,
    /// Values summarising fewer people than this are suppressed everywhere.
    pub min_n: u64,
    /// A value about people without `n` is an error, not a warning.
    pub require_n: bool,
    /// Metrics shown as headline figures on the home page; default: those of the
    /// featured artefacts.
    pub highlights: Vec<Spanned<crate::model::id::Id>>,
    /// The panel pack's paper size.
    pub paper: Paper,
}

/// `paper: a4` (the default) or `paper: letter` (US Letter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    /// The name Typst gives the size.
    pub fn typst_name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "us-letter",
        }
    }
}
