//! Charts: each metric drawn once as an accessible SVG with plotters, at build time.
//!
//! plotters is built without its font features, so text is measured by a fixed rule
//! rather than by system fonts: the same input gives the same bytes on any machine.

mod bar;
mod dash;
mod describe;
mod draw;
mod line;
mod palette;
mod scale;

use crate::model::ChartKind;
use crate::publish::PublishedMetric;
use crate::render::templates::escape_html;
use plotters::prelude::*;

pub use describe::describe;

/// The metric's chart as an SVG element with a title, a description and `role="img"`.
pub fn render(m: &PublishedMetric<'_>) -> Result<String, String> {
    let mut svg = String::new();
    {
        let area =
            SVGBackend::with_string(&mut svg, (draw::WIDTH, draw::HEIGHT)).into_drawing_area();
        area.fill(&WHITE).map_err(|e| e.to_string())?;
        let drawn = match m.chart {
            ChartKind::Line => line::draw(m, &area),
            ChartKind::Bar => bar::draw(m, &area, false),
            ChartKind::BeforeAfter => bar::draw(m, &area, true),
        };
        drawn.map_err(|e| e.to_string())?;
        area.present().map_err(|e| e.to_string())?;
    }
    Ok(accessible(
        &tidy(&dash::finish(&svg)),
        m.title,
        &describe(m),
    ))
}

/// Every value the value axis must show: each published point, the baseline and the
/// target.
fn plotted_values(m: &PublishedMetric<'_>) -> Vec<f64> {
    let points = m
        .series
        .iter()
        .flat_map(|s| &s.points)
        .filter_map(|p| p.value);
    let references = m.baseline.iter().chain(m.target.iter()).map(|r| r.value);
    points.chain(references).collect()
}

/// A standalone SVG file of the chart.
pub fn file(svg: &str) -> String {
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{svg}")
}

/// Only charts with more than one series need a legend; it goes in a strip above the
/// plot, where it can never cover data.
fn with_legend<'a>(m: &PublishedMetric<'_>, area: &draw::Area<'a>) -> draw::Result<draw::Area<'a>> {
    if m.series.len() < 2 {
        return Ok(area.clone());
    }
    let (top, rest) = area.split_vertically(draw::LEGEND_HEIGHT);
    let names: Vec<(&str, palette::SeriesStyle)> = m
        .series
        .iter()
        .enumerate()
        .map(|(i, s)| (s.name, palette::series(i)))
        .collect();
    draw::legend(&top, &names)?;
    Ok(rest)
}

/// plotters writes every attribute on every element, defaults included, and a chart
/// is inlined on every page that shows it: full opacity is left to the default, and
/// the one font family is set once on the root (`accessible` adds it) and inherited.
fn tidy(svg: &str) -> String {
    let svg = replace_all(svg, " opacity=\"1\"", "");
    replace_all(&svg, &format!(" font-family=\"{}\"", draw::FONT), "")
}

/// `text` with every `from` replaced by `to`. A chart's few kilobytes are rewritten
/// about nine times: memchr's searcher finds the attributes in a fraction of the time
/// `str::replace` takes (which was 2% of a large build's instructions).
fn replace_all(text: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for at in memchr::memmem::find_iter(text.as_bytes(), from.as_bytes()) {
        out.push_str(&text[copied..at]);
        out.push_str(to);
        copied = at + from.len();
    }
    out.push_str(&text[copied..]);
    out
}

/// Name the drawing for assistive technology: `role="img"`, an `aria-label`, and
/// `<title>` and `<desc>` as its first children. Scales with its container.
fn accessible(svg: &str, title: &str, desc: &str) -> String {
    let Some(open_end) = svg.find('>') else {
        return svg.to_owned();
    };
    let open = &svg[..open_end];
    let open = open
        .replacen(&format!(" width=\"{}\"", draw::WIDTH), "", 1)
        .replacen(&format!(" height=\"{}\"", draw::HEIGHT), "", 1);
    format!(
        "{open} role=\"img\" aria-label=\"{}\" class=\"lf-chart\" preserveAspectRatio=\"xMidYMid meet\" font-family=\"{}\">\n<title>{}</title>\n<desc>{}</desc>{}",
        escape_xml(title),
        draw::FONT,
        escape_xml(title),
        escape_xml(desc),
        &svg[open_end + 1..]
    )
}

/// XML escaping for text and attributes.
fn escape_xml(s: &str) -> String {
    escape_html(s).replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::id::Id;
    use crate::model::{ChangeMode, Reference, X};
    use crate::publish::{PublishedPoint, PublishedSeries};
    use proptest::prelude::*;

    fn metric<'a>(
        id: &'a Id,
        xs: &'a [X],
        series: Vec<Vec<Option<f64>>>,
        chart: ChartKind,
        refs: (Option<&'a Reference>, Option<&'a Reference>),
    ) -> PublishedMetric<'a> {
        PublishedMetric {
            id,
            path: std::path::Path::new("metrics/m.yaml"),
            title: "Pupils <reading> & \"writing\"",
            unit: "%",
            description: None,
            source: None,
            higher_is_better: true,
            chart,
            change: ChangeMode::Absolute,
            baseline: refs.0,
            target: refs.1,
            series: series
                .into_iter()
                .enumerate()
                .map(|(i, ys)| PublishedSeries {
                    name: if i == 0 { "Year <4>" } else { "Others" },
                    points: xs
                        .iter()
                        .zip(ys)
                        .map(|(x, value)| PublishedPoint { x, value, n: None })
                        .collect(),
                })
                .collect(),
            min_n: 10,
        }
    }

    /// Count the series marks in a parsed chart: filled circles, squares and polygons
    /// of the series colours, less the legend's.
    fn marks(doc: &roxmltree::Document<'_>, colour: &str) -> usize {
        doc.descendants()
            .filter(|n| {
                matches!(n.tag_name().name(), "circle" | "rect" | "polygon")
                    && n.attribute("fill") == Some(colour)
            })
            .count()
    }

    #[test]
    fn a_line_chart_is_accessible_and_marks_only_published_points() {
        let id = Id::parse("m").unwrap();
        let xs: Vec<X> = ["2024-09", "2024-12", "2025-03"]
            .iter()
            .map(|d| X::Date(crate::model::date::PartialDate::parse(d).unwrap()))
            .collect();
        let base = Reference {
            label: None,
            value: 40.0,
        };
        let m = metric(
            &id,
            &xs,
            vec![
                vec![Some(40.0), Some(45.5), Some(57.25)],
                vec![Some(30.0), None, Some(31.0)],
            ],
            ChartKind::Line,
            (Some(&base), None),
        );
        let svg = render(&m).unwrap();
        let doc = roxmltree::Document::parse(&svg).expect("well-formed SVG");
        let root = doc.root_element();
        assert_eq!(root.attribute("role"), Some("img"));
        assert_eq!(
            root.first_element_child().map(|n| n.tag_name().name()),
            Some("title")
        );
        let desc = doc
            .descendants()
            .find(|n| n.has_tag_name("desc"))
            .and_then(|n| n.text())
            .unwrap();
        assert!(desc.contains("Change against the baseline: +17.25 percentage points, from 40% to 57.25%, an improvement."), "{desc}");
        assert!(
            desc.contains("1 value is suppressed because it summarises fewer than 10 people."),
            "{desc}"
        );
        // One mark per published point, plus one in the legend.
        assert_eq!(marks(&doc, "#0B5C8A"), 3 + 1);
        assert_eq!(marks(&doc, "#A64B12"), 2 + 1);
        assert!(svg.contains("Year &lt;4&gt;"), "series names are escaped");
    }

    #[test]
    fn a_before_after_chart_writes_the_change() {
        let id = Id::parse("m").unwrap();
        let xs = vec![X::Label("2022-23".into()), X::Label("2024-25".into())];
        let m = metric(
            &id,
            &xs,
            vec![vec![Some(61.0), Some(50.0)]],
            ChartKind::BeforeAfter,
            (None, None),
        );
        let svg = render(&m).unwrap();
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let texts: Vec<&str> = doc
            .descendants()
            .filter_map(|n| n.text())
            .map(str::trim)
            .collect();
        assert!(texts.contains(&"-11 percentage points"), "{texts:?}");
        assert_eq!(
            doc.descendants()
                .filter(|n| n.has_tag_name("rect") && n.attribute("fill") == Some("#0B5C8A"))
                .count(),
            2
        );
    }

    #[test]
    fn the_same_metric_draws_the_same_bytes() {
        let id = Id::parse("m").unwrap();
        let xs = vec![X::Label("a".into()), X::Label("b".into())];
        let m = metric(
            &id,
            &xs,
            vec![vec![Some(1.0), Some(2.0)]],
            ChartKind::Bar,
            (None, None),
        );
        assert_eq!(render(&m).unwrap(), render(&m).unwrap());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn arbitrary_finite_series_draw_well_formed_svg(
            ys in prop::collection::vec(prop::collection::vec(prop::option::weighted(0.8, -1e9f64..1e9), 1..12), 1..4),
            kind in prop::sample::select(vec![ChartKind::Line, ChartKind::Bar, ChartKind::BeforeAfter]),
            base in prop::option::of(-1e9f64..1e9),
            dated in any::<bool>(),
        ) {
            let id = Id::parse("m").unwrap();
            let len = ys.iter().map(Vec::len).max().unwrap_or(1);
            let xs: Vec<X> = (0..len).map(|i| if dated {
                X::Date(crate::model::date::PartialDate::parse(&format!("{}-{:02}", 2000 + i / 12, i % 12 + 1)).unwrap())
            } else {
                X::Label(format!("Group with a long name {i}"))
            }).collect();
            let base = base.map(|value| Reference { label: None, value });
            let m = metric(&id, &xs, ys, kind, (base.as_ref(), None));
            let svg = render(&m).map_err(TestCaseError::fail)?;
            prop_assert!(roxmltree::Document::parse(&svg).is_ok());
        }
    }

    #[test]
    fn replace_all_replaces_every_occurrence_and_nothing_else() {
        let svg = r#"<a opacity="1"/><b opacity="1" x="1"/><c opacity="0.5"/>"#;
        assert_eq!(
            replace_all(svg, r#" opacity="1""#, ""),
            r#"<a/><b x="1"/><c opacity="0.5"/>"#
        );
        assert_eq!(replace_all("é→é", "é", "e"), "e→e");
        assert_eq!(replace_all("none here", "zz", "y"), "none here");
    }
}
