//! How series are told apart: colour, and always a marker shape and a dash pattern (for
//! lines) or a fill (for bars) as well, so a chart reads in greyscale and for
//! colour-blind readers. Every colour has at least 4.5:1 contrast on white, so it also
//! serves for text.

use super::dash::Dash;
use plotters::style::RGBColor;

pub const INK: RGBColor = RGBColor(0x1c, 0x27, 0x33);
pub const MUTED: RGBColor = RGBColor(0x4f, 0x5d, 0x6b);
pub const GRID: RGBColor = RGBColor(0xd5, 0xdb, 0xe2);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
}

#[derive(Debug, Clone, Copy)]
pub struct SeriesStyle {
    pub colour: RGBColor,
    pub marker: Marker,
    pub dash: Dash,
    /// Bars filled with the colour; otherwise light, with an outline in the colour.
    pub solid_bars: bool,
}

const COLOURS: [RGBColor; 6] = [
    RGBColor(0x0b, 0x5c, 0x8a), // blue, 7.0:1
    RGBColor(0xa6, 0x4b, 0x12), // burnt orange, 5.6:1
    RGBColor(0x6b, 0x3f, 0xa0), // purple, 7.6:1
    RGBColor(0x00, 0x6b, 0x5e), // teal, 6.0:1
    RGBColor(0x7a, 0x52, 0x30), // brown, 6.6:1
    RGBColor(0x4f, 0x5d, 0x6b), // slate, 6.4:1
];
const MARKERS: [Marker; 4] = [
    Marker::Circle,
    Marker::Square,
    Marker::Triangle,
    Marker::Diamond,
];
const DASHES: [Dash; 3] = [Dash::Solid, Dash::Long, Dash::Short];

/// The style of the `i`-th series.
pub fn series(i: usize) -> SeriesStyle {
    SeriesStyle {
        colour: COLOURS[i % COLOURS.len()],
        marker: MARKERS[i % MARKERS.len()],
        dash: DASHES[i % DASHES.len()],
        solid_bars: i % 2 == 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG relative luminance and contrast against white.
    fn contrast_on_white(c: RGBColor) -> f64 {
        let channel = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.03928 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        let l = 0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2);
        1.05 / (l + 0.05)
    }

    #[test]
    fn every_colour_is_readable_on_white() {
        for c in COLOURS.iter().chain([&INK, &MUTED]) {
            assert!(
                contrast_on_white(*c) >= 4.5,
                "{c:?}: {}",
                contrast_on_white(*c)
            );
        }
    }

    #[test]
    fn neighbouring_series_differ_in_shape_and_dash_too() {
        for i in 0..5 {
            let (a, b) = (series(i), series(i + 1));
            assert!(
                a.marker != b.marker && a.dash != b.dash && a.solid_bars != b.solid_bars,
                "series {i} and {}",
                i + 1
            );
        }
    }
}
