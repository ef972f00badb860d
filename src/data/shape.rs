//! The two shapes people export, read into series. **Long**: a row per point, with
//! columns for x, y and optionally n and the series' name. **Wide**: x in the first
//! column, a column per series, and optionally `<series> (n)` columns for the counts.
//! A file is long when it has a y column (named `y`, or in `columns:`), else wide.
//! Headers are matched ignoring case and spaces.

use super::cell::Cell;
use super::grid::Grid;
use crate::diagnostic::source_file::Pos;
use crate::model::metric::Columns;
use crate::model::{Point, Series};
use crate::syntax::fields::Spanned;

/// A cell that is not what its column needs: where it is in the grid, and why.
pub struct Wrong {
    pub row: usize,
    pub column: usize,
    pub message: String,
    pub hint: String,
    /// Where in the metric file the problem is written, when it is there (a column
    /// named in `columns:` that the file lacks) rather than in the file.
    pub in_metric: Option<Pos>,
}

/// The grid's series, in the order they first appear, and every wrong cell.
pub fn series(
    grid: &Grid,
    columns: &Columns,
    title: &str,
) -> Result<(Vec<Series>, Vec<Wrong>), Wrong> {
    let Some(header) = grid.rows.first() else {
        return Err(Wrong {
            row: 0,
            column: 0,
            message: "the file is empty".to_owned(),
            hint: "put a header row first, then a row per point".to_owned(),
            in_metric: None,
        });
    };
    let headers: Vec<String> = header.cells.iter().map(Cell::shown).collect();
    let find = |wanted: Option<&Spanned<String>>,
                default: &str,
                role: &str|
     -> Result<Option<usize>, Wrong> {
        let name = wanted.map_or(default, |w| w.value.as_str());
        match headers.iter().position(|h| same(h, name)) {
            Some(i) => Ok(Some(i)),
            None => match wanted {
                Some(written) => {
                    let near = crate::diagnostic::did_you_mean(
                        name,
                        headers.iter().map(|h| h.trim()).filter(|h| !h.is_empty()),
                    );
                    let has = format!("the header row has: {}", list(&headers));
                    Err(Wrong {
                        row: 0,
                        column: 0,
                        message: format!("the file has no column \"{name}\" for {role}"),
                        hint: match near {
                            Some(near) => format!("did you mean \"{near}\"? {has}"),
                            None => has,
                        },
                        in_metric: Some(written.pos),
                    })
                }
                None => Ok(None),
            },
        }
    };
    let y = find(columns.y.as_ref(), "y", "the values (y)")?;
    let x = find(columns.x.as_ref(), "x", "x")?.unwrap_or(0);
    let mut read = Reading {
        grid,
        headers: &headers,
        series: Vec::new(),
        wrong: Vec::new(),
    };
    match y {
        Some(y) => {
            let n = find(columns.n.as_ref(), "n", "the counts (n)")?;
            let name = find(columns.series.as_ref(), "series", "the series' names")?;
            read.long(x, y, n, name, title);
        }
        None => read.wide(x),
    }
    Ok((read.series, read.wrong))
}

struct Reading<'g> {
    grid: &'g Grid,
    headers: &'g [String],
    series: Vec<Series>,
    wrong: Vec<Wrong>,
}

impl Reading<'_> {
    fn long(&mut self, x: usize, y: usize, n: Option<usize>, name: Option<usize>, title: &str) {
        for row in 1..self.grid.rows.len() {
            if self.blank(row, &[Some(x), Some(y), n, name]) {
                continue;
            }
            let series = match name.map(|c| self.grid.cell(row, c)) {
                Some(cell) if !cell.is_empty() => cell.shown().trim().to_owned(),
                _ => title.to_owned(),
            };
            self.point(row, x, y, n, &series);
        }
    }

    fn wide(&mut self, x: usize) {
        let counts: Vec<(usize, String)> = self
            .headers
            .iter()
            .enumerate()
            .filter_map(|(i, h)| Some((i, count_of(h)?.to_owned())))
            .collect();
        let values: Vec<usize> = (0..self.headers.len())
            .filter(|&i| i != x && !self.headers[i].trim().is_empty())
            .filter(|&i| count_of(&self.headers[i]).is_none())
            .collect();
        if values.is_empty() {
            self.wrong.push(Wrong {
                row: 0,
                column: 0,
                message: "there is no column of values".to_owned(),
                hint: "name a column `y` (a row per point), or give each series a column after the x column".to_owned(),
                in_metric: None,
            });
        }
        for row in 1..self.grid.rows.len() {
            let mut read: Vec<Option<usize>> = values.iter().map(|&c| Some(c)).collect();
            read.push(Some(x));
            if self.blank(row, &read) {
                continue;
            }
            for &column in &values {
                let name = self.headers[column].trim().to_owned();
                let n = counts.iter().find(|(_, s)| same(s, &name)).map(|(c, _)| *c);
                self.point(row, x, column, n, &name);
            }
        }
    }

    /// Whether every cell of `row` in `columns` is empty: a blank line or a total
    /// row's gap is not a point.
    fn blank(&self, row: usize, columns: &[Option<usize>]) -> bool {
        columns
            .iter()
            .flatten()
            .all(|&c| self.grid.cell(row, c).is_empty())
    }

    /// The point of `series` in `row`, if its value is not empty.
    fn point(&mut self, row: usize, x: usize, y: usize, n: Option<usize>, series: &str) {
        let decimal = self.grid.decimal;
        let value = match self.grid.cell(row, y).number(decimal) {
            Ok(Some(v)) => v,
            // An empty cell is a missing value, not a zero.
            Ok(None) => return,
            Err(wanted) => {
                return self.wrong(row, y, wanted, "leave the cell empty for a missing value")
            }
        };
        let x_value = match self.grid.cell(row, x).x(self.grid.date_order) {
            Ok(Some(v)) => v,
            Ok(None) => {
                return self.wrong(
                    row,
                    x,
                    "an x value (a date such as 2024-09, or a label)",
                    "fill in the x of this row",
                )
            }
            Err(why) => {
                let hint = format!(
                    "{why}; write YYYY-MM-DD, YYYY-MM or YYYY, or a label such as \"Fall 2024\""
                );
                return self.wrong(row, x, "a date or a label", &hint);
            }
        };
        let count = match n.map(|c| self.grid.cell(row, c).count(decimal)) {
            None | Some(Ok(None)) => None,
            Some(Ok(Some(count))) => Some(count),
            Some(Err(wanted)) => {
                return self.wrong(
                    row,
                    n.unwrap_or(0),
                    wanted,
                    "leave it empty if the count is not known",
                )
            }
        };
        let (line, column) = self.grid.place(row, y);
        let point = Point {
            x: x_value,
            y: value,
            n: count,
            pos: Pos { line, column },
        };
        match self.series.iter_mut().find(|s| s.name == series) {
            Some(s) => s.points.push(point),
            None => self.series.push(Series {
                name: series.to_owned(),
                points: vec![point],
            }),
        }
    }

    fn wrong(&mut self, row: usize, column: usize, wanted: &str, hint: &str) {
        let cell = self.grid.cell(row, column).shown();
        let header = self.headers.get(column).map_or("", String::as_str);
        if let Cell::Formula(formula) = self.grid.cell(row, column) {
            let message = format!(
                "{} holds the formula `={formula}` but not its value",
                self.grid.name_cell(row, column, header)
            );
            return self.wrong.push(Wrong {
                row,
                column,
                message,
                hint: "the program that saved the file did not calculate it: open the file in Excel or LibreOffice Calc and save it again, or export the sheet as CSV".to_owned(),
                in_metric: None,
            });
        }
        self.wrong.push(Wrong {
            row,
            column,
            message: format!(
                "`{}` in {} is not {wanted}",
                cell.trim(),
                self.grid.name_cell(row, column, header)
            ),
            hint: hint.to_owned(),
            in_metric: None,
        });
    }
}

/// `Pilot classrooms (n)` -> `Pilot classrooms`.
fn count_of(header: &str) -> Option<&str> {
    let h = header.trim();
    let stem = h.strip_suffix("(n)").or_else(|| h.strip_suffix("(N)"))?;
    Some(stem.trim_end())
}

/// Header names match whatever their case and spacing.
fn same(a: &str, b: &str) -> bool {
    let squeeze = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect()
    };
    squeeze(a) == squeeze(b)
}

fn list(headers: &[String]) -> String {
    headers
        .iter()
        .filter(|h| !h.trim().is_empty())
        .map(|h| format!("\"{}\"", h.trim()))
        .collect::<Vec<_>>()
        .join(", ")
}
