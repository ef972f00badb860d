//! A whole portfolio, loaded and parsed.

use super::{Artefact, Framework, Metric, Settings, Testimonial};
use std::path::PathBuf;

/// A file copied to the site unchanged.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Asset {
    /// Where it goes in the site, `/`-separated (`assets/plan.pdf`).
    pub site_path: String,
    pub file: PathBuf,
}

#[derive(Debug, Clone)]
pub struct Portfolio {
    pub root: PathBuf,
    pub settings: Settings,
    pub framework: Framework,
    pub artefacts: Vec<Artefact>,
    pub metrics: Vec<Metric>,
    pub testimonials: Vec<Testimonial>,
    pub assets: Vec<Asset>,
    pub theme: crate::theme::Theme,
}

impl Portfolio {
    pub fn artefact(&self, id: &crate::id::Id) -> Option<&Artefact> {
        self.artefacts.iter().find(|a| &a.id == id)
    }
}
