//! What a plan's goals say besides their text, the same on every page and in the
//! pack: each goal's standards, its measures (today's published value, the aim, how
//! far there is to go) and the published evidence it builds on. Made from the
//! published site, so a private artefact or a suppressed value never reaches it.

use super::artefact::CompetencyChip;
use super::headline::{describe_change, latest};
use super::{LinkView, Views};
use crate::model::metric::reaches;
use crate::model::plan::{Goal, Measure, Span, Status};
use serde::Serialize;

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

/// A goal's standards, measures, evidence and status, from what is published only.
pub fn facts(r: &Views<'_, '_>, g: &Goal) -> GoalFacts {
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
fn measure(r: &Views<'_, '_>, m: &Measure) -> Option<MeasureView> {
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
