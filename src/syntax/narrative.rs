//! A Markdown narrative as a stream of pieces: Markdown events, and shortcodes cut
//! out of the text that is not code. The loader reads the pieces for references; the
//! pages and the pack parse the same text here again, so all see exactly the same
//! shortcodes.

use crate::syntax::ref_kind::RefKind;
use crate::syntax::shortcode::{self, Found, Shortcode};
use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;

pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

#[derive(Debug, Clone, PartialEq)]
pub enum Piece<'a> {
    Markdown(Event<'a>),
    /// `block` when it stands between paragraphs (a chart or a quote must not sit
    /// inside a `<p>`).
    Shortcode {
        code: Shortcode,
        block: bool,
    },
}

/// A text's pieces, without their source ranges; what is broken in it is reported
/// where the text was scanned for references.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    parse(text).0.into_iter().map(|(p, _)| p).collect()
}

#[derive(Debug, PartialEq)]
pub struct Broken {
    pub range: Range<usize>,
    pub message: String,
    pub hint: String,
}

/// The pieces of `body`, each with the byte range of the source it came from, ready
/// to render.
pub fn parse(body: &str) -> (Vec<(Piece<'_>, Range<usize>)>, Vec<Broken>) {
    let mut pieces = Pieces {
        // Prose makes a piece per 15 to 27 bytes, a table's short cells one per 13 or
        // so: one allocation for nearly every narrative, where growing would copy.
        out: Vec::with_capacity(body.len() / 12 + 8),
        in_paragraph: false,
    };
    let mut broken = Vec::new();
    visit(body, &mut broken, &mut |piece, range| {
        pieces.push(piece, range)
    });
    (pieces.out, broken)
}

/// Each piece of `body` in order, as it is parsed, and its broken shortcodes.
fn visit<'a>(
    body: &'a str,
    broken: &mut Vec<Broken>,
    emit: &mut impl FnMut(Piece<'a>, Range<usize>),
) {
    let mut in_code = 0usize;
    // Inside a link's text or an image's (its `alt`), a figure cannot go.
    let mut in_link = 0usize;
    let mut events = Parser::new_ext(body, options()).into_offset_iter();
    // The event read past a run of text, to be handled next.
    let mut pending = None;
    // Events are matched by reference and moved once, into their piece: most are not
    // text with a `{`, and moving each through a match cost a fifth of this function.
    while let Some((event, range)) = pending.take().or_else(|| events.next()) {
        match &event {
            // Only a run from a `{` on can hold a shortcode: other text is not copied
            // (a clone of text that borrows the source is a copy of its pointer).
            Event::Text(text) if text.contains('{') => {
                let (text, range, after) = join_text(text.clone(), range, &mut events);
                pending = after;
                if in_code == 0 && text.contains("{{") {
                    split_shortcodes(&text, body, &range, in_link > 0, emit, broken);
                } else {
                    emit(Piece::Markdown(Event::Text(text)), range);
                }
                continue;
            }
            Event::Start(Tag::CodeBlock(_)) => in_code += 1,
            Event::End(TagEnd::CodeBlock) => in_code = in_code.saturating_sub(1),
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => in_link += 1,
            Event::End(TagEnd::Link | TagEnd::Image) => in_link = in_link.saturating_sub(1),
            _ => {}
        }
        emit(Piece::Markdown(event), range);
    }
}

/// A Markdown event and the byte range of the source it came from.
type Located<'a> = (Event<'a>, Range<usize>);

/// pulldown-cmark may split one run of text into several events; a shortcode can
/// straddle the split, so the run is joined from the event where one may start. The
/// event read past the run is given back.
fn join_text<'a>(
    first: CowStr<'a>,
    mut range: Range<usize>,
    events: &mut impl Iterator<Item = Located<'a>>,
) -> (CowStr<'a>, Range<usize>, Option<Located<'a>>) {
    let mut text = first;
    for (event, next_range) in events.by_ref() {
        let Event::Text(next) = event else {
            return (text, range, Some((event, next_range)));
        };
        let mut joined = text.into_string();
        joined.push_str(&next);
        text = joined.into();
        range.end = next_range.end;
    }
    (text, range, None)
}

/// The pieces so far. Charts and quotes are blocks: a paragraph around one is closed
/// before it and reopened after it, and paragraphs left empty are dropped.
struct Pieces<'a> {
    out: Vec<(Piece<'a>, Range<usize>)>,
    in_paragraph: bool,
}

impl<'a> Pieces<'a> {
    fn push(&mut self, piece: Piece<'a>, range: Range<usize>) {
        match piece {
            Piece::Markdown(Event::Start(Tag::Paragraph)) => self.in_paragraph = true,
            Piece::Markdown(Event::End(TagEnd::Paragraph)) => {
                self.in_paragraph = false;
                if drop_empty_paragraph(&mut self.out) {
                    return;
                }
            }
            Piece::Shortcode { code, .. } if is_block(code.kind) => {
                let block = Piece::Shortcode { code, block: true };
                if self.in_paragraph {
                    let end = Piece::Markdown(Event::End(TagEnd::Paragraph));
                    self.out.push((end, range.clone()));
                    drop_empty_paragraph(&mut self.out);
                    self.out.push((block, range.clone()));
                    let start = Piece::Markdown(Event::Start(Tag::Paragraph));
                    self.out.push((start, range));
                } else {
                    self.out.push((block, range));
                }
                return;
            }
            _ => {}
        }
        self.out.push((piece, range));
    }
}

fn split_shortcodes<'a>(
    text: &CowStr<'a>,
    body: &str,
    range: &Range<usize>,
    in_link: bool,
    emit: &mut impl FnMut(Piece<'a>, Range<usize>),
    broken: &mut Vec<Broken>,
) {
    let source = body.get(range.clone()).unwrap_or("");
    let mut last = 0;
    for found in shortcode::find_all(text) {
        let found = match found {
            Found::Shortcode(_, r) if in_link => Found::Broken {
                range: r,
                message: "a shortcode cannot sit inside a link or an image".into(),
                hint: "move it out of the [...] of the link or image: a link cannot hold a figure, and an image's text is plain text".into(),
            },
            other => other,
        };
        // `\{{` in the source is text: Markdown has already taken the backslash off.
        let r = match &found {
            Found::Shortcode(_, r) | Found::Broken { range: r, .. } => r.clone(),
        };
        let at = locate(source, &text[r.clone()], range);
        if at.start > 0 && body.as_bytes().get(at.start - 1) == Some(&b'\\') {
            continue;
        }
        let (r, code) = match found {
            Found::Shortcode(code, r) => (r, Some(code)),
            Found::Broken {
                range: r,
                message,
                hint,
            } => {
                broken.push(Broken {
                    range: locate(source, &text[r.clone()], range),
                    message,
                    hint,
                });
                (r, None)
            }
        };
        let Some(code) = code else { continue };
        if r.start > last {
            emit(
                Piece::Markdown(Event::Text(text[last..r.start].to_owned().into())),
                range.clone(),
            );
        }
        emit(Piece::Shortcode { code, block: false }, at);
        last = r.end;
    }
    if last < text.len() {
        emit(
            Piece::Markdown(Event::Text(text[last..].to_owned().into())),
            range.clone(),
        );
    }
}

/// Where a shortcode's text sits in the source (the event's text may differ from the
/// source by escapes; then the event's start is close enough).
fn locate(source: &str, needle: &str, range: &Range<usize>) -> Range<usize> {
    match source.find(needle) {
        Some(i) => range.start + i..range.start + i + needle.len(),
        None => range.clone(),
    }
}

fn is_block(kind: RefKind) -> bool {
    matches!(kind, RefKind::Chart | RefKind::Testimonial)
}

/// If the paragraph just closed at the end of `out` holds only white space and line
/// breaks, remove it whole; says whether it did.
fn drop_empty_paragraph(out: &mut Vec<(Piece<'_>, Range<usize>)>) -> bool {
    let Some(start) = out
        .iter()
        .rposition(|(p, _)| matches!(p, Piece::Markdown(Event::Start(Tag::Paragraph))))
    else {
        return false;
    };
    let body = &out[start + 1..];
    let body = match body.last() {
        Some((Piece::Markdown(Event::End(TagEnd::Paragraph)), _)) => &body[..body.len() - 1],
        _ => body,
    };
    let empty = body.iter().all(|(p, _)| match p {
        Piece::Markdown(Event::Text(t)) => t.trim().is_empty(),
        Piece::Markdown(Event::SoftBreak | Event::HardBreak) => true,
        _ => false,
    });
    if empty {
        out.truncate(start);
    }
    empty
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(body: &str) -> Vec<String> {
        parse(body)
            .0
            .into_iter()
            .map(|(p, _)| match p {
                Piece::Markdown(Event::Start(Tag::Paragraph)) => "<p>".into(),
                Piece::Markdown(Event::End(TagEnd::Paragraph)) => "</p>".into(),
                Piece::Markdown(Event::Text(t)) => format!("text:{t}"),
                Piece::Markdown(e) => format!("{e:?}"),
                Piece::Shortcode { code, block } => format!(
                    "{:?}({}){}",
                    code.kind,
                    code.id,
                    if block { " block" } else { "" }
                ),
            })
            .collect()
    }

    #[test]
    fn a_chart_alone_is_a_block() {
        assert_eq!(shape("{{ chart(metric=\"g\") }}\n"), vec!["Chart(g) block"]);
    }

    #[test]
    fn a_chart_inside_a_sentence_splits_the_paragraph() {
        assert_eq!(
            shape("Before {{ chart(metric=\"g\") }} after\n"),
            vec![
                "<p>",
                "text:Before ",
                "</p>",
                "Chart(g) block",
                "<p>",
                "text: after",
                "</p>"
            ]
        );
    }

    #[test]
    fn a_metric_stays_inline() {
        assert_eq!(
            shape("Up {{ metric(id=\"g\") }}.\n"),
            vec!["<p>", "text:Up ", "Metric(g)", "text:.", "</p>"]
        );
    }

    #[test]
    fn code_is_never_a_shortcode() {
        let s = shape("`{{ chart(metric=\"g\") }}`\n\n```\n{{ chart(metric=\"g\") }}\n```\n");
        assert!(!s.iter().any(|p| p.starts_with("Chart")), "{s:?}");
        // Both are still there, as code, word for word.
        let code: Vec<&String> = s.iter().filter(|p| p.contains("chart(metric")).collect();
        assert_eq!(code.len(), 2, "{s:?}");
    }

    #[test]
    fn a_shortcode_inside_a_link_or_an_image_is_broken() {
        for body in [
            "[up {{ metric(id=\"g\") }}](https://e.org)\n",
            "![a {{ metric(id=\"g\") }} b](https://e.org/a.png)\n",
        ] {
            let (pieces, broken) = parse(body);
            assert_eq!(broken.len(), 1, "{body}");
            assert_eq!(&body[broken[0].range.clone()], "{{ metric(id=\"g\") }}");
            assert!(
                !pieces
                    .iter()
                    .any(|(p, _)| matches!(p, Piece::Shortcode { .. })),
                "{body}"
            );
        }
        assert!(parse("[a](https://e.org) {{ metric(id=\"g\") }}\n")
            .1
            .is_empty());
    }

    #[test]
    fn broken_shortcodes_are_positioned() {
        let body = "Intro\n\n{{ chart(id=\"g\") }}\n";
        let (_, broken) = parse(body);
        assert_eq!(broken.len(), 1);
        assert_eq!(&body[broken[0].range.clone()], "{{ chart(id=\"g\") }}");
    }
}
