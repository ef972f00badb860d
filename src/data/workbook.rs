//! A sheet of an `.xlsx`, `.xls` or `.ods` workbook as a grid, read by `calamine`:
//! the first sheet unless `sheet:` names one, narrowed to `range:` (`B3:F40`) if given.

use super::cell::{Cell, Decimal};
use super::grid::{cell_ref, Grid, Row};
use crate::model::date::PartialDate;
use calamine::{open_workbook_auto_from_rs, Data, Reader};
use std::io::Cursor;

/// A problem with the workbook as a whole, and what to change.
pub struct Refused {
    pub message: String,
    pub hint: String,
}

pub fn read(bytes: Vec<u8>, sheet: Option<&str>, range: Option<&str>) -> Result<Grid, Refused> {
    let mut workbook = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| Refused {
        message: format!("the workbook cannot be read: {e}"),
        hint: "save it again as .xlsx, .xls or .ods, or export the sheet as CSV".to_owned(),
    })?;
    let names = workbook.sheet_names();
    let name = match sheet {
        Some(wanted) => names
            .iter()
            .find(|n| n.as_str() == wanted)
            .cloned()
            .ok_or_else(|| Refused {
                message: format!("the workbook has no sheet \"{wanted}\""),
                hint: format!("its sheets are: {}", quoted(&names)),
            })?,
        None => names.first().cloned().ok_or_else(|| Refused {
            message: "the workbook has no sheets".to_owned(),
            hint: "add the data to a sheet".to_owned(),
        })?,
    };
    let cells = workbook.worksheet_range(&name).map_err(|e| Refused {
        message: format!("the sheet \"{name}\" cannot be read: {e}"),
        hint: "save the workbook again, or export the sheet as CSV".to_owned(),
    })?;
    let (top, left, bottom, right) = bounds(&cells, range)?;
    let mut rows = Vec::new();
    for r in top..=bottom {
        let mut row = Row {
            cells: Vec::new(),
            places: Vec::new(),
        };
        for c in left..=right {
            let value = cells.get_value((r, c)).unwrap_or(&Data::Empty);
            row.cells.push(cell(value));
            row.places.push((r as usize + 1, c as usize + 1));
        }
        rows.push(row);
    }
    Ok(Grid {
        rows,
        decimal: Decimal::Point,
        sheet: Some(name),
    })
}

/// The rows and columns to read (0-based, inclusive): the sheet's used cells, or
/// `range`.
fn bounds(
    cells: &calamine::Range<Data>,
    range: Option<&str>,
) -> Result<(u32, u32, u32, u32), Refused> {
    if let Some(written) = range {
        let corners = written
            .split_once(':')
            .and_then(|(a, b)| Some((cell_ref(a.trim())?, cell_ref(b.trim())?)));
        let Some(((r1, c1), (r2, c2))) = corners else {
            return Err(Refused {
                message: format!("`{written}` is not a range of cells"),
                hint: "write the top-left and bottom-right cells, such as B3:F40".to_owned(),
            });
        };
        let to = |n: usize| u32::try_from(n - 1).unwrap_or(u32::MAX);
        return Ok((
            to(r1.min(r2)),
            to(c1.min(c2)),
            to(r1.max(r2)),
            to(c1.max(c2)),
        ));
    }
    match (cells.start(), cells.end()) {
        (Some((top, left)), Some((bottom, right))) => Ok((top, left, bottom, right)),
        _ => Err(Refused {
            message: "the sheet is empty".to_owned(),
            hint: "put a header row and the data on it, or name another sheet with `sheet:`"
                .to_owned(),
        }),
    }
}

fn cell(value: &Data) -> Cell {
    match value {
        Data::Empty => Cell::Empty,
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::String(s) if s.trim().is_empty() => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Bool(b) => Cell::Text(b.to_string()),
        Data::DateTime(d) => match d.as_datetime() {
            Some(t) => date(t.date()),
            None => Cell::Text(d.to_string()),
        },
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Text(format!("#{e}")),
    }
}

fn date(d: chrono::NaiveDate) -> Cell {
    use chrono::Datelike;
    match PartialDate::parse(&format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())) {
        Ok(date) => Cell::Date(date),
        Err(_) => Cell::Text(d.to_string()),
    }
}

fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}
