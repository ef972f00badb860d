//! Drawing pieces every chart kind shares: the frame and axes, markers, reference
//! lines, value labels and the legend.

use super::dash::Dash;
use super::palette::{Marker, SeriesStyle, GRID, INK, MUTED};
use super::scale::{tick_label, Axis};
use crate::model::Reference;
use crate::render::number::format_value;
use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint};
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

pub const WIDTH: u32 = 640;
pub const HEIGHT: u32 = 360;
pub const LEGEND_HEIGHT: u32 = 34;
/// Roughly how wide the plot is once axes and margins are taken: enough to decide
/// which axis labels fit.
pub const PLOT_WIDTH: f64 = 440.0;
pub const FONT: &str = "sans-serif";

pub type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;
pub type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;
pub type Plot<'a, 'b> = ChartContext<'a, SVGBackend<'b>, Cartesian2d<Keyed, Keyed>>;

/// A linear axis whose ticks are exactly the given values: category centres, the
/// dates of the data, or round value steps, rather than ticks plotters would choose.
pub struct Keyed {
    inner: RangedCoordf64,
    keys: Vec<f64>,
}

impl Ranged for Keyed {
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        self.inner.map(value, limit)
    }

    fn key_points<Hint: KeyPointHint>(&self, _hint: Hint) -> Vec<f64> {
        self.keys.clone()
    }

    fn range(&self) -> std::ops::Range<f64> {
        self.inner.range()
    }
}

fn keyed(lo: f64, hi: f64, keys: Vec<f64>) -> Keyed {
    Keyed {
        inner: (lo..hi).into(),
        keys,
    }
}

pub fn text(size: u32, colour: &'static RGBColor) -> TextStyle<'static> {
    TextStyle::from((FONT, size).into_font()).color(colour)
}

/// The value axis's ticks.
fn ticks(y: &Axis) -> Vec<f64> {
    let steps = ((y.hi - y.lo) / y.step).round() as usize;
    (0..=steps).map(|i| y.lo + i as f64 * y.step).collect()
}

/// A plot with x from `x.0` to `x.1` labelled at `x_keys` by `x_label`, and the value
/// axis `y` labelled in `unit`. `references` makes room on the right for the labels
/// of reference lines, outside the data.
pub fn frame<'a, 'b>(
    area: &'a Area<'b>,
    x: (f64, f64),
    x_keys: Vec<f64>,
    x_label: &dyn Fn(&f64) -> String,
    y: &Axis,
    unit: &str,
    references: &[(&str, &Reference)],
) -> Result<Plot<'a, 'b>> {
    let widest = references
        .iter()
        .map(|(name, r)| reference_label(name, r, unit).chars().count())
        .max()
        .unwrap_or(0);
    let y_desc = match unit {
        "" | "%" => String::new(),
        u => u.to_owned(),
    };
    let label_width = ticks(y)
        .iter()
        .map(|t| tick_label(*t, unit).chars().count())
        .max()
        .unwrap_or(1) as u32;
    let mut chart = ChartBuilder::on(area)
        .margin_top(14)
        .margin_right(if widest == 0 {
            24
        } else {
            16 + widest as u32 * 9
        })
        .margin_left(8)
        .margin_bottom(6)
        .x_label_area_size(40)
        .y_label_area_size(label_width * 9 + if y_desc.is_empty() { 18 } else { 40 })
        .build_cartesian_2d(keyed(x.0, x.1, x_keys), keyed(y.lo, y.hi, ticks(y)))?;
    let y_label = |v: &f64| tick_label(*v, unit);
    let mut mesh = chart.configure_mesh();
    mesh.disable_x_mesh()
        .bold_line_style(GRID)
        .light_line_style(TRANSPARENT)
        .axis_style(MUTED)
        .x_label_formatter(x_label)
        .y_label_formatter(&y_label)
        .label_style(text(18, &INK))
        .axis_desc_style(text(18, &MUTED));
    // Without a unit to name, no axis title (plotters would write an empty one).
    if !y_desc.is_empty() {
        mesh.y_desc(y_desc);
    }
    mesh.draw()?;
    Ok(chart)
}

/// Draw one marker per point in the series' shape.
pub fn markers(chart: &mut Plot<'_, '_>, points: &[(f64, f64)], style: SeriesStyle) -> Result {
    let fill = style.colour.filled();
    let at = points.iter().copied();
    match style.marker {
        Marker::Circle => chart.draw_series(at.map(|p| Circle::new(p, 6, fill)))?,
        Marker::Square => chart.draw_series(
            at.map(|p| EmptyElement::at(p) + Rectangle::new([(-5, -5), (5, 5)], fill)),
        )?,
        Marker::Triangle => chart.draw_series(at.map(|p| TriangleMarker::new(p, 7, fill)))?,
        Marker::Diamond => chart.draw_series(at.map(|p| {
            EmptyElement::at(p) + Polygon::new(vec![(0, -7), (7, 0), (0, 7), (-7, 0)], fill)
        }))?,
    };
    Ok(())
}

/// A line through `points`, solid or dashed by the series' style.
pub fn line(chart: &mut Plot<'_, '_>, points: &[(f64, f64)], style: SeriesStyle) -> Result {
    if points.len() < 2 {
        return Ok(());
    }
    let stroke = style.dash.stroke(style.colour, 3);
    chart.draw_series(LineSeries::new(points.iter().copied(), stroke))?;
    Ok(())
}

fn reference_label(name: &str, r: &Reference, unit: &str) -> String {
    format!("{name} {}", format_value(r.value, unit))
}

/// The baseline and target as labelled horizontal lines: the baseline dashed, the
/// target dotted, each named in the right margin.
pub fn references(
    chart: &mut Plot<'_, '_>,
    x: (f64, f64),
    refs: &[(&str, &Reference)],
    unit: &str,
) -> Result {
    for (name, r) in refs {
        let dash = if *name == "Target" {
            Dash::Target
        } else {
            Dash::Baseline
        };
        chart.draw_series(LineSeries::new(
            [(x.0, r.value), (x.1, r.value)],
            dash.stroke(INK, 2),
        ))?;
        let anchor = text(17, &INK).pos(Pos::new(HPos::Left, VPos::Center));
        chart.draw_series(std::iter::once(
            EmptyElement::at((x.1, r.value))
                + Text::new(reference_label(name, r, unit), (6, 0), anchor),
        ))?;
    }
    Ok(())
}

/// The metric's baseline and target, named.
pub fn reference_lines<'m>(
    m: &'m crate::publish::PublishedMetric<'_>,
) -> Vec<(&'static str, &'m Reference)> {
    let mut refs = Vec::new();
    if let Some(b) = m.baseline {
        refs.push(("Baseline", b));
    }
    if let Some(t) = m.target {
        refs.push(("Target", t));
    }
    refs
}

/// A value written just above a point or a bar.
pub fn value_label(chart: &mut Plot<'_, '_>, at: (f64, f64), label: String, below: bool) -> Result {
    let (dy, v) = if below {
        (8, VPos::Top)
    } else {
        (-10, VPos::Bottom)
    };
    let style = text(17, &INK).pos(Pos::new(HPos::Center, v));
    chart.draw_series(std::iter::once(
        EmptyElement::at(at) + Text::new(label, (0, dy), style),
    ))?;
    Ok(())
}

/// Series names with their marker, line and colour, in a row above the plot.
pub fn legend(area: &Area<'_>, names: &[(&str, SeriesStyle)]) -> Result {
    let mut x = 12i32;
    let y = (LEGEND_HEIGHT / 2) as i32;
    for (name, style) in names {
        let shown = super::scale::fit(name, 28);
        let stroke = style.dash.stroke(style.colour, 3);
        area.draw(&PathElement::new(vec![(x, y), (x + 28, y)], stroke))?;
        let fill = style.colour.filled();
        let c = (x + 14, y);
        match style.marker {
            Marker::Circle => area.draw(&Circle::new(c, 6, fill))?,
            Marker::Square => area.draw(&Rectangle::new(
                [(c.0 - 5, c.1 - 5), (c.0 + 5, c.1 + 5)],
                fill,
            ))?,
            Marker::Triangle => area.draw(&TriangleMarker::new(c, 7, fill))?,
            Marker::Diamond => area.draw(&Polygon::new(
                vec![
                    (c.0, c.1 - 7),
                    (c.0 + 7, c.1),
                    (c.0, c.1 + 7),
                    (c.0 - 7, c.1),
                ],
                fill,
            ))?,
        }
        let label = text(18, &INK).pos(Pos::new(HPos::Left, VPos::Center));
        area.draw(&Text::new(shown.clone(), (x + 36, y), label))?;
        x += 36 + (shown.chars().count() as i32) * 8 + 28;
    }
    Ok(())
}
