//! Line charts: dated (or ordered) x, one line per series, baseline and target as
//! labelled reference lines. A suppressed point breaks its line: no value is drawn
//! or implied across it. A value axis that does not start at zero carries a break
//! mark, and the chart's description says where it starts.

use super::draw::{self, Area, Result};
use super::palette;
use super::scale::thin;
use crate::model::X;
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

pub fn draw(m: &PublishedMetric<'_>, area: &Area<'_>, size: draw::Size) -> Result {
    let xs = positions(m);
    let place: std::collections::HashMap<&X, f64> = xs.iter().copied().collect();
    let at = |x: &X| place.get(x).copied().unwrap_or(0.0);
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
        .map(|x| x.0.written(m.locale).chars().count())
        .max()
        .unwrap_or(1) as f64;
    let keys: Vec<f64> = thin(
        &spots,
        x_range.1 - x_range.0,
        size.plot_width,
        widest * 9.0 + 12.0,
    )
    .into_iter()
    .map(|i| spots[i])
    .collect();
    let label = |v: &f64| {
        xs.iter()
            .find(|(_, k)| (k - v).abs() < 1e-6)
            .map(|(x, _)| x.written(m.locale))
            .unwrap_or_default()
    };
    let y = super::value_axis(m);

    let mut chart = draw::frame(area, size, x_range, keys, &label, &y, m)?;
    if y.zoomed_from().is_some() {
        draw::axis_break(&mut chart, (x_range.0, y.lo))?;
    }
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
                    draw::line(&mut chart, &thin_line(&run, x_range, size), style)?;
                    run.clear();
                }
            }
        }
        draw::line(&mut chart, &thin_line(&run, x_range, size), style)?;
        if shows_markers(published.len(), size) {
            draw::markers(&mut chart, &published, style)?;
        }
        if let Some(&(x, v)) = published.last() {
            draw::value_label(&mut chart, (x, v), m.locale.value(v, m.unit), false)?;
        }
    }
    // Over the data, so no series hides where it runs.
    draw::references(&mut chart, size, x_range, m)
}

/// A marker per point while they stand apart; a series of hundreds of points is read
/// from its line, and a mark for each would only blot it out.
fn shows_markers(points: usize, size: draw::Size) -> bool {
    points as f64 <= size.plot_width / 8.0
}

/// A line needs no more points than the plot has pixels across. Of the points that
/// fall in one pixel's column, the first, the lowest, the highest and the last are
/// kept, in order, so the drawn shape is the same as the whole series' (the "M4"
/// reduction); a short run is kept whole.
fn thin_line(run: &[(f64, f64)], (from, to): (f64, f64), size: draw::Size) -> Vec<(f64, f64)> {
    let columns = size.plot_width as usize;
    if run.len() <= columns * 4 || to <= from {
        return run.to_vec();
    }
    let column = |x: f64| (((x - from) / (to - from)) * columns as f64) as usize;
    let mut kept = Vec::with_capacity(columns * 4);
    let mut start = 0;
    while start < run.len() {
        let col = column(run[start].0);
        let end = start
            + run[start..]
                .iter()
                .take_while(|p| column(p.0) == col)
                .count();
        let group = &run[start..end];
        let by_value = |a: &&(f64, f64), b: &&(f64, f64)| a.1.total_cmp(&b.1);
        let low = group.iter().min_by(by_value).copied();
        let high = group.iter().max_by(by_value).copied();
        let mut picks: Vec<(usize, (f64, f64))> =
            [Some(group[0]), low, high, group.last().copied()]
                .into_iter()
                .flatten()
                .map(|p| (group.iter().position(|q| q == &p).unwrap_or(0), p))
                .collect();
        picks.sort_by_key(|(i, _)| *i);
        picks.dedup_by_key(|(i, _)| *i);
        kept.extend(picks.into_iter().map(|(_, p)| p));
        start = end;
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_line_keeps_its_extremes_in_order_and_few_points() {
        let run: Vec<(f64, f64)> = (0..100_000)
            .map(|i| (i as f64, if i == 54_321 { 1000.0 } else { (i % 7) as f64 }))
            .collect();
        let kept = thin_line(&run, (0.0, 100_000.0), draw::WIDE);
        assert!(
            kept.len() <= draw::WIDE.plot_width as usize * 4,
            "{}",
            kept.len()
        );
        assert!(kept.contains(&(54_321.0, 1000.0)), "the spike is kept");
        assert_eq!(kept.first(), run.first());
        assert_eq!(kept.last(), run.last());
        assert!(kept.windows(2).all(|w| w[0].0 < w[1].0), "in order");
        let short = &run[..50];
        assert_eq!(thin_line(short, (0.0, 50.0), draw::WIDE), short.to_vec());
    }
}
