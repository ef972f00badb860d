//! Problems in the user's content, as data: collected across a whole portfolio and
//! printed together, each naming its file, line and column and what to change.

pub mod report;
pub mod source_file;

use crate::diagnostic::source_file::{Pos, SourceFile};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};
use unicode_width::UnicodeWidthChar;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub path: PathBuf,
    pub pos: Pos,
    /// How many characters the caret underlines (at least one).
    pub width: usize,
    /// The quoted source line, when the problem is inside a file's text.
    pub source_line: Option<String>,
    pub message: String,
    pub hint: Option<String>,
    /// What the build keeps home by this note, for `check --privacy`.
    pub kept: Option<Kept>,
}

/// What a note about something left unpublished is about, as the privacy report
/// groups it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kept {
    Private,
    Draft,
    Consent,
    OnlyPrivateUses,
    SmallGroup,
    Withheld,
    Metadata,
}

impl Kept {
    /// The report's name for the group.
    pub fn label(self) -> &'static str {
        match self {
            Kept::Private => "private work",
            Kept::Draft => "draft",
            Kept::Consent => "no consent",
            Kept::OnlyPrivateUses => "only private work uses it",
            Kept::SmallGroup => "small group",
            Kept::Withheld => "withheld for a small group",
            Kept::Metadata => "image metadata",
        }
    }
}

impl Diagnostic {
    /// A problem at a position inside `file`.
    pub fn error_at(file: &SourceFile, pos: Pos, message: impl Into<String>) -> Self {
        let mut d = Diagnostic {
            pos,
            ..Diagnostic::error_in(&file.path, message)
        };
        d.quote(file);
        d
    }

    /// Quote the line of `file` the problem is on, with its position moved inside
    /// the file if it lies past the end.
    fn quote(&mut self, file: &SourceFile) {
        self.pos = file.within(self.pos);
        self.source_line = file.line_text(self.pos.line).map(str::to_owned);
        self.width = token_width(self.source_line.as_deref(), self.pos.column);
    }

    /// A problem at a position in a file that is not at hand; [`quote_sources`] reads
    /// the line when the report is printed.
    pub fn error_at_path(path: impl AsRef<Path>, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            pos,
            ..Diagnostic::error_in(path, message)
        }
    }

    /// A problem with a file as a whole (it cannot be read, two files share an id).
    pub fn error_in(path: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.as_ref().to_path_buf(),
            pos: Pos::START,
            width: 0,
            source_line: None,
            message: message.into(),
            hint: None,
            kept: None,
        }
    }

    /// The note says what the build keeps home, and why.
    pub fn kept(mut self, kept: Kept) -> Self {
        self.kept = Some(kept);
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// The same problem, named from a parent folder (a showcase names its members'
    /// files from the showcase folder).
    pub fn in_folder(mut self, folder: &str) -> Self {
        self.path = Path::new(folder).join(&self.path);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The width of what starts at a 1-based column: a quoted string, a shortcode
/// (`{{ ... }}`), a Markdown link (`[text](url)`), a flow list or mapping, a value
/// of a block mapping or sequence (`language: english please`, to its end or its
/// comment), or a word up to the next space, comma or bracket (`data-use` in
/// `[data-use, x]`).
fn token_width(line: Option<&str>, column: usize) -> usize {
    let Some(line) = line else { return 1 };
    let at = column.saturating_sub(1);
    let (before, rest): (String, String) = (
        line.chars().take(at).collect(),
        line.chars().skip(at).collect(),
    );
    let chars = |s: &str| s.chars().count();
    let through = |close: &str| rest.find(close).map(|i| chars(&rest[..i + close.len()]));
    let mut first = rest.chars();
    let width = match (first.next(), first.next()) {
        (Some(q @ ('"' | '\'')), _) => rest[1..].find(q).map(|i| chars(&rest[..i + 1]) + 1),
        (Some('{'), Some('{')) => through("}}"),
        (Some('{'), _) => through("}"),
        (Some('[' | '!'), _) if rest.contains("](") => through(")"),
        (Some('['), _) => through("]"),
        _ => None,
    };
    // What stands before the column decides whether spaces end the token: after
    // `key:` or `- ` a plain value runs to the line's end; in `[a, b]` a word ends.
    let opened = before.chars().fold(0_i32, |depth, c| match c {
        '{' | '[' => depth + 1,
        '}' | ']' => depth - 1,
        _ => depth,
    });
    let block = opened <= 0 && matches!(before.trim_end().chars().last(), Some(':' | '-'));
    let block_value = || {
        let value = rest.split(" #").next().unwrap_or(&rest).trim_end();
        // A key of a mapping in a sequence item (`- name: x`) is a word, not a value.
        (!value.contains(": ")).then(|| chars(value))
    };
    let word = || {
        rest.chars()
            .take_while(|c| !matches!(c, ' ' | ',' | ']' | '}' | ')' | '\t'))
            .count()
    };
    width
        .or_else(|| block.then(block_value).flatten())
        .unwrap_or_else(word)
        .max(1)
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{label}: {}", self.message)?;
        let path = self.path.display().to_string().replace('\\', "/");
        match &self.source_line {
            Some(line) => {
                let number = self.pos.line.to_string();
                let gutter = " ".repeat(number.len());
                writeln!(
                    f,
                    "{gutter}--> {path}:{}:{}",
                    self.pos.line, self.pos.column
                )?;
                writeln!(f, "{gutter} |")?;
                let (shown, before, width) = window(line, self.pos.column, self.width);
                let shown = shown.replace('\t', " ");
                writeln!(f, "{number} | {shown}")?;
                // Placed by the columns a terminal gives each letter: a Chinese or
                // Japanese letter takes two.
                let columns = |chars: &mut dyn Iterator<Item = char>| -> usize {
                    chars.map(|c| c.width().unwrap_or(0)).sum()
                };
                let pad = " ".repeat(columns(&mut shown.chars().take(before)));
                let under = columns(&mut shown.chars().skip(before).take(width));
                let carets = "^".repeat(under.max(1));
                match &self.hint {
                    Some(hint) => writeln!(f, "{gutter} | {pad}{carets} {hint}")?,
                    None => writeln!(f, "{gutter} | {pad}{carets}")?,
                }
            }
            // A place in a file that has no lines to quote (a workbook).
            None if self.pos != Pos::START => {
                writeln!(f, " --> {path}:{}:{}", self.pos.line, self.pos.column)?;
                if let Some(hint) = &self.hint {
                    writeln!(f, "  = help: {hint}")?;
                }
            }
            None => {
                writeln!(f, " --> {path}")?;
                if let Some(hint) = &self.hint {
                    writeln!(f, "  = help: {hint}")?;
                }
            }
        }
        Ok(())
    }
}

/// How many characters of a line are quoted around the caret: a line of hundreds of
/// kilobytes (a minified export, 100,000 brackets) would bury the message.
const WINDOW: usize = 240;

/// The part of `line` to quote around the 1-based `column`, marked with `…` where it
/// is cut; the caret's offset in it and its width, both in characters.
fn window(line: &str, column: usize, width: usize) -> (String, usize, usize) {
    let length = line.chars().count();
    let at = column.saturating_sub(1);
    if length <= WINDOW {
        return (line.to_owned(), at, width.min(length.saturating_sub(at)));
    }
    let start = at
        .saturating_sub(WINDOW / 3)
        .min(length.saturating_sub(WINDOW));
    let end = (start + WINDOW).min(length);
    let cut_before = start > 0;
    let mut shown: String = if cut_before {
        "…".into()
    } else {
        String::new()
    };
    shown.extend(line.chars().skip(start).take(end - start));
    if end < length {
        shown.push('…');
    }
    let before = at - start + usize::from(cut_before);
    (shown, before, width.min(end.saturating_sub(at)))
}

/// Fill in the quoted source line of diagnostics made without their file at hand, by
/// reading each file once. Only runs when there is something to report. The files are
/// read on every core: a large portfolio's warnings can name hundreds of them, and
/// this is the last step of a build.
pub fn quote_sources(diags: &mut [Diagnostic], root: &Path) {
    let unquoted = |d: &Diagnostic| d.source_line.is_none() && d.pos != Pos::START;
    let paths: BTreeSet<&Path> = diags
        .iter()
        .filter(|d| unquoted(d))
        .map(|d| d.path.as_path())
        .collect();
    let files: BTreeMap<PathBuf, SourceFile> = paths
        .into_par_iter()
        .filter_map(|path| {
            // Through the same opener as the build: a link on the way is not followed.
            let bytes = crate::disk::regular_file::read_within(root, path).ok()?;
            // A file that is not text (a workbook) has no line to quote.
            let text = String::from_utf8(bytes).ok()?;
            let file = SourceFile::new(path, text);
            Some((path.to_owned(), file))
        })
        .collect();
    for d in diags.iter_mut().filter(|d| unquoted(d)) {
        if let Some(file) = files.get(&d.path) {
            d.quote(file);
        }
    }
}

/// Sort by file and position, errors before warnings at the same place, so a report
/// reads top to bottom like the portfolio folder; drop exact repeats.
pub fn sort(diags: &mut Vec<Diagnostic>) {
    diags.sort_by(|a, b| {
        (&a.path, a.pos, a.severity, &a.message).cmp(&(&b.path, b.pos, b.severity, &b.message))
    });
    diags.dedup();
}

pub fn has_errors(diags: &[Diagnostic]) -> bool {
    diags.iter().any(Diagnostic::is_error)
}

/// "did you mean `x`?" for a misspelt name, when one candidate is close enough.
pub fn did_you_mean<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(name, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn a_long_line_is_quoted_around_the_caret() {
        let line = format!("points: {}", "[".repeat(100_000));
        let (shown, before, width) = window(&line, 109, 1);
        assert!(shown.chars().count() <= WINDOW + 2, "{}", shown.len());
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(shown.chars().nth(before), Some('['));
        assert_eq!(width, 1);
        assert_eq!(window("short", 2, 3), ("short".into(), 1, 3));
    }

    #[test]
    fn renders_with_caret_under_the_token() {
        let file = SourceFile::new(
            "artefacts/pilot.md",
            "---\ntitle: x\ncompetencies: [data-use]\n---\n",
        );
        let d = Diagnostic::error_at(&file, Pos::new(3, 16), "unknown competency `data-use`")
            .with_hint("the framework has: vision");
        let text = d.to_string();
        assert_eq!(
            text,
            "error: unknown competency `data-use`\n --> artefacts/pilot.md:3:16\n  |\n3 | competencies: [data-use]\n  |                ^^^^^^^^ the framework has: vision\n"
        );
    }

    /// A terminal gives a Chinese or Japanese letter two columns: the caret lines up
    /// under what it marks, and marks all of it.
    #[test]
    fn carets_line_up_under_wide_letters() {
        let file = SourceFile::new(
            PathBuf::from("artefacts/pilot.md"),
            "---\ntitle: 校長の計画 [x]\nrole: 主任\n---\n",
        );
        let d = Diagnostic::error_at(&file, Pos::new(2, 14), "x");
        let lines: Vec<String> = d.to_string().lines().map(str::to_owned).collect();
        assert_eq!(lines[3], "2 | title: 校長の計画 [x]");
        assert_eq!(lines[4], "  |                   ^^^");
        let d = Diagnostic::error_at(&file, Pos::new(3, 7), "y");
        let lines: Vec<String> = d.to_string().lines().map(str::to_owned).collect();
        assert_eq!(lines[4], "  |       ^^^^");
    }

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(
            did_you_mean("sumary", ["summary", "title"]),
            Some("summary")
        );
        assert_eq!(did_you_mean("zzz", ["summary", "title"]), None);
    }
}
