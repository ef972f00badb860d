//! Checking a plan against its portfolio: every id it names exists, every span runs
//! forwards, phases follow one another, and each aim lies on the better side of where
//! the metric started. All problems in one run, each at its place in `plan.yaml`.

use super::{Measure, Phase, Plan, Span, FILE};
use crate::diagnostic::Diagnostic;
use crate::model::{Metric, Portfolio};
use crate::render::number::format_value;
use crate::validate::{check_competency, check_id};
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
    let (runs_backwards, written) = match span.value {
        Span::Days { first, last } => (last < first, format!("days {first}-{last}")),
        Span::Dates { from, to } => (to < from, format!("from {from} to {to}")),
    };
    runs_backwards.then(|| {
        Diagnostic::error_at_path(
            FILE,
            span.pos,
            format!("the phase \"{}\" runs backwards ({written})", phase.title),
        )
        .with_hint("write the earlier day or date first")
    })
}

/// Phases that overlap or come out of order: the timeline would read wrongly. A
/// warning, since a plan may mean phases to overlap a little.
fn out_of_order(phases: &[Phase]) -> Vec<Diagnostic> {
    let spans: Vec<(&Phase, Span)> = phases
        .iter()
        .filter_map(|p| Some((p, p.span.as_ref()?.value)))
        .collect();
    spans
        .windows(2)
        .filter(|w| w[0].1.in_days() == w[1].1.in_days() && w[1].1.units().0 <= w[0].1.units().1)
        .map(|w| {
            let (earlier, later) = (w[0].0, w[1].0);
            let pos = later.span.as_ref().map_or(later.pos, |s| s.pos);
            let how = if w[1].1.units().0 < w[0].1.units().0 {
                "starts before"
            } else {
                "overlaps"
            };
            Diagnostic::error_at_path(
                FILE,
                pos,
                format!(
                    "the phase \"{}\" {how} the phase before it, \"{}\"",
                    later.title, earlier.title
                ),
            )
            .with_hint("list phases in the order they run, each starting after the one before ends")
            .warning()
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
    let wrong = if metric.higher_is_better {
        aim < start
    } else {
        aim > start
    };
    wrong.then(|| {
        let better = if metric.higher_is_better { "higher" } else { "lower" };
        Diagnostic::error_at_path(
            FILE,
            m.pos,
            format!(
                "the aim {} for `{}` is on the wrong side of where it started ({}): {better} is better",
                format_value(aim, &metric.unit),
                m.metric.value,
                format_value(start, &metric.unit)
            ),
        )
        .with_hint(format!("aim {better} than {}, or set `higher_is_better` in the metric file", format_value(start, &metric.unit)))
        .warning()
    })
}
