//! Typst's diagnostics as leadfolio's: a problem in a template names the template's
//! file, line and column, like a problem in the content does.

use super::world::PackWorld;
use crate::diagnostic::source_file::pos_in;
use crate::diagnostic::Diagnostic;
use typst::diag::{Severity, SourceDiagnostic};
use typst::WorldExt;

/// `d` where it happened: in a template at its position, elsewhere in the pack as a
/// whole. `None` for a warning outside the portfolio's own templates (the bundled
/// theme's are leadfolio's business).
pub fn diagnostic(world: &PackWorld, d: &SourceDiagnostic) -> Option<Diagnostic> {
    let file = d.span.id();
    let origin = file.and_then(|f| world.origin(f));
    let warning = d.severity == Severity::Warning;
    let own = origin.is_some_and(|o| o.ends_with(".typ"));
    if warning && !own {
        return None;
    }
    let mut message = format!("panel pack: {}", d.message);
    for hint in &d.hints {
        message.push_str("; ");
        message.push_str(&hint.v);
    }
    let place = file.zip(world.range(d.span)).and_then(|(f, range)| {
        let source = world.source_of(f)?;
        Some(pos_in(source.text(), range.start))
    });
    let problem = match (origin, place) {
        (Some(origin), Some(pos)) => Diagnostic::error_at_path(origin, pos, message),
        (Some(origin), None) => Diagnostic::error_in(origin, message),
        (None, _) => Diagnostic::error_in("templates/panel-pack.typ", message),
    };
    let hint = if own {
        "check the template against the theme's own, themes/panel/templates/panel-pack.typ"
    } else {
        "please report this as a bug in leadfolio; `--no-pdf` builds the site without the pack"
    };
    let problem = problem.with_hint(hint);
    Some(if warning { problem.warning() } else { problem })
}
