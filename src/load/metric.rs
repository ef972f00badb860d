//! Reading a metric file.

use crate::diagnostic::source_file::SourceFile;
use crate::diagnostic::Diagnostic;
use crate::model::date::PartialDate;
use crate::model::id::Id;
use crate::model::metric::default_change_mode;
use crate::model::{ChangeMode, ChartKind, Metric, Point, Reference, Series, X};
use crate::syntax::fields::{self, Fields, Problem, Problems};
use crate::syntax::yaml::{Node, Value};

pub fn read(file: &SourceFile, id: Id, diags: &mut Vec<Diagnostic>) -> Option<Metric> {
    let mut problems = Vec::new();
    let metric = super::parse_yaml(&file.text, 1, &mut problems)
        .and_then(|node| read_node(&node, id, file, &mut problems));
    diags.extend(problems.into_iter().map(|p| p.into_diagnostic(file)));
    metric
}

fn read_node(node: &Node, id: Id, file: &SourceFile, problems: &mut Problems) -> Option<Metric> {
    let mut f = Fields::of(node, "the metric", problems)?;
    let title = f.required("title", fields::nonempty_text);
    let unit = f
        .optional("unit", fields::text)
        .unwrap_or_default()
        .trim()
        .to_owned();
    let description = f.optional("description", fields::nonempty_text);
    let source = f.optional("source", fields::nonempty_text);
    let higher_is_better = f
        .optional("higher_is_better", fields::boolean)
        .unwrap_or(true);
    let about_people = f.optional("about_people", fields::boolean).unwrap_or(true);
    let chart = f.optional("chart", |n, p| {
        fields::one_of(
            n,
            p,
            &[
                ("line", ChartKind::Line),
                ("bar", ChartKind::Bar),
                ("before-after", ChartKind::BeforeAfter),
            ],
        )
    });
    let chart_node = f.node("chart");
    let change = f.optional("change", |n, p| {
        fields::one_of(
            n,
            p,
            &[
                ("absolute", ChangeMode::Absolute),
                ("relative", ChangeMode::Relative),
            ],
        )
    });
    let baseline = f.optional("baseline", reference);
    let target = f.optional("target", reference);
    let series_node = f.node("series");
    let points_node = f.node("points");
    let series = match (series_node, points_node) {
        (Some(_), Some(p)) => {
            f.problems().push(
                Problem::new(p.pos, "a metric has either `series` or `points`, not both")
                    .hint("move these points into a series"),
            );
            None
        }
        (Some(s), None) => Some(fields::list_of(s, f.problems(), series)),
        (None, Some(p)) => Some(vec![Series {
            name: String::new(),
            points: points(p, f.problems()),
        }]),
        (None, None) => {
            f.problems()
                .push(Problem::new(node.pos, "the metric has no data").hint(
                    "add `points:` with items like `- { x: 2025-03, y: 56, n: 139 }`, or `series:`",
                ));
            None
        }
    };
    f.finish();
    let mut series = series?;
    let title = title?;
    for s in series.iter_mut().filter(|s| s.name.is_empty()) {
        s.name = title.clone();
    }
    check_series(
        &series,
        series_node.or(points_node).unwrap_or(node),
        problems,
    );
    let chart = chart.unwrap_or(if Metric::all_dated(&series) {
        ChartKind::Line
    } else {
        ChartKind::Bar
    });
    if chart == ChartKind::BeforeAfter {
        check_before_after(&series, chart_node.unwrap_or(node), problems);
    }
    Some(Metric {
        id,
        path: file.path.clone(),
        title,
        change: change.unwrap_or_else(|| default_change_mode(&unit)),
        unit,
        description,
        source,
        higher_is_better,
        about_people,
        chart,
        baseline,
        target,
        series,
    })
}

/// `48` or `{ label: Fall 2024, value: 48 }`.
fn reference(node: &Node, problems: &mut Problems) -> Option<Reference> {
    if let Value::Map(_) = node.value {
        let mut f = Fields::of(node, "this reference value", problems)?;
        let label = f.optional("label", fields::nonempty_text);
        let value = f.required("value", fields::number);
        f.finish();
        return Some(Reference {
            label,
            value: value?,
        });
    }
    Some(Reference {
        label: None,
        value: fields::number(node, problems)?,
    })
}

fn series(node: &Node, problems: &mut Problems) -> Option<Series> {
    let mut f = Fields::of(node, "a series", problems)?;
    let name = f.required("name", fields::nonempty_text);
    let points = f.required("points", |n, p| Some(points(n, p)));
    f.finish();
    Some(Series {
        name: name?,
        points: points?,
    })
}

/// A list of points, which must not be empty (a point that fails to parse is reported
/// on its own and does not count as "no points").
fn points(node: &Node, problems: &mut Problems) -> Vec<Point> {
    if matches!(&node.value, Value::Seq(items) if items.is_empty()) {
        problems.push(
            Problem::new(node.pos, "there are no points here")
                .hint("add points like `- { x: 2025-03, y: 56, n: 139 }`"),
        );
    }
    fields::list_of(node, problems, point)
}

fn point(node: &Node, problems: &mut Problems) -> Option<Point> {
    let mut f = Fields::of(node, "a point", problems)?;
    let x = f.required("x", x_value);
    let y = f.required("y", fields::number);
    let n = f.optional("n", fields::count);
    f.finish();
    Some(Point {
        x: x?,
        y: y?,
        n,
        pos: node.pos,
    })
}

/// A date when it is written like one, else a label. A school year (`2024-25`) is a
/// label; `2025-13` is a mistake, not a label, so it is reported.
fn x_value(node: &Node, problems: &mut Problems) -> Option<X> {
    let written = fields::nonempty_text(node, problems)?;
    let looks_dated = written.len() >= 4
        && written.bytes().all(|b| b.is_ascii_digit() || b == b'-')
        && written.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    if !looks_dated || is_school_year(&written) {
        return Some(X::Label(written));
    }
    match PartialDate::parse(&written) {
        Ok(d) => Some(X::Date(d)),
        Err(why) => {
            problems.push(
                Problem::new(node.pos, format!("`{written}` is not a valid date: {why}"))
                    .hint("write YYYY-MM-DD, YYYY-MM or YYYY, or a label such as \"Fall 2024\""),
            );
            None
        }
    }
}

/// `2024-25`: the second part is the year after the first.
fn is_school_year(s: &str) -> bool {
    let Some((a, b)) = s.split_once('-') else {
        return false;
    };
    let digits = |t: &str, n: usize| t.len() == n && t.bytes().all(|c| c.is_ascii_digit());
    digits(a, 4)
        && digits(b, 2)
        && a.parse::<u32>()
            .is_ok_and(|y| format!("{:02}", (y + 1) % 100) == b)
}

fn check_series(series: &[Series], at: &Node, problems: &mut Problems) {
    if series.is_empty() {
        problems.push(
            Problem::new(at.pos, "the metric has no series")
                .hint("add at least one series with points"),
        );
    }
    for s in series {
        let mut seen = std::collections::HashSet::new();
        for p in &s.points {
            if !seen.insert(&p.x) {
                problems.push(
                    Problem::new(
                        p.pos,
                        format!(
                            "the series \"{}\" has two points at `{}`",
                            s.name,
                            p.x.label()
                        ),
                    )
                    .hint("keep one value per x"),
                );
            }
        }
    }
    let dated = series
        .iter()
        .flat_map(|s| &s.points)
        .filter(|p| matches!(p.x, X::Date(_)))
        .count();
    let total = series.iter().map(|s| s.points.len()).sum::<usize>();
    if dated != 0 && dated != total {
        problems.push(
            Problem::new(at.pos, "this metric mixes dates and labels on its x axis")
                .hint("write every x as a date, or every x as a label"),
        );
    }
}

fn check_before_after(series: &[Series], at: &Node, problems: &mut Problems) {
    for s in series
        .iter()
        .filter(|s| s.points.len() != 2 && !s.points.is_empty())
    {
        problems.push(
            Problem::new(
                at.pos,
                format!(
                    "a before-after chart needs exactly two points; the series \"{}\" has {}",
                    s.name,
                    s.points.len()
                ),
            )
            .hint("keep the before and the after point, or use `chart: line`"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn school_years_are_labels_and_bad_months_are_errors() {
        assert!(is_school_year("2024-25"));
        assert!(is_school_year("1999-00"));
        assert!(!is_school_year("2024-26"));
        assert!(!is_school_year("2024-05"));
        let node = crate::syntax::yaml::parse("a: 2024-25\nb: 2025-13\nc: 2025-03\n", 1).unwrap();
        let mut problems = Vec::new();
        assert_eq!(
            x_value(node.get("a").unwrap(), &mut problems),
            Some(X::Label("2024-25".into()))
        );
        assert_eq!(x_value(node.get("b").unwrap(), &mut problems), None);
        assert!(matches!(
            x_value(node.get("c").unwrap(), &mut problems),
            Some(X::Date(_))
        ));
        assert_eq!(problems.len(), 1);
    }
}
