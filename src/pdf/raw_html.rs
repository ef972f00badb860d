//! What of a narrative's raw HTML the site shows, so the pack prints exactly that.
//!
//! pulldown-cmark hands raw HTML over a line at a time, and the Markdown between two
//! tags as pieces of its own: a comment, a `<script>`, `<style>` or `<template>` over
//! several lines is several pieces, none of which is hidden by itself. The site
//! renders the whole narrative and sanitises it at once. Here the same sanitiser reads
//! the narrative's raw HTML in one string, with an element that ammonia keeps standing
//! in for every piece: a piece whose stand-in is gone was hidden on the site (inside a
//! comment, a script, a template), and the words after a piece's stand-in, up to the
//! next one, are what its raw HTML shows.

use crate::syntax::narrative::Piece;
use pulldown_cmark::Event;
use std::fmt::Write;

/// The stand-in element's name: custom, so no narrative's own HTML uses it by chance,
/// and nothing a narrative writes can make one (its own are removed first).
const STAND_IN: &str = "leadfolio-piece";

/// Per piece of a narrative: whether the site shows it, and the words its raw HTML
/// shows (empty for a piece that is not raw HTML).
pub struct Shown {
    pub visible: Vec<bool>,
    pub words: Vec<String>,
}

/// `None` when the narrative has no raw HTML: then every piece shows as written.
pub fn shown(pieces: &[Piece<'_>]) -> Option<Shown> {
    let has_html = pieces
        .iter()
        .any(|p| matches!(p, Piece::Markdown(Event::Html(_) | Event::InlineHtml(_))));
    if !has_html {
        return None;
    }
    let mut html = String::new();
    for (n, piece) in pieces.iter().enumerate() {
        let _ = write!(html, "<{STAND_IN} data-n=\"{n}\"></{STAND_IN}>");
        if let Piece::Markdown(Event::Html(raw) | Event::InlineHtml(raw)) = piece {
            html.push_str(&without_stand_ins(raw));
        }
    }
    // The site's sanitiser's rules for what is kept with its contents (ammonia's
    // defaults: a script's and a style's contents go with them, a comment and a
    // template's contents are never kept), with no element but the stand-in kept.
    let mut builder = ammonia::Builder::empty();
    builder
        .add_tags([STAND_IN])
        .add_tag_attributes(STAND_IN, ["data-n"]);
    let cleaned = builder.clean(&html).to_string();

    let mut visible = vec![false; pieces.len()];
    let mut words = vec![String::new(); pieces.len()];
    let open = format!("<{STAND_IN} data-n=\"");
    let close = format!("</{STAND_IN}>");
    let mut rest = cleaned.as_str();
    // Words before the first stand-in left (one hidden from the start) show nowhere.
    let mut current: Option<usize> = None;
    loop {
        let next = rest.find(&open);
        let text = &rest[..next.unwrap_or(rest.len())];
        if let Some(n) = current {
            words[n].push_str(&unescape(text));
        }
        let Some(at) = next else { break };
        rest = &rest[at + open.len()..];
        let digits = rest.find('"').unwrap_or(0);
        current = rest[..digits]
            .parse::<usize>()
            .ok()
            .filter(|n| *n < pieces.len());
        if let Some(n) = current {
            visible[n] = true;
        }
        rest = rest
            .find(&close)
            .map_or("", |end| &rest[end + close.len()..]);
    }
    Some(Shown { visible, words })
}

/// A narrative's own stand-in tags are taken out, so it cannot mark a hidden piece as
/// shown.
fn without_stand_ins(raw: &str) -> String {
    let lower = raw.to_ascii_lowercase();
    if !lower.contains(STAND_IN) {
        return raw.to_owned();
    }
    let mut out = String::with_capacity(raw.len());
    let mut from = 0;
    while let Some(found) = lower[from..].find(STAND_IN) {
        let at = from + found;
        out.push_str(&raw[from..at]);
        out.push_str("leadfolio-text");
        from = at + STAND_IN.len();
    }
    out.push_str(&raw[from..]);
    out
}

/// Text as the sanitiser serialised it, with its entities read back.
fn unescape(cleaned: &str) -> String {
    let mut out = String::with_capacity(cleaned.len());
    let mut rest = cleaned;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let entities = [
            ("&amp;", "&"),
            ("&lt;", "<"),
            ("&gt;", ">"),
            ("&quot;", "\""),
            ("&#39;", "'"),
            ("&nbsp;", "\u{a0}"),
        ];
        match entities.iter().find(|(e, _)| rest.starts_with(e)) {
            Some((entity, ch)) => {
                out.push_str(ch);
                rest = &rest[entity.len()..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::narrative::pieces;

    /// The words the pack would take from `text`: shown text events and raw HTML's
    /// shown words.
    fn shown_words(text: &str) -> String {
        let pieces = pieces(text);
        let shown = shown(&pieces).expect("raw HTML");
        let mut out = String::new();
        for (n, piece) in pieces.iter().enumerate() {
            if !shown.visible[n] {
                continue;
            }
            match piece {
                Piece::Markdown(Event::Text(t)) => out.push_str(t),
                Piece::Markdown(
                    Event::SoftBreak | Event::End(pulldown_cmark::TagEnd::Paragraph),
                ) => out.push(' '),
                Piece::Markdown(Event::End(_) | Event::Start(_)) => {}
                Piece::Markdown(_) => {
                    out.push(' ');
                    out.push_str(&shown.words[n]);
                    out.push(' ');
                }
                Piece::Shortcode { code, .. } => out.push_str(code.id.as_str()),
            }
        }
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn what_the_site_hides_over_several_lines_is_hidden() {
        let text = "Before.\n\n<!-- a note\nCOMMENT-SECRET\nstill the note -->\n\n\
            <script>\nSCRIPT-SECRET\n</script>\n\n<style>\nSTYLE-SECRET\n</style>\n\n\
            <template>\n\nTEMPLATE-SECRET *in Markdown*\n\n</template>\n\nAfter \
            <script>INLINE-SECRET</script> the end.\n";
        let words = shown_words(text);
        for secret in ["COMMENT", "SCRIPT", "STYLE", "TEMPLATE", "INLINE", "note"] {
            assert!(!words.contains(secret), "{secret}: {words}");
        }
        assert_eq!(words, "Before. After the end.");
    }

    #[test]
    fn raw_htmls_own_words_are_kept() {
        assert_eq!(
            shown_words("<div>\nTom &amp; <b>Jerry</b>\n</div>\n\nThen *more*.\n"),
            "Tom & Jerry Then more."
        );
    }

    #[test]
    fn a_forged_stand_in_shows_nothing_hidden() {
        let words = shown_words(
            "<!--\n<leadfolio-piece data-n=\"2\"></leadfolio-piece>\nHIDDEN\n-->\n\nShown\n",
        );
        assert_eq!(words, "Shown", "only the paragraph after the comment");
        let words =
            shown_words("<script>\n</script><leadfolio-piece data-n=\"9\">x</leadfolio-piece>\n");
        assert_eq!(words, "x");
    }
}
