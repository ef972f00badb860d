//! The one character users' text never holds. Rendering uses it to mark places it
//! fills in later: a shortcode's HTML in a narrative, a page's own links and heading
//! level in a card rendered once for many pages. So that every mark is ours, it is
//! replaced wherever text comes in: a file as read and a YAML string as decoded
//! (`"\uFFFC"`) by the loader, Markdown text as decoded (`&#xFFFC;`) by the renderer.
//! Raw HTML, whose entities only the sanitiser decodes, cannot be cleaned so: a
//! shortcode's mark also carries a seal (`render/markdown.rs`).

/// U+FFFC OBJECT REPLACEMENT CHARACTER: a word processor leaves it where an object
/// (an image) did not come along in a copy, so it carries nothing a reader needs.
pub const MARK: char = '\u{FFFC}';

/// What takes its place: a zero-width space, invisible like it and as long in bytes,
/// so every position in the file stays true.
const STAND_IN: &str = "\u{200B}";

/// `text` without the mark.
pub fn unmarked(text: String) -> String {
    if text.contains(MARK) {
        text.replace(MARK, STAND_IN)
    } else {
        text
    }
}

/// The same for borrowed text, copied only when it holds the mark.
pub fn unmarked_str(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(MARK) {
        text.replace(MARK, STAND_IN).into()
    } else {
        text.into()
    }
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
        assert_eq!(unmarked_str("plain"), "plain");
    }
}
