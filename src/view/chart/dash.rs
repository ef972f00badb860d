//! Dashed strokes, each one SVG element. plotters' styles have no dash pattern: its
//! dashed series draw every dash as an element of its own, so a baseline across the
//! plot took about a hundred polylines, two thirds of a chart's bytes, and a chart is
//! inlined on every page that embeds it. Instead a dashed stroke is drawn solid with a
//! stand-in opacity that marks its pattern, and `finish` swaps the mark for a
//! `stroke-dasharray`. Nothing else in a chart is translucent, and no text can hold
//! the mark: plotters escapes the quotes of text.

use plotters::style::{Color, RGBColor, ShapeStyle};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dash {
    Solid,
    /// Long dashes, for the second series.
    Long,
    /// Short dashes, for the third series.
    Short,
    /// Dash and dot, for a baseline: no series uses it.
    Baseline,
    /// Dotted, for a target: no series uses it.
    Target,
}

/// Each pattern's stand-in opacity and its dash array (on and off, in pixels).
const PATTERNS: [(Dash, f64, &str); 4] = [
    (Dash::Long, 0.991, "12 6"),
    (Dash::Short, 0.992, "5 4"),
    (Dash::Baseline, 0.993, "16 4 2 4"),
    (Dash::Target, 0.994, "1 4"),
];

impl Dash {
    /// How plotters should draw a stroke of `colour` and `width` in this pattern.
    pub fn stroke(self, colour: RGBColor, width: u32) -> ShapeStyle {
        match PATTERNS.iter().find(|(dash, ..)| *dash == self) {
            Some((_, mark, _)) => colour.mix(*mark).stroke_width(width),
            None => colour.stroke_width(width),
        }
    }
}

/// The SVG plotters wrote, with each marked stroke dashed and opaque (the default,
/// so the mark is simply replaced).
pub fn finish(svg: &str) -> String {
    PATTERNS
        .iter()
        .fold(svg.to_owned(), |svg, (_, mark, array)| {
            super::replace_all(
                &svg,
                &format!(" opacity=\"{mark}\""),
                &format!(" stroke-dasharray=\"{array}\""),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use plotters::prelude::*;

    fn drawn(dash: Dash) -> String {
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, (100, 20)).into_drawing_area();
            let line = PathElement::new(vec![(0, 10), (50, 10), (100, 12)], dash.stroke(BLACK, 2));
            area.draw(&line).unwrap();
            area.present().unwrap();
        }
        finish(&svg)
    }

    #[test]
    fn a_dashed_stroke_is_one_element_with_a_dash_array() {
        let svg = drawn(Dash::Target);
        assert_eq!(svg.matches("<polyline").count(), 1, "{svg}");
        assert!(
            svg.contains(r##"fill="none" stroke-dasharray="1 4" stroke="#000000""##),
            "{svg}"
        );
        assert!(!svg.contains("0.99"), "no stand-in is left: {svg}");
    }

    #[test]
    fn a_solid_stroke_has_no_dash_array() {
        let solid = drawn(Dash::Solid);
        assert!(!solid.contains("dasharray"), "{solid}");
        assert_eq!(
            solid.matches("<polyline").count() + solid.matches("<path").count(),
            1,
            "{solid}"
        );
    }

    #[test]
    fn every_pattern_has_its_own_mark() {
        for (i, (a, mark, _)) in PATTERNS.iter().enumerate() {
            assert!(*mark < 1.0);
            assert!(PATTERNS[i + 1..]
                .iter()
                .all(|(b, m, _)| a != b && mark != m));
        }
    }
}
