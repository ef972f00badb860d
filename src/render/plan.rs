//! The plan as the site's pages show it: the phases on a timeline, each goal's text
//! as HTML with its facts (`view/plan.rs`).

use super::page_data::{GoalLink, GoalView, PhaseView, PlanView};
use super::renderer::Renderer;
use crate::diagnostic::Diagnostic;
use crate::model::plan::{Goal, Phase, Plan, Span};
use crate::view::plan::{facts, phase_anchor, when};
use crate::view::urls;

pub fn view(r: &Renderer<'_, '_>, plan: &Plan, path: &str) -> Result<PlanView, Diagnostic> {
    let (lo, hi) = extent(plan);
    let phases = plan
        .phases
        .iter()
        .enumerate()
        .map(|(i, p)| phase(r, p, i, (lo, hi), path))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(PlanView {
        title: plan.title.clone(),
        kind: plan.kind,
        kind_label: plan.kind.label(r.site.locale),
        start: plan.start.map(|d| r.site.locale.date(d)),
        intro_html: plan
            .introduction
            .as_deref()
            .map(|text| r.markdown(text, path, "plan-intro-", 2))
            .transpose()?,
        goals: plan.goals().count(),
        phases,
        href: urls::PLAN,
    })
}

fn phase(
    r: &Renderer<'_, '_>,
    p: &Phase,
    index: usize,
    (lo, hi): (i64, i64),
    path: &str,
) -> Result<PhaseView, Diagnostic> {
    let (offset, length) = match p.span.as_ref().map(|s| place(s.value)) {
        Some((from, to)) if hi > lo => {
            let total = (hi - lo + 1) as f64;
            (
                (from - lo) as f64 / total * 100.0,
                ((to - from + 1) as f64 / total * 100.0).max(2.0),
            )
        }
        _ => (0.0, 100.0),
    };
    let goals = p
        .goals
        .iter()
        .enumerate()
        .map(|(j, g)| goal(r, g, &format!("plan-{}-{}-", index + 1, j + 1), path))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(PhaseView {
        title: p.title.clone(),
        when: p
            .span
            .as_ref()
            .map_or_else(String::new, |s| when(r.site.locale, s.value)),
        offset: (offset * 10.0).round() / 10.0,
        length: (length * 10.0).round() / 10.0,
        anchor: phase_anchor(index),
        goals,
    })
}

/// A span's first and last unit, a backwards span taken as its start (the build has
/// said it is wrong).
fn place(span: Span) -> (i64, i64) {
    let (from, to) = span.units();
    (from, to.max(from))
}

/// The plan's first and last unit, over the phases with a span.
fn extent(plan: &Plan) -> (i64, i64) {
    let spans: Vec<(i64, i64)> = plan
        .phases
        .iter()
        .filter_map(|p| p.span.as_ref().map(|s| place(s.value)))
        .collect();
    let lo = spans.iter().map(|s| s.0).min().unwrap_or(0);
    let hi = spans.iter().map(|s| s.1).max().unwrap_or(0);
    (lo, hi)
}

fn goal(r: &Renderer<'_, '_>, g: &Goal, prefix: &str, path: &str) -> Result<GoalView, Diagnostic> {
    Ok(GoalView {
        text_html: r.markdown(&g.text, path, prefix, 4)?,
        facts: facts(r, g),
    })
}

/// Every goal aimed at the competency `id`, for the matrix and the competency's page.
pub fn goals_for(
    r: &Renderer<'_, '_>,
    plan: &Plan,
    id: &str,
    path: &str,
) -> Result<Vec<GoalLink>, Diagnostic> {
    plan.phases
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.goals.iter().map(move |g| (i, p, g)))
        .filter(|(_, _, g)| g.competencies.iter().any(|c| c.value.as_str() == id))
        .map(|(i, p, g)| {
            Ok(GoalLink {
                text_html: r.markdown(&g.text, path, "goal-", 4)?,
                phase: p.title.clone(),
                href: format!("{}#{}", urls::PLAN, phase_anchor(i)),
            })
        })
        .collect()
}
