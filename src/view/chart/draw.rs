//! Drawing pieces every chart kind shares: the frame and axes, markers, reference
//! lines, value labels and the legend.

use super::dash::Dash;
use super::palette::{Marker, SeriesStyle, GRID, INK, MUTED};
use super::scale::{tick_label, Axis};
use crate::model::Reference;
use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint};
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

pub const FONT: &str = "sans-serif";
/// The height of one row of the legend.
const LEGEND_ROW: u32 = 26;

/// The size a chart is drawn for. Text has the same size in pixels in both drawings,
/// so the narrow one, shown on a phone, keeps its text readable where a wide picture
/// scaled down would shrink it to a third.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Size {
    pub width: u32,
    pub height: u32,
    /// Roughly how wide the plot is once axes and margins are taken: enough to decide
    /// which axis labels fit.
    pub plot_width: f64,
    /// A narrow drawing names its reference lines in the legend, one entry a row; a
    /// wide one names them at their right end.
    pub narrow: bool,
}

pub const WIDE: Size = Size {
    width: 640,
    height: 360,
    plot_width: 440.0,
    narrow: false,
};
/// The panel pack prints a chart across its text, 480 to 510 points wide: drawn 720
/// wide and lower than on a screen, its smallest text prints at 9 points or more, and
/// a page holds it with the text around it.
pub const PAPER: Size = Size {
    width: 720,
    height: 270,
    plot_width: 520.0,
    narrow: false,
};
/// A phone shows a chart about 250 to 290 pixels wide: drawn 280 wide, its smallest
/// text (17) still renders at 12 pixels or more.
pub const NARROW: Size = Size {
    width: 280,
    height: 300,
    plot_width: 190.0,
    narrow: true,
};

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

/// A plot of `m` with x from `x.0` to `x.1` labelled at `x_keys` by `x_label`, and the
/// value axis `y` labelled in the metric's unit. A wide drawing keeps room on the right
/// for the labels of the reference lines, outside the data.
pub fn frame<'a, 'b>(
    area: &'a Area<'b>,
    size: Size,
    x: (f64, f64),
    x_keys: Vec<f64>,
    x_label: &dyn Fn(&f64) -> String,
    y: &Axis,
    m: &crate::publish::PublishedMetric<'_>,
) -> Result<Plot<'a, 'b>> {
    let unit = m.unit;
    let widest = if size.narrow {
        0
    } else {
        reference_lines(m)
            .iter()
            .map(|(_, name, r)| reference_label(m.locale, name, r, unit).chars().count())
            .max()
            .unwrap_or(0)
    };
    let y_desc = match unit {
        "" | "%" => String::new(),
        u => u.to_owned(),
    };
    let label_width = ticks(y)
        .iter()
        .map(|t| tick_label(m.locale, *t, unit).chars().count())
        .max()
        .unwrap_or(1) as u32;
    let mut chart = ChartBuilder::on(area)
        // Room for the value label over a point or bar at the top of the axis.
        .margin_top(30)
        .margin_right(if widest == 0 {
            24
        } else {
            16 + widest as u32 * 9
        })
        .margin_left(8)
        .margin_bottom(6)
        // Two lines of category names fit under a narrow drawing's bars.
        .x_label_area_size(if size.narrow { 48 } else { 40 })
        .y_label_area_size(label_width * 9 + if y_desc.is_empty() { 18 } else { 40 })
        .build_cartesian_2d(keyed(x.0, x.1, x_keys), keyed(y.lo, y.hi, ticks(y)))?;
    let y_label = |v: &f64| tick_label(m.locale, *v, unit);
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

pub fn reference_label(l: &crate::i18n::Locale, name: &str, r: &Reference, unit: &str) -> String {
    format!("{name} {}", l.value(r.value, unit))
}

/// The baseline and target as horizontal lines over the data, each named at its right
/// end in a wide drawing (a narrow one names them in the legend).
pub fn references(
    chart: &mut Plot<'_, '_>,
    size: Size,
    x: (f64, f64),
    m: &crate::publish::PublishedMetric<'_>,
) -> Result {
    let unit = m.unit;
    for (dash, name, r) in reference_lines(m) {
        chart.draw_series(LineSeries::new(
            [(x.0, r.value), (x.1, r.value)],
            dash.stroke(INK, 2),
        ))?;
        if size.narrow {
            continue;
        }
        let anchor = text(17, &INK).pos(Pos::new(HPos::Left, VPos::Center));
        chart.draw_series(std::iter::once(
            EmptyElement::at((x.1, r.value))
                + Text::new(reference_label(m.locale, &name, r, unit), (6, 0), anchor),
        ))?;
    }
    Ok(())
}

/// The metric's baseline and target, named, each with its pattern: in ink, thinner
/// than any series, in a pattern no series uses.
pub fn reference_lines<'m>(
    m: &'m crate::publish::PublishedMetric<'_>,
) -> Vec<(Dash, String, &'m Reference)> {
    let mut refs = Vec::new();
    if let Some(b) = m.baseline {
        refs.push((Dash::Baseline, m.locale.t("chart-baseline"), b));
    }
    if let Some(t) = m.target {
        refs.push((Dash::Target, m.locale.t("chart-target"), t));
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

/// Category names under a narrow bar chart's axis, each on up to two lines, drawn
/// here because plotters writes an axis label on one line.
pub fn category_labels(chart: &mut Plot<'_, '_>, labels: &[(f64, Vec<String>)], y0: f64) -> Result {
    let style = text(18, &INK).pos(Pos::new(HPos::Center, VPos::Top));
    for (x, lines) in labels {
        for (i, line) in lines.iter().enumerate() {
            let below = 8 + i as i32 * 17;
            chart.draw_series(std::iter::once(
                EmptyElement::at((*x, y0)) + Text::new(line.clone(), (0, below), style.clone()),
            ))?;
        }
    }
    Ok(())
}

/// What the legend shows for one entry.
pub enum Key<'a> {
    /// A series drawn as a line with markers.
    Line(&'a str, SeriesStyle),
    /// A series drawn as bars.
    Bars(&'a str, SeriesStyle),
    /// A reference line and its label ("Target 90%").
    Reference(String, Dash),
}

/// How tall the legend of `keys` is: one row in a wide drawing, a row each in a
/// narrow one.
pub fn legend_height(size: Size, keys: usize) -> u32 {
    let rows = if size.narrow { keys as u32 } else { 1 };
    rows * LEGEND_ROW + 8
}

/// The legend, above the plot, where it can never cover data: side by side in a wide
/// drawing, one under another in a narrow one.
pub fn legend(area: &Area<'_>, size: Size, keys: &[Key<'_>]) -> Result {
    let (mut x, mut y) = (12i32, (LEGEND_ROW / 2 + 4) as i32);
    for key in keys {
        let name = match key {
            Key::Line(name, style) => {
                let stroke = style.dash.stroke(style.colour, 3);
                area.draw(&PathElement::new(vec![(x, y), (x + 28, y)], stroke))?;
                marker(area, (x + 14, y), style)?;
                super::scale::fit(name, 28)
            }
            Key::Bars(name, style) => {
                let [fill, outline] = bar_fill(*style);
                let corners = [(x + 5, y - 9), (x + 23, y + 9)];
                area.draw(&Rectangle::new(corners, fill))?;
                area.draw(&Rectangle::new(corners, outline))?;
                super::scale::fit(name, 28)
            }
            Key::Reference(label, dash) => {
                area.draw(&PathElement::new(
                    vec![(x, y), (x + 28, y)],
                    dash.stroke(INK, 2),
                ))?;
                label.clone()
            }
        };
        let label = text(18, &INK).pos(Pos::new(HPos::Left, VPos::Center));
        area.draw(&Text::new(name.clone(), (x + 36, y), label))?;
        if size.narrow {
            y += LEGEND_ROW as i32;
        } else {
            x += 36 + (name.chars().count() as i32) * 8 + 28;
        }
    }
    Ok(())
}

/// One marker in the series' shape, centred on `c` in pixels.
fn marker(area: &Area<'_>, c: (i32, i32), style: &SeriesStyle) -> Result {
    let fill = style.colour.filled();
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
    Ok(())
}

/// A bar's fill and outline. Neighbouring series differ in fill as well as colour,
/// solid and light with an outline, so they read apart in greyscale too.
pub fn bar_fill(style: SeriesStyle) -> [ShapeStyle; 2] {
    let RGBColor(r, g, b) = style.colour;
    let light = |c: u8| 255 - ((255 - u16::from(c)) * 3 / 10) as u8;
    let fill = if style.solid_bars {
        style.colour.filled()
    } else {
        RGBColor(light(r), light(g), light(b)).filled()
    };
    [fill, style.colour.stroke_width(2)]
}

/// Two slanted strokes across the foot of the value axis at `at`: the axis does not
/// start at zero, and says so where the eye meets it.
pub fn axis_break(chart: &mut Plot<'_, '_>, at: (f64, f64)) -> Result {
    let gap = Polygon::new(
        vec![(-9, -8), (9, -14), (9, -22), (-9, -16)],
        WHITE.filled(),
    );
    chart.draw_series(std::iter::once(EmptyElement::at(at) + gap))?;
    for dy in [0, 8] {
        let stroke = PathElement::new(vec![(-9, -8 - dy), (9, -14 - dy)], MUTED.stroke_width(2));
        chart.draw_series(std::iter::once(EmptyElement::at(at) + stroke))?;
    }
    Ok(())
}
