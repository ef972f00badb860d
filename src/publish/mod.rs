//! Publish: the privacy boundary. From the whole portfolio, keep only what may reach
//! the site: no private artefacts, drafts only when asked for, no testimonial without
//! consent, no anonymous author's name, no value about fewer than `min_n` people.
//! Rendering sees a [`Site`] and nothing else, so it cannot leak what is not here.

mod complementary;
pub mod image_metadata;
mod order;
mod private_only;

use crate::diagnostic::{Diagnostic, Kept};
use crate::model::testimonial::ConsentOn;
use crate::model::theme::Theme;
use crate::model::{
    Artefact, Asset, ChangeMode, ChartKind, Framework, Metric, Portfolio, RefKind, Reference,
    Settings, Status, X,
};
use crate::syntax::id::Id;
use std::collections::{BTreeSet, HashMap};

#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Build draft artefacts too (marked as drafts on every page).
    pub drafts: bool,
    /// Leave out the panel pack's PDF (a quicker build).
    pub no_pdf: bool,
    /// Leave out the search index (a quicker build).
    pub no_search: bool,
}

/// A portfolio with more pieces than this is searchable unless it says `search: false`;
/// fewer, a reader scans the list of evidence by eye.
pub const SEARCHABLE_PAST: usize = 36;

pub struct Site<'a> {
    pub settings: &'a Settings,
    pub framework: &'a Framework,
    pub theme: &'a Theme,
    /// The portfolio's language, for every word, number and date the site writes.
    pub locale: &'a std::sync::Arc<crate::i18n::Locale>,
    /// The files of `assets/` that go to the site.
    pub assets: Vec<&'a Asset>,
    /// Published artefacts, in portfolio order (see [`Artefact::order`]).
    pub artefacts: Vec<&'a Artefact>,
    pub metrics: Vec<PublishedMetric<'a>>,
    pub testimonials: Vec<PublishedTestimonial<'a>>,
    /// The plan: its pages show only what the rest of the site publishes (the
    /// published artefacts it builds on, the published values of its measures).
    pub plan: Option<&'a crate::model::plan::Plan>,
    pub drafts: bool,
    /// Typeset the panel pack's PDF.
    pub pdf: bool,
    /// Index the pages for search and offer a search box on them. A showcase's
    /// members follow the showcase.
    pub search: bool,
    index: Index<'a>,
}

/// Lookups by id, built once: every page asks them, and a scan per question would make
/// a large portfolio's build quadratic.
#[derive(Default)]
struct Index<'a> {
    artefacts: HashMap<&'a str, usize>,
    metrics: HashMap<&'a str, usize>,
    testimonials: HashMap<&'a str, usize>,
    /// Artefact id -> the testimonials that name it, in testimonial order.
    naming: HashMap<&'a str, Vec<usize>>,
    /// Metric id -> the artefacts that list or chart it, in portfolio order.
    using: HashMap<&'a str, Vec<usize>>,
}

impl<'a> Index<'a> {
    fn new(
        artefacts: &[&'a Artefact],
        metrics: &[PublishedMetric<'a>],
        testimonials: &[PublishedTestimonial<'a>],
    ) -> Self {
        let mut index = Index::default();
        for (i, a) in artefacts.iter().enumerate() {
            index.artefacts.insert(a.id.as_str(), i);
            let listed = a.metrics.iter().map(|m| m.value.as_str());
            let charted = a.refs.iter().map(|r| r.target.as_str());
            let mut used: Vec<&str> = listed.chain(charted).collect();
            used.sort_unstable();
            used.dedup();
            for id in used {
                index.using.entry(id).or_default().push(i);
            }
        }
        for (i, m) in metrics.iter().enumerate() {
            index.metrics.insert(m.id.as_str(), i);
        }
        for (i, t) in testimonials.iter().enumerate() {
            index.testimonials.insert(t.id.as_str(), i);
            for a in &t.artefacts {
                let naming = index.naming.entry(a.as_str()).or_default();
                if naming.last() != Some(&i) {
                    naming.push(i);
                }
            }
        }
        index
    }
}

impl<'a> Site<'a> {
    pub fn artefact(&self, id: &str) -> Option<&'a Artefact> {
        Some(self.artefacts[self.artefact_position(id)?])
    }

    /// Where the artefact `id` is in [`Site::artefacts`], if it is published.
    pub fn artefact_position(&self, id: &str) -> Option<usize> {
        self.index.artefacts.get(id).copied()
    }

    pub fn metric(&self, id: &str) -> Option<&PublishedMetric<'a>> {
        Some(&self.metrics[self.metric_position(id)?])
    }

    /// Where the metric `id` is in [`Site::metrics`]: views built in that order use it.
    pub fn metric_position(&self, id: &str) -> Option<usize> {
        self.index.metrics.get(id).copied()
    }

    pub fn testimonial(&self, id: &str) -> Option<&PublishedTestimonial<'a>> {
        Some(&self.testimonials[self.testimonial_position(id)?])
    }

    /// Where the testimonial `id` is in [`Site::testimonials`].
    pub fn testimonial_position(&self, id: &str) -> Option<usize> {
        self.index.testimonials.get(id).copied()
    }

    /// The published testimonials that name the artefact `id`, in testimonial order (see [`order::testimonials`]).
    pub fn testimonials_naming(&self, id: &str) -> impl Iterator<Item = &PublishedTestimonial<'a>> {
        let naming = self.index.naming.get(id).map_or(&[][..], Vec::as_slice);
        naming.iter().map(|&i| &self.testimonials[i])
    }

    /// The published artefacts that list or chart the metric `id`, in portfolio order.
    pub fn artefacts_using(&self, id: &str) -> impl Iterator<Item = &'a Artefact> + '_ {
        let using = self.index.using.get(id).map_or(&[][..], Vec::as_slice);
        using.iter().map(|&i| self.artefacts[i])
    }
}

/// A metric with small cells removed: suppressed points keep their place on the axis
/// and nothing else.
pub struct PublishedMetric<'a> {
    pub id: &'a Id,
    /// The metric file, for messages about it.
    pub path: &'a std::path::Path,
    pub title: &'a str,
    pub unit: &'a str,
    pub description: Option<&'a str>,
    pub source: Option<&'a str>,
    pub higher_is_better: bool,
    pub chart: ChartKind,
    pub change: ChangeMode,
    /// Where the candidate placed it among metrics (see [`order::metrics`]).
    pub weight: Option<i64>,
    pub baseline: Option<&'a Reference>,
    pub target: Option<&'a Reference>,
    pub series: Vec<PublishedSeries<'a>>,
    pub min_n: u64,
    /// The metric names a whole and its parts (`parts_of`): a value not shown is said
    /// to be withheld to protect a small group, never which group is the small one.
    pub protects_parts: bool,
    /// The portfolio's language: a metric's words, numbers and dates are written in it.
    pub locale: &'a crate::i18n::Locale,
}

impl<'a> PublishedMetric<'a> {
    /// Every x of every series once, in order: dates chronologically, labels as first
    /// written. Tables, axes and categories all follow this order.
    pub fn xs(&self) -> Vec<&'a X> {
        // A set beside the list: a series of many thousands of points would make a
        // search of the list quadratic.
        let mut seen = std::collections::HashSet::new();
        let mut xs: Vec<&'a X> = Vec::new();
        for p in self.series.iter().flat_map(|s| &s.points) {
            if seen.insert(p.x) {
                xs.push(p.x);
            }
        }
        if self.dated() {
            xs.sort();
        }
        xs
    }

    /// Whether every x is a date.
    pub fn dated(&self) -> bool {
        self.series
            .iter()
            .flat_map(|s| &s.points)
            .all(|p| matches!(p.x, X::Date(_)))
    }
}

pub struct PublishedSeries<'a> {
    pub name: &'a str,
    pub points: Vec<PublishedPoint<'a>>,
}

pub struct PublishedPoint<'a> {
    pub x: &'a X,
    /// `None`: suppressed because it summarises fewer than `min_n` people.
    pub value: Option<f64>,
    /// Shown only for published values.
    pub n: Option<u64>,
}

impl PublishedPoint<'_> {
    pub fn is_suppressed(&self) -> bool {
        self.value.is_none()
    }
}

pub struct PublishedTestimonial<'a> {
    pub id: &'a Id,
    /// `None` for anonymous testimonials: the name never leaves this stage.
    pub author: Option<&'a str>,
    pub role: Option<&'a str>,
    pub relationship: Option<&'a str>,
    pub date: Option<crate::syntax::date::PartialDate>,
    pub featured: bool,
    pub weight: Option<i64>,
    /// Only the published artefacts it speaks to.
    pub artefacts: Vec<&'a Id>,
    pub quote: &'a crate::model::Narrative,
}

/// The publishable part of `portfolio`, and notes on what was held back.
pub fn publish(portfolio: &Portfolio, options: Options) -> (Site<'_>, Vec<Diagnostic>) {
    let mut notes = Vec::new();
    // Consent can end: whether it holds is a question of the build's day.
    let today = crate::syntax::date::today();
    let visible = |a: &Artefact| {
        a.status == Status::Published || (options.drafts && a.status == Status::Draft)
    };
    let mut artefacts: Vec<&Artefact> = portfolio.artefacts.iter().filter(|a| visible(a)).collect();
    artefacts.sort_by(|a, b| Artefact::order(a, b));
    let published: BTreeSet<&str> = artefacts.iter().map(|a| a.id.as_str()).collect();
    for a in &artefacts {
        note_hidden_links(a, portfolio, &published, &mut notes);
    }
    // A draft left out without a word looks like a lost file.
    for a in portfolio
        .artefacts
        .iter()
        .filter(|a| a.status == Status::Draft && !options.drafts)
    {
        notes.push(
            Diagnostic::error_in(&a.path, "left out of this build: it is a draft")
                .kept(Kept::Draft)
                .with_hint("`--drafts` builds drafts too, each marked as a draft; `status: published` publishes it")
                .warning(),
        );
    }
    let held = private_only::held_back(portfolio, visible);
    notes.extend(held.notes(portfolio));
    let min_n = portfolio.settings.min_n;
    let mut metrics: Vec<PublishedMetric<'_>> = portfolio
        .metrics
        .iter()
        .filter(|m| !held.metrics.contains(m.id.as_str()))
        .map(|m| publish_metric(m, min_n, &portfolio.locale, &mut notes))
        .collect();
    let mut testimonials: Vec<PublishedTestimonial<'_>> = portfolio
        .testimonials
        .iter()
        .filter(|t| !held.testimonials.contains(t.id.as_str()))
        .filter(|t| {
            let why = match t.consent.on(today) {
                ConsentOn::Holds => return true,
                ConsentOn::Missing => (
                    "not published: this testimonial has no recorded consent".to_owned(),
                    "add `consent: true` once written permission is on record",
                ),
                ConsentOn::Withdrawn => (
                    "not published: consent to publish this testimonial was withdrawn".to_owned(),
                    "nothing to do: it stays unpublished; delete the file if it should not be kept",
                ),
                ConsentOn::Ended(until) => (
                    format!(
                        "not published: consent to publish this testimonial ended on {}",
                        until.last_day_iso()
                    ),
                    "ask again, and record the new consent as `consent: { given: DATE, until: DATE }`",
                ),
                ConsentOn::NotYet(given) => (
                    format!(
                        "not published: consent to publish this testimonial starts on {}",
                        given.iso()
                    ),
                    "it is published from that day's build on",
                ),
            };
            notes.push(
                Diagnostic::error_in(&t.path, why.0)
                    .with_hint(why.1)
                    .warning()
                    .kept(Kept::Consent),
            );
            false
        })
        .map(|t| PublishedTestimonial {
            id: &t.id,
            author: if t.anonymous {
                None
            } else {
                t.author.as_deref()
            },
            role: t.role.as_deref(),
            relationship: t.relationship.as_deref(),
            date: t.date,
            featured: t.featured,
            weight: t.weight,
            artefacts: t
                .artefacts
                .iter()
                .map(|s| &s.value)
                .filter(|id| published.contains(id.as_str()))
                .collect(),
            quote: &t.quote,
        })
        .collect();
    order::metrics(&mut metrics, &portfolio.settings, &artefacts);
    order::testimonials(&mut testimonials);
    let artefacts_count = artefacts.len();
    let site = Site {
        settings: &portfolio.settings,
        framework: &portfolio.framework,
        theme: &portfolio.theme,
        locale: &portfolio.locale,
        assets: portfolio
            .assets
            .iter()
            .filter(|a| !held.assets.contains(a.site_path.as_str()))
            .collect(),
        index: Index::new(&artefacts, &metrics, &testimonials),
        artefacts,
        metrics,
        testimonials,
        plan: portfolio.plan.as_ref(),
        drafts: options.drafts,
        pdf: !options.no_pdf,
        search: !options.no_search
            && portfolio
                .settings
                .search
                .unwrap_or(artefacts_count > SEARCHABLE_PAST),
    };
    (site, notes)
}

/// A published narrative that links to an artefact which is not published keeps the
/// link text but loses the link; say so, without the other artefact's title.
fn note_hidden_links(
    a: &Artefact,
    portfolio: &Portfolio,
    published: &BTreeSet<&str>,
    notes: &mut Vec<Diagnostic>,
) {
    for r in a
        .refs
        .iter()
        .filter(|r| r.kind == RefKind::Link && !published.contains(r.target.as_str()))
    {
        let Some(target) = portfolio
            .artefacts
            .iter()
            .find(|t| t.id.as_str() == r.target)
        else {
            continue;
        };
        let why = match target.status {
            Status::Draft => "a draft",
            _ => "private",
        };
        notes.push(
            Diagnostic::error_at_path(
                &a.path,
                r.pos,
                format!(
                    "`@/{}` is {why}, so this link is shown as plain text",
                    r.target
                ),
            )
            .with_hint("publish the other artefact, or remove the link")
            .warning(),
        );
    }
}

/// One metric with its small cells suppressed (see [`PublishedMetric`]).
pub fn publish_metric<'a>(
    m: &'a Metric,
    min_n: u64,
    locale: &'a crate::i18n::Locale,
    notes: &mut Vec<Diagnostic>,
) -> PublishedMetric<'a> {
    let mut series: Vec<PublishedSeries<'a>> = m
        .series
        .iter()
        .map(|s| PublishedSeries {
            name: &s.name,
            points: s
                .points
                .iter()
                .map(|p| {
                    let small = p.n.is_some_and(|n| n < min_n);
                    if small {
                        notes.push(
                            Diagnostic::error_at_path(
                                m.points_path(),
                                p.pos,
                                format!("suppressed: \"{}\" at {} summarises fewer than {min_n} people", s.name, p.x.label()),
                            )
                            .with_hint("it is shown as \"suppressed\" everywhere; `privacy.min_n` sets the threshold")
                            .warning()
                            .kept(Kept::SmallGroup),
                        );
                    }
                    PublishedPoint { x: &p.x, value: (!small).then_some(p.y), n: if small { None } else { p.n } }
                })
                .collect(),
        })
        .collect();
    complementary::withhold(m, &mut series, notes);
    PublishedMetric {
        id: &m.id,
        path: &m.path,
        protects_parts: m.parts_of.is_some(),
        title: &m.title,
        unit: &m.unit,
        description: m.description.as_deref(),
        source: m.source.as_deref(),
        higher_is_better: m.higher_is_better,
        chart: m.chart,
        change: m.change,
        weight: m.weight,
        baseline: m.baseline.as_ref(),
        target: m.target.as_ref(),
        series,
        min_n,
        locale,
    }
}
