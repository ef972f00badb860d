//! The plan as pages show it: each goal with its standards, its measures (today's
//! published value, the aim, how far there is to go) and the published evidence it
//! builds on. Made from the published site, so a private artefact or a suppressed
//! value never reaches it.

use crate::diagnostic::Diagnostic;
use crate::model::metric::reaches;
use crate::model::plan::{Goal, Kind, Measure, Phase, Plan, Span, Status};
use crate::render::headline::{describe_change, latest};
use crate::render::renderer::Renderer;
use crate::render::urls;
use crate::render::views::artefact::CompetencyChip;
use crate::render::views::LinkView;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct PlanView {
    pub title: String,
    pub kind: Kind,
    /// "Entry plan", "Development plan".
    pub kind_label: String,
    pub start: Option<String>,
    pub intro_html: Option<String>,
    pub phases: Vec<PhaseView>,
    pub href: &'static str,
    /// How many goals the plan holds.
    pub goals: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct PhaseView {
    pub title: String,
    /// "Days 1–30", "Aug 2026 – Oct 2026", or empty.
    pub when: String,
    /// Where the phase sits on the plan's timeline, in percent of its length.
    pub offset: f64,
    pub length: f64,
    pub anchor: String,
    pub goals: Vec<GoalView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GoalView {
    pub text_html: String,
    #[serde(flatten)]
    pub facts: GoalFacts,
}

/// What a goal says besides its text, the same on every page and in the pack.
#[derive(Debug, Clone, Serialize)]
pub struct GoalFacts {
    pub competencies: Vec<CompetencyChip>,
    pub measures: Vec<MeasureView>,
    /// The published artefacts it builds on.
    pub builds_on: Vec<LinkView>,
    pub status: Option<Status>,
    pub status_label: Option<String>,
    pub evidence: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MeasureView {
    pub title: String,
    pub href: String,
    /// Today's published value, or none when it is suppressed.
    pub now: Option<String>,
    pub aim: Option<String>,
    pub by: Option<String>,
    /// "+4 percentile points to go", or "aim reached".
    pub to_go: Option<String>,
    /// Where it stands and what it aims at, in one line: "now 56 percentile points;
    /// aim 60 percentile points by June 2027".
    pub sentence: String,
    pub reached: bool,
}

/// A goal as a competency's page lists it: its text and the phase it is in.
#[derive(Debug, Clone, Serialize)]
pub struct GoalLink {
    pub text_html: String,
    pub phase: String,
    pub href: String,
}

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

pub fn phase_anchor(index: usize) -> String {
    format!("phase-{}", index + 1)
}

/// "Days 1–30", or "August 2026 – October 2026".
pub fn when(l: &crate::i18n::Locale, span: Span) -> String {
    match span {
        Span::Days { first, last } if first == last => l.t_with("day", &[("day", first.into())]),
        Span::Days { first, last } => {
            l.t_with("days", &[("from", first.into()), ("to", last.into())])
        }
        Span::Dates { from, to } if from == to => l.date(from),
        Span::Dates { from, to } => l.t_with(
            "period-to",
            &[("from", l.date(from).into()), ("to", l.date(to).into())],
        ),
    }
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

/// A goal's standards, measures, evidence and status, from what is published only.
pub fn facts(r: &Renderer<'_, '_>, g: &Goal) -> GoalFacts {
    let site = r.site;
    GoalFacts {
        competencies: g
            .competencies
            .iter()
            .filter_map(|c| site.framework.competency(&c.value))
            .map(CompetencyChip::from)
            .collect(),
        measures: g.measures.iter().filter_map(|m| measure(r, m)).collect(),
        builds_on: g
            .builds_on
            .iter()
            .filter_map(|a| site.artefact(a.value.as_str()))
            .map(LinkView::from)
            .collect(),
        status: g.status,
        status_label: g.status.map(|s| s.label(site.locale)),
        evidence: g.evidence.clone(),
    }
}

/// A measure of a published metric; `None` when the metric is not published.
fn measure(r: &Renderer<'_, '_>, m: &Measure) -> Option<MeasureView> {
    let metric = r.site.metric(m.metric.value.as_str())?;
    let view = r.metric(m.metric.value.as_str())?;
    let now = latest(metric);
    let reached = match (now, m.aim) {
        (Some(now), Some(aim)) => reaches(now, aim, metric.higher_is_better),
        _ => false,
    };
    let l = r.site.locale;
    let to_go = match (now, m.aim) {
        (Some(_), Some(_)) if reached => Some(l.t("aim-reached")),
        (Some(now), Some(aim)) => {
            let change = describe_change(now, aim, metric).text;
            Some(l.t_with("to-go", &[("change", change.into())]))
        }
        _ => None,
    };
    let now = now.map(|v| l.value_with_unit(v, metric.unit));
    let aim = m.aim.map(|v| l.value_with_unit(v, metric.unit));
    let by = m.by.map(|d| l.date(d));
    let stands = match &now {
        Some(now) => l.t_with("measure-now", &[("value", now.into())]),
        None => l.t("measure-none"),
    };
    let aims = match (&aim, &by) {
        (Some(aim), Some(by)) => Some(l.t_with(
            "measure-aim-by",
            &[("value", aim.into()), ("date", by.into())],
        )),
        (Some(aim), None) => Some(l.t_with("measure-aim", &[("value", aim.into())])),
        _ => None,
    };
    let sentence = match aims {
        Some(aims) => l.t_with(
            "measure-stands-aims",
            &[("stands", stands.into()), ("aims", aims.into())],
        ),
        None => stands,
    };
    Some(MeasureView {
        title: view.title.clone(),
        href: view.href.clone(),
        sentence,
        now,
        aim,
        by,
        to_go,
        reached,
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
