//! A metric as shown: its headline, the data table and where it is used.

use super::LinkView;
use crate::model::X;
use crate::publish::{PublishedMetric, PublishedPoint, Site};
use crate::view::headline::{headline, Verdict};
use crate::view::urls;
use serde::Serialize;
use std::collections::HashMap;

#[derive(Debug, Clone, Serialize)]
pub struct HeadlineView {
    pub change: String,
    /// `48 → 56`, shown; `detail_spoken` (`from 48 to 56`) is what a screen reader
    /// reads in its place.
    pub detail: String,
    pub detail_spoken: String,
    pub sentence: String,
    /// `+8 points, from 48 to 56`: the change inside a sentence.
    pub phrase: String,
    pub verdict: Option<Verdict>,
    /// `up`, `down` or `flat`: which way the number moved (the arrow), whatever that
    /// means for the verdict.
    pub direction: &'static str,
    /// `good`, `bad` or `neutral`: the colour, which is never the only signal.
    pub tone: &'static str,
    /// "improved", "worsened", "no change", for people and screen readers.
    pub verdict_text: Option<String>,
    pub target: Option<String>,
    pub target_met: Option<bool>,
}

/// A metric as pages show it. Its chart is lent by the build's charts, which hold
/// each once (a large portfolio's are megabytes).
#[derive(Debug, Clone, Serialize)]
pub struct MetricView<'c> {
    pub id: String,
    pub title: String,
    pub unit: String,
    pub description: Option<String>,
    pub source: Option<String>,
    pub href: String,
    pub anchor: String,
    pub headline: Option<HeadlineView>,
    /// Said instead of a headline when every recent value is suppressed.
    pub suppressed_note: String,
    pub baseline: Option<String>,
    pub target: Option<String>,
    pub higher_is_better: bool,
    pub table: TableView,
    /// The chart drawn for a wide screen, print and the chart's file.
    pub chart_svg: Option<&'c str>,
    /// The same chart drawn for a phone, its text as large as the wide one's.
    pub chart_svg_narrow: Option<&'c str>,
    pub chart_href: Option<String>,
    pub suppressed: usize,
    /// The privacy threshold: a value about fewer people is suppressed.
    pub min_n: u64,
    pub used_by: Vec<LinkView>,
}

/// A metric as a row of the panel pack's table of headline figures: only what the
/// row shows, not the chart and table of every metric.
#[derive(Debug, Serialize)]
pub struct FigureRow<'m> {
    pub title: &'m str,
    pub href: &'m str,
    pub headline: Option<&'m HeadlineView>,
    pub suppressed_note: &'m str,
    pub source: Option<&'m str>,
    /// The target's value ("90%", "55 (by June 2026)"), for a column headed "Target".
    pub target: Option<&'m str>,
}

impl<'m> From<&'m MetricView<'_>> for FigureRow<'m> {
    fn from(m: &'m MetricView<'_>) -> Self {
        FigureRow {
            title: &m.title,
            href: &m.href,
            headline: m.headline.as_ref(),
            suppressed_note: &m.suppressed_note,
            source: m.source.as_deref(),
            target: m.target.as_deref(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct TableView {
    pub caption: String,
    pub x_heading: String,
    /// What the panel pack says in place of the rows it leaves out.
    pub more_rows_on_site: Option<String>,
    pub columns: Vec<String>,
    /// The first rows; with `omitted`, the rest come after the gap in `last_rows`.
    pub rows: Vec<RowView>,
    /// How many rows in the middle of a long table are left out of the page.
    pub omitted: usize,
    pub last_rows: Vec<RowView>,
    /// Every value as a CSV file, for a table shown in part.
    pub csv_href: Option<String>,
    pub total_rows: usize,
    pub has_n: bool,
}

/// A table longer than this shows its first and last rows and links to the whole of
/// it as CSV: a page of 20,000 rows helps no reader and weighs megabytes.
pub const TABLE_ROWS: usize = 120;

#[derive(Debug, Clone, Serialize)]
pub struct RowView {
    pub label: String,
    pub cells: Vec<CellView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CellView {
    pub text: String,
    pub n: Option<String>,
    pub suppressed: bool,
    pub missing: bool,
}

pub fn headline_view(m: &PublishedMetric<'_>) -> Option<HeadlineView> {
    let h = headline(m)?;
    let (tone, verdict_text) = match h.verdict {
        Some(Verdict::Improved) => ("good", Some("improved")),
        Some(Verdict::Worsened) => ("bad", Some("worsened")),
        Some(Verdict::Unchanged) => ("neutral", Some("no-change")),
        None => ("neutral", None),
    };
    let verdict_text = verdict_text.map(|id| m.locale.t(id));
    let direction = match h.delta {
        Some(d) if d > 0.0 => "up",
        Some(d) if d < 0.0 => "down",
        _ => "flat",
    };
    Some(HeadlineView {
        direction,
        sentence: h.sentence(),
        phrase: h.phrase.clone(),
        change: h.change,
        detail: h.detail,
        detail_spoken: h.spoken,
        verdict: h.verdict,
        tone,
        verdict_text,
        target_met: h.target.as_ref().map(|(_, met)| *met),
        target: h.target.map(|(text, _)| text),
    })
}

/// The text a suppressed value shows instead of a number.
pub fn suppressed_text(m: &PublishedMetric<'_>) -> String {
    if m.protects_parts {
        // Which group is the small one is not said: all withheld values read alike.
        return m.locale.t("withheld-note");
    }
    m.locale
        .t_with("suppressed-note", &[("min", m.min_n.into())])
}

pub fn metric_view<'c>(
    site: &Site<'_>,
    m: &PublishedMetric<'_>,
    chart: Option<&'c crate::view::chart::Drawn>,
) -> MetricView<'c> {
    let reference = |r: Option<&crate::model::Reference>| {
        r.map(|r| match &r.label {
            Some(label) => format!("{} ({label})", m.locale.value(r.value, m.unit)),
            None => m.locale.value(r.value, m.unit),
        })
    };
    let used_by = site
        .artefacts_using(m.id.as_str())
        .map(LinkView::from)
        .collect();
    MetricView {
        id: m.id.to_string(),
        title: m.title.to_owned(),
        unit: m.unit.to_owned(),
        description: m.description.map(str::to_owned),
        source: m.source.map(str::to_owned),
        href: urls::metric(m.id.as_str()),
        anchor: urls::metric_anchor(m.id.as_str()),
        headline: headline_view(m),
        suppressed_note: suppressed_text(m),
        baseline: reference(m.baseline),
        target: reference(m.target),
        higher_is_better: m.higher_is_better,
        table: table(m),
        chart_href: chart.map(|_| urls::chart(m.id.as_str())),
        chart_svg: chart.map(|c| c.wide.as_str()),
        chart_svg_narrow: chart.map(|c| c.narrow.as_str()),
        suppressed: m
            .series
            .iter()
            .flat_map(|s| &s.points)
            .filter(|p| p.is_suppressed())
            .count(),
        min_n: m.min_n,
        used_by,
    }
}

/// One row per x (dates in order, labels as first written), one column per series.
fn table(m: &PublishedMetric<'_>) -> TableView {
    let xs = m.xs();
    let by_x: Vec<HashMap<&X, &PublishedPoint<'_>>> = m
        .series
        .iter()
        .map(|s| s.points.iter().map(|p| (p.x, p)).collect())
        .collect();
    let l = m.locale;
    let row = |x: &&X| RowView {
        label: x.written(l),
        cells: by_x
            .iter()
            .map(|points| match points.get(*x) {
                None => CellView {
                    text: l.t("no-data"),
                    n: None,
                    suppressed: false,
                    missing: true,
                },
                Some(p) => match p.value {
                    Some(v) => CellView {
                        text: l.value(v, m.unit),
                        n: p.n.map(|n| l.number(n as f64)),
                        suppressed: false,
                        missing: false,
                    },
                    None => CellView {
                        text: suppressed_text(m),
                        n: None,
                        suppressed: true,
                        missing: false,
                    },
                },
            })
            .collect(),
    };
    let (shown, omitted, last) = if xs.len() > TABLE_ROWS {
        let half = TABLE_ROWS / 2;
        (&xs[..half], xs.len() - 2 * half, &xs[xs.len() - half..])
    } else {
        (&xs[..], 0, &xs[..0])
    };
    let unit = match m.unit {
        "" | "%" => String::new(),
        u => format!(" ({u})"),
    };
    TableView {
        caption: format!("{}{unit}", m.title),
        x_heading: l.t(if m.dated() {
            "table-date"
        } else {
            "table-group"
        }),
        columns: m.series.iter().map(|s| s.name.to_owned()).collect(),
        rows: shown.iter().map(row).collect(),
        omitted,
        last_rows: last.iter().map(row).collect(),
        csv_href: (omitted > 0).then(|| urls::data(m.id.as_str())),
        more_rows_on_site: (omitted > 0)
            .then(|| l.t_with("more-rows-on-site", &[("count", omitted.into())])),
        total_rows: xs.len(),
        has_n: m
            .series
            .iter()
            .flat_map(|s| &s.points)
            .any(|p| p.n.is_some()),
    }
}
