//! Which cells of a workbook's sheet hold percentages. Excel and LibreOffice show 38%
//! and store 0.38; calamine gives the 0.38 and no word of the format, so a metric under
//! a `%` unit read "0.38%" and published a false headline. In an `.xlsx` the styles say
//! which number formats are percentages and each cell names its style; in an `.ods`
//! each cell says its value is a percentage.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::collections::HashSet;
use std::io::{BufReader, Cursor, Read};

/// The places (row, column, 0-based) of the cells of the `.xlsx` sheet `name` whose
/// number format is a percentage, `limit` at most; empty when none is.
pub fn xlsx_cells(bytes: &[u8], name: &str, limit: usize) -> HashSet<(u32, u32)> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return HashSet::new();
    };
    let mut read = |path: &str| part(&mut archive, path);
    let styles = read("xl/styles.xml")
        .map(|xml| percent_styles(&xml))
        .unwrap_or_default();
    if styles.is_empty() {
        return HashSet::new();
    }
    let Some(path) = read("xl/workbook.xml")
        .and_then(|xml| sheet_id(&xml, name))
        .and_then(|id| read("xl/_rels/workbook.xml.rels").and_then(|xml| target(&xml, &id)))
    else {
        return HashSet::new();
    };
    read(&path).map_or_else(HashSet::new, |xml| styled_cells(&xml, &styles, limit))
}

/// The places of the cells of the `.ods` sheet `name` whose value is a percentage
/// (`office:value-type="percentage"`), `limit` at most. They are counted as calamine
/// counts them: a row or cell repeated (`number-rows-repeated`,
/// `number-columns-repeated`) takes that many places, covered cells take theirs, and
/// what is inside a cell (a note, a table) is not a cell of the sheet.
pub fn ods_cells(bytes: &[u8], name: &str, limit: usize) -> HashSet<(u32, u32)> {
    let mut cells = HashSet::new();
    let Some(xml) = zip::ZipArchive::new(Cursor::new(bytes))
        .ok()
        .and_then(|mut archive| part(&mut archive, "content.xml"))
    else {
        return cells;
    };
    let mut reader = Reader::from_reader(BufReader::new(&xml[..]));
    // `<table:table-cell/>` is a cell as `<table:table-cell></table:table-cell>` is.
    reader.config_mut().expand_empty_elements = true;
    let mut buf = Vec::new();
    let mut skipped = Vec::new();
    let mut in_sheet = false;
    let mut row = 0u64;
    // The percentage columns of the row being read, and how many times it repeats.
    let mut columns: Vec<u64> = Vec::new();
    let mut column = 0u64;
    let mut row_repeats = 1u64;
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => match e.local_name().as_ref() {
                b"table" if !in_sheet => {
                    in_sheet = attribute(&e, b"name").as_deref() == Some(name);
                }
                b"table-row" if in_sheet => {
                    row_repeats = repeats(&e, b"number-rows-repeated");
                    columns.clear();
                    column = 0;
                }
                b"table-cell" | b"covered-table-cell" if in_sheet => {
                    let n = repeats(&e, b"number-columns-repeated");
                    if attribute(&e, b"value-type").as_deref() == Some("percentage") {
                        columns.extend((column..column.saturating_add(n)).take(limit));
                    }
                    column = column.saturating_add(n);
                    let end = e.to_end().into_owned();
                    if reader.read_to_end_into(end.name(), &mut skipped).is_err() {
                        break;
                    }
                }
                _ => {}
            },
            Ok(Event::End(e)) => match e.local_name().as_ref() {
                b"table-row" if in_sheet => {
                    if !columns.is_empty() {
                        place(&mut cells, row, row_repeats, &columns, limit);
                    }
                    row = row.saturating_add(row_repeats);
                }
                b"table" if in_sheet => break,
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    cells
}

/// The places of `columns` in `repeats` rows from `row` on, up to `limit` places in all.
fn place(cells: &mut HashSet<(u32, u32)>, row: u64, repeats: u64, columns: &[u64], limit: usize) {
    // No sheet has rows past u32's range: a repeat count that reaches it places nothing.
    let end = row.saturating_add(repeats).min(u64::from(u32::MAX) + 1);
    for r in row..end {
        for &c in columns {
            if cells.len() >= limit {
                return;
            }
            if let (Ok(r), Ok(c)) = (u32::try_from(r), u32::try_from(c)) {
                cells.insert((r, c));
            }
        }
    }
}

/// How many rows or columns an element stands for (its `number-…-repeated`, else 1).
fn repeats(e: &BytesStart<'_>, name: &[u8]) -> u64 {
    attribute(e, name)
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(1)
        .max(1)
}

/// The unpacked bytes of the file at `path` in the archive. The workbook's parts were
/// measured before it was read (`workbook::unpacked_within_bounds`).
fn part(archive: &mut zip::ZipArchive<Cursor<&[u8]>>, path: &str) -> Option<Vec<u8>> {
    let mut entry = archive.by_name(path).ok()?;
    let mut out = Vec::new();
    entry.read_to_end(&mut out).ok()?;
    Some(out)
}

/// Each start or empty element of `xml`, in order, to `each`.
fn elements(xml: &[u8], mut each: impl FnMut(&BytesStart<'_>)) {
    let mut reader = Reader::from_reader(BufReader::new(xml));
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) => each(&e),
            Ok(Event::Eof) | Err(_) => return,
            _ => {}
        }
        buf.clear();
    }
}

fn attribute(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name || a.key.local_name().as_ref() == name)
        .and_then(|a| {
            let raw = String::from_utf8_lossy(&a.value).into_owned();
            quick_xml::escape::unescape(&raw)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// The indices of the cell styles (`cellXfs`) whose number format is a percentage:
/// the built-in formats 9 (`0%`) and 10 (`0.00%`), or a custom format with a `%`
/// outside quotes.
fn percent_styles(xml: &[u8]) -> HashSet<u32> {
    let mut custom = HashSet::new();
    let mut in_cell_styles = false;
    let mut index = 0u32;
    let mut styles = HashSet::new();
    let mut reader = Reader::from_reader(BufReader::new(xml));
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) => match e.local_name().as_ref() {
                b"numFmt" => {
                    let id = attribute(&e, b"numFmtId").and_then(|v| v.parse::<u32>().ok());
                    let code = attribute(&e, b"formatCode").unwrap_or_default();
                    if let (Some(id), true) = (id, is_percent(&code)) {
                        custom.insert(id);
                    }
                }
                b"cellXfs" => in_cell_styles = true,
                b"xf" if in_cell_styles => {
                    let format = attribute(&e, b"numFmtId").and_then(|v| v.parse::<u32>().ok());
                    if format.is_some_and(|f| f == 9 || f == 10 || custom.contains(&f)) {
                        styles.insert(index);
                    }
                    index += 1;
                }
                _ => {}
            },
            Ok(Event::End(e)) if e.local_name().as_ref() == b"cellXfs" => in_cell_styles = false,
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    styles
}

/// Whether a number format shows a percentage: a `%` that is not quoted text or
/// escaped, in the format for positive numbers (before the first `;`).
fn is_percent(code: &str) -> bool {
    let mut quoted = false;
    let mut escaped = false;
    for c in code.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => quoted = !quoted,
            ';' if !quoted => return false,
            '%' if !quoted => return true,
            _ => {}
        }
    }
    false
}

/// The relationship id of the sheet called `name`.
fn sheet_id(xml: &[u8], name: &str) -> Option<String> {
    let mut found = None;
    elements(xml, |e| {
        if found.is_none()
            && e.local_name().as_ref() == b"sheet"
            && attribute(e, b"name").as_deref() == Some(name)
        {
            found = attribute(e, b"r:id").or_else(|| attribute(e, b"id"));
        }
    });
    found
}

/// The path in the archive of the part with relationship `id`.
fn target(xml: &[u8], id: &str) -> Option<String> {
    let mut found = None;
    elements(xml, |e| {
        if found.is_none() && attribute(e, b"Id").as_deref() == Some(id) {
            found = attribute(e, b"Target");
        }
    });
    let target = found?;
    Some(match target.strip_prefix('/') {
        Some(absolute) => absolute.to_owned(),
        None => format!("xl/{target}"),
    })
}

/// The places of the sheet's cells whose style is one of `styles`.
fn styled_cells(xml: &[u8], styles: &HashSet<u32>, limit: usize) -> HashSet<(u32, u32)> {
    let mut cells = HashSet::new();
    elements(xml, |e| {
        if e.local_name().as_ref() != b"c" {
            return;
        }
        let style = attribute(e, b"s").and_then(|s| s.parse::<u32>().ok());
        let place = attribute(e, b"r").and_then(|r| super::grid::cell_ref(&r));
        if let (Some(style), Some((row, column))) = (style, place) {
            if styles.contains(&style) && cells.len() < limit {
                cells.insert((row as u32 - 1, column as u32 - 1));
            }
        }
    });
    cells
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// An `.ods` whose `content.xml` holds `tables`.
    fn ods(tables: &str) -> Vec<u8> {
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        out.start_file("content.xml", options).unwrap();
        write!(
            out,
            r#"<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"#
        )
        .unwrap();
        out.finish().unwrap().into_inner()
    }

    fn sorted(cells: HashSet<(u32, u32)>) -> Vec<(u32, u32)> {
        let mut cells: Vec<_> = cells.into_iter().collect();
        cells.sort();
        cells
    }

    #[test]
    fn an_ods_cells_percentages_are_found_where_calamine_puts_them() {
        let pct = r#"<table:table-cell office:value-type="percentage" office:value="0.38"><text:p>38%</text:p></table:table-cell>"#;
        let bytes = ods(&format!(
            r#"<table:table table:name="Other"><table:table-row>{pct}</table:table-row></table:table>
            <table:table table:name="Fluency">
              <table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="3"/>{pct}</table:table-row>
              <table:table-row-group><table:table-row><table:covered-table-cell/><table:table-cell office:value-type="float" office:value="90"><office:annotation><text:p>a note</text:p></office:annotation></table:table-cell>{pct}</table:table-row></table:table-row-group>
              <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
            </table:table>"#
        ));
        assert_eq!(
            sorted(ods_cells(&bytes, "Fluency", 100)),
            vec![(0, 3), (1, 3), (2, 2)],
            "repeated rows and columns, covered cells and notes counted as calamine counts them"
        );
        assert_eq!(sorted(ods_cells(&bytes, "Other", 100)), vec![(0, 0)]);
        assert!(ods_cells(&bytes, "Missing", 100).is_empty());
        assert_eq!(ods_cells(&bytes, "Fluency", 2).len(), 2, "at most `limit`");
        assert!(ods_cells(b"not a workbook", "Fluency", 100).is_empty());
        let huge = ods(&format!(
            r#"<table:table table:name="S"><table:table-row table:number-rows-repeated="18446744073709551615"><table:table-cell table:number-columns-repeated="18446744073709551615"/></table:table-row><table:table-row table:number-rows-repeated="99999999999">{pct}</table:table-row></table:table>"#
        ));
        assert!(
            ods_cells(&huge, "S", 100).is_empty(),
            "repeat counts past the sheet's last row place nothing, and end"
        );
    }

    #[test]
    fn percentage_formats_are_known_by_their_percent_sign() {
        assert!(is_percent("0%"));
        assert!(is_percent("0.0%;[Red]-0.0%"));
        assert!(!is_percent("0.00"));
        assert!(!is_percent("0\" %\""));
        assert!(!is_percent("0\\%"));
        assert!(!is_percent("0;0%"));
    }
}
