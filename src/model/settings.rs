//! `portfolio.yaml`: who the portfolio is about and how the site is built.

use crate::syntax::date::PartialDate;
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
    pub highlights: Vec<Spanned<crate::syntax::id::Id>>,
    /// The panel pack's paper size.
    pub paper: Paper,
    /// `matrix: { gaps: hide }`: standards without evidence are left out of the
    /// matrix, the home page, the panel page and the pack.
    pub hide_gaps: bool,
    /// `search:` as written; without it, a portfolio is searchable when it has more
    /// pieces than a reader scans by eye (see `publish`).
    pub search: Option<bool>,
}

/// `paper: a4` or `paper: letter` (US Letter); by default, the paper of the
/// portfolio language's region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    /// The paper people print on where a language tag's region is: Letter in the
    /// United States, Canada, Mexico, the Philippines and the other countries of the
    /// Americas that use it; A4 elsewhere, and for a language without a region.
    pub fn for_language(tag: &str) -> Paper {
        const LETTER: [&str; 14] = [
            "US", "CA", "MX", "PH", "PR", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "SV", "NI",
        ];
        let region = tag
            .split(['-', '_'])
            .skip(1)
            .find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))
            .map(str::to_ascii_uppercase);
        match region {
            Some(r) if LETTER.contains(&r.as_str()) => Paper::Letter,
            _ => Paper::A4,
        }
    }

    /// The name Typst gives the size.
    pub fn typst_name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "us-letter",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Paper;

    #[test]
    fn the_paper_follows_the_languages_region() {
        assert_eq!(Paper::for_language("en-US"), Paper::Letter);
        assert_eq!(Paper::for_language("fr-CA"), Paper::Letter);
        assert_eq!(Paper::for_language("es-MX"), Paper::Letter);
        assert_eq!(Paper::for_language("en-GB"), Paper::A4);
        assert_eq!(Paper::for_language("fr"), Paper::A4);
        assert_eq!(Paper::for_language("en"), Paper::A4);
    }
}
