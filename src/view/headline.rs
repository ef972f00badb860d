//! The headline of a metric: what changed, worded by whether higher is better.
//!
//! The first series' last published value is compared with the baseline, or with the
//! series' first published value when there is no baseline.

use crate::model::metric::reaches;
use crate::model::ChangeMode;
use crate::publish::PublishedMetric;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Improved,
    Worsened,
    Unchanged,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    /// `+8 points`, `-18%`, `No change`; or the latest value when there is nothing to
    /// compare it with.
    pub change: String,
    /// `48 → 56`, `61,000 → 50,020 USD`; empty when there is no comparison.
    pub detail: String,
    /// The same in words, for screen readers: `from 48 to 56`.
    pub spoken: String,
    /// The change as a phrase that fits a sentence: `+8 points, from 48 to 56`. A
    /// metric named inside a narrative reads this, and so does a chart's description.
    pub phrase: String,
    pub verdict: Option<Verdict>,
    /// The change in the metric's unit, when there is something to compare with.
    pub delta: Option<f64>,
    /// `Target 55: met`.
    pub target: Option<(String, bool)>,
}

impl Headline {
    /// `+8 points (48 → 56)`.
    pub fn sentence(&self) -> String {
        if self.detail.is_empty() {
            self.change.clone()
        } else {
            format!("{} ({})", self.change, self.detail)
        }
    }
}

/// The value a headline speaks of: the first series' last published value; `None`
/// when every one is suppressed.
pub fn latest(m: &PublishedMetric<'_>) -> Option<f64> {
    m.series.first()?.points.iter().rev().find_map(|p| p.value)
}

/// `None` when every value of the first series is suppressed.
pub fn headline(m: &PublishedMetric<'_>) -> Option<Headline> {
    let first = m.series.first()?;
    let values: Vec<f64> = first.points.iter().filter_map(|p| p.value).collect();
    let latest = *values.last()?;
    let from = m
        .baseline
        .map(|b| b.value)
        .or_else(|| (values.len() > 1).then(|| values[0]));
    let l = m.locale;
    let target = m.target.map(|t| {
        let met = reaches(latest, t.value, m.higher_is_better);
        let id = if met { "target-met" } else { "target-not-met" };
        let target = l.value(t.value, m.unit);
        (l.t_with(id, &[("target", target.into())]), met)
    });
    let Some(from) = from else {
        let change = l.value_with_unit(latest, m.unit);
        return Some(Headline {
            phrase: change.clone(),
            change,
            detail: String::new(),
            spoken: String::new(),
            verdict: None,
            delta: None,
            target,
        });
    };
    let change = describe_change(from, latest, m);
    let phrase = l.t_with(
        "change-phrase",
        &[
            ("change", change.text.as_str().into()),
            ("fromto", change.spoken.as_str().into()),
        ],
    );
    Some(Headline {
        phrase,
        change: change.text,
        detail: change.detail,
        spoken: change.spoken,
        verdict: Some(change.verdict),
        delta: Some(latest - from),
        target,
    })
}

/// A change between two values of a metric, worded.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// `+8 points`, `-18%`, `No change`.
    pub text: String,
    /// `48 → 56`, `61,000 → 50,020 USD`.
    pub detail: String,
    /// `from 48 to 56`.
    pub spoken: String,
    pub verdict: Verdict,
}

/// How `from -> to` reads for this metric: in its unit, or in percent for money
/// (see [`ChangeMode`]), judged by whether higher is better.
pub fn describe_change(from: f64, to: f64, m: &PublishedMetric<'_>) -> Change {
    let delta = to - from;
    let verdict = if delta == 0.0 {
        Verdict::Unchanged
    } else if (delta > 0.0) == m.higher_is_better {
        Verdict::Improved
    } else {
        Verdict::Worsened
    };
    let relative = m.change == ChangeMode::Relative && from != 0.0;
    let l = m.locale;
    let text = if delta == 0.0 {
        l.t("change-none")
    } else if relative {
        let pct = delta / from.abs() * 100.0;
        let rounded = if pct.abs() >= 10.0 {
            pct.round()
        } else {
            (pct * 10.0).round() / 10.0
        };
        l.t_with("percent", &[("value", signed(l, rounded).into())])
    } else {
        match m.unit {
            "" => signed(l, delta),
            "%" => l.t_with(
                "change-percentage-points",
                &[("value", signed(l, delta).into())],
            ),
            unit => l.number_with_unit(signed(l, delta), unit),
        }
    };
    let (from, to) = if relative && !m.unit.is_empty() && m.unit != "%" {
        (l.number(from), l.value_with_unit(to, m.unit))
    } else {
        (l.value(from, m.unit), l.value(to, m.unit))
    };
    // The arrow for the eye; the words for a screen reader, which would say "right
    // arrow".
    let detail = format!("{from} → {to}");
    let spoken = l.t_with("from-to", &[("from", from.into()), ("to", to.into())]);
    Change {
        text,
        detail,
        spoken,
        verdict,
    }
}

fn signed(l: &crate::i18n::Locale, v: f64) -> String {
    let s = l.number(v);
    if v > 0.0 && s != "0" {
        format!("+{s}")
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ChartKind, Reference, X};
    use crate::publish::{PublishedPoint, PublishedSeries};
    use crate::syntax::id::Id;

    fn metric<'a>(
        xs: &'a [X],
        ys: &[Option<f64>],
        unit: &'a str,
        baseline: Option<&'a Reference>,
        id: &'a Id,
    ) -> PublishedMetric<'a> {
        PublishedMetric {
            id,
            path: std::path::Path::new("metrics/m.yaml"),
            title: "t",
            unit,
            description: None,
            source: None,
            higher_is_better: true,
            chart: ChartKind::Line,
            change: crate::model::metric::default_change_mode(unit),
            weight: None,
            baseline,
            target: None,
            series: vec![PublishedSeries {
                name: "s",
                points: xs
                    .iter()
                    .zip(ys)
                    .map(|(x, y)| PublishedPoint {
                        x,
                        value: *y,
                        n: None,
                    })
                    .collect(),
            }],
            min_n: 10,
            protects_parts: false,
            locale: crate::i18n::Locale::english_shared(),
        }
    }

    fn xs(n: usize) -> Vec<X> {
        (0..n).map(|i| X::Label(format!("p{i}"))).collect()
    }

    #[test]
    fn absolute_change_against_the_baseline() {
        let id = Id::parse("m").unwrap();
        let base = Reference {
            label: None,
            value: 48.0,
        };
        let x = xs(3);
        let m = metric(
            &x,
            &[Some(48.0), Some(51.0), Some(56.0)],
            "points",
            Some(&base),
            &id,
        );
        let h = headline(&m).unwrap();
        assert_eq!(h.sentence(), "+8 points (48 → 56)");
        assert_eq!(h.verdict, Some(Verdict::Improved));
    }

    #[test]
    fn money_changes_in_percent() {
        let id = Id::parse("m").unwrap();
        let x = xs(2);
        let mut m = metric(&x, &[Some(61000.0), Some(50020.0)], "USD", None, &id);
        m.higher_is_better = false;
        let h = headline(&m).unwrap();
        assert_eq!(h.sentence(), "-18% (61,000 → 50,020 USD)");
        assert_eq!(h.verdict, Some(Verdict::Improved));
    }

    #[test]
    fn suppressed_values_are_skipped() {
        let id = Id::parse("m").unwrap();
        let x = xs(3);
        let m = metric(&x, &[Some(80.0), Some(85.0), None], "%", None, &id);
        assert_eq!(
            headline(&m).unwrap().sentence(),
            "+5 percentage points (80% → 85%)"
        );
        let all = metric(&x, &[None, None, None], "%", None, &id);
        assert_eq!(headline(&all), None);
    }

    #[test]
    fn a_single_value_is_stated_as_it_is() {
        let id = Id::parse("m").unwrap();
        let x = xs(1);
        assert_eq!(
            headline(&metric(&x, &[Some(4.2)], "", None, &id))
                .unwrap()
                .sentence(),
            "4.2"
        );
    }
}
