//! Validate: every reference in the portfolio points at something that exists, and
//! every value about people can be checked against `min_n`.
//! Problems are values; nothing here stops at the first one.

mod counts;
mod ids;
mod plan;

use crate::diagnostic::source_file::Pos;
use crate::diagnostic::{did_you_mean, Diagnostic};
use crate::model::{Artefact, BodyRef, Portfolio, RefKind};
use crate::syntax::fields::Spanned;
use crate::syntax::id::Id;
use ids::{check_competency, check_id};
use std::collections::BTreeSet;
use std::path::Path;

/// What can be referred to, by kind.
struct Targets<'a> {
    portfolio: &'a Portfolio,
    artefacts: BTreeSet<&'a str>,
    metrics: BTreeSet<&'a str>,
    testimonials: BTreeSet<&'a str>,
    assets: BTreeSet<&'a str>,
}

pub fn validate(portfolio: &Portfolio) -> Vec<Diagnostic> {
    let targets = Targets {
        portfolio,
        artefacts: portfolio.known.artefacts.iter().map(Id::as_str).collect(),
        metrics: portfolio.known.metrics.iter().map(Id::as_str).collect(),
        testimonials: portfolio
            .known
            .testimonials
            .iter()
            .map(Id::as_str)
            .collect(),
        assets: portfolio
            .assets
            .iter()
            .map(|a| a.site_path.as_str())
            .collect(),
    };
    let mut diags = counts::check(portfolio);
    if let Some(plan) = &portfolio.plan {
        diags.extend(plan::check(plan, portfolio));
    }
    for artefact in &portfolio.artefacts {
        targets.check_artefact(artefact, &mut diags);
    }
    for t in &portfolio.testimonials {
        for id in &t.artefacts {
            check_id(&t.path, id, "artefact", &targets.artefacts, &mut diags);
        }
        // Only its links to files are shown; the loader warned about the rest.
        let files = t.quote_refs.iter().filter(|r| r.kind == RefKind::Asset);
        targets.check_refs(&t.path, files, &mut diags);
    }
    let settings = &portfolio.settings;
    let settings_file = Path::new(crate::load::SETTINGS_FILE);
    targets.check_refs(settings_file, &settings.introduction_refs, &mut diags);
    if let Some(plan) = &portfolio.plan {
        targets.check_refs(Path::new(crate::model::plan::FILE), &plan.refs, &mut diags);
    }
    for id in &settings.highlights {
        check_id(
            Path::new(crate::load::SETTINGS_FILE),
            id,
            "metric",
            &targets.metrics,
            &mut diags,
        );
    }
    for file in settings.person.photo.iter().chain(&settings.person.cv) {
        targets.check_asset(
            Path::new(crate::load::SETTINGS_FILE),
            &file.value,
            file.pos,
            &mut diags,
        );
    }
    diags
}

impl Targets<'_> {
    fn check_artefact(&self, a: &Artefact, diags: &mut Vec<Diagnostic>) {
        let framework = &self.portfolio.framework;
        for c in &a.competencies {
            check_competency(framework, &a.path, c, diags);
        }
        if a.competencies.is_empty() {
            diags.push(
                Diagnostic::error_in(&a.path, "this artefact is not tied to any competency, so the evidence matrix leaves it out")
                    .with_hint("add `competencies: [...]` with ids from `leadfolio frameworks`")
                    .warning(),
            );
        }
        for m in &a.metrics {
            check_id(&a.path, m, "metric", &self.metrics, diags);
        }
        for t in &a.testimonials {
            check_id(&a.path, t, "testimonial", &self.testimonials, diags);
        }
        for attachment in &a.attachments {
            let path = &attachment.path;
            if !path.value.starts_with("http") {
                self.check_asset(&a.path, &path.value, path.pos, diags);
            }
        }
        self.check_refs(&a.path, &a.refs, diags);
    }

    /// Links and shortcodes in Markdown written in `file`.
    fn check_refs<'r>(
        &self,
        file: &Path,
        refs: impl IntoIterator<Item = &'r BodyRef>,
        diags: &mut Vec<Diagnostic>,
    ) {
        for r in refs {
            let (what, set) = match r.kind {
                RefKind::Link => ("artefact", &self.artefacts),
                RefKind::Chart | RefKind::Metric => ("metric", &self.metrics),
                RefKind::Testimonial => ("testimonial", &self.testimonials),
                RefKind::Asset => {
                    self.check_asset(file, &r.target, r.pos, diags);
                    continue;
                }
            };
            match Id::parse(&r.target) {
                Ok(id) => check_id(
                    file,
                    &Spanned {
                        value: id,
                        pos: r.pos,
                    },
                    what,
                    set,
                    diags,
                ),
                Err(hint) => diags.push(
                    Diagnostic::error_at_path(
                        file,
                        r.pos,
                        format!("`@/{}` is not a valid link", r.target),
                    )
                    .with_hint(hint),
                ),
            }
        }
    }

    fn check_asset(&self, file: &Path, path: &str, pos: Pos, diags: &mut Vec<Diagnostic>) {
        if self.assets.contains(path) {
            return;
        }
        let file_name = |p: &'_ str| p.rsplit('/').next().unwrap_or(p).to_owned();
        let hint = if path.starts_with("assets/") {
            let name = file_name(path);
            let names: Vec<String> = self.assets.iter().map(|a| file_name(a)).collect();
            match did_you_mean(&name, names.iter().map(String::as_str)) {
                Some(near) => format!(
                    "did you mean `{}`?",
                    self.assets
                        .iter()
                        .find(|a| file_name(a) == near)
                        .unwrap_or(&near)
                ),
                None => format!("put {name} in the assets/ folder"),
            }
        } else {
            "link to another artefact with @/its-id; files the site links to live in assets/ (write assets/...)".to_owned()
        };
        diags.push(
            Diagnostic::error_at_path(file, pos, format!("`{path}` does not exist"))
                .with_hint(hint),
        );
    }
}
