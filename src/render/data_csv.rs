//! A metric's published values as CSV, for a table too long to show whole: one row
//! per point (long form), so it opens the same in any spreadsheet. Built from the
//! published metric, so a suppressed value is as absent here as on the page, and says
//! why in the page's words.

use crate::publish::PublishedMetric;
use crate::view::metric::suppressed_text;

pub fn csv(m: &PublishedMetric<'_>) -> Vec<u8> {
    let suppressed = suppressed_text(m);
    let mut out = csv::Writer::from_writer(Vec::new());
    let x_heading = if m.dated() { "date" } else { "group" };
    // Writing to memory cannot fail.
    let _ = out.write_record([x_heading, "series", "value", "n", "note"]);
    for s in &m.series {
        for p in &s.points {
            let (value, note) = match p.value {
                Some(v) => (v.to_string(), String::new()),
                None => (String::new(), suppressed.clone()),
            };
            let n = p.n.map(|n| n.to_string()).unwrap_or_default();
            let _ = out.write_record([defused(&p.x.label()), defused(s.name), value, n, note]);
        }
    }
    out.into_inner().unwrap_or_default()
}

/// Text a spreadsheet would take for a formula (`=`, `+`, `-`, `@` first) is kept as
/// text with a leading apostrophe: a label must never run as a formula on a panel
/// member's machine.
fn defused(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_plain_text_is_not() {
        assert_eq!(defused("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defused("Fall 2024"), "Fall 2024");
    }
}
