//! The order the candidate controls. Every list of metrics and testimonials (the
//! impact page, the panel page, the pack, an artefact's own) follows the order set
//! here, so a panel meets the headline measure and the principal's quote first.

use super::{PublishedMetric, PublishedTestimonial};
use crate::model::{Artefact, Settings};
use std::cmp::Reverse;
use std::collections::HashMap;

/// Metrics: those `highlights` names, in its order; then in the order the published
/// artefacts use them (featured artefacts first, each in portfolio order, a piece's
/// `metrics:` before its narrative's charts); then by `weight`, lowest first and those
/// without one last; then by file name (the loader's order, which a stable sort keeps).
pub fn metrics(metrics: &mut [PublishedMetric<'_>], settings: &Settings, artefacts: &[&Artefact]) {
    let mut first_place: HashMap<&str, usize> = HashMap::new();
    let uses = settings
        .highlights
        .iter()
        .map(|h| h.value.as_str())
        .chain(uses_by_artefacts(artefacts));
    for id in uses {
        let next = first_place.len();
        first_place.entry(id).or_insert(next);
    }
    metrics.sort_by_cached_key(|m| {
        let place = first_place.get(m.id.as_str()).copied();
        (place.is_none(), place, m.weight.is_none(), m.weight)
    });
}

/// Each metric id as the artefacts use it, featured artefacts first.
fn uses_by_artefacts<'a>(artefacts: &'a [&'a Artefact]) -> impl Iterator<Item = &'a str> {
    let featured = artefacts.iter().filter(|a| a.featured);
    let others = artefacts.iter().filter(|a| !a.featured);
    featured.chain(others).flat_map(|a| a.metrics_shown())
}

/// Testimonials: featured first; then by `weight`, lowest first and those without one
/// last; then newest first (undated last); then by file name, as loaded.
pub fn testimonials(testimonials: &mut [PublishedTestimonial<'_>]) {
    testimonials.sort_by_cached_key(|t| {
        (
            !t.featured,
            t.weight.is_none(),
            t.weight,
            t.date.is_none(),
            Reverse(t.date),
        )
    });
}
