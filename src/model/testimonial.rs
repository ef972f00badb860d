//! A testimonial: what a colleague says, and whether we may publish it.

use crate::model::date::PartialDate;
use crate::model::id::Id;
use crate::syntax::fields::Spanned;
use std::path::PathBuf;

#[derive(Debug)]
pub struct Testimonial {
    pub id: Id,
    pub path: PathBuf,
    /// Absent only for anonymous testimonials; never published when `anonymous`.
    pub author: Option<String>,
    pub role: Option<String>,
    pub relationship: Option<String>,
    pub date: Option<PartialDate>,
    /// Written permission is on record; without it the testimonial is never published.
    pub consent: bool,
    pub anonymous: bool,
    pub featured: bool,
    /// Order among testimonials alike in `featured`: lowest first, then those without.
    pub weight: Option<i64>,
    pub artefacts: Vec<Spanned<Id>>,
    /// The quote, parsed from its Markdown.
    pub quote: super::Narrative,
    /// What the quote links to and embeds.
    pub quote_refs: Vec<super::BodyRef>,
}
