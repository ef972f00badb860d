//! The views every page and the pack share, each made once per build: the site's
//! own view, a card per artefact, a view per metric (made when first shown) and the
//! matrix. The HTML renderer and the PDF renderer both read them.

use super::artefact::{card, ArtefactCard};
use super::chart::Drawn;
use super::matrix::MatrixView;
use super::metric::{metric_view, MetricView};
use super::site::{site_view, ShowcaseLink, SiteView};
use crate::model::{Artefact, RefKind};
use crate::publish::Site;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// How many headline figures and featured pieces the home page leads with.
const HOME_FIGURES: usize = 4;
const FEATURED_FALLBACK: usize = 3;

/// Where the featured artefacts are in the site's order, or the first few when none
/// is featured: the home page lists them, the panel pack prints them whole.
pub fn featured(site: &Site<'_>) -> Vec<usize> {
    let featured: Vec<usize> = (0..site.artefacts.len())
        .filter(|&i| site.artefacts[i].featured)
        .collect();
    if featured.is_empty() {
        (0..site.artefacts.len().min(FEATURED_FALLBACK)).collect()
    } else {
        featured
    }
}

/// Counts the home page and the panel pack lead with.
#[derive(Serialize)]
pub struct Stats {
    pub artefacts: usize,
    pub metrics: usize,
    pub testimonials: usize,
    /// Competencies with published evidence, of `total`.
    pub covered: usize,
    pub total: usize,
    /// `matrix: { gaps: hide }`: say how many are evidenced, not of how many.
    pub gaps_hidden: bool,
}

pub struct Views<'s, 'a> {
    pub site: &'s Site<'a>,
    pub site_view: SiteView,
    /// In portfolio order, one per published artefact.
    pub cards: Vec<ArtefactCard>,
    /// Each metric's chart SVG, by metric id.
    charts: &'s BTreeMap<String, Drawn>,
    /// One per metric, in the site's order, each made when first shown: a rebuild of
    /// one page in `serve` makes only the few it shows.
    metrics: Vec<OnceLock<MetricView<'s>>>,
    /// Made once, when first shown: the home page, the matrix, every competency page
    /// and the panel pack all show it.
    matrix: OnceLock<MatrixView>,
}

impl<'s, 'a> Views<'s, 'a> {
    /// `charts` holds each metric's chart, by metric id; `showcase` is the showcase a
    /// member's pages link back to.
    pub fn new(
        site: &'s Site<'a>,
        charts: &'s BTreeMap<String, Drawn>,
        showcase: Option<ShowcaseLink>,
    ) -> Self {
        let cards: Vec<ArtefactCard> = site
            .artefacts
            .par_iter()
            .enumerate()
            .map(|(i, a)| card(site, a, i))
            .collect();
        Views {
            site,
            site_view: site_view(site, showcase),
            cards,
            charts,
            metrics: site.metrics.iter().map(|_| OnceLock::new()).collect(),
            matrix: OnceLock::new(),
        }
    }

    /// Make every shared view now, on every core, before a whole site's pages ask
    /// for them one by one.
    pub fn prepare_all(&self) {
        (0..self.metrics.len()).into_par_iter().for_each(|i| {
            self.metric_at(i);
        });
        self.matrix_view();
    }

    pub fn metric(&self, id: &str) -> Option<&MetricView<'s>> {
        Some(self.metric_at(self.site.metric_position(id)?))
    }

    fn metric_at(&self, i: usize) -> &MetricView<'s> {
        self.metrics[i].get_or_init(|| {
            let m = &self.site.metrics[i];
            metric_view(self.site, m, self.charts.get(m.id.as_str()))
        })
    }

    /// Every metric's view, in the site's order.
    pub fn all_metrics(&self) -> Vec<&MetricView<'s>> {
        (0..self.metrics.len()).map(|i| self.metric_at(i)).collect()
    }

    /// A published artefact's card.
    pub fn card(&self, id: &str) -> Option<&ArtefactCard> {
        self.cards.iter().find(|c| c.id == id)
    }

    /// Every chart, by metric id.
    pub fn charts(&self) -> &'s BTreeMap<String, Drawn> {
        self.charts
    }

    /// A metric's chart as SVG (the wide drawing), if it has one.
    pub fn chart_svg(&self, id: &str) -> Option<&str> {
        self.charts.get(id).map(|c| c.wide.as_str())
    }

    pub fn matrix_view(&self) -> &MatrixView {
        self.matrix
            .get_or_init(|| super::matrix::matrix(self.site, &self.cards))
    }

    /// The featured pieces' cards (see [`featured`]).
    pub fn featured(&self) -> Vec<&ArtefactCard> {
        featured(self.site)
            .into_iter()
            .map(|i| &self.cards[i])
            .collect()
    }

    /// The home page's figures: `highlights` from portfolio.yaml, else the metrics of
    /// the featured artefacts, else the first metrics; only those with a headline.
    pub fn figures(&self) -> Vec<&MetricView<'_>> {
        let settings = self.site.settings;
        let mut ids: Vec<&str> = settings
            .highlights
            .iter()
            .map(|h| h.value.as_str())
            .collect();
        if ids.is_empty() {
            for card in self.featured() {
                if let Some(a) = self.site.artefact(&card.id) {
                    ids.extend(a.metrics.iter().map(|m| m.value.as_str()));
                }
            }
            ids.extend(self.site.metrics.iter().map(|m| m.id.as_str()));
        }
        let mut out: Vec<&MetricView<'_>> = Vec::new();
        for id in ids {
            if let Some(m) = self.metric(id).filter(|m| m.headline.is_some()) {
                if !out.iter().any(|o| o.id == m.id) && out.len() < HOME_FIGURES {
                    out.push(m);
                }
            }
        }
        out
    }

    pub fn stats(&self) -> Stats {
        Stats {
            artefacts: self.cards.len(),
            metrics: self.site.metrics.len(),
            testimonials: self.site.testimonials.len(),
            covered: self.matrix_view().covered,
            total: self.matrix_view().total,
            gaps_hidden: self.matrix_view().gaps_hidden,
        }
    }

    /// The metrics an artefact lists that its narrative does not already chart.
    pub fn figures_beside(&self, a: &Artefact) -> Vec<&MetricView<'_>> {
        let charted = |id: &str| {
            a.refs
                .iter()
                .any(|r| r.kind == RefKind::Chart && r.target == id)
        };
        a.metrics
            .iter()
            .filter(|m| !charted(m.value.as_str()))
            .filter_map(|m| self.metric(m.value.as_str()))
            .collect()
    }
}
