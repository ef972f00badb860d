//! The stages in order: load -> validate -> publish -> render. `build`, `check` and
//! `serve` all run this; only `build` and `serve` go on to use the files.

use crate::diagnostic::{self, Diagnostic};
use crate::load;
use crate::output::OutputFile;
use crate::publish::{self, Options};
use crate::render;
use crate::validate;
use std::path::Path;

pub struct Outcome {
    /// `None` when there were errors: nothing may be written.
    pub files: Option<Vec<OutputFile>>,
    /// Errors and warnings, sorted.
    pub diagnostics: Vec<Diagnostic>,
}

pub fn run(root: &Path, options: Options) -> Outcome {
    let loaded = load::load(root);
    let mut diagnostics = loaded.diagnostics;
    let files = loaded.portfolio.as_ref().and_then(|portfolio| {
        diagnostics.extend(validate::validate(portfolio));
        if diagnostic::has_errors(&diagnostics) {
            return None;
        }
        let (site, notes) = publish::publish(portfolio, options);
        diagnostics.extend(notes);
        match render::render(&site) {
            Ok(files) => Some(files),
            Err(problems) => {
                diagnostics.extend(problems);
                None
            }
        }
    });
    diagnostic::sort(&mut diagnostics);
    diagnostic::quote_sources(&mut diagnostics, root);
    let files = files.filter(|_| !diagnostic::has_errors(&diagnostics));
    Outcome { files, diagnostics }
}
