//! A sheet of an `.xlsx`, `.xls` or `.ods` workbook as a grid, read by `calamine`:
//! the first sheet unless `sheet:` names one, narrowed to `range:` (`B3:F40`) if given.

use super::cell::{Cell, Decimal};
use super::grid::{cell_ref as grid_ref, letters, Grid, Row};
use crate::syntax::date::PartialDate;
use calamine::{open_workbook_auto_from_rs, Data, Reader, SheetVisible, Sheets};
use std::io::Cursor;

/// A problem with the workbook as a whole, and what to change.
pub struct Refused {
    pub message: String,
    pub hint: String,
}

/// How many cells a sheet may hold (present in the file, empty or not). A school's
/// export has thousands; the bound keeps a crafted sheet from taking the machine.
pub const MAX_CELLS: usize = 2_000_000;

/// How many cells the rectangle that is read may span: the rows and columns between
/// the first and the last cell with a value (or `range:`), empty ones included.
pub const MAX_AREA: u64 = 4_000_000;

/// How large one file inside an `.xlsx` or `.ods` (a zip archive) may grow when it is
/// unpacked, and all of them together: a 1.5 MB workbook can hold a 1.5 GB string.
pub const MAX_ENTRY_BYTES: u64 = 64 * 1024 * 1024;
pub const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;
const MAX_ENTRIES: usize = 10_000;

pub fn read(bytes: &[u8], sheet: Option<&str>, range: Option<&str>) -> Result<Grid, Refused> {
    if bytes.starts_with(b"PK") {
        unpacked_within_bounds(bytes)?;
    }
    let mut workbook = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| Refused {
        message: format!("the workbook cannot be read: {e}"),
        hint: "save it again as .xlsx, .xls or .ods, or export the sheet as CSV".to_owned(),
    })?;
    let name = chosen_sheet(workbook.sheets_metadata(), sheet)?;
    let mut present = present_cells(&mut workbook, &name)?;
    // An `.xls` says a cell is a percentage only through formats calamine keeps to
    // itself: its cells are read as stored.
    let percent = match workbook {
        Sheets::Xlsx(_) => super::percent_format::xlsx_cells(bytes, &name, MAX_CELLS),
        Sheets::Ods(_) => super::percent_format::ods_cells(bytes, &name, MAX_CELLS),
        _ => Default::default(),
    };
    as_shown(&mut present, &percent);
    let (top, left, bottom, right) = bounds(&present, range, &name)?;
    let width = (right - left + 1) as usize;
    let mut rows: Vec<Row> = (top..=bottom)
        .map(|r| Row {
            cells: vec![Cell::Empty; width],
            places: (left..=right)
                .map(|c| (r as usize + 1, c as usize + 1))
                .collect(),
        })
        .collect();
    for (r, c, value) in present {
        if (top..=bottom).contains(&r) && (left..=right).contains(&c) {
            rows[(r - top) as usize].cells[(c - left) as usize] = value;
        }
    }
    Ok(Grid {
        rows,
        decimal: Decimal::Point,
        date_order: None,
        sheet: Some(name),
    })
}

/// The sheet `sheet` names, or the first one a reader of the workbook sees: a hidden
/// sheet (a lookup table, last year's figures) is read only when named.
fn chosen_sheet(sheets: &[calamine::Sheet], sheet: Option<&str>) -> Result<String, Refused> {
    let names: Vec<String> = sheets.iter().map(|s| s.name.clone()).collect();
    match sheet {
        Some(wanted) => names
            .iter()
            .find(|n| n.as_str() == wanted)
            .cloned()
            .ok_or_else(|| Refused {
                message: format!("the workbook has no sheet \"{wanted}\""),
                hint: format!("its sheets are: {}", quoted(&names)),
            }),
        None => sheets
            .iter()
            .find(|s| s.visible == SheetVisible::Visible)
            .map(|s| s.name.clone())
            .ok_or_else(|| Refused {
                message: if names.is_empty() {
                    "the workbook has no sheets".to_owned()
                } else {
                    "every sheet of the workbook is hidden".to_owned()
                },
                hint: if names.is_empty() {
                    "add the data to a sheet".to_owned()
                } else {
                    format!(
                        "name the sheet to read with `sheet:`; its sheets are: {}",
                        quoted(&names)
                    )
                },
            }),
    }
}

/// The cells of the sheet that hold a value, as (row, column, cell), 0-based. An
/// `.xlsx` sheet is read a cell at a time, so a stray cell at XFD1048576 costs one
/// cell, not the rectangle up to it.
fn present_cells(
    workbook: &mut Sheets<Cursor<&[u8]>>,
    name: &str,
) -> Result<Vec<(u32, u32, Cell)>, Refused> {
    let cannot = |e: &dyn std::fmt::Display| Refused {
        message: format!("the sheet \"{name}\" cannot be read: {e}"),
        hint: "save the workbook again, or export the sheet as CSV".to_owned(),
    };
    let too_many = || Refused {
        message: format!(
            "the sheet \"{name}\" has more than {} cells, more than leadfolio reads",
            group(MAX_CELLS as u64)
        ),
        hint: "copy the rows the metric needs to a sheet of their own, or export them as CSV"
            .to_owned(),
    };
    let mut present = Vec::new();
    if let Sheets::Xlsx(xlsx) = workbook {
        let mut reader = xlsx.worksheet_cells_reader(name).map_err(|e| cannot(&e))?;
        let mut seen = 0usize;
        while let Some(found) = reader.next_cell().map_err(|e| cannot(&e))? {
            seen += 1;
            if seen > MAX_CELLS {
                return Err(too_many());
            }
            // A shared string is copied once, here, into the cell.
            let value = cell(Data::from(found.get_value().clone()));
            if value != Cell::Empty {
                let (r, c) = found.get_position();
                present.push((r, c, value));
            }
        }
        drop(reader);
        // A formula saved without its value reads as an empty cell: read the formulas
        // too, so that such a cell is named instead of taken for a missing value.
        let valued: std::collections::HashSet<(u32, u32)> =
            present.iter().map(|(r, c, _)| (*r, *c)).collect();
        let mut reader = xlsx.worksheet_cells_reader(name).map_err(|e| cannot(&e))?;
        let mut seen = 0usize;
        while let Some(found) = reader.next_formula().map_err(|e| cannot(&e))? {
            seen += 1;
            if seen > MAX_CELLS {
                return Err(too_many());
            }
            let (r, c) = found.get_position();
            let formula = found.get_value();
            if !formula.is_empty() && !valued.contains(&(r, c)) {
                present.push((r, c, Cell::Formula(formula.clone())));
            }
        }
        return Ok(present);
    }
    // calamine reads the other kinds whole: `.ods` within its own bound on cells, `.xls`
    // within the format's (65,536 rows by 256 columns).
    let range = workbook.worksheet_range(name).map_err(|e| cannot(&e))?;
    for (r, c, value) in range.used_cells() {
        let value = cell(value.clone());
        if value != Cell::Empty {
            if present.len() >= MAX_CELLS {
                return Err(too_many());
            }
            let (top, left) = range.start().unwrap_or((0, 0));
            present.push((top + r as u32, left + c as u32, value));
        }
    }
    Ok(present)
}

/// A cell formatted as a percentage holds the fraction (0.38) and shows the percentage
/// (38%): it is read as shown, so that it means what it says under a `%` unit.
fn as_shown(present: &mut [(u32, u32, Cell)], percent: &std::collections::HashSet<(u32, u32)>) {
    for (r, c, cell) in present.iter_mut() {
        if let Cell::Number(v) = cell {
            if percent.contains(&(*r, *c)) {
                *v = super::scaled(*v, 100.0);
            }
        }
    }
}

/// Every file in the archive unpacked and counted, stopping at the bounds: the sizes
/// an archive declares can lie, the bytes it unpacks to cannot.
fn unpacked_within_bounds(bytes: &[u8]) -> Result<(), Refused> {
    let refused = |message: String| Refused {
        message,
        hint: "save the workbook again from its spreadsheet program, or export the sheet as CSV"
            .to_owned(),
    };
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        // Not an archive after all: calamine says what it is not.
        return Ok(());
    };
    if archive.len() > MAX_ENTRIES {
        return Err(refused(format!(
            "the workbook holds {} files, more than a workbook needs",
            archive.len()
        )));
    }
    let mut total = 0u64;
    for i in 0..archive.len() {
        let Ok(mut entry) = archive.by_index(i) else {
            continue;
        };
        let name = entry.name().to_owned();
        let unpacked = std::io::copy(
            &mut std::io::Read::take(&mut entry, MAX_ENTRY_BYTES + 1),
            &mut std::io::sink(),
        )
        .unwrap_or(0);
        if unpacked > MAX_ENTRY_BYTES {
            return Err(refused(format!(
                "the workbook's part {name} unpacks to more than {} MB",
                MAX_ENTRY_BYTES / 1024 / 1024
            )));
        }
        total += unpacked;
        if total > MAX_UNPACKED_BYTES {
            return Err(refused(format!(
                "the workbook unpacks to more than {} MB",
                MAX_UNPACKED_BYTES / 1024 / 1024
            )));
        }
    }
    Ok(())
}

/// The rows and columns to read (0-based, inclusive): those between the first and the
/// last cell with a value, within `range` if given.
fn bounds(
    present: &[(u32, u32, Cell)],
    range: Option<&str>,
    sheet: &str,
) -> Result<(u32, u32, u32, u32), Refused> {
    let empty = || Refused {
        message: match range {
            Some(written) => format!("the cells {written} of sheet \"{sheet}\" are empty"),
            None => "the sheet is empty".to_owned(),
        },
        hint: "put a header row and the data on it, or name another sheet with `sheet:`".to_owned(),
    };
    let limit = match range {
        Some(written) => Some(parse_range(written)?),
        None => None,
    };
    let within = |r: u32, c: u32| {
        limit.is_none_or(|(t, l, b, rt)| (t..=b).contains(&r) && (l..=rt).contains(&c))
    };
    let mut used: Option<(u32, u32, u32, u32)> = None;
    for &(r, c, _) in present.iter().filter(|(r, c, _)| within(*r, *c)) {
        used = Some(match used {
            None => (r, c, r, c),
            Some((t, l, b, rt)) => (t.min(r), l.min(c), b.max(r), rt.max(c)),
        });
    }
    let (top, left, bottom, right) = used.ok_or_else(empty)?;
    // A range's top-left corner stays where it was written: its first row is the
    // header even when a cell of it is empty.
    let (top, left) = limit.map_or((top, left), |(t, l, _, _)| (t, l));
    let area = u64::from(bottom - top + 1) * u64::from(right - left + 1);
    if area > MAX_AREA {
        let corner = |r: u32, c: u32| format!("{}{}", letters(c as usize + 1), r + 1);
        let far = present
            .iter()
            .filter(|(r, c, _)| within(*r, *c))
            .max_by_key(|(r, c, _)| u64::from(*r) * u64::from(*c))
            .map_or_else(|| corner(bottom, right), |(r, c, _)| corner(*r, *c));
        return Err(Refused {
            message: format!(
                "the sheet \"{sheet}\" has values from {} to {}, {} cells, more than leadfolio reads ({})",
                corner(top, left),
                corner(bottom, right),
                group(area),
                group(MAX_AREA)
            ),
            hint: format!(
                "clear the stray cell {far} if it is not data, or set `range:` to the data's cells, such as {}:{}",
                corner(top, left),
                corner(top.saturating_add(20), left.saturating_add(4))
            ),
        });
    }
    Ok((top, left, bottom, right))
}

/// `B3:F40` as 0-based (top, left, bottom, right).
fn parse_range(written: &str) -> Result<(u32, u32, u32, u32), Refused> {
    let corners = written
        .split_once(':')
        .and_then(|(a, b)| Some((grid_ref(a.trim())?, grid_ref(b.trim())?)));
    let Some(((r1, c1), (r2, c2))) = corners else {
        return Err(Refused {
            message: format!("`{written}` is not a range of cells"),
            hint: "write the top-left and bottom-right cells, such as B3:F40".to_owned(),
        });
    };
    let to = |n: usize| u32::try_from(n - 1).unwrap_or(u32::MAX);
    Ok((
        to(r1.min(r2)),
        to(c1.min(c2)),
        to(r1.max(r2)),
        to(c1.max(c2)),
    ))
}

/// 4000000 as `4,000,000`, for messages in English.
fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out
}

fn cell(value: Data) -> Cell {
    match value {
        Data::Empty => Cell::Empty,
        Data::Int(i) => Cell::Number(i as f64),
        Data::Float(f) => Cell::Number(f),
        Data::String(s) if s.trim().is_empty() => Cell::Empty,
        Data::String(s) => Cell::Text(s),
        Data::Bool(b) => Cell::Text(b.to_string()),
        Data::DateTime(d) => match d.as_datetime() {
            Some(t) => date(t.date()),
            None => Cell::Text(d.to_string()),
        },
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s),
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
