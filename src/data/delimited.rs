//! A CSV or TSV file as a grid, read by the `csv` crate. A file whose first line has
//! more `;` than `,` is separated by `;`, and then writes numbers with a decimal comma
//! (`48,5`), as spreadsheets do where the comma is the decimal mark.

use super::cell::{Cell, Decimal};
use super::grid::{Grid, Row};

/// `text` (the file, UTF-8) as a grid; `tab` for a `.tsv` file.
pub fn read(text: &str, tab: bool) -> Result<Grid, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let separator = if tab { b'\t' } else { separator(text) };
    let decimal = if separator == b';' {
        Decimal::Comma
    } else {
        Decimal::Point
    };
    let lines: Vec<&str> = text.lines().collect();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| e.to_string())?;
        let line = record.position().map_or(1, |p| p.line() as usize);
        let starts = lines
            .get(line - 1)
            .map(|l| field_columns(l, separator))
            .filter(|s| s.len() == record.len());
        let places = (0..record.len())
            .map(|i| (line, starts.as_ref().map_or(i + 1, |s| s[i])))
            .collect();
        let cells = record
            .iter()
            .map(|f| {
                if f.trim().is_empty() {
                    Cell::Empty
                } else {
                    Cell::Text(f.to_owned())
                }
            })
            .collect();
        rows.push(Row { cells, places });
    }
    Ok(Grid {
        rows,
        decimal,
        date_order: None,
        sheet: None,
    })
}

/// `;` when the first line has more of them than commas, else `,`.
fn separator(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let count = |c: char| first.chars().filter(|&x| x == c).count();
    if count(';') > count(',') {
        b';'
    } else {
        b','
    }
}

/// The character column (1-based) where each field of `line` starts, so that a
/// message's caret points at the cell. Quotes are followed only to skip separators
/// inside them; the `csv` crate has already read the values.
fn field_columns(line: &str, separator: u8) -> Vec<usize> {
    let mut starts = vec![1];
    let mut quoted = false;
    for (i, c) in line.chars().enumerate() {
        if c == '"' {
            quoted = !quoted;
        } else if !quoted && c == separator as char {
            starts.push(i + 2);
        }
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_semicolon_file_uses_the_decimal_comma_and_cells_know_their_column() {
        let grid = read("\u{feff}Term;\"Median; SGP\";n\n2024-09;48,5;142\n", false).unwrap();
        assert_eq!(grid.decimal, Decimal::Comma);
        assert_eq!(grid.rows.len(), 2);
        assert_eq!(grid.cell(0, 1), &Cell::Text("Median; SGP".into()));
        assert_eq!(grid.place(1, 1), (2, 9));
        assert_eq!(grid.cell(1, 1).number(grid.decimal), Ok(Some(48.5)));
    }

    #[test]
    fn commas_and_tabs() {
        let grid = read("x,y\n2024,\"1,234\"\n", false).unwrap();
        assert_eq!(grid.decimal, Decimal::Point);
        assert_eq!(grid.cell(1, 1).number(grid.decimal), Ok(Some(1234.0)));
        let grid = read("x\ty\n2024\t5\n", true).unwrap();
        assert_eq!(grid.cell(1, 1), &Cell::Text("5".into()));
        assert_eq!(grid.cell(1, 5), &Cell::Empty);
    }
}
