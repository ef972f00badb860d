//! An artefact: one piece of evidence, its narrative and what it is tied to.

use crate::diagnostic::source_file::Pos;
use crate::syntax::date::PartialDate;
use crate::syntax::fields::Spanned;
use crate::syntax::id::Id;
use crate::syntax::ref_kind::RefKind;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Published,
    /// Built only with `--drafts`, and marked as a draft on every page.
    Draft,
    /// Never written to the site, in any mode.
    Private,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub from: PartialDate,
    pub to: Option<PartialDate>,
}

#[derive(Debug, Clone)]
pub struct Attachment {
    pub title: String,
    /// A path inside the portfolio (`assets/plan.pdf`) or a web address.
    pub path: Spanned<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyRef {
    pub kind: RefKind,
    /// An id, or for [`RefKind::Asset`] a path.
    pub target: String,
    pub pos: Pos,
}

#[derive(Debug)]
pub struct Artefact {
    pub id: Id,
    /// The file, relative to the portfolio folder.
    pub path: PathBuf,
    pub title: String,
    /// A few words for where the title does not fit: the matrix's column heads.
    pub short_title: Option<String>,
    pub date: Option<PartialDate>,
    pub period: Option<Period>,
    pub summary: Option<String>,
    pub role: Option<String>,
    pub competencies: Vec<Spanned<Id>>,
    pub metrics: Vec<Spanned<Id>>,
    pub testimonials: Vec<Spanned<Id>>,
    pub tags: Vec<String>,
    pub status: Status,
    pub featured: bool,
    pub weight: Option<i64>,
    pub attachments: Vec<Attachment>,
    /// "What I learned, what happens next": closes the page.
    pub reflection: Option<super::Narrative>,
    /// The narrative as parsed when it was loaded: Markdown events and shortcodes.
    pub narrative: super::Narrative,
    /// What the narrative and the reflection link to and embed, found when they were
    /// loaded.
    pub refs: Vec<BodyRef>,
}

impl Artefact {
    /// Whether `other` (the same file, saved again) differs only in what shows on its
    /// own page: its narrative's and reflection's text, and attachments' titles. Then no list, matrix,
    /// chart or other artefact's page changes. Positions are ignored: they only place
    /// messages.
    pub fn same_outside_its_page(&self, other: &Artefact) -> bool {
        fn ids(list: &[Spanned<Id>]) -> Vec<&Id> {
            list.iter().map(|s| &s.value).collect()
        }
        // Charts and metrics a narrative embeds list it under the metric elsewhere;
        // what it uses decides what else is published (`publish::private_only`).
        fn embeds(a: &Artefact) -> Vec<(RefKind, &str)> {
            a.refs
                .iter()
                .filter(|r| r.kind != RefKind::Link)
                .map(|r| (r.kind, r.target.as_str()))
                .chain(
                    a.attachments
                        .iter()
                        .map(|f| (RefKind::Asset, f.path.value.as_str())),
                )
                .collect()
        }
        self.id == other.id
            && self.path == other.path
            && self.title == other.title
            && self.short_title == other.short_title
            && self.date == other.date
            && self.period == other.period
            && self.summary == other.summary
            && self.role == other.role
            && ids(&self.competencies) == ids(&other.competencies)
            && ids(&self.metrics) == ids(&other.metrics)
            && ids(&self.testimonials) == ids(&other.testimonials)
            && self.tags == other.tags
            && self.status == other.status
            && self.featured == other.featured
            && self.weight == other.weight
            && embeds(self) == embeds(other)
    }

    /// The metrics the page shows: its `metrics:`, then those its narrative charts or
    /// quotes, in order (an id may come twice).
    pub fn metrics_shown(&self) -> impl Iterator<Item = &str> {
        let listed = self.metrics.iter().map(|m| m.value.as_str());
        let embedded = self
            .refs
            .iter()
            .filter(|r| matches!(r.kind, RefKind::Chart | RefKind::Metric))
            .map(|r| r.target.as_str());
        listed.chain(embedded)
    }

    /// The date the work is known by: its date, else the end or start of its period.
    pub fn sort_date(&self) -> Option<PartialDate> {
        self.date
            .or_else(|| self.period.as_ref().map(|p| p.to.unwrap_or(p.from)))
    }

    /// Portfolio order: by `weight` (artefacts without one after those with one), then
    /// newest first, then by title so the order never depends on the file system.
    pub fn order(a: &Artefact, b: &Artefact) -> std::cmp::Ordering {
        let weight = |x: &Artefact| (x.weight.is_none(), x.weight.unwrap_or(0));
        weight(a)
            .cmp(&weight(b))
            .then_with(|| b.sort_date().cmp(&a.sort_date()))
            .then_with(|| a.title.cmp(&b.title))
            .then_with(|| a.id.cmp(&b.id))
    }
}
