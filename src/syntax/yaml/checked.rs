//! The checked path: serde_yaml parses the text (its errors carry a location, it
//! rejects duplicate keys and bounds alias expansion and nesting). It does not say
//! where each value sits, so yaml-rust2's marked events are read once more for
//! positions only, and the two are zipped into a [`Node`] tree.

use super::{Entry, Node, SyntaxError, Value};
use crate::diagnostic::source_file::Pos;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// The document's tree, or serde_yaml's error, positioned in file lines (`shift`
/// lines above the text).
pub fn parse(text: &str, shift: usize) -> Result<Node, SyntaxError> {
    let value: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| {
        let pos = e
            .location()
            .map_or(Pos::START, |l| Pos::new(l.line(), l.column().max(1)));
        SyntaxError {
            pos: pos.below(shift),
            message: clean_message(&e.to_string(), shift),
        }
    })?;
    let spans = span_tree(text);
    let root_pos = Pos::new(1, 1).below(shift);
    Ok(zip(value, spans.as_ref(), root_pos, shift))
}

/// serde_yaml appends " at line L column C" (we print the position ourselves) and
/// sometimes ", while parsing a flow sequence at line L column C", which names where
/// the unclosed list began: that is kept, in file lines and plain words.
fn clean_message(message: &str, shift: usize) -> String {
    let (main, context) = message
        .split_once(", while parsing ")
        .map_or((message, None), |(m, c)| (m, Some(c)));
    let main = main
        .split(" at line ")
        .next()
        .unwrap_or(main)
        .trim_end_matches(',');
    let Some(context) = context else {
        return main.to_owned();
    };
    let (what, at) = context.split_once(" at line ").unwrap_or((context, ""));
    let what = what
        .replace("a flow sequence", "the [...] list")
        .replace("a flow mapping", "the {...} mapping")
        .replace("a block mapping", "the mapping");
    let mut numbers = at
        .split(" column ")
        .filter_map(|n| n.trim().parse::<usize>().ok());
    match (numbers.next(), numbers.next()) {
        (Some(line), Some(column)) => format!(
            "{main} (in {what} that starts at line {}, column {column})",
            line + shift
        ),
        _ => main.to_owned(),
    }
}

/// Where each node of the document starts, in the same shape as the document.
#[derive(Debug)]
enum Span {
    Leaf(Pos),
    Seq(Pos, Vec<Span>),
    Map(Pos, Vec<(Pos, Span)>),
}

impl Span {
    fn pos(&self) -> Pos {
        match self {
            Span::Leaf(p) | Span::Seq(p, _) | Span::Map(p, _) => *p,
        }
    }
}

fn span_tree(text: &str) -> Option<Span> {
    let mut builder = SpanBuilder::default();
    Parser::new_from_str(text).load(&mut builder, false).ok()?;
    builder.root
}

#[derive(Default)]
struct SpanBuilder {
    stack: Vec<Frame>,
    root: Option<Span>,
}

enum Frame {
    Seq(Pos, Vec<Span>),
    Map(Pos, Vec<(Pos, Span)>, Option<Pos>),
}

impl SpanBuilder {
    fn attach(&mut self, span: Span) {
        match self.stack.last_mut() {
            None => {
                if self.root.is_none() {
                    self.root = Some(span);
                }
            }
            Some(Frame::Seq(_, items)) => items.push(span),
            Some(Frame::Map(_, entries, pending_key)) => match pending_key.take() {
                None => *pending_key = Some(span.pos()),
                Some(key) => entries.push((key, span)),
            },
        }
    }
}

impl MarkedEventReceiver for SpanBuilder {
    fn on_event(&mut self, event: Event, mark: Marker) {
        let pos = super::position(mark, 0);
        match event {
            Event::Scalar(..) | Event::Alias(_) => self.attach(Span::Leaf(pos)),
            Event::SequenceStart(..) => self.stack.push(Frame::Seq(pos, Vec::new())),
            Event::MappingStart(..) => self.stack.push(Frame::Map(pos, Vec::new(), None)),
            Event::SequenceEnd | Event::MappingEnd => {
                let span = match self.stack.pop() {
                    Some(Frame::Seq(p, items)) => Span::Seq(p, items),
                    Some(Frame::Map(p, entries, _)) => Span::Map(p, entries),
                    None => return,
                };
                self.attach(span);
            }
            _ => {}
        }
    }
}

/// Pair parsed values with their positions. Where the shapes disagree (an alias
/// expanded by serde_yaml is a single event), children inherit the parent position.
fn zip(value: serde_yaml::Value, span: Option<&Span>, fallback: Pos, shift: usize) -> Node {
    let mut pos = span.map_or(fallback, |s| s.pos().below(shift));
    if let Some(Span::Map(_, entries)) = span {
        pos = super::mapping_start(pos, entries.first().map(|(key, _)| key.below(shift)));
    }
    let value = match value {
        serde_yaml::Value::Null => Value::Null,
        serde_yaml::Value::Bool(b) => Value::Bool(b),
        serde_yaml::Value::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        // Decoded escapes may spell the mark rendering reserves.
        serde_yaml::Value::String(s) => Value::Str(s),
        serde_yaml::Value::Sequence(items) => {
            let spans = match span {
                Some(Span::Seq(_, s)) => Some(s),
                _ => None,
            };
            Value::Seq(
                items
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| zip(v, spans.and_then(|s| s.get(i)), pos, shift))
                    .collect(),
            )
        }
        serde_yaml::Value::Mapping(map) => {
            let spans = match span {
                Some(Span::Map(_, s)) => Some(s),
                _ => None,
            };
            Value::Map(
                map.into_iter()
                    .enumerate()
                    .map(|(i, (k, v))| {
                        let entry = spans.and_then(|s| s.get(i));
                        Entry {
                            key: key_text(&k),
                            key_pos: entry.map_or(pos, |(p, _)| p.below(shift)),
                            value: zip(v, entry.map(|(_, s)| s), pos, shift),
                        }
                    })
                    .collect(),
            )
        }
        serde_yaml::Value::Tagged(tagged) => return zip(tagged.value, span, fallback, shift),
    };
    Node { value, pos }
}

fn key_text(key: &serde_yaml::Value) -> String {
    match key {
        serde_yaml::Value::String(s) => s.clone(),
        serde_yaml::Value::Number(n) => n.to_string(),
        serde_yaml::Value::Bool(b) => b.to_string(),
        serde_yaml::Value::Null => "null".to_owned(),
        _ => "(complex key)".to_owned(),
    }
}
