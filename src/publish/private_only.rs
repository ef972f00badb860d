//! What only unpublished artefacts use is held back with them. A metric charted, a
//! testimonial quoted or a file attached only by private work (or by drafts, in a
//! build without `--drafts`) would otherwise reach the home page, the impact page and
//! `assets/` on its own. Something nothing uses is published as before: the portfolio
//! may show it on its lists.

use crate::diagnostic::{Diagnostic, Kept};
use crate::model::{Artefact, BodyRef, Portfolio, RefKind};
use std::collections::BTreeSet;

/// The ids and asset paths that only unpublished artefacts use.
#[derive(Debug, Default)]
pub struct HeldBack<'p> {
    pub metrics: BTreeSet<&'p str>,
    pub testimonials: BTreeSet<&'p str>,
    /// Site paths, `assets/plan.pdf`.
    pub assets: BTreeSet<&'p str>,
}

/// What one side (the published site, or the unpublished artefacts) uses.
#[derive(Default)]
struct Uses<'p> {
    metrics: BTreeSet<&'p str>,
    testimonials: BTreeSet<&'p str>,
    assets: BTreeSet<&'p str>,
}

impl<'p> Uses<'p> {
    fn refs(&mut self, refs: &'p [BodyRef]) {
        for r in refs {
            let set = match r.kind {
                RefKind::Chart | RefKind::Metric => &mut self.metrics,
                RefKind::Testimonial => &mut self.testimonials,
                RefKind::Asset => &mut self.assets,
                RefKind::Link => continue,
            };
            set.insert(r.target.as_str());
        }
    }

    fn artefact(&mut self, a: &'p Artefact) {
        self.metrics
            .extend(a.metrics.iter().map(|m| m.value.as_str()));
        self.testimonials
            .extend(a.testimonials.iter().map(|t| t.value.as_str()));
        self.assets
            .extend(a.attachments.iter().map(|f| f.path.value.as_str()));
        self.refs(&a.refs);
    }
}

/// What only the artefacts `visible` refuses use. The published side counts the
/// published artefacts, and what the portfolio names elsewhere: `highlights`, the
/// introduction, the photo, the CV, featured testimonials, testimonials' own links to files.
pub fn held_back<'p>(
    portfolio: &'p Portfolio,
    visible: impl Fn(&Artefact) -> bool,
) -> HeldBack<'p> {
    let (mut shown, mut hidden) = (Uses::default(), Uses::default());
    let mut published = BTreeSet::new();
    for a in &portfolio.artefacts {
        if visible(a) {
            shown.artefact(a);
            published.insert(a.id.as_str());
        } else {
            hidden.artefact(a);
        }
    }
    for t in &portfolio.testimonials {
        // A testimonial names the work it speaks to: that is a use too.
        let named: Vec<&str> = t.artefacts.iter().map(|a| a.value.as_str()).collect();
        if t.featured || named.iter().any(|id| published.contains(id)) {
            shown.testimonials.insert(t.id.as_str());
        } else if !named.is_empty() {
            hidden.testimonials.insert(t.id.as_str());
        }
        shown.refs(&t.quote_refs);
    }
    let settings = &portfolio.settings;
    shown.refs(&settings.introduction_refs);
    // A plan's measures, and what its texts embed, are shown on its page.
    if let Some(plan) = &portfolio.plan {
        shown.refs(&plan.refs);
        shown.metrics.extend(
            plan.goals()
                .flat_map(|(_, g)| &g.measures)
                .map(|m| m.metric.value.as_str()),
        );
    }
    shown
        .metrics
        .extend(settings.highlights.iter().map(|m| m.value.as_str()));
    shown.assets.extend(
        settings
            .person
            .photo
            .iter()
            .chain(&settings.person.cv)
            .map(|p| p.value.as_str()),
    );
    HeldBack {
        metrics: hidden.metrics.difference(&shown.metrics).copied().collect(),
        testimonials: hidden
            .testimonials
            .difference(&shown.testimonials)
            .copied()
            .collect(),
        assets: hidden.assets.difference(&shown.assets).copied().collect(),
    }
}

impl HeldBack<'_> {
    /// A note for each thing held back, at its file, naming no unpublished artefact.
    pub fn notes(&self, portfolio: &Portfolio) -> Vec<Diagnostic> {
        let hint = "publish an artefact that uses it, or name it in `highlights` or `featured`";
        let mut notes = Vec::new();
        for m in portfolio
            .metrics
            .iter()
            .filter(|m| self.metrics.contains(m.id.as_str()))
        {
            notes.push(
                Diagnostic::error_in(
                    &m.path,
                    "not published: only unpublished artefacts use this metric",
                )
                .with_hint(hint)
                .warning()
                .kept(Kept::OnlyPrivateUses),
            );
        }
        for t in portfolio
            .testimonials
            .iter()
            .filter(|t| t.consent.is_given() && self.testimonials.contains(t.id.as_str()))
        {
            notes.push(
                Diagnostic::error_in(
                    &t.path,
                    "not published: only unpublished artefacts use this testimonial",
                )
                .with_hint(hint)
                .warning()
                .kept(Kept::OnlyPrivateUses),
            );
        }
        for path in &self.assets {
            notes.push(
                Diagnostic::error_in(
                    path,
                    "not copied to the site: only unpublished artefacts use this file",
                )
                .with_hint("publish an artefact that uses it, or link to it from a published one")
                .warning()
                .kept(Kept::OnlyPrivateUses),
            );
        }
        notes
    }
}
