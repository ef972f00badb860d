//! Bar charts, grouped when there are several series, and before-after charts (two
//! bars per series with the change written above them). Bars start at zero.

use super::draw::{self, Area, Plot, Result};
use super::palette::{self, MUTED};
use super::scale::{axis, fit, thin};
use crate::publish::PublishedMetric;
use crate::render::headline::describe_change;
use crate::render::number::format_value;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

pub fn draw(m: &PublishedMetric<'_>, area: &Area<'_>, before_after: bool) -> Result {
    let cats = m.xs();
    let n = m.series.len().max(1) as f64;
    let mut values = super::plotted_values(m);
    if before_after {
        // Headroom for the change written above the bars.
        let top = values.iter().copied().fold(0.0, f64::max);
        values.push(top * 1.25);
    }
    let y = axis(&values, true);
    let spots: Vec<f64> = (0..cats.len()).map(|i| i as f64 + 0.5).collect();
    // Every category is named while the names fit at a readable size; past that, as
    // many as fit, evenly spread (the table names them all).
    let keys: Vec<f64> = thin(&spots, cats.len().max(1) as f64, draw::PLOT_WIDTH, 16.0)
        .into_iter()
        .map(|i| spots[i])
        .collect();
    let max_chars =
        ((draw::WIDTH as f64 - 120.0) / keys.len().max(1) as f64 / 8.0).max(4.0) as usize;
    let place: std::collections::HashMap<&crate::model::X, usize> =
        cats.iter().enumerate().map(|(i, x)| (*x, i)).collect();
    // A value over each bar while the bars are wide enough to carry one.
    let labelled = cats.len() as f64 * n <= draw::PLOT_WIDTH / 16.0;
    let label = |v: &f64| {
        cats.get(v.floor().max(0.0) as usize)
            .map(|x| fit(&x.label(), max_chars))
            .unwrap_or_default()
    };
    let x_range = (0.0, cats.len().max(1) as f64);

    let plot_area = super::with_legend(m, area)?;
    let refs = draw::reference_lines(m);
    let mut chart = draw::frame(&plot_area, x_range, keys, &label, &y, m.unit, &refs)?;
    draw::references(&mut chart, x_range, &refs, m.unit)?;
    let width = 0.8 / n;
    for (i, series) in m.series.iter().enumerate() {
        let style = palette::series(i);
        let mut tops = Vec::new();
        for p in &series.points {
            let c = place.get(p.x).copied().unwrap_or(0) as f64;
            let (left, right) = (
                c + 0.1 + i as f64 * width,
                c + 0.1 + (i as f64 + 1.0) * width,
            );
            let middle = (left + right) / 2.0;
            match p.value {
                Some(v) => {
                    chart.draw_series(std::iter::once(Rectangle::new(
                        [(left, 0.0), (right, v)],
                        style.colour.filled(),
                    )))?;
                    tops.push((middle, v));
                    if labelled || before_after {
                        draw::value_label(
                            &mut chart,
                            (middle, v),
                            format_value(v, m.unit),
                            v < 0.0,
                        )?;
                    }
                }
                None => suppressed(&mut chart, middle, y.lo.max(0.0), m.min_n)?,
            }
        }
        // The series' marker on each bar, so series differ in shape, not colour alone.
        if n > 1.0 && labelled {
            let inside: Vec<(f64, f64)> = tops.iter().map(|&(x, v)| (x, v / 2.0)).collect();
            draw::markers(
                &mut chart,
                &inside,
                palette::SeriesStyle {
                    colour: RGBColor(255, 255, 255),
                    ..style
                },
            )?;
        }
        if before_after {
            annotate_change(&mut chart, m, series, &tops, &y)?;
        }
    }
    Ok(())
}

/// Where a bar is suppressed, say why on the axis instead of leaving a gap that reads
/// as zero (the table and the description spell it out).
fn suppressed(chart: &mut Plot<'_, '_>, x: f64, y0: f64, min_n: u64) -> Result {
    let style = draw::text(16, &MUTED).pos(Pos::new(HPos::Center, VPos::Bottom));
    chart.draw_series(std::iter::once(
        EmptyElement::at((x, y0)) + Text::new(format!("n < {min_n}"), (0, -6), style),
    ))?;
    Ok(())
}

/// "-18%" between the before and the after bar of a series.
fn annotate_change(
    chart: &mut Plot<'_, '_>,
    m: &PublishedMetric<'_>,
    series: &crate::publish::PublishedSeries<'_>,
    tops: &[(f64, f64)],
    y: &super::scale::Axis,
) -> Result {
    let values: Vec<f64> = series.points.iter().filter_map(|p| p.value).collect();
    let ([before, after], [(x0, _), (x1, _)]) = (values.as_slice(), tops) else {
        return Ok(());
    };
    let change = describe_change(*before, *after, m);
    let height = before.max(*after).max(0.0) + (y.hi - y.lo) * 0.12;
    let style = draw::text(20, &palette::INK).pos(Pos::new(HPos::Center, VPos::Bottom));
    chart.draw_series(std::iter::once(
        EmptyElement::at(((x0 + x1) / 2.0, height)) + Text::new(change.text, (0, 0), style),
    ))?;
    Ok(())
}
