//! What Markdown written by the user points at (links to artefacts and files, charts,
//! figures and quotes), with the position of each in the user's file, and its broken
//! shortcodes: read once at load for the narrative, the reflection, the introduction
//! and quotes, so validation can check every reference before anything is rendered.

use crate::diagnostic::source_file::{pos_in, Pos};
use crate::model::{BodyRef, RefKind};
use crate::syntax::fields::{Problem, Problems};
use crate::syntax::narrative::{self, Broken, Piece};
use pulldown_cmark::{Event, Tag};
use std::ops::Range;

/// What the narrative links to and embeds, with positions, and broken shortcodes.
pub fn scan_body(body: &str, body_line: usize, problems: &mut Problems) -> Vec<BodyRef> {
    let (pieces, broken) = narrative::parse(body);
    let at = |offset| pos_in(body, offset).below(body_line - 1);
    scan(body, &pieces, broken, &at, problems)
}

/// The same for Markdown written in a YAML field (`reflection`, `introduction`) whose
/// value starts at `at` in the file `source`.
pub fn scan_field(text: &str, at: Pos, source: &str, problems: &mut Problems) -> Vec<BodyRef> {
    let (pieces, broken) = narrative::parse(text);
    let at = |offset| place_in_field(text, offset, at, source);
    scan(text, &pieces, broken, &at, problems)
}

/// Where byte `offset` of a field's text is written in the file. A one-line value and
/// a literal block (`|`) keep the text's lines as written, indented alike, which the
/// file itself confirms; other styles fold lines, and then the start of the value is
/// as close as can be said.
fn place_in_field(text: &str, offset: usize, at: Pos, source: &str) -> Pos {
    let inner = pos_in(text, offset);
    let guess = Pos::new(at.line + inner.line - 1, at.column + inner.column - 1);
    let written = text
        .get(offset..)
        .unwrap_or("")
        .lines()
        .next()
        .unwrap_or("");
    let probe: String = written.chars().take(16).collect();
    let there: String = source
        .lines()
        .nth(guess.line - 1)
        .unwrap_or("")
        .chars()
        .skip(guess.column - 1)
        .take(probe.chars().count())
        .collect();
    if !probe.is_empty() && there == probe {
        guess
    } else {
        at
    }
}

/// What `body`, parsed into `pieces`, links to and embeds; `at` places a byte offset
/// of it in the file.
fn scan(
    body: &str,
    pieces: &[(Piece<'_>, Range<usize>)],
    broken: Vec<Broken>,
    at: &dyn Fn(usize) -> Pos,
    problems: &mut Problems,
) -> Vec<BodyRef> {
    let mut refs = Vec::new();
    let mut open = 0;
    let mut too_deep = false;
    for (piece, range) in pieces {
        let (kind, target) = match piece {
            Piece::Shortcode { code, .. } => (code.kind, code.id.to_string()),
            Piece::Markdown(Event::Start(
                Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. },
            )) => match link_target(dest_url) {
                Some(found) => found,
                None => continue,
            },
            Piece::Markdown(Event::Html(html) | Event::InlineHtml(html)) => {
                let source = body.get(range.clone()).unwrap_or("");
                if let Some(offset) = crate::syntax::html_nesting::too_deep(html, &mut open) {
                    if !too_deep {
                        too_deep = true;
                        problems.push(
                            Problem::new(
                                at(range.start + offset.min(source.len())),
                                format!("raw HTML here nests elements more than {} levels deep", crate::syntax::html_nesting::MAX_DEPTH),
                            )
                            .hint("close each element you open (`</div>`), or write the text in Markdown"),
                        );
                    }
                    continue;
                }
                for (offset, url) in raw_html_urls(html) {
                    if let Some((kind, target)) = link_target(url) {
                        let start = range.start + source.find(url).unwrap_or(offset);
                        refs.push(BodyRef {
                            kind,
                            target,
                            pos: at(start),
                        });
                    }
                }
                continue;
            }
            _ => continue,
        };
        refs.push(BodyRef {
            kind,
            target,
            pos: at(range.start),
        });
    }
    for b in broken {
        problems.push(Problem::new(at(b.range.start), b.message).hint(b.hint));
    }
    refs
}

/// `@/id` links, and relative paths, which must name files the portfolio copies (its
/// assets); `None` for web addresses and in-page anchors.
fn link_target(url: &str) -> Option<(RefKind, String)> {
    if let Some(rest) = url.strip_prefix("@/") {
        let id = rest.split('#').next().unwrap_or("").trim_end_matches('/');
        return Some((RefKind::Link, id.to_owned()));
    }
    let path = url.split(['#', '?']).next().unwrap_or("").trim();
    let has_scheme = path
        .split_once(':')
        .is_some_and(|(scheme, _)| !scheme.contains('/'));
    if path.is_empty() || has_scheme || path.starts_with('/') {
        return None;
    }
    Some((RefKind::Asset, path.trim_start_matches("./").to_owned()))
}

/// The values of `href` and `src` attributes in raw HTML, with their offsets.
fn raw_html_urls(html: &str) -> Vec<(usize, &str)> {
    let lower = html.to_ascii_lowercase();
    let mut urls = Vec::new();
    for name in ["href=", "src="] {
        for (at, _) in lower.match_indices(name) {
            if !lower[..at].ends_with(char::is_whitespace) {
                continue;
            }
            let value = &html[at + name.len()..];
            let (start, end) = match value.chars().next() {
                Some(q @ ('"' | '\'')) => (1, value[1..].find(q).map_or(value.len(), |i| i + 1)),
                _ => (
                    0,
                    value
                        .find(|c: char| c.is_whitespace() || c == '>')
                        .unwrap_or(value.len()),
                ),
            };
            urls.push((at + name.len() + start, &value[start..end]));
        }
    }
    urls
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(body: &str) -> Vec<(RefKind, String, Pos)> {
        let mut problems = Vec::new();
        scan_body(body, 5, &mut problems)
            .into_iter()
            .map(|r| (r.kind, r.target, r.pos))
            .collect()
    }

    #[test]
    fn every_relative_link_is_a_file_to_check() {
        let found = refs("[a](@/pilot#x) [b](assets/p.pdf) [c](notes.pdf) [d](https://e.org) [e](#top) [f](mailto:a@b.c)\n");
        let targets: Vec<(RefKind, &str)> =
            found.iter().map(|(k, t, _)| (*k, t.as_str())).collect();
        assert_eq!(
            targets,
            vec![
                (RefKind::Link, "pilot"),
                (RefKind::Asset, "assets/p.pdf"),
                (RefKind::Asset, "notes.pdf")
            ]
        );
    }

    #[test]
    fn links_in_raw_html_are_checked_too() {
        let found = refs("Text\n\n<img src=\"assets/x.png\" alt=\"\"> <a href=https://e.org>w</a> <a href='plan.pdf'>p</a>\n");
        let targets: Vec<&str> = found.iter().map(|(_, t, _)| t.as_str()).collect();
        assert_eq!(targets, vec!["assets/x.png", "plan.pdf"]);
        assert!(
            found
                .iter()
                .any(|(_, t, pos)| t == "assets/x.png" && *pos == Pos::new(7, 11)),
            "{found:?}"
        );
    }

    /// Where `@/x` in the field `reflection` of `source` is placed.
    fn placed(source: &str) -> Pos {
        let node = crate::syntax::yaml::parse(source, 1).unwrap();
        let field = node.get("reflection").unwrap();
        let crate::syntax::yaml::Value::Str(text) = &field.value else {
            panic!("text")
        };
        let mut problems = Vec::new();
        let found = scan_field(text, field.pos, source, &mut problems);
        assert_eq!(found.len(), 1, "{found:?}");
        found[0].pos
    }

    #[test]
    fn a_link_in_a_field_is_placed_where_it_is_written() {
        assert_eq!(placed("reflection: See [it](@/x).\n"), Pos::new(1, 17));
        let literal = "title: T\nreflection: |\n  First line.\n  Then [it](@/x).\n";
        assert_eq!(placed(literal), Pos::new(4, 8));
    }

    #[test]
    fn a_link_in_a_folded_field_is_placed_at_the_field() {
        let folded = "reflection: >\n  First line,\n  then [it](@/x).\n";
        assert_eq!(placed(folded), Pos::new(2, 3));
        assert_eq!(placed("reflection: \"See [it](@/x)\"\n"), Pos::new(1, 13));
    }
}
