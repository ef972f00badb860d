//! A metric's points from the file its numbers live in: a CSV or TSV export, or a
//! sheet of an `.xlsx`, `.xls` or `.ods` workbook. Only the columns that make the
//! points are read; the file itself never reaches the site.

pub mod cell;
mod delimited;
mod grid;
mod percent_format;
mod shape;
mod workbook;

use crate::diagnostic::source_file::Pos;
use crate::diagnostic::Diagnostic;
use crate::disk::regular_file;
use crate::model::metric::DataSource;
use crate::model::Series;
use std::path::Path;

/// The kinds of file `data:` may name.
pub const EXTENSIONS: [&str; 5] = ["csv", "tsv", "xlsx", "xls", "ods"];

pub fn is_data_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// The series in `source` (a file of the portfolio at `root`, named by the metric
/// file `metric`), named `title` when the file does not name them. Every problem goes
/// to `problems`, each at its row and column; `None` when the file cannot be read.
pub fn read(
    root: &Path,
    metric: &Path,
    source: &DataSource,
    title: &str,
    problems: &mut Vec<Diagnostic>,
) -> Option<Vec<Series>> {
    let grid = match grid(root, metric, source) {
        Ok(mut grid) => {
            grid.date_order = source.date_order;
            grid
        }
        Err(d) => {
            problems.push(d);
            return None;
        }
    };
    match shape::series(&grid, &source.columns, title) {
        Ok((mut series, wrong)) => {
            if let Some(scale) = source.scale {
                for point in series.iter_mut().flat_map(|s| &mut s.points) {
                    point.y = scaled(point.y, scale);
                }
            }
            let found = !wrong.is_empty();
            problems.extend(wrong.into_iter().map(|w| at_cell(metric, source, &grid, w)));
            if series.iter().all(|s| s.points.is_empty()) && !found {
                problems.push(
                    Diagnostic::error_at_path(&source.path, Pos::START, "the file has no points")
                        .with_hint("add a row per point under the header row"),
                );
            }
            Some(series)
        }
        Err(w) => {
            problems.push(at_cell(metric, source, &grid, w));
            None
        }
    }
}

/// The file as a grid of cells, or why it cannot be read.
fn grid(root: &Path, metric: &Path, source: &DataSource) -> Result<grid::Grid, Diagnostic> {
    let bytes = regular_file::read_within(root, &source.path).map_err(|e| {
        let why = if e.kind() == std::io::ErrorKind::NotFound {
            format!("the data file {} does not exist", slash(&source.path))
        } else {
            format!("the data file {} cannot be read: {e}", slash(&source.path))
        };
        Diagnostic::error_at_path(metric, source.pos, why).with_hint(
            "`data:` names a file relative to the metric file, such as growth.csv beside it",
        )
    })?;
    let extension = source
        .path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if extension == "csv" || extension == "tsv" {
        let text = String::from_utf8(bytes).map_err(|_| {
            Diagnostic::error_in(&source.path, "the file is not UTF-8 text")
                .with_hint("save it again as \"CSV UTF-8\" (Excel) or with the UTF-8 encoding")
        })?;
        return delimited::read(&text, extension == "tsv").map_err(|why| {
            Diagnostic::error_in(
                &source.path,
                format!("the file cannot be read as CSV: {why}"),
            )
            .with_hint("check the quotes: a field that opens a quote must close it")
        });
    }
    workbook::read(&bytes, source.sheet.as_deref(), source.range.as_deref())
        .map_err(|r| Diagnostic::error_in(&source.path, r.message).with_hint(r.hint))
}

/// A wrong cell's message at its place in the file; a problem with the header row as
/// a whole is placed at its first cell.
fn at_cell(
    metric: &Path,
    source: &DataSource,
    grid: &grid::Grid,
    wrong: shape::Wrong,
) -> Diagnostic {
    if let Some(pos) = wrong.in_metric {
        return Diagnostic::error_at_path(metric, pos, wrong.message).with_hint(wrong.hint);
    }
    let (line, column) = if grid.rows.is_empty() {
        (1, 1)
    } else {
        grid.place(wrong.row, wrong.column)
    };
    Diagnostic::error_at_path(&source.path, Pos { line, column }, wrong.message)
        .with_hint(wrong.hint)
}

/// `value` × `by`, as a person would write it: 0.55 × 100 is 55.00000000000001 in
/// binary, and a spreadsheet's or an export's number has a few decimals at most.
fn scaled(value: f64, by: f64) -> f64 {
    (value * by * 1e9).round() / 1e9
}

fn slash(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}
