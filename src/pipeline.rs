//! The stages in order: load -> validate -> publish -> render. `build`, `check` and
//! `serve` all run this; only `build` and `serve` go on to use the files. A folder
//! with `showcase.yaml` runs every member portfolio through the same stages.

use crate::diagnostic::{self, Diagnostic};
use crate::load;
use crate::model::Portfolio;
use crate::output::{InMemory, OutputFile, Sink};
use crate::publish::{self, Options, Site};
use crate::render;
use crate::render::showcase::MemberSite;
use crate::validate;
use std::path::Path;

pub struct Outcome<T> {
    /// `None` when there were errors: nothing may be published.
    pub files: Option<T>,
    /// Errors and warnings, sorted.
    pub diagnostics: Vec<Diagnostic>,
}

/// Build in memory: every file of the site, sorted by path.
pub fn run(root: &Path, options: Options) -> Outcome<Vec<OutputFile>> {
    let sink = InMemory::default();
    let outcome = run_into(root, options, &sink);
    Outcome {
        files: outcome.files.map(|_| sink.into_files()),
        diagnostics: outcome.diagnostics,
    }
}

/// Build into `sink`: the paths of every file of the site, sorted. On errors the sink
/// may hold some files already; the caller must not publish them.
pub fn run_into(root: &Path, options: Options, sink: &dyn Sink) -> Outcome<Vec<String>> {
    run_keeping_model(root, options, sink).0
}

/// [`run_into`], and the model of a portfolio that built, for `serve` to patch after
/// a save (a showcase, or a build with errors, keeps none).
pub fn run_keeping_model(
    root: &Path,
    options: Options,
    sink: &dyn Sink,
) -> (Outcome<Vec<String>>, Option<Portfolio>) {
    if load::showcase::is_showcase(root) {
        return (run_showcase(root, options, sink), None);
    }
    let loaded = load::load(root);
    let mut diagnostics = loaded.diagnostics;
    let files = loaded.portfolio.as_ref().and_then(|portfolio| {
        let checked = validated_and_published(portfolio, options);
        diagnostics.extend(checked.problems);
        if diagnostic::has_errors(&diagnostics) {
            return None;
        }
        diagnostics.extend(checked.notes);
        render::render(&checked.site, sink)
            .map(|rendered| {
                diagnostics.extend(rendered.notes);
                rendered.paths
            })
            .map_err(|problems| diagnostics.extend(problems))
            .ok()
    });
    let outcome = finish(root, files, diagnostics);
    let portfolio = loaded.portfolio.filter(|_| outcome.files.is_some());
    (outcome, portfolio)
}

/// One error in any member stops the whole showcase: a district publishes all of its
/// leaders or none.
fn run_showcase(root: &Path, options: Options, sink: &dyn Sink) -> Outcome<Vec<String>> {
    let (showcase, mut diagnostics) = load::showcase::load(root);
    let files = showcase.as_ref().and_then(|showcase| {
        let mut members = Vec::new();
        let mut notes = Vec::new();
        for m in &showcase.members {
            let checked = validated_and_published(&m.portfolio, options);
            let in_member = |d: Diagnostic| d.in_folder(&m.folder);
            diagnostics.extend(checked.problems.into_iter().map(in_member));
            notes.extend(checked.notes.into_iter().map(in_member));
            members.push(MemberSite {
                folder: &m.folder,
                site: checked.site,
            });
        }
        if diagnostic::has_errors(&diagnostics) {
            return None;
        }
        diagnostics.extend(notes);
        render::showcase::render(showcase, &members, sink)
            .map(|rendered| {
                diagnostics.extend(rendered.notes);
                rendered.paths
            })
            .map_err(|problems| diagnostics.extend(problems))
            .ok()
    });
    finish(root, files, diagnostics)
}

/// A portfolio checked and published: its problems, and its site with notes on what was
/// held back.
pub struct Checked<'p> {
    pub problems: Vec<Diagnostic>,
    pub site: Site<'p>,
    pub notes: Vec<Diagnostic>,
}

/// Validating and publishing both only read the portfolio, so they run at the same time
/// (20 ms of one core at 10,000 artefacts); a caller throws the site away when a
/// problem is an error.
pub fn validated_and_published(portfolio: &Portfolio, options: Options) -> Checked<'_> {
    let (problems, (site, notes)) = rayon::join(
        || validate::validate(portfolio),
        || publish::publish(portfolio, options),
    );
    Checked {
        problems,
        site,
        notes,
    }
}

fn finish(
    root: &Path,
    files: Option<Vec<String>>,
    mut diagnostics: Vec<Diagnostic>,
) -> Outcome<Vec<String>> {
    diagnostic::sort(&mut diagnostics);
    diagnostic::quote_sources(&mut diagnostics, root);
    let files = files.filter(|_| !diagnostic::has_errors(&diagnostics));
    Outcome { files, diagnostics }
}
