//! HTML rendered once with holes where a page's own values go, and filled for each
//! page that shows it. An artefact's card is on the evidence list and on the page of
//! every competency it shows, at other depths (its links are relative) and under
//! other headings: it is rendered once, and each page fills in its way to the site
//! root and its heading level.
//!
//! A hole is a name between two [`MARK`](crate::mark::MARK)s, which the text a card
//! shows never holds (`mark.rs`). Holes suit HTML made by templates only: Markdown
//! percent-encodes the mark inside a link. So quotes (Markdown) are made once per
//! depth ([`super::per_depth`]), and so are shortcodes and the matrix, which pages
//! show at one or two depths.

use crate::mark::{each_hole, Strays};

/// Where the way back to the site root (`../../`) goes.
pub const ROOT: &str = "\u{FFFC}root\u{FFFC}";

/// Where the heading level (`2`) goes.
pub const LEVEL: &str = "\u{FFFC}level\u{FFFC}";

/// `holed` with its holes filled for a page at `root` whose cards take `level`
/// headings (2 to 6).
pub fn fill(holed: &str, root: &str, level: u8) -> String {
    let level = char::from_digit(u32::from(level.clamp(1, 6)), 10).unwrap_or('6');
    let mut out = String::with_capacity(holed.len() + 64);
    each_hole(holed, &mut out, Strays::Keep, |name, out| {
        match name {
            "root" => out.push_str(root),
            "level" => out.push(level),
            _ => return None,
        }
        Some(())
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mark::MARK;

    #[test]
    fn holes_take_the_page_values() {
        let holed = format!("<h{LEVEL}><a href=\"{ROOT}evidence/a/\">A</a></h{LEVEL}>");
        assert_eq!(
            fill(&holed, "../", 2),
            "<h2><a href=\"../evidence/a/\">A</a></h2>"
        );
        assert_eq!(fill("no holes", "../", 2), "no holes");
    }

    #[test]
    fn an_unknown_name_is_left_as_written() {
        let holed = format!("a{MARK}other{MARK}b{ROOT}c{MARK}");
        assert_eq!(
            fill(&holed, "../", 3),
            format!("a{MARK}other{MARK}b../c{MARK}")
        );
    }
}
