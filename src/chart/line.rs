//! Line charts: dated (or ordered) x, one line per series, baseline and target as
//! labelled reference lines. A suppressed point breaks its line: no value is drawn
//! or implied across it.

use super::draw::{self, Area, Result};
use super::palette;
use super::scale::{axis, thin};
use crate::model::X;
use crate::number::format_value;
use crate::publish::PublishedMetric;

/// Where each x sits on the axis: days for dates, positions for labels.
fn positions<'m>(m: &PublishedMetric<'m>) -> Vec<(&'m X, f64)> {
    let dated = m.dated();
    m.xs()
        .into_iter()
        .enumerate()
        .map(|(i, x)| match x {
            X::Date(d) if dated => (x, d.ordinal() as f64),
            _ => (x, i as f64),
        })
        .collect()
}

pub fn draw(m: &PublishedMetric<'_>, area: &Area<'_>) -> Result {
    let xs = positions(m);
    let at = |x: &X| xs.iter().find(|(k, _)| *k == x).map_or(0.0, |(_, v)| *v);
    let (first, last) = (
        xs.first().map_or(0.0, |x| x.1),
        xs.last().map_or(1.0, |x| x.1),
    );
    let pad = if last > first {
        (last - first) * 0.06
    } else {
        1.0
    };
    let x_range = (first - pad, last + pad);
    let spots: Vec<f64> = xs.iter().map(|x| x.1).collect();
    let widest = xs
        .iter()
        .map(|x| x.0.label().chars().count())
        .max()
        .unwrap_or(1) as f64;
    let keys: Vec<f64> = thin(
        &spots,
        x_range.1 - x_range.0,
        super::draw::PLOT_WIDTH,
        widest * 9.0 + 12.0,
    )
    .into_iter()
    .map(|i| spots[i])
    .collect();
    let label = |v: &f64| {
        xs.iter()
            .find(|(_, k)| (k - v).abs() < 1e-6)
            .map(|(x, _)| x.label())
            .unwrap_or_default()
    };
    let y = axis(&super::plotted_values(m), false);

    let plot_area = super::with_legend(m, area)?;
    let refs = draw::reference_lines(m);
    let mut chart = draw::frame(&plot_area, x_range, keys, &label, &y, m.unit, &refs)?;
    draw::references(&mut chart, x_range, &refs, m.unit)?;
    for (i, series) in m.series.iter().enumerate() {
        let style = palette::series(i);
        let mut run: Vec<(f64, f64)> = Vec::new();
        let mut published = Vec::new();
        for p in &series.points {
            match p.value {
                Some(v) => {
                    run.push((at(p.x), v));
                    published.push((at(p.x), v));
                }
                None => {
                    draw::line(&mut chart, &run, style)?;
                    run.clear();
                }
            }
        }
        draw::line(&mut chart, &run, style)?;
        draw::markers(&mut chart, &published, style)?;
        if let Some(&(x, v)) = published.last() {
            draw::value_label(&mut chart, (x, v), format_value(v, m.unit), false)?;
        }
    }
    Ok(())
}
