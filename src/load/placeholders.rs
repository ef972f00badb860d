//! The starter's placeholder words, left in a portfolio: `leadfolio new` writes a
//! portfolio that builds as it is, so nothing else stops "Your Name" or a sample
//! quote from reaching a panel. Each one left is a warning at its place.

use crate::diagnostic::source_file::SourceFile;
use crate::diagnostic::Diagnostic;
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::OnceLock;

/// The words `leadfolio new` writes for the author to replace (a test holds each to
/// the starter's files). Short ones a person may write too ("Their role") are not
/// among them.
const PLACEHOLDERS: [&str; 16] = [
    "Your Name",
    "Your current role",
    "Your school or district",
    "One sentence on the impact you want a panel to remember",
    "The role this portfolio supports",
    "A colleague's name",
    "How you worked together",
    "What they said about the work, in their own words.",
    "A project you led",
    "One line on what changed because of this work.",
    "What you learned, and what you would do next.",
    "What was the problem, and for whom?",
    "The steps you took, and who you brought with you.",
    "What you would do first in the new post, and why.",
    "Meet every member of staff one to one.",
    "Extend the project you led to a second team.",
];

/// Every file is searched, so the search must be quick: leftmost-first matching (the
/// same matches here, as no placeholder holds or overlaps another) lets aho-corasick
/// look for all of them at once with SIMD instructions, where standard matching
/// stepped through its automaton byte by byte, 3% of a build of 10,000 artefacts.
fn searcher() -> &'static AhoCorasick {
    static SEARCHER: OnceLock<AhoCorasick> = OnceLock::new();
    SEARCHER.get_or_init(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .build(PLACEHOLDERS)
            .expect("the placeholders are plain words")
    })
}

/// A warning at each placeholder `file` still holds outside a YAML comment.
pub fn check(file: &SourceFile, diags: &mut Vec<Diagnostic>) {
    for found in searcher().find_iter(&file.text) {
        let line_start = file.text[..found.start()].rfind('\n').map_or(0, |i| i + 1);
        let before = &file.text[line_start..found.start()];
        if before.contains('#') && !before.contains('"') {
            continue;
        }
        let words = PLACEHOLDERS[found.pattern().as_usize()];
        let mut d = Diagnostic::error_at(
            file,
            file.pos_of(found.start()),
            format!("\"{words}\" is the starter's placeholder, still here"),
        )
        .with_hint("replace it with your own words before you share the portfolio")
        .warning();
        d.width = words.chars().count();
        diags.push(d);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_placeholder_is_in_the_starter() {
        let starter: String = [
            "portfolio.yaml",
            "plan.yaml",
            "testimonials/colleague.yaml",
            "artefacts/first-project.md",
        ]
        .iter()
        .map(|f| {
            std::fs::read_to_string(format!("{}/starter/{f}", env!("CARGO_MANIFEST_DIR"))).unwrap()
        })
        .collect();
        for words in PLACEHOLDERS {
            assert!(starter.contains(words), "{words} is not in the starter");
        }
    }
}
