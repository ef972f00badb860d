//! A rectangle of cells read from a data file, and where each cell is in it: a line
//! and a character column in delimited text (so the message can quote the line), a
//! row and a column in a workbook's sheet.

use super::cell::{Cell, Decimal};
use crate::syntax::date_as_typed::DateOrder;

pub struct Grid {
    /// The header row first.
    pub rows: Vec<Row>,
    pub decimal: Decimal,
    /// Which way round a date such as `9/5/2024` is read, if the portfolio says.
    pub date_order: Option<DateOrder>,
    /// The sheet's name, for a workbook.
    pub sheet: Option<String>,
}

pub struct Row {
    pub cells: Vec<Cell>,
    /// Each cell's place: (line or row, column), 1-based.
    pub places: Vec<(usize, usize)>,
}

impl Grid {
    /// Where the cell at `row`, `column` of the grid is in its file; a cell past the
    /// end of a short row is placed just after its last one.
    pub fn place(&self, row: usize, column: usize) -> (usize, usize) {
        let r = &self.rows[row];
        match r.places.get(column) {
            Some(place) => *place,
            None => r
                .places
                .last()
                .map_or((1, 1), |&(line, col)| (line, col + 1)),
        }
    }

    pub fn cell(&self, row: usize, column: usize) -> &Cell {
        self.rows[row].cells.get(column).unwrap_or(&Cell::Empty)
    }

    /// How a message names a cell: `column "Median SGP"` in text, and in a workbook
    /// also `cell C14 of sheet "Fidelity"`.
    pub fn name_cell(&self, row: usize, column: usize, header: &str) -> String {
        match &self.sheet {
            None => format!("column \"{header}\""),
            Some(sheet) => {
                let (r, c) = self.place(row, column);
                format!(
                    "column \"{header}\", cell {}{r} of sheet \"{sheet}\"",
                    letters(c)
                )
            }
        }
    }
}

/// A column's letters as a spreadsheet shows them: 1 -> A, 27 -> AA.
pub fn letters(mut column: usize) -> String {
    let mut out = Vec::new();
    while column > 0 {
        let rem = (column - 1) % 26;
        out.push(b'A' + rem as u8);
        column = (column - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// `C14` -> (row 14, column 3), 1-based.
pub fn cell_ref(written: &str) -> Option<(usize, usize)> {
    let split = written.find(|c: char| c.is_ascii_digit())?;
    let (col, row) = written.split_at(split);
    if col.is_empty() || !col.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let column = col.bytes().try_fold(0usize, |acc, b| {
        acc.checked_mul(26)?
            .checked_add((b.to_ascii_uppercase() - b'A' + 1) as usize)
    })?;
    let row = row.parse::<usize>().ok().filter(|&r| r > 0)?;
    Some((row, column))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_as_a_spreadsheet_names_them() {
        assert_eq!(letters(1), "A");
        assert_eq!(letters(26), "Z");
        assert_eq!(letters(27), "AA");
        assert_eq!(cell_ref("B3"), Some((3, 2)));
        assert_eq!(cell_ref("aa10"), Some((10, 27)));
        assert_eq!(cell_ref("3B"), None);
        assert_eq!(cell_ref("B0"), None);
    }
}
