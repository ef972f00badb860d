//! A chart in words, for its `<desc>`: what kind of chart, what each series did, the
//! headline change, the target, and what was suppressed. A screen-reader user gets
//! the chart's message from this alone.

use crate::model::ChartKind;
use crate::publish::PublishedMetric;
use crate::render::headline::headline;
use crate::render::number::format_value;

pub fn describe(m: &PublishedMetric<'_>) -> String {
    let kind = match m.chart {
        ChartKind::Line => "Line chart",
        ChartKind::Bar => "Bar chart",
        ChartKind::BeforeAfter => "Before and after chart",
    };
    let mut parts = vec![format!("{kind} of {}.", m.title)];
    for s in &m.series {
        let published: Vec<_> = s
            .points
            .iter()
            .filter_map(|p| p.value.map(|v| (p.x.label(), v)))
            .collect();
        let text = match (published.first(), published.last()) {
            (Some((x0, v0)), Some((x1, v1))) if published.len() > 1 => {
                format!(
                    "{}: {} in {x0}, {} in {x1}.",
                    s.name,
                    format_value(*v0, m.unit),
                    format_value(*v1, m.unit)
                )
            }
            (Some((x, v)), _) => format!("{}: {} in {x}.", s.name, format_value(*v, m.unit)),
            _ => format!("{}: no published values.", s.name),
        };
        parts.push(text);
    }
    if let Some(h) = headline(m) {
        if !h.detail.is_empty() {
            let verdict = match h.verdict {
                Some(crate::render::headline::Verdict::Improved) => ", an improvement",
                Some(crate::render::headline::Verdict::Worsened) => ", a decline",
                _ => "",
            };
            let against = if m.baseline.is_some() {
                "against the baseline"
            } else {
                "since the first value"
            };
            parts.push(format!(
                "Change {against}: {}{verdict}.",
                h.spoken_sentence()
            ));
        }
        if let Some((target, _)) = h.target {
            parts.push(format!("{target}."));
        }
    }
    if let Some(lo) = super::zoomed_from(m) {
        parts.push(format!(
            "The value axis starts at {}, not at zero, so changes look larger than they would on a full scale.",
            super::scale::tick_label(lo, m.unit)
        ));
    }
    let suppressed = m
        .series
        .iter()
        .flat_map(|s| &s.points)
        .filter(|p| p.is_suppressed())
        .count();
    if suppressed > 0 {
        let values = if suppressed == 1 {
            "1 value is"
        } else {
            "values are"
        };
        let count = if suppressed == 1 {
            String::new()
        } else {
            format!("{suppressed} ")
        };
        parts.push(
            format!(
                "{count}{values} suppressed because they summarise fewer than {} people.",
                m.min_n
            )
            .replace(
                "1 value is suppressed because they summarise",
                "1 value is suppressed because it summarises",
            ),
        );
    }
    parts.join(" ")
}
