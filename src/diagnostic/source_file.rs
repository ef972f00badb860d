//! A file the user wrote, kept in memory so diagnostics can quote it.

use std::path::PathBuf;

/// A position in a source file: 1-based line, 1-based column in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

impl Pos {
    pub const fn new(line: usize, column: usize) -> Self {
        Pos { line, column }
    }

    /// The start of a file, for problems that concern the whole file.
    pub const START: Pos = Pos { line: 1, column: 1 };

    /// This position moved down by `lines`, for text that starts below the file's top
    /// (front matter, a Markdown body).
    pub fn below(self, lines: usize) -> Pos {
        Pos {
            line: self.line + lines,
            column: self.column,
        }
    }
}

/// A user file: its path relative to the portfolio folder (how we name it to the
/// user) and its text, with CRLF line endings and any byte-order mark removed.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
}

impl SourceFile {
    /// A file's text, kept as given (no copy of a whole portfolio's text) unless it
    /// starts with a byte-order mark or has CRLF line ends.
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        let mut text = text.into();
        if text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        // Windows editors save CRLF; positions are counted in lines, so dropping the
        // CR keeps every line and column the user sees in their editor.
        if text.contains('\r') {
            text = text.replace("\r\n", "\n");
        }
        SourceFile {
            path: path.into(),
            text,
        }
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: usize) -> Option<&str> {
        self.text.lines().nth(line.checked_sub(1)?)
    }

    /// `pos`, or the end of the text if `pos` lies past its last line: a parser that
    /// ran out of text reports the line after the end, which no editor shows.
    pub fn within(&self, pos: Pos) -> Pos {
        if self.line_text(pos.line).is_some() {
            return pos;
        }
        self.pos_of(self.text.trim_end_matches('\n').len())
    }

    /// The position of a byte offset into `text`.
    pub fn pos_of(&self, offset: usize) -> Pos {
        pos_in(&self.text, offset)
    }
}

/// The position of a byte offset into `text` (clamped to its end).
pub fn pos_in(text: &str, offset: usize) -> Pos {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = memchr::memchr_iter(b'\n', before.as_bytes()).count() + 1;
    let line_start = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    Pos { line, column }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_position_past_the_end_is_the_end() {
        let file = SourceFile::new("m.yaml", "title: x\nh\n");
        assert_eq!(file.within(Pos::new(3, 1)), Pos::new(2, 2));
        assert_eq!(file.within(Pos::new(2, 1)), Pos::new(2, 1));
        let cut = SourceFile::new("m.yaml", "title: x\nh");
        assert_eq!(cut.within(Pos::new(3, 1)), Pos::new(2, 2));
        assert_eq!(SourceFile::new("e", "").within(Pos::new(2, 1)), Pos::START);
    }

    #[test]
    fn crlf_and_bom_are_removed() {
        let f = SourceFile::new("a.md", "\u{feff}a\r\nb\r\n");
        assert_eq!(f.text, "a\nb\n");
        assert_eq!(f.line_text(2), Some("b"));
    }

    #[test]
    fn positions_count_characters() {
        assert_eq!(pos_in("ab\ncé d", 7), Pos::new(2, 4));
        assert_eq!(pos_in("ab", 99), Pos::new(1, 3));
    }
}
