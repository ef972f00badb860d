//! A whole portfolio, loaded and parsed.

use super::{Artefact, Framework, Metric, Settings, Testimonial};
use crate::syntax::id::Id;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// A file copied to the site unchanged.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Asset {
    /// Where it goes in the site, `/`-separated (`assets/plan.pdf`).
    pub site_path: String,
    pub file: PathBuf,
}

/// The ids of every file found in each collection, whether or not it could be read:
/// a reference to a file with its own errors is not reported a second time.
#[derive(Debug, Clone, Default)]
pub struct KnownIds {
    pub artefacts: BTreeSet<Id>,
    pub metrics: BTreeSet<Id>,
    pub testimonials: BTreeSet<Id>,
}

#[derive(Debug)]
pub struct Portfolio {
    pub settings: Settings,
    pub framework: Framework,
    pub artefacts: Vec<Artefact>,
    pub metrics: Vec<Metric>,
    pub testimonials: Vec<Testimonial>,
    pub assets: Vec<Asset>,
    pub theme: crate::model::theme::Theme,
    /// The portfolio's language: the theme's words, numbers and dates.
    pub locale: std::sync::Arc<crate::i18n::Locale>,
    pub known: KnownIds,
    /// `plan.yaml`, when there is one.
    pub plan: Option<crate::model::plan::Plan>,
}
