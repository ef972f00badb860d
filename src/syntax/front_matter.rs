//! Splitting a Markdown file into its YAML front matter and its body.

use crate::diagnostic::source_file::Pos;
use crate::syntax::fields::Problem;

/// The two halves of a Markdown file, each with the file line it starts on.
#[derive(Debug, PartialEq)]
pub struct Split<'a> {
    pub yaml: &'a str,
    pub yaml_line: usize,
    pub body: &'a str,
    pub body_line: usize,
}

fn is_fence(line: &str) -> bool {
    line.trim_end() == "---"
}

/// Split `text` at its `---` fences. The text has LF line endings and no BOM
/// (see [`crate::diagnostic::source_file::SourceFile`]).
pub fn split(text: &str) -> Result<Split<'_>, Problem> {
    let first_line_end = text.find('\n').unwrap_or(text.len());
    if !is_fence(&text[..first_line_end]) {
        return Err(
            Problem::new(Pos::START, "this file does not start with front matter").hint(
                "start the file with a line `---`, the fields (`title: ...`), then another `---`",
            ),
        );
    }
    let yaml_start = (first_line_end + 1).min(text.len());
    let mut offset = yaml_start;
    for (line, l) in (2..).zip(text[yaml_start..].split_inclusive('\n')) {
        if is_fence(l.trim_end_matches('\n')) {
            let body_start = offset + l.len();
            return Ok(Split {
                yaml: &text[yaml_start..offset],
                yaml_line: 2,
                body: &text[body_start..],
                body_line: line + 1,
            });
        }
        offset += l.len();
    }
    Err(
        Problem::new(Pos::START, "the front matter has no closing `---`")
            .hint("add a line `---` after the last field, before the Markdown text"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_the_fences() {
        let s = split("---\ntitle: x\n---\n## Body\n").unwrap();
        assert_eq!(s.yaml, "title: x\n");
        assert_eq!(s.body, "## Body\n");
        assert_eq!(s.body_line, 4);
    }

    #[test]
    fn a_body_may_use_rules_of_its_own() {
        let s = split("---\na: 1\n---\ntext\n\n---\nmore\n").unwrap();
        assert_eq!(s.body, "text\n\n---\nmore\n");
    }

    #[test]
    fn missing_fences_are_explained() {
        assert!(split("title: x\n")
            .unwrap_err()
            .message
            .contains("does not start"));
        assert!(split("---\ntitle: x\n")
            .unwrap_err()
            .message
            .contains("no closing"));
        assert!(split("---").unwrap_err().message.contains("no closing"));
    }
}
