//! Which cells of an `.xlsx` sheet are formatted as percentages. Excel shows 38% and
//! stores 0.38; calamine gives the 0.38 and no word of the format, so a metric under a
//! `%` unit read "0.38%" and published a false headline. The workbook's styles say
//! which number formats are percentages, and each cell of the sheet names its style.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::collections::HashSet;
use std::io::{BufReader, Cursor, Read};

/// The places (row, column, 0-based) of the cells of sheet `name` whose number format
/// is a percentage, `limit` at most; empty when none is, or the workbook is not an
/// `.xlsx`.
pub fn cells(bytes: &[u8], name: &str, limit: usize) -> HashSet<(u32, u32)> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return HashSet::new();
    };
    let mut part = |path: &str| -> Option<Vec<u8>> {
        let mut entry = archive.by_name(path).ok()?;
        let mut out = Vec::new();
        entry.read_to_end(&mut out).ok()?;
        Some(out)
    };
    let styles = part("xl/styles.xml")
        .map(|xml| percent_styles(&xml))
        .unwrap_or_default();
    if styles.is_empty() {
        return HashSet::new();
    }
    let Some(path) = part("xl/workbook.xml")
        .and_then(|xml| sheet_id(&xml, name))
        .and_then(|id| part("xl/_rels/workbook.xml.rels").and_then(|xml| target(&xml, &id)))
    else {
        return HashSet::new();
    };
    part(&path).map_or_else(HashSet::new, |xml| styled_cells(&xml, &styles, limit))
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
