//! Bar charts, grouped when there are several series, and before-after charts (two
//! bars per series with the change written above them). Bars start at zero; series
//! differ in fill as well as colour; the baseline and target are drawn over the bars.

use super::draw::{self, Area, Plot, Result};
use super::palette::{self, MUTED};
use super::scale::{fit, thin, wrap_two};
use crate::model::X;
use crate::publish::{PublishedMetric, PublishedPoint};
use crate::view::headline::describe_change;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::collections::{BTreeMap, HashMap};

/// The most bars a chart draws, all series together: at the phone's width that is
/// two pixels a bar. A chart of more categories draws a bar per run of them.
pub const MAX_BARS: usize = 120;

/// How many categories in a row one bar stands for: 1 while every category gets a bar
/// of its own, more when there are more than [`MAX_BARS`] (200,000 labelled rows
/// drew 200,000 bars, twice, on every page that showed them).
pub fn per_bar(m: &PublishedMetric<'_>, categories: usize) -> usize {
    let series = m.series.len().max(1);
    let bars_a_series = (MAX_BARS / series).max(1);
    categories.div_ceil(bars_a_series).max(1)
}

pub fn draw(
    m: &PublishedMetric<'_>,
    area: &Area<'_>,
    size: draw::Size,
    before_after: bool,
) -> Result {
    let all = m.xs();
    let per = per_bar(m, all.len());
    // A bar per run of `per` categories, named by the first of them.
    let cats: Vec<_> = all.iter().step_by(per).copied().collect();
    let n = m.series.len().max(1) as f64;
    let y = super::value_axis(m);
    let spots: Vec<f64> = (0..cats.len()).map(|i| i as f64 + 0.5).collect();
    // Every category is named while the names fit at a readable size; past that, as
    // many as fit, evenly spread (the table names them all).
    let keys: Vec<f64> = thin(&spots, cats.len().max(1) as f64, size.plot_width, 16.0)
        .into_iter()
        .map(|i| spots[i])
        .collect();
    let max_chars =
        ((size.width as f64 - 120.0) / keys.len().max(1) as f64 / 8.0).max(4.0) as usize;
    let place: HashMap<&X, usize> = all.iter().enumerate().map(|(i, x)| (*x, i / per)).collect();
    // A value over each bar while the bars are wide enough to carry one.
    let labelled = cats.len() as f64 * n * 40.0 <= size.plot_width;
    let name = |v: &f64| {
        cats.get(v.floor().max(0.0) as usize)
            .map(|x| x.written(m.locale))
    };
    // A narrow drawing writes its names itself, on two lines where they need them.
    let label = |v: &f64| {
        name(v)
            .filter(|_| !size.narrow)
            .map(|l| fit(&l, max_chars))
            .unwrap_or_default()
    };
    let x_range = (0.0, cats.len().max(1) as f64);

    let mut plot_area = area.clone();
    if before_after {
        // Room for the change written over the taller bar.
        plot_area = area.split_vertically(28).1;
    }
    let mut chart = draw::frame(&plot_area, size, x_range, keys.clone(), &label, &y, m)?;
    if size.narrow {
        let per_line = (size.plot_width / keys.len().max(1) as f64 / 8.5).max(4.0) as usize;
        let names: Vec<(f64, Vec<String>)> = keys
            .iter()
            .map(|k| (*k, wrap_two(&name(k).unwrap_or_default(), per_line)))
            .collect();
        draw::category_labels(&mut chart, &names, y.lo)?;
    }
    let width = 0.8 / n;
    // What a bar not shown says on the axis: why, unless saying why would say which.
    let not_shown = if m.protects_parts {
        m.locale.t("withheld-short")
    } else {
        m.locale
            .t_with("suppressed-short", &[("min", m.min_n.into())])
    };
    for (i, series) in m.series.iter().enumerate() {
        let [fill, outline] = draw::bar_fill(palette::series(i));
        let mut tops = Vec::new();
        for p in grouped(&series.points, &place, per) {
            let c = place.get(p.x).copied().unwrap_or(0) as f64;
            let (left, right) = (
                c + 0.1 + i as f64 * width,
                c + 0.1 + (i as f64 + 1.0) * width,
            );
            let middle = (left + right) / 2.0;
            match p.value {
                Some(v) => {
                    for style in [fill, outline] {
                        chart.draw_series(std::iter::once(Rectangle::new(
                            [(left, 0.0), (right, v)],
                            style,
                        )))?;
                    }
                    tops.push((middle, v));
                    if labelled || before_after {
                        draw::value_label(
                            &mut chart,
                            (middle, v),
                            m.locale.value(v, m.unit),
                            v < 0.0,
                        )?;
                    }
                }
                None => suppressed(&mut chart, middle, y.lo.max(0.0), &not_shown)?,
            }
        }
        if before_after {
            annotate_change(&mut chart, m, series, &tops)?;
        }
    }
    // Over the bars, so a bar never hides the line it is measured against.
    draw::references(&mut chart, size, x_range, m)
}

/// A series' points, or, when a bar stands for `per` categories, one point per bar:
/// the mean of the published values in its run (suppressed values are not in them,
/// so the mean shows nothing they hide), suppressed when none is published.
fn grouped<'a>(
    points: &'a [PublishedPoint<'a>],
    place: &HashMap<&X, usize>,
    per: usize,
) -> Vec<PublishedPoint<'a>> {
    if per == 1 {
        return points
            .iter()
            .map(|p| PublishedPoint {
                x: p.x,
                value: p.value,
                n: p.n,
            })
            .collect();
    }
    // Each bar: the first category of its run, and the sum and count of its values.
    let mut bars: BTreeMap<usize, (&'a X, f64, usize)> = BTreeMap::new();
    for p in points {
        let bar = bars
            .entry(place.get(p.x).copied().unwrap_or(0))
            .or_insert((p.x, 0.0, 0));
        if let Some(v) = p.value {
            bar.1 += v;
            bar.2 += 1;
        }
    }
    bars.into_values()
        .map(|(x, sum, count)| PublishedPoint {
            x,
            value: (count > 0).then(|| sum / count as f64),
            n: None,
        })
        .collect()
}

/// Where a bar is suppressed, say why on the axis instead of leaving a gap that reads
/// as zero (the table and the description spell it out).
fn suppressed(chart: &mut Plot<'_, '_>, x: f64, y0: f64, label: &str) -> Result {
    let style = draw::text(17, &MUTED).pos(Pos::new(HPos::Center, VPos::Bottom));
    chart.draw_series(std::iter::once(
        EmptyElement::at((x, y0)) + Text::new(label.to_owned(), (0, -6), style),
    ))?;
    Ok(())
}

/// "-18%" between the before and the after bar of a series, above the taller bar's
/// value label (the frame leaves room for it over the plot).
fn annotate_change(
    chart: &mut Plot<'_, '_>,
    m: &PublishedMetric<'_>,
    series: &crate::publish::PublishedSeries<'_>,
    tops: &[(f64, f64)],
) -> Result {
    let values: Vec<f64> = series.points.iter().filter_map(|p| p.value).collect();
    let ([before, after], [(x0, _), (x1, _)]) = (values.as_slice(), tops) else {
        return Ok(());
    };
    let change = describe_change(*before, *after, m);
    let style = draw::text(20, &palette::INK).pos(Pos::new(HPos::Center, VPos::Bottom));
    chart.draw_series(std::iter::once(
        EmptyElement::at(((x0 + x1) / 2.0, before.max(*after).max(0.0)))
            + Text::new(change.text, (0, -36), style),
    ))?;
    Ok(())
}
