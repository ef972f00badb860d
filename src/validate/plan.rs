//! Checking a plan against its portfolio: every id it names exists, every span runs
//! forwards, phases follow one another, and each aim lies on the better side of where
//! the metric started. All problems in one run, each at its place in `plan.yaml`.

use super::ids::{check_competency, check_id};
use crate::diagnostic::Diagnostic;
use crate::i18n::Locale;
use crate::model::metric::reaches;
use crate::model::plan::{Measure, Phase, Plan, Span, FILE};
use crate::model::{Metric, Portfolio};
use crate::syntax::fields::Spanned;
use std::collections::BTreeSet;
use std::path::Path;

pub fn check(plan: &Plan, portfolio: &Portfolio) -> Vec<Diagnostic> {
    let file = Path::new(FILE);
    let artefacts: BTreeSet<&str> = portfolio
        .known
        .artefacts
        .iter()
        .map(|id| id.as_str())
        .collect();
    let metrics: BTreeSet<&str> = portfolio
        .known
        .metrics
        .iter()
        .map(|id| id.as_str())
        .collect();
    let mut diags = Vec::new();
    for (_, goal) in plan.goals() {
        for c in &goal.competencies {
            check_competency(&portfolio.framework, file, c, &mut diags);
        }
        for a in &goal.builds_on {
            check_id(file, a, "artefact", &artefacts, &mut diags);
        }
        for m in &goal.measures {
            check_id(file, &m.metric, "metric", &metrics, &mut diags);
            let metric = portfolio.metrics.iter().find(|x| x.id == m.metric.value);
            if let Some(metric) = metric {
                diags.extend(aim_on_the_wrong_side(m, metric));
            }
        }
    }
    for phase in &plan.phases {
        diags.extend(backwards(phase));
    }
    diags.extend(out_of_order(&plan.phases));
    diags
}

/// A span whose end comes before its start.
fn backwards(phase: &Phase) -> Option<Diagnostic> {
    let span = phase.span.as_ref()?;
    let (from, to) = span.value.units();
    if to >= from {
        return None;
    }
    let written = match span.value {
        Span::Days { first, last } => format!("days {first}-{last}"),
        Span::Dates { from, to } => format!("from {from} to {to}"),
    };
    Some(
        Diagnostic::error_at_path(
            FILE,
            span.pos,
            format!("the phase \"{}\" runs backwards ({written})", phase.title),
        )
        .with_hint("write the earlier day or date first"),
    )
}

/// Phases that overlap or come out of order: the timeline would read wrongly. A
/// warning, since a plan may mean phases to overlap a little. Spans in days and in
/// dates are not compared.
fn out_of_order(phases: &[Phase]) -> Vec<Diagnostic> {
    let spans: Vec<(&Phase, &Spanned<Span>)> = phases
        .iter()
        .filter_map(|p| Some((p, p.span.as_ref()?)))
        .collect();
    spans
        .windows(2)
        .filter_map(|pair| {
            let [(earlier, before), (later, after)] = pair else {
                return None;
            };
            let ((before_from, before_to), (after_from, _)) =
                (before.value.units(), after.value.units());
            if before.value.in_days() != after.value.in_days() || after_from > before_to {
                return None;
            }
            let how = if after_from < before_from {
                "starts before"
            } else {
                "overlaps"
            };
            Some(
                Diagnostic::error_at_path(
                    FILE,
                    after.pos,
                    format!(
                        "the phase \"{}\" {how} the phase before it, \"{}\"",
                        later.title, earlier.title
                    ),
                )
                .with_hint(
                    "list phases in the order they run, each starting after the one before ends",
                )
                .warning(),
            )
        })
        .collect()
}

/// An aim below where the metric started when higher is better (or above it when
/// lower is better) would count as success a fall the plan does not mean.
fn aim_on_the_wrong_side(m: &Measure, metric: &Metric) -> Option<Diagnostic> {
    let aim = m.aim?;
    let start = metric.baseline.as_ref().map(|b| b.value).or_else(|| {
        metric
            .series
            .first()
            .and_then(|s| s.points.first())
            .map(|p| p.y)
    })?;
    (!reaches(aim, start, metric.higher_is_better)).then(|| {
        let better = if metric.higher_is_better { "higher" } else { "lower" };
        Diagnostic::error_at_path(
            FILE,
            m.pos,
            format!(
                "the aim {} for `{}` is on the wrong side of where it started ({}): {better} is better",
                Locale::english_shared().value(aim, &metric.unit),
                m.metric.value,
                Locale::english_shared().value(start, &metric.unit)
            ),
        )
        .with_hint(format!("aim {better} than {}, or set `higher_is_better` in the metric file", Locale::english_shared().value(start, &metric.unit)))
        .warning()
    })
}
