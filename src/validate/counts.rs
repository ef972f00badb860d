//! Values about people that carry no count. `min_n` can suppress only a value whose
//! `n` is known: a rate or a score without one is published whatever it summarises,
//! so each such metric is named (a warning, or an error with `privacy.require_n`).

use crate::diagnostic::Diagnostic;
use crate::model::Portfolio;

/// One problem per metric about people with a point lacking `n`, at the first such
/// point.
pub fn check(portfolio: &Portfolio) -> Vec<Diagnostic> {
    let settings = &portfolio.settings;
    let mut found = Vec::new();
    for m in portfolio.metrics.iter().filter(|m| m.about_people) {
        let first = m
            .series
            .iter()
            .flat_map(|s| s.points.iter().map(move |p| (s, p)))
            .find(|(_, p)| p.n.is_none());
        let Some((series, point)) = first else {
            continue;
        };
        let message = format!(
            "\"{}\" at {} has no `n`, so whether it summarises fewer than {} people cannot be checked",
            series.name,
            point.x.label(),
            settings.min_n
        );
        let problem = Diagnostic::error_at_path(m.points_path(), point.pos, message).with_hint(
            "add `n:` (how many people each value summarises) to every point, or `about_people: false` if the values are not about people",
        );
        found.push(if settings.require_n {
            problem
        } else {
            problem.warning()
        });
    }
    found
}
