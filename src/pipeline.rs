//! The stages in order: load -> validate -> publish -> render. `build`, `check` and
//! `serve` all run this; only `build` and `serve` go on to use the files. A folder
//! with `showcase.yaml` runs every member portfolio through the same stages.

use crate::diagnostic::{self, Diagnostic};
use crate::load;
use crate::output::OutputFile;
use crate::publish::{self, Options};
use crate::render;
use crate::render::showcase::MemberSite;
use crate::validate;
use std::path::Path;

pub struct Outcome {
    /// `None` when there were errors: nothing may be written.
    pub files: Option<Vec<OutputFile>>,
    /// Errors and warnings, sorted.
    pub diagnostics: Vec<Diagnostic>,
}

pub fn run(root: &Path, options: Options) -> Outcome {
    if load::showcase::is_showcase(root) {
        return run_showcase(root, options);
    }
    let loaded = load::load(root);
    let mut diagnostics = loaded.diagnostics;
    let files = loaded.portfolio.as_ref().and_then(|portfolio| {
        diagnostics.extend(validate::validate(portfolio));
        if diagnostic::has_errors(&diagnostics) {
            return None;
        }
        let (site, notes) = publish::publish(portfolio, options);
        diagnostics.extend(notes);
        render::render(&site)
            .map_err(|problems| diagnostics.extend(problems))
            .ok()
    });
    finish(root, files, diagnostics)
}

/// One error in any member stops the whole showcase: a district publishes all of its
/// leaders or none.
fn run_showcase(root: &Path, options: Options) -> Outcome {
    let (showcase, mut diagnostics) = load::showcase::load(root);
    let files = showcase.as_ref().and_then(|showcase| {
        for m in &showcase.members {
            diagnostics.extend(
                validate::validate(&m.portfolio)
                    .into_iter()
                    .map(|d| d.in_folder(&m.folder)),
            );
        }
        if diagnostic::has_errors(&diagnostics) {
            return None;
        }
        let mut members = Vec::new();
        for m in &showcase.members {
            let (site, notes) = publish::publish(&m.portfolio, options);
            diagnostics.extend(notes.into_iter().map(|d| d.in_folder(&m.folder)));
            members.push(MemberSite {
                folder: &m.folder,
                site,
            });
        }
        render::showcase::render(showcase, &members)
            .map_err(|problems| diagnostics.extend(problems))
            .ok()
    });
    finish(root, files, diagnostics)
}

fn finish(
    root: &Path,
    files: Option<Vec<OutputFile>>,
    mut diagnostics: Vec<Diagnostic>,
) -> Outcome {
    diagnostic::sort(&mut diagnostics);
    diagnostic::quote_sources(&mut diagnostics, root);
    let files = files.filter(|_| !diagnostic::has_errors(&diagnostics));
    Outcome { files, diagnostics }
}
