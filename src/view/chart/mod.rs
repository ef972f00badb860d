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

use crate::diagnostic::Diagnostic;
use crate::model::ChartKind;
use crate::output::escape::escape_html;
use crate::publish::{PublishedMetric, Site};
use plotters::prelude::*;
use rayon::prelude::*;
use std::collections::BTreeMap;

pub use describe::describe;

/// A metric's chart in its two drawings: `wide` for desktops, print, the PDF and the
/// chart's own file; `narrow` for phones (the theme shows one or the other by width).
#[derive(Debug, Clone, PartialEq)]
pub struct Drawn {
    pub wide: String,
    pub narrow: String,
}

/// The metric's chart as SVG elements with a title, a description and `role="img"`.
pub fn render(m: &PublishedMetric<'_>) -> Result<Drawn, String> {
    // The same words describe both drawings.
    let description = describe(m);
    Ok(Drawn {
        wide: render_at(m, draw::WIDE, &description)?,
        narrow: render_at(m, draw::NARROW, &description)?,
    })
}

/// The metric's chart as the panel pack prints it: across the text's width (see
/// [`draw::PAPER`]), with the same words as on the site.
pub fn paper(m: &PublishedMetric<'_>) -> Result<String, String> {
    render_at(m, draw::PAPER, &describe(m))
}

fn render_at(
    m: &PublishedMetric<'_>,
    size: draw::Size,
    description: &str,
) -> Result<String, String> {
    let bars = m.chart != ChartKind::Line;
    let keys = legend_keys(m, size, bars);
    // A narrow drawing grows by its legend, a row an entry, so the plot keeps its height.
    let size = if size.narrow && !keys.is_empty() {
        draw::Size {
            height: size.height + draw::legend_height(size, keys.len()),
            ..size
        }
    } else {
        size
    };
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (size.width, size.height)).into_drawing_area();
        area.fill(&WHITE).map_err(|e| e.to_string())?;
        let plot = with_legend(&area, size, &keys).map_err(|e| e.to_string())?;
        let drawn = match m.chart {
            ChartKind::Line => line::draw(m, &plot, size),
            ChartKind::Bar => bar::draw(m, &plot, size, false),
            ChartKind::BeforeAfter => bar::draw(m, &plot, size, true),
        };
        drawn.map_err(|e| e.to_string())?;
        area.present().map_err(|e| e.to_string())?;
    }
    Ok(accessible(
        &tidy(&dash::finish(&svg)),
        size,
        bars,
        m.title,
        description,
    ))
}

/// The value axis of `m`'s chart. Bars always start at zero (a bar's length must mean
/// something); a line may zoom to its data, and then says so (see [`zoomed_from`]).
pub fn value_axis(m: &PublishedMetric<'_>) -> scale::Axis {
    scale::axis(&plotted_values(m), m.chart != ChartKind::Line, m.unit)
}

/// Where a line chart's value axis starts, when that is above zero and so makes any
/// change look larger: the chart draws a break mark and its description says so.
pub fn zoomed_from(m: &PublishedMetric<'_>) -> Option<f64> {
    (m.chart == ChartKind::Line)
        .then(|| value_axis(m).zoomed_from())
        .flatten()
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

/// What the legend names: the series when there are several, and in a narrow drawing
/// the reference lines.
fn legend_keys<'m>(m: &'m PublishedMetric<'_>, size: draw::Size, bars: bool) -> Vec<draw::Key<'m>> {
    let mut keys: Vec<draw::Key<'_>> = Vec::new();
    if m.series.len() > 1 {
        keys.extend(m.series.iter().enumerate().map(|(i, s)| {
            let style = palette::series(i);
            if bars {
                draw::Key::Bars(s.name, style)
            } else {
                draw::Key::Line(s.name, style)
            }
        }));
    }
    if size.narrow {
        keys.extend(draw::reference_lines(m).into_iter().map(|(dash, name, r)| {
            draw::Key::Reference(draw::reference_label(m.locale, &name, r, m.unit), dash)
        }));
    }
    keys
}

/// The legend strip above the plot, if there is anything to name; the plot gets the
/// rest of the area.
fn with_legend<'a>(
    area: &draw::Area<'a>,
    size: draw::Size,
    keys: &[draw::Key<'_>],
) -> draw::Result<draw::Area<'a>> {
    if keys.is_empty() {
        return Ok(area.clone());
    }
    let (top, rest) = area.split_vertically(draw::legend_height(size, keys.len()));
    draw::legend(&top, size, keys)?;
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
/// `<title>` and `<desc>` as its first children. Scales with its container; its class
/// says which drawing it is and whether it draws bars or lines.
fn accessible(svg: &str, size: draw::Size, bars: bool, title: &str, desc: &str) -> String {
    let Some(open_end) = svg.find('>') else {
        return svg.to_owned();
    };
    let open = &svg[..open_end];
    let open = open
        .replacen(&format!(" width=\"{}\"", size.width), "", 1)
        .replacen(&format!(" height=\"{}\"", size.height), "", 1);
    let width = if size.narrow {
        "lf-chart-narrow"
    } else {
        "lf-chart-wide"
    };
    let kind = if bars {
        "lf-chart-bars"
    } else {
        "lf-chart-line"
    };
    let class = format!("lf-chart {width} {kind}");
    format!(
        "{open} role=\"img\" aria-label=\"{}\" class=\"{class}\" preserveAspectRatio=\"xMidYMid meet\" font-family=\"{}\">\n<title>{}</title>\n<desc>{}</desc>{}",
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

/// Each metric's chart, drawn once: the same SVG goes inline on every page that shows
/// the metric and into `charts/<id>.svg`.
pub fn draw_all(
    site: &Site<'_>,
    wanted: impl Fn(&str) -> bool + Sync,
) -> Result<BTreeMap<String, Drawn>, Vec<Diagnostic>> {
    let mut charts = BTreeMap::new();
    let mut problems = Vec::new();
    let drawn: Vec<_> = site
        .metrics
        .par_iter()
        .filter(|m| wanted(m.id.as_str()))
        .map(|m| (m, render(m)))
        .collect();
    for (m, drawn) in drawn {
        match drawn {
            Ok(drawn) => {
                charts.insert(m.id.to_string(), drawn);
            }
            Err(e) => problems.push(
                Diagnostic::error_in(m.path, format!("the chart could not be drawn: {e}"))
                    .with_hint("please report this as a bug in leadfolio"),
            ),
        }
    }
    if problems.is_empty() {
        Ok(charts)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ChangeMode, Reference, X};
    use crate::publish::{PublishedPoint, PublishedSeries};
    use crate::syntax::id::Id;
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
            weight: None,
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
            protects_parts: false,
            locale: crate::i18n::Locale::english_shared(),
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
            .map(|d| X::Date(crate::syntax::date::PartialDate::parse(d).unwrap()))
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
        let drawn = render(&m).unwrap();
        for svg in [&drawn.wide, &drawn.narrow] {
            line_chart_checks(svg);
        }
    }

    fn line_chart_checks(svg: &str) {
        let doc = roxmltree::Document::parse(svg).expect("well-formed SVG");
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
        let svg = render(&m).unwrap().wide;
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

    fn dated(months: &[&str]) -> Vec<X> {
        months
            .iter()
            .map(|d| X::Date(crate::syntax::date::PartialDate::parse(d).unwrap()))
            .collect()
    }

    fn desc(svg: &str) -> String {
        let doc = roxmltree::Document::parse(svg).unwrap();
        let desc = doc.descendants().find(|n| n.has_tag_name("desc"));
        desc.and_then(|n| n.text()).unwrap_or_default().to_owned()
    }

    /// The break mark's two slanted strokes at the foot of the value axis.
    fn break_strokes(svg: &str) -> usize {
        svg.matches("stroke=\"#4F5D6B\" stroke-width=\"2\"").count()
    }

    #[test]
    fn a_line_chart_zoomed_to_its_data_marks_the_break_and_says_where_the_axis_starts() {
        let id = Id::parse("m").unwrap();
        let xs = dated(&["2023-06", "2024-06", "2025-06"]);
        let mut m = metric(
            &id,
            &xs,
            vec![vec![Some(48.0), Some(52.0), Some(56.0)]],
            ChartKind::Line,
            (None, None),
        );
        m.unit = "percentile points";
        let zoomed = render(&m).unwrap();
        let from = zoomed_from(&m).expect("48 to 56 is drawn zoomed");
        assert!(from > 0.0 && from <= 48.0);
        for svg in [&zoomed.wide, &zoomed.narrow] {
            assert_eq!(break_strokes(svg), 2, "two strokes mark the break");
            assert!(
                desc(svg).contains(&format!("The value axis starts at {}, not at zero", from)),
                "{}",
                desc(svg)
            );
        }
        // Data near zero are drawn from zero, with no break and nothing to say.
        let low = metric(
            &id,
            &xs,
            vec![vec![Some(2.0), Some(5.0), Some(9.0)]],
            ChartKind::Line,
            (None, None),
        );
        assert_eq!(zoomed_from(&low), None);
        let full = render(&low).unwrap();
        assert_eq!(break_strokes(&full.wide), 0);
        assert!(!desc(&full.wide).contains("starts at"));
    }

    #[test]
    fn bars_start_at_zero_and_percentages_stay_within_100() {
        let id = Id::parse("m").unwrap();
        let xs = vec![X::Label("Before".into()), X::Label("After".into())];
        for kind in [ChartKind::Bar, ChartKind::BeforeAfter] {
            for ys in [[61.0, 50.0], [96.0, 98.0], [-3.0, 4.0], [4000.0, 4100.0]] {
                let m = metric(
                    &id,
                    &xs,
                    vec![ys.iter().copied().map(Some).collect()],
                    kind,
                    (None, None),
                );
                let y = value_axis(&m);
                assert!(y.lo <= 0.0 && y.hi >= 0.0, "{kind:?} {ys:?}: {y:?}");
                assert!(
                    y.hi <= 100.0 || ys.iter().any(|v| *v > 100.0),
                    "{kind:?} {ys:?}: {y:?}"
                );
                assert_eq!(zoomed_from(&m), None);
            }
        }
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
                X::Date(crate::syntax::date::PartialDate::parse(&format!("{}-{:02}", 2000 + i / 12, i % 12 + 1)).unwrap())
            } else {
                X::Label(format!("Group with a long name {i}"))
            }).collect();
            let base = base.map(|value| Reference { label: None, value });
            let m = metric(&id, &xs, ys, kind, (base.as_ref(), None));
            let drawn = render(&m).map_err(TestCaseError::fail)?;
            prop_assert!(roxmltree::Document::parse(&drawn.wide).is_ok());
            prop_assert!(roxmltree::Document::parse(&drawn.narrow).is_ok());
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
