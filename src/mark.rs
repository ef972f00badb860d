//! The one character rendering uses to mark places it fills in later: a page's own
//! links and heading level in a card rendered once for many pages
//! (`render/holes.rs`), a shortcode's HTML and a link to another artefact in a
//! narrative (`render/markdown.rs`, where each mark also carries a seal, as raw HTML
//! may spell the character).
//! Cards show text from YAML only, so decoding YAML is the one place the character
//! is kept out of users' text, escapes (`"\uFFFC"`) included.

use memchr::memmem::Finder;
use std::sync::LazyLock;

/// U+FFFC OBJECT REPLACEMENT CHARACTER: a word processor leaves it where an object
/// (an image) did not come along in a copy, so it carries nothing a reader needs.
pub const MARK: char = '\u{FFFC}';

/// What takes its place: a zero-width space, invisible like it and as long in bytes.
const STAND_IN: &str = "\u{200B}";

/// The mark's bytes, searched for in every page's HTML.
static FINDER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("\u{FFFC}"));

/// Where the first mark in `text` is.
fn find_mark(text: &str) -> Option<usize> {
    FINDER.find(text.as_bytes())
}

/// `text` without the mark.
pub fn unmarked(text: String) -> String {
    if find_mark(&text).is_some() {
        text.replace(MARK, STAND_IN)
    } else {
        text
    }
}

/// What becomes of a mark that opens no hole: text can hold the character too.
#[derive(Clone, Copy, PartialEq)]
pub enum Strays {
    Keep,
    Drop,
}

/// Copy `text` to `out`, giving the name between each pair of marks to `fill`, which
/// writes what goes there; a mark `fill` does not take (`None`) is a stray.
pub fn each_hole(
    text: &str,
    out: &mut String,
    strays: Strays,
    mut fill: impl FnMut(&str, &mut String) -> Option<()>,
) {
    let mut rest = text;
    while let Some(start) = find_mark(rest) {
        out.push_str(&rest[..start]);
        let after = &rest[start + MARK.len_utf8()..];
        let taken = find_mark(after).and_then(|end| fill(&after[..end], out).map(|()| end));
        match taken {
            Some(end) => rest = &after[end + MARK.len_utf8()..],
            None => {
                if strays == Strays::Keep {
                    out.push(MARK);
                }
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mark_becomes_an_invisible_space_of_the_same_length() {
        let text = format!("a{MARK}b");
        let clean = unmarked(text.clone());
        assert_eq!(clean, "a\u{200B}b");
        assert_eq!(clean.len(), text.len());
        assert_eq!(unmarked("plain".into()), "plain");
    }
}
