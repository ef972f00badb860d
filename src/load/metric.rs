//! Reading a metric file.

use crate::diagnostic::source_file::Pos;
use crate::diagnostic::source_file::SourceFile;
use crate::diagnostic::Diagnostic;
use crate::model::metric::default_change_mode;
use crate::model::metric::{Columns, DataSource};
use crate::model::{ChangeMode, ChartKind, Metric, Point, Reference, Series, X};
use crate::syntax::date_as_typed::DateOrder;
use crate::syntax::fields::{self, Fields, Problem, Problems};
use crate::syntax::id::Id;
use crate::syntax::yaml::{Node, Value};
use std::path::{Component, Path, PathBuf};

/// The metric file `file` of the portfolio at `root`, with its points read from its
/// data file if it names one; a date such as `9/5/2024` there is read in
/// `date_order` (the portfolio language's) unless the metric says otherwise.
pub fn read(
    root: &Path,
    file: &SourceFile,
    id: Id,
    date_order: Option<DateOrder>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Metric> {
    let mut problems = Vec::new();
    let read = super::parse_yaml(&file.text, 1, &mut problems)
        .and_then(|node| read_node(&node, id, file, &mut problems));
    diags.extend(problems.into_iter().map(|p| p.into_diagnostic(file)));
    let (mut metric, chart_written) = read?;
    let Some(data) = metric.data.as_mut() else {
        diags.extend(unknown_whole(&metric, &metric.path));
        return Some(metric);
    };
    data.date_order = data.date_order.or(date_order);
    let source = data.clone();
    let mut found = Vec::new();
    if let Some(series) = crate::data::read(root, &metric.path, &source, &metric.title, &mut found)
    {
        // Problems with the points as a whole are placed at the first of them.
        let at = series
            .iter()
            .find_map(|s| s.points.first())
            .map_or(source.pos, |p| p.pos);
        let chart = chart_written.then_some(metric.chart);
        for problem in check_points(&series, chart, at, at) {
            found.push(problem.into_diagnostic_at(&source.path));
        }
        if !chart_written {
            metric.chart = default_chart(&series);
        }
        metric.series = series;
        if let Some(d) = fractions_under_percent(&metric, &source) {
            found.push(d);
        }
        found.extend(unknown_whole(&metric, &metric.path));
    }
    diags.extend(found);
    // Kept with the points that were read, so that the checks after loading (a value
    // without its `n`) report the file's other problems in the same run.
    Some(metric)
}

/// `parts_of:` must name one of the metric's series.
fn unknown_whole(metric: &Metric, path: &Path) -> Option<Diagnostic> {
    let whole = metric.parts_of.as_ref()?;
    let names = metric.series.iter().map(|s| s.name.as_str());
    if metric.series.iter().any(|s| s.name == whole.value) {
        return None;
    }
    let listed = names
        .clone()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let hint = match crate::diagnostic::did_you_mean(&whole.value, names) {
        Some(near) => format!("did you mean \"{near}\"? The series are: {listed}"),
        None => format!("the series are: {listed}"),
    };
    Some(
        Diagnostic::error_at_path(
            path,
            whole.pos,
            format!(
                "`parts_of` names \"{}\", which is not a series of this metric",
                whole.value
            ),
        )
        .with_hint(hint),
    )
}

/// Fractions (0.38) from a file under a `%` unit, against a baseline or target written
/// as a percentage (38), would chart 0.38% beside a target of 75%: a contradiction to
/// resolve, never a silent chart.
fn fractions_under_percent(metric: &Metric, source: &DataSource) -> Option<Diagnostic> {
    if metric.unit.trim() != "%" || source.scale.is_some() {
        return None;
    }
    let values: Vec<f64> = metric
        .series
        .iter()
        .flat_map(|s| &s.points)
        .map(|p| p.y)
        .collect();
    let largest = values.iter().fold(0.0f64, |m, v| m.max(v.abs()));
    let fractions = !values.is_empty() && largest <= 1.0 && largest > 0.0;
    let (name, written) = [("baseline", &metric.baseline), ("target", &metric.target)]
        .into_iter()
        .find_map(|(name, r)| {
            r.as_ref()
                .filter(|r| r.value.abs() > 1.0)
                .map(|r| (name, r.value))
        })?;
    fractions.then(|| {
        let file = source.path.file_name().unwrap_or_default().to_string_lossy();
        Diagnostic::error_at_path(
            &metric.path,
            source.pos,
            format!(
                "the values in {file} are fractions (the largest is {largest}), but the unit is % and the {name} is {written}"
            ),
        )
        .with_hint("write `scale: 100` to read 0.38 as 38%, or multiply the values in the file by 100; if the values are meant as fractions, write the unit, baseline and target as fractions too")
    })
}

/// A line chart when every x is a date, else bars.
fn default_chart(series: &[Series]) -> ChartKind {
    if Metric::all_dated(series) {
        ChartKind::Line
    } else {
        ChartKind::Bar
    }
}

/// The metric, and whether its chart kind was written (a data file's points decide
/// it otherwise, once read).
fn read_node(
    node: &Node,
    id: Id,
    file: &SourceFile,
    problems: &mut Problems,
) -> Option<(Metric, bool)> {
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
    let parts_of = f.optional("parts_of", |n, p| {
        fields::nonempty_text(n, p).map(|value| fields::Spanned { value, pos: n.pos })
    });
    let weight = f.optional("weight", fields::integer);
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
    let data = f.optional("data", |n, p| data_path(n, &file.path, p));
    let data_node = f.node("data");
    let sheet = f.optional("sheet", fields::nonempty_text);
    let range = f.optional("range", fields::nonempty_text);
    let columns = f.optional("columns", columns).unwrap_or_default();
    let date_order = f.optional("date_order", |n, p| {
        fields::one_of(
            n,
            p,
            &[
                ("mdy", DateOrder::Mdy),
                ("dmy", DateOrder::Dmy),
                ("ymd", DateOrder::Ymd),
            ],
        )
    });
    let scale = f.optional("scale", fields::number);
    let series = match (series_node, points_node) {
        _ if data_node.is_some() => {
            if let Some(written) = series_node.or(points_node) {
                f.problems().push(
                    Problem::new(
                        written.pos,
                        "a metric takes its points from `data:` or from the metric file, not both",
                    )
                    .hint("remove these points, or `data:`"),
                );
            }
            Some(Vec::new())
        }
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
                    "add `points:` with items like `- { x: 2025-03, y: 56, n: 139 }`, `series:`, or `data:` naming a CSV or spreadsheet file",
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
    let data = match (data_node, data) {
        (Some(_), None) => return None,
        (Some(at), Some(path)) => Some(DataSource {
            path,
            sheet,
            range,
            columns,
            date_order,
            scale,
            pos: at.pos,
        }),
        (None, _) => None,
    };
    // Points from a data file are read and checked once the file is (`load::data`).
    if data.is_none() {
        let at = series_node.or(points_node).unwrap_or(node).pos;
        problems.extend(check_points(
            &series,
            chart,
            at,
            chart_node.unwrap_or(node).pos,
        ));
    }
    let chart_written = chart.is_some();
    let chart = chart.unwrap_or_else(|| default_chart(&series));
    let metric = Metric {
        id,
        path: file.path.clone(),
        title,
        change: change.unwrap_or_else(|| default_change_mode(&unit)),
        unit,
        description,
        source,
        higher_is_better,
        about_people,
        weight,
        chart,
        baseline,
        target,
        series,
        data,
        parts_of,
    };
    Some((metric, chart_written))
}

/// `data: growth.csv`: a file relative to the metric file, inside the portfolio
/// folder, of a kind leadfolio reads. The path returned is from the portfolio folder.
fn data_path(node: &Node, metric_file: &Path, problems: &mut Problems) -> Option<PathBuf> {
    let written = fields::nonempty_text(node, problems)?;
    let mut path = PathBuf::new();
    let folder = metric_file.parent().unwrap_or(Path::new(""));
    let joined = folder.join(&written);
    for part in joined.components() {
        match part {
            Component::Normal(p) => path.push(p),
            Component::CurDir => {}
            Component::ParentDir if path.pop() => {}
            _ => {
                problems.push(
                    Problem::new(node.pos, format!("`{written}` is outside the portfolio folder"))
                        .hint("put the file in metrics/ (or assets/) and name it from the metric file, such as growth.csv"),
                );
                return None;
            }
        }
    }
    if !crate::data::is_data_file(&path) {
        problems.push(
            Problem::new(
                node.pos,
                format!("`{written}` is not a CSV or spreadsheet file"),
            )
            .hint("name a .csv, .tsv, .xlsx, .xls or .ods file"),
        );
        return None;
    }
    Some(path)
}

/// `columns: { x: Term, y: "Median SGP", n: Students, series: Group }`.
fn columns(node: &Node, problems: &mut Problems) -> Option<Columns> {
    let mut f = Fields::of(node, "`columns`", problems)?;
    // Each name with where it is written: a name the file's header lacks is an error
    // there.
    let name = |n: &Node, p: &mut Problems| {
        fields::nonempty_text(n, p).map(|value| fields::Spanned { value, pos: n.pos })
    };
    let columns = Columns {
        x: f.optional("x", name),
        y: f.optional("y", name),
        n: f.optional("n", name),
        series: f.optional("series", name),
    };
    f.finish();
    Some(columns)
}

/// What is wrong with a metric's points: `at` is where a problem with the points as a
/// whole is reported, `chart_at` one with the chart kind.
pub fn check_points(
    series: &[Series],
    chart: Option<ChartKind>,
    at: Pos,
    chart_at: Pos,
) -> Problems {
    let mut problems = Vec::new();
    check_series(series, at, &mut problems);
    if chart == Some(ChartKind::BeforeAfter) {
        check_before_after(series, chart_at, &mut problems);
    }
    problems
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

/// A date when it is written like one, else a label ([`X::from_text`]).
fn x_value(node: &Node, problems: &mut Problems) -> Option<X> {
    let written = fields::nonempty_text(node, problems)?;
    match X::from_text(&written) {
        Ok(x) => Some(x),
        Err(why) => {
            problems.push(
                Problem::new(node.pos, format!("`{written}` is not a valid date: {why}"))
                    .hint("write YYYY-MM-DD, YYYY-MM or YYYY, or a label such as \"Fall 2024\""),
            );
            None
        }
    }
}

fn check_series(series: &[Series], at: Pos, problems: &mut Problems) {
    if series.is_empty() {
        problems.push(
            Problem::new(at, "the metric has no series")
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
    // The first point whose x is of the other kind than the first point's is where
    // the axis starts to mix.
    let mut points = series.iter().flat_map(|s| &s.points);
    let first_is_date = points.next().map(|p| matches!(p.x, X::Date(_)));
    let other = points.find(|p| Some(matches!(p.x, X::Date(_))) != first_is_date);
    if let Some(p) = other {
        problems.push(
            Problem::new(p.pos, "this metric mixes dates and labels on its x axis")
                .hint("write every x as a date, or every x as a label"),
        );
    }
}

fn check_before_after(series: &[Series], at: Pos, problems: &mut Problems) {
    for s in series
        .iter()
        .filter(|s| s.points.len() != 2 && !s.points.is_empty())
    {
        problems.push(
            Problem::new(
                at,
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
