//! Rebuilding after a save by rendering again only what the save can change. A save
//! that touches only artefact narratives (the common case while writing) changes
//! only those artefacts' own pages: the lists, the matrix, the charts and every other
//! page stay as they are. Anything else, or anything in doubt, is a full rebuild.

use crate::diagnostic;
use crate::load::{artefact, files};
use crate::model::Portfolio;
use crate::output::OutputFile;
use crate::pipeline;
use crate::publish::Options;
use crate::render;
use std::path::{Path, PathBuf};

/// The pages a save changed, rendered again.
pub struct Patch {
    pub pages: Vec<OutputFile>,
    /// The site's language, when the site is searched: its index must then be made
    /// again with the new pages.
    pub searched_in: Option<String>,
}

/// Apply a save of `changed` files (absolute paths under `root`) to `portfolio`, the
/// model of the last good build, and render the pages that changed. `None`: do a full
/// build (the model may then be half-patched and must be loaded again). Warnings are
/// not reported: `serve` shows only errors, and any error means a full build.
pub fn rebuild(
    portfolio: &mut Portfolio,
    root: &Path,
    changed: &[PathBuf],
    options: Options,
) -> Option<Patch> {
    if changed.is_empty() {
        return None;
    }
    // A save that changes what the build warns about is rebuilt whole, which prints
    // the warnings again.
    let before = warnings(portfolio, options);
    let mut edited = Vec::new();
    for path in changed {
        let index = reload(portfolio, root, path)?;
        if !edited.contains(&index) {
            edited.push(index);
        }
    }
    let checked = pipeline::validated_and_published(portfolio, options);
    let mut after = checked.problems.clone();
    after.extend(checked.notes.iter().cloned());
    if diagnostic::has_errors(&checked.problems) || after != before {
        return None;
    }
    let site = checked.site;
    // The panel pack prints its featured pieces whole.
    let in_panel = crate::view::featured(&site);
    let mut positions = Vec::new();
    for index in edited {
        let id = portfolio.artefacts[index].id.as_str();
        // An unpublished artefact (private, or a draft) has no page to change.
        if let Some(position) = site.artefact_position(id) {
            if in_panel.contains(&position) {
                return None;
            }
            positions.push(position);
        }
    }
    let pages = render::artefact_pages(&site, &positions).ok()?;
    Some(Patch {
        pages,
        searched_in: site.search.then(|| site.settings.language.clone()),
    })
}

/// What validating and publishing `portfolio` warns about.
fn warnings(portfolio: &Portfolio, options: Options) -> Vec<diagnostic::Diagnostic> {
    let checked = pipeline::validated_and_published(portfolio, options);
    let mut all = checked.problems;
    all.extend(checked.notes);
    all
}

/// Read the artefact file at `path` again and put it in place of the old one: its
/// index, or `None` if the file is not a known artefact, does not load cleanly, or
/// changed more than its own page.
fn reload(portfolio: &mut Portfolio, root: &Path, path: &Path) -> Option<usize> {
    let shown = path.strip_prefix(root).ok()?.to_path_buf();
    let index = portfolio.artefacts.iter().position(|a| a.path == shown)?;
    let found = files::Found {
        path: path.to_path_buf(),
        shown,
    };
    let file = files::read_text(&found).ok()?;
    let mut problems = Vec::new();
    let id = portfolio.artefacts[index].id.clone();
    let fresh = artefact::read(&file, id, &mut problems)?;
    // The file's own warnings (a typed date, say) are the full build's to print.
    if !problems.is_empty() || !fresh.same_outside_its_page(&portfolio.artefacts[index]) {
        return None;
    }
    portfolio.artefacts[index] = fresh;
    Some(index)
}
