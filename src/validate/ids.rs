//! An id a file names must name something that exists: the error says what does.

use crate::diagnostic::{did_you_mean, Diagnostic};
use crate::syntax::fields::Spanned;
use crate::syntax::id::Id;
use std::collections::BTreeSet;
use std::path::Path;

/// An error when `id` names no file of its kind.
pub fn check_id(
    file: &Path,
    id: &Spanned<Id>,
    what: &str,
    known: &BTreeSet<&str>,
    diags: &mut Vec<Diagnostic>,
) {
    if known.contains(id.value.as_str()) {
        return;
    }
    let folder = match what {
        "artefact" => "artefacts/",
        "metric" => "metrics/",
        _ => "testimonials/",
    };
    let hint = match did_you_mean(id.value.as_str(), known.iter().copied()) {
        Some(near) => format!("did you mean `{near}`?"),
        None if known.is_empty() => format!("there are no {what}s yet: add a file to {folder}"),
        None => format!(
            "ids are file names in {folder}: {}",
            known.iter().copied().collect::<Vec<_>>().join(", ")
        ),
    };
    diags.push(
        Diagnostic::error_at_path(file, id.pos, format!("there is no {what} `{}`", id.value))
            .with_hint(hint),
    );
}

/// An error when `c` is not a competency of `framework`, listing those that are.
pub fn check_competency(
    framework: &crate::model::Framework,
    file: &Path,
    c: &Spanned<Id>,
    diags: &mut Vec<Diagnostic>,
) {
    if framework.competency(&c.value).is_some() {
        return;
    }
    let ids: Vec<&str> = framework.ids().collect();
    let hint = match did_you_mean(c.value.as_str(), ids.iter().copied()) {
        Some(near) => format!(
            "did you mean `{near}`? The framework {} has: {}",
            framework.label(),
            ids.join(", ")
        ),
        None => format!(
            "the framework {} has: {}",
            framework.label(),
            ids.join(", ")
        ),
    };
    diags.push(
        Diagnostic::error_at_path(file, c.pos, format!("unknown competency `{}`", c.value))
            .with_hint(hint),
    );
}
