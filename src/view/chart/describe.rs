//! A chart in words, for its `<desc>`: what kind of chart, what each series did, the
//! headline change, the target, and what was suppressed. A screen-reader user gets
//! the chart's message from this alone.

use crate::i18n::Arg;
use crate::model::ChartKind;
use crate::publish::PublishedMetric;
use crate::view::headline::{headline, Verdict};

pub fn describe(m: &PublishedMetric<'_>) -> String {
    let l = m.locale;
    let value = |v: f64| l.value(v, m.unit);
    let kind = match m.chart {
        ChartKind::Line => "chart-line",
        ChartKind::Bar => "chart-bar",
        ChartKind::BeforeAfter => "chart-before-after",
    };
    let mut parts = vec![l.t_with(kind, &[("title", m.title.into())])];
    for s in &m.series {
        let published: Vec<_> = s
            .points
            .iter()
            .filter_map(|p| p.value.map(|v| (p.x.written(l), v)))
            .collect();
        let series = ("series", Arg::from(s.name));
        let text = match (published.first(), published.last()) {
            (Some((x0, v0)), Some((x1, v1))) if published.len() > 1 => l.t_with(
                "chart-series-range",
                &[
                    series,
                    ("first", value(*v0).into()),
                    ("from", x0.into()),
                    ("last", value(*v1).into()),
                    ("to", x1.into()),
                ],
            ),
            (Some((x, v)), _) => l.t_with(
                "chart-series-one",
                &[series, ("value", value(*v).into()), ("at", x.into())],
            ),
            _ => l.t_with("chart-series-none", &[series]),
        };
        parts.push(text);
    }
    if let Some(h) = headline(m) {
        if !h.detail.is_empty() {
            let against = if m.baseline.is_some() {
                "baseline"
            } else {
                "first"
            };
            let verdict = match h.verdict {
                Some(Verdict::Improved) => "improved",
                Some(Verdict::Worsened) => "worsened",
                _ => "none",
            };
            parts.push(l.t_with(
                "chart-change",
                &[
                    ("against", against.into()),
                    ("verdict", verdict.into()),
                    ("change", h.phrase.as_str().into()),
                ],
            ));
        }
        if let Some((target, _)) = h.target {
            parts.push(l.t_with("chart-target-sentence", &[("target", target.into())]));
        }
    }
    if let Some(lo) = super::zoomed_from(m) {
        let from = super::scale::tick_label(l, lo, m.unit);
        parts.push(l.t_with("chart-zoomed", &[("from", from.into())]));
    }
    if m.chart == ChartKind::Bar {
        let categories = m.xs().len();
        let per = super::bar::per_bar(m, categories);
        if per > 1 {
            parts.push(l.t_with(
                "chart-grouped",
                &[
                    ("categories", categories.into()),
                    ("bars", categories.div_ceil(per).into()),
                    ("per", per.into()),
                ],
            ));
        }
    }
    let suppressed = m
        .series
        .iter()
        .flat_map(|s| &s.points)
        .filter(|p| p.is_suppressed())
        .count();
    if suppressed > 0 && m.protects_parts {
        parts.push(l.t_with("chart-withheld", &[("count", suppressed.into())]));
    } else if suppressed > 0 {
        parts.push(l.t_with(
            "chart-suppressed",
            &[("count", suppressed.into()), ("min", m.min_n.into())],
        ));
    }
    parts.join(" ")
}
