//! The usual path: one pass over yaml-rust2's marked events builds the tree with its
//! positions. It takes only what it can read exactly as serde_yaml would, the plain
//! documents nearly every file is, and hands anything else back (see [`read`]).

use super::scalar::{self, Meaning};
use super::{Entry, Node, Value};
use crate::diagnostic::source_file::Pos;
use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

/// serde_yaml refuses nesting deeper than 128; such a document goes to it for its
/// message.
const MAX_DEPTH: usize = 100;

/// libyaml refuses a key written over more than 1,024 characters; a quoted key's
/// escapes may write a byte in four (`\x41`).
const MAX_KEY_BYTES: usize = 200;

/// A repeated key is looked for entry by entry; a larger mapping (none in a real
/// portfolio) goes to serde_yaml, whose mapping is hashed.
const MAX_KEYS: usize = 64;

/// The document's tree, with positions in file lines (`shift` lines above the text),
/// or `None` when the checked path must read it: a syntax error, an anchor, an alias
/// or a tag, a key that is not text, a key given twice, no document or more than one,
/// a document that is a single scalar, very deep nesting, a control character, or a
/// scalar the two libraries read differently.
pub fn read(text: &str, shift: usize) -> Option<Node> {
    let ascii = text.is_ascii();
    if !plain_characters(text, ascii) || rare_markers(text) {
        return None;
    }
    let mut parser = Parser::new_from_str(text);
    let mut builder = Builder {
        text,
        ascii,
        line_starts: Vec::new(),
        cursor: (0, 0, 0),
        shift,
        stack: Vec::new(),
        root: None,
        in_document: false,
    };
    loop {
        let (event, mark) = parser.next_token().ok()?;
        if let Event::StreamEnd = event {
            break;
        }
        builder.on_event(event, mark)?;
    }
    // A text without a document (empty, comments only, a lone `...`) is rare, and
    // the libraries disagree on some.
    builder.root
}

struct Builder<'t> {
    text: &'t str,
    ascii: bool,
    /// Where each line of `text` starts, found when first needed.
    line_starts: Vec<usize>,
    /// The line, column and byte of the last marker looked up in a text that is not
    /// ASCII.
    cursor: (usize, usize, usize),
    shift: usize,
    stack: Vec<Frame>,
    root: Option<Node>,
    /// A document has begun: a second one goes to serde_yaml, which refuses it.
    in_document: bool,
}

struct Frame {
    pos: Pos,
    /// Written in `[...]` or `{...}`, where libyaml and yaml-rust2 end plain
    /// scalars differently.
    flow: bool,
    /// Where an outermost `[` or `{` is in the text.
    outer_flow: Option<usize>,
    items: Items,
}

enum Items {
    Seq(Vec<Node>),
    /// A mapping's entries, and the key read whose value is still to come.
    Map(Vec<Entry>, Option<(String, Pos)>),
}

impl Builder<'_> {
    /// Take one event; `None` hands the document to the checked path.
    fn on_event(&mut self, event: Event, mark: Marker) -> Option<()> {
        let pos = super::position(mark, self.shift);
        match event {
            Event::DocumentStart if self.in_document => None,
            Event::DocumentStart => {
                self.in_document = true;
                Some(())
            }
            Event::Scalar(text, style, anchor, tag) => {
                if anchor != 0 || tag.is_some() {
                    return None;
                }
                self.scalar(text, style, pos)
            }
            Event::SequenceStart(anchor, ref tag) | Event::MappingStart(anchor, ref tag) => {
                if anchor != 0 || tag.is_some() {
                    return None;
                }
                let items = match event {
                    Event::SequenceStart(..) => Items::Seq(Vec::new()),
                    _ => Items::Map(Vec::new(), None),
                };
                self.open(items, pos, mark)
            }
            Event::SequenceEnd | Event::MappingEnd => self.close(mark),
            Event::Alias(_) => None,
            _ => Some(()),
        }
    }

    /// Whether the innermost open collection is written in brackets.
    fn in_flow(&self) -> bool {
        self.stack.last().is_some_and(|f| f.flow)
    }

    fn open(&mut self, items: Items, pos: Pos, mark: Marker) -> Option<()> {
        if self.stack.len() >= MAX_DEPTH {
            return None;
        }
        let at = self.byte_at(mark)?;
        let bracket = matches!(self.text.as_bytes().get(at), Some(b'[' | b'{'));
        let in_flow = self.in_flow();
        if in_flow && !bracket {
            // `[a: 1]`, a mapping without braces, which the two read differently.
            return None;
        }
        self.stack.push(Frame {
            pos,
            flow: bracket || in_flow,
            outer_flow: (bracket && !in_flow).then_some(at),
            items,
        });
        Some(())
    }

    fn scalar(&mut self, text: String, style: TScalarStyle, pos: Pos) -> Option<()> {
        if self.stack.is_empty() {
            // A document that is one scalar (our files are mappings): the two read
            // some of them differently, such as a block scalar with unindented text.
            return None;
        }
        let meaning = match style {
            TScalarStyle::Plain if !scalar::may_be_plain(&text, self.in_flow()) => return None,
            TScalarStyle::Plain => scalar::meaning(&text),
            // yaml-rust2 reads a block scalar without content lines as a line break,
            // and gives one a line break the file does not end with.
            TScalarStyle::Literal | TScalarStyle::Folded
                if text.bytes().all(|b| b == b'\n') || !self.text.ends_with('\n') =>
            {
                return None
            }
            _ => Meaning::Text,
        };
        if let Some(Frame {
            items: Items::Map(_, key @ None),
            ..
        }) = self.stack.last_mut()
        {
            // serde_yaml writes a key that is a number or true/false as text in its
            // own way; such keys are rare, and left to it.
            let Meaning::Text = meaning else { return None };
            if text.len() > MAX_KEY_BYTES {
                return None;
            }
            *key = Some((text, pos));
            return Some(());
        }
        let value = match meaning {
            Meaning::Text => Value::Str(text),
            Meaning::Other(value) => value,
            Meaning::TooLarge => return None,
        };
        self.attach(Node { value, pos })
    }

    fn close(&mut self, mark: Marker) -> Option<()> {
        let Frame {
            pos,
            outer_flow,
            items,
            ..
        } = self.stack.pop()?;
        if let Some(start) = outer_flow {
            // Inside brackets libyaml takes a `:` for an indicator where yaml-rust2
            // may read it as text (`[a:b]`, `{a:}`), and a key may not span lines:
            // the brackets' text, the closing one included, is looked at.
            let close = self.byte_at(mark)?;
            let end = close + self.text[close..].chars().next().map_or(0, char::len_utf8);
            let source = self.text.get(start..end)?;
            if source.contains('\n') || tight_colon(source) {
                return None;
            }
        }
        let node = match items {
            Items::Seq(items) => Node {
                value: Value::Seq(items),
                pos,
            },
            Items::Map(entries, _) => Node {
                pos: super::mapping_start(pos, entries.first().map(|e| e.key_pos)),
                value: Value::Map(entries),
            },
        };
        self.attach(node)
    }

    fn attach(&mut self, node: Node) -> Option<()> {
        match self.stack.last_mut().map(|f| &mut f.items) {
            None => self.root = Some(node),
            Some(Items::Seq(items)) => items.push(node),
            Some(Items::Map(entries, key)) => {
                // A mapping or list as a key.
                let (key, key_pos) = key.take()?;
                if entries.len() >= MAX_KEYS || entries.iter().any(|e| e.key == key) {
                    return None;
                }
                entries.push(Entry {
                    key,
                    key_pos,
                    value: node,
                });
            }
        }
        Some(())
    }

    /// The byte a marker points at. Its column counts characters: in a text that is
    /// not ASCII, a cursor walks along the line from the previous marker when it can,
    /// so a long line of brackets is walked once, not once per bracket.
    fn byte_at(&mut self, mark: Marker) -> Option<usize> {
        if self.line_starts.is_empty() {
            let newlines = memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| i + 1);
            self.line_starts = std::iter::once(0).chain(newlines).collect();
        }
        let (line, col) = (mark.line(), mark.col());
        let start = *self.line_starts.get(line.checked_sub(1)?)?;
        if self.ascii {
            return Some((start + col).min(self.text.len()));
        }
        let (mut at_col, mut at) = match self.cursor {
            (l, c, byte) if l == line && c <= col => (c, byte),
            _ => (0, start),
        };
        for ch in self.text.get(at..)?.chars() {
            if at_col == col {
                break;
            }
            at_col += 1;
            at += ch.len_utf8();
        }
        self.cursor = (line, at_col, at);
        Some(at)
    }
}

/// Whether the text holds only characters both libraries read alike. libyaml refuses
/// control characters with a message, where yaml-rust2 stops reading at a NUL as if
/// the file ended there; the two differ on where a tab may separate and on a lone
/// carriage return (files are read with LF line endings).
fn plain_characters(text: &str, is_ascii: bool) -> bool {
    let ascii = |b: u8| (b' '..=b'~').contains(&b) || b == b'\n';
    if is_ascii {
        return text.bytes().all(ascii);
    }
    text.chars().all(|c| match c {
        '\0'..='\u{7F}' => ascii(c as u8),
        // NEL, LS and PS are line breaks to libyaml and text to yaml-rust2; a
        // byte-order mark inside the text is rare enough to leave to serde_yaml.
        '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{FEFF}' => false,
        _ => matches!(c, '\u{A0}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..),
    })
}

/// Whether a line starts with a document end (`...`) or a directive (`%YAML`): rare
/// in a portfolio, and the libraries differ on what may stand around them.
fn rare_markers(text: &str) -> bool {
    let bytes = text.as_bytes();
    text.starts_with('%')
        || text.starts_with("...")
        || memchr::memmem::find(bytes, b"\n...").is_some()
        || memchr::memmem::find(bytes, b"\n%").is_some()
}

/// A `:` followed by anything but a space or a line break.
fn tight_colon(text: &str) -> bool {
    memchr::memchr_iter(b':', text.as_bytes())
        .any(|i| !matches!(text.as_bytes().get(i + 1), Some(b' ' | b'\n') | None))
}
