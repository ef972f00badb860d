//! Reading typed values out of a YAML mapping while collecting every problem.
//!
//! Each reader (`text`, `date`, `list_of(id)` ...) turns one [`Node`] into a value or
//! records a [`Problem`] at that node's position; [`Fields`] reads a mapping field
//! by field and, when done, reports the keys nobody asked for, with a did-you-mean.
//! Nothing stops at the first problem: a file with three mistakes gets three messages.

use crate::diagnostic::source_file::{Pos, SourceFile};
use crate::diagnostic::{did_you_mean, Diagnostic};
use crate::syntax::date::PartialDate;
use crate::syntax::id::Id;
use crate::syntax::yaml::{Entry, Node, Value};

/// One problem in a YAML document, before it is tied to a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub pos: Pos,
    pub message: String,
    pub hint: Option<String>,
    /// How many characters to underline; by default, the word or value at `pos`.
    pub width: Option<usize>,
}

impl Problem {
    pub fn new(pos: Pos, message: impl Into<String>) -> Self {
        Problem {
            pos,
            message: message.into(),
            hint: None,
            width: None,
        }
    }

    pub fn underline(mut self, chars: usize) -> Self {
        self.width = Some(chars);
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// The problem at its place in a file that is not at hand (a data file); the
    /// report quotes the line when it is text.
    pub fn into_diagnostic_at(self, path: &std::path::Path) -> Diagnostic {
        let d = Diagnostic::error_at_path(path, self.pos, self.message);
        match self.hint {
            Some(h) => d.with_hint(h),
            None => d,
        }
    }

    pub fn into_diagnostic(self, file: &SourceFile) -> Diagnostic {
        let mut d = Diagnostic::error_at(file, self.pos, self.message);
        // A quoted value is underlined with its quotes already.
        if let Some(width) = self.width {
            d.width = d.width.max(width);
        }
        match self.hint {
            Some(h) => d.with_hint(h),
            None => d,
        }
    }
}

pub type Problems = Vec<Problem>;

/// A value with the position it was written at, for checks made later (does this
/// competency exist?) that must still point at the right place.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Spanned<T> {
    pub value: T,
    pub pos: Pos,
}

/// A mapping being read field by field.
pub struct Fields<'n, 'p> {
    node: &'n Node,
    entries: &'n [Entry],
    what: &'static str,
    problems: &'p mut Problems,
    read: Vec<&'static str>,
}

impl<'n, 'p> Fields<'n, 'p> {
    /// Start reading `node`, which must be a mapping (an empty document counts as an
    /// empty one, so its missing fields are reported one by one).
    pub fn of(node: &'n Node, what: &'static str, problems: &'p mut Problems) -> Option<Self> {
        let entries: &[Entry] = match &node.value {
            Value::Map(entries) => entries,
            Value::Null => &[],
            _ => {
                problems.push(Problem::new(
                    node.pos,
                    format!(
                        "{what} should be a mapping of `key: value` lines, found {}",
                        node.kind_name()
                    ),
                ));
                return None;
            }
        };
        Some(Fields {
            node,
            entries,
            what,
            problems,
            read: Vec::new(),
        })
    }

    /// The raw node of a field, if present and not empty.
    pub fn node(&mut self, key: &'static str) -> Option<&'n Node> {
        self.read.push(key);
        self.entries
            .iter()
            .find(|e| e.key == key)
            .map(|e| &e.value)
            .filter(|n| !n.is_null())
    }

    pub fn optional<T>(
        &mut self,
        key: &'static str,
        read: impl FnOnce(&Node, &mut Problems) -> Option<T>,
    ) -> Option<T> {
        let node = self.node(key)?;
        read(node, self.problems)
    }

    pub fn required<T>(
        &mut self,
        key: &'static str,
        read: impl FnOnce(&Node, &mut Problems) -> Option<T>,
    ) -> Option<T> {
        match self.node(key) {
            Some(node) => read(node, self.problems),
            None => {
                self.problems.push(
                    // The mapping as a whole is what lacks the key: its first line is
                    // underlined whole, not its first key as if that were wrong.
                    Problem::new(self.node.pos, format!("{} is missing `{key}`", self.what))
                        .hint(format!("add `{key}: ...`"))
                        .underline(usize::MAX),
                );
                None
            }
        }
    }

    /// A list field; absent means empty.
    pub fn list<T>(
        &mut self,
        key: &'static str,
        item: impl Fn(&Node, &mut Problems) -> Option<T>,
    ) -> Vec<T> {
        self.optional(key, |n, p| Some(list_of(n, p, item)))
            .unwrap_or_default()
    }

    /// Where a reader that needs the raw node (see [`Self::node`]) records problems.
    pub fn problems(&mut self) -> &mut Problems {
        self.problems
    }

    /// Report every key that no reader asked for.
    pub fn finish(self) {
        for entry in self.entries {
            if self.read.contains(&entry.key.as_str()) {
                continue;
            }
            let hint = match did_you_mean(&entry.key, self.read.iter().copied()) {
                Some(near) => format!("did you mean `{near}`?"),
                None => format!("known fields: {}", self.read.join(", ")),
            };
            self.problems.push(
                Problem::new(
                    entry.key_pos,
                    format!("unknown field `{}` in {}", entry.key, self.what),
                )
                .hint(hint),
            );
        }
    }
}

fn expected(node: &Node, what: &str) -> Problem {
    Problem::new(
        node.pos,
        format!("expected {what}, found {}", node.kind_name()),
    )
}

/// Text; numbers and booleans are taken as written (`year: 2023` as a title is fine).
/// A bidirectional control it leaves open is closed at its end, so it cannot turn the
/// words around it on a page.
pub fn text(node: &Node, problems: &mut Problems) -> Option<String> {
    match &node.value {
        Value::Str(s) => Some(super::bidi::contained(s)),
        Value::Int(i) => Some(i.to_string()),
        Value::Float(f) => Some(f.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => {
            problems.push(expected(node, "text"));
            None
        }
    }
}

/// Text that must say something.
pub fn nonempty_text(node: &Node, problems: &mut Problems) -> Option<String> {
    let s = text(node, problems)?;
    if s.trim().is_empty() {
        problems.push(Problem::new(node.pos, "this must not be empty"));
        return None;
    }
    Some(s.trim().to_owned())
}

/// A language tag: `en`, `en-GB`, `fr-CA`.
pub fn language(node: &Node, problems: &mut Problems) -> Option<String> {
    let lang = nonempty_text(node, problems)?;
    let ok = lang.len() <= 35
        && lang
            .split('-')
            .all(|p| !p.is_empty() && p.len() <= 8 && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if !ok {
        problems.push(
            Problem::new(node.pos, format!("`{lang}` is not a language tag"))
                .hint("use a tag such as en, en-GB or fr-CA"),
        );
        return None;
    }
    Some(lang)
}

pub fn boolean(node: &Node, problems: &mut Problems) -> Option<bool> {
    match node.value {
        Value::Bool(b) => Some(b),
        _ => {
            problems.push(expected(node, "`true` or `false`"));
            None
        }
    }
}

/// A finite number.
pub fn number(node: &Node, problems: &mut Problems) -> Option<f64> {
    let value = match &node.value {
        Value::Int(i) => *i as f64,
        Value::Float(f) => *f,
        Value::Str(s) => {
            problems.push(
                Problem::new(node.pos, format!("expected a number, found the text `{s}`"))
                    .hint("write the number alone, without quotes, units or commas (e.g. 1200)"),
            );
            return None;
        }
        _ => {
            problems.push(expected(node, "a number"));
            return None;
        }
    };
    if !value.is_finite() {
        problems.push(Problem::new(node.pos, "expected a finite number"));
        return None;
    }
    Some(value)
}

pub fn integer(node: &Node, problems: &mut Problems) -> Option<i64> {
    match node.value {
        Value::Int(i) => Some(i),
        _ => {
            problems.push(expected(node, "a whole number"));
            None
        }
    }
}

/// A whole number that is zero or more.
pub fn count(node: &Node, problems: &mut Problems) -> Option<u64> {
    let i = integer(node, problems)?;
    match u64::try_from(i) {
        Ok(n) => Some(n),
        Err(_) => {
            problems.push(Problem::new(
                node.pos,
                format!("expected a count of zero or more, found {i}"),
            ));
            None
        }
    }
}

pub fn date(node: &Node, problems: &mut Problems) -> Option<PartialDate> {
    let written = match &node.value {
        Value::Str(s) => s.trim().to_owned(),
        Value::Int(i) => i.to_string(),
        _ => {
            problems.push(expected(node, "a date such as 2025-03-14, 2025-03 or 2025"));
            return None;
        }
    };
    match PartialDate::parse(&written) {
        Ok(d) => Some(d),
        Err(why) => {
            let problem = match crate::syntax::date_as_typed::rewrite(&written) {
                Some(iso) => Problem::new(
                    node.pos,
                    format!("`{written}` is not written as leadfolio reads dates: write `{iso}`"),
                )
                .hint("dates are written YYYY-MM-DD, YYYY-MM or YYYY"),
                None => Problem::new(node.pos, format!("`{written}` is not a valid date: {why}"))
                    .hint("write YYYY-MM-DD, YYYY-MM or YYYY (2025-03-14, 2025-03 or 2025)"),
            };
            // The whole value is underlined, spaces and commas included.
            problems.push(problem.underline(written.chars().count()));
            None
        }
    }
}

/// An id referring to another file, remembered with its position.
pub fn id(node: &Node, problems: &mut Problems) -> Option<Spanned<Id>> {
    let written = text(node, problems)?;
    match Id::parse(&written) {
        Ok(id) => Some(Spanned {
            value: id,
            pos: node.pos,
        }),
        Err(hint) => {
            problems
                .push(Problem::new(node.pos, format!("`{written}` is not a valid id")).hint(hint));
            None
        }
    }
}

/// A list; a single value is taken as a list of one (`tags: coaching`).
pub fn list_of<T>(
    node: &Node,
    problems: &mut Problems,
    item: impl Fn(&Node, &mut Problems) -> Option<T>,
) -> Vec<T> {
    match &node.value {
        Value::Seq(items) => items.iter().filter_map(|n| item(n, problems)).collect(),
        Value::Map(_) => {
            problems.push(expected(node, "a list"));
            Vec::new()
        }
        _ => item(node, problems).into_iter().collect(),
    }
}

/// One of a closed set of words.
pub fn one_of<T: Copy>(node: &Node, problems: &mut Problems, choices: &[(&str, T)]) -> Option<T> {
    let written = text(node, problems)?;
    if let Some((_, v)) = choices.iter().find(|(name, _)| *name == written) {
        return Some(*v);
    }
    let names: Vec<&str> = choices.iter().map(|(n, _)| *n).collect();
    let hint = match did_you_mean(&written, names.iter().copied()) {
        Some(near) => format!("did you mean `{near}`?"),
        None => format!("use one of: {}", names.join(", ")),
    };
    problems.push(
        Problem::new(
            node.pos,
            format!("`{written}` is not one of {}", names.join(" | ")),
        )
        .hint(hint),
    );
    None
}

/// A link a reader can follow: web, mail, or a path inside the portfolio. Script and
/// data URLs are refused here, before they could reach a page.
pub fn link(node: &Node, problems: &mut Problems) -> Option<String> {
    let url = nonempty_text(node, problems)?;
    let lower = url.to_ascii_lowercase();
    let scheme = lower
        .split_once(':')
        .map(|(s, _)| s)
        .filter(|s| !s.contains('/'));
    match scheme {
        None | Some("http" | "https" | "mailto" | "tel") => Some(encode_url(&url)),
        Some(other) => {
            problems.push(
                Problem::new(node.pos, format!("links with `{other}:` are not allowed"))
                    .hint("use an https://, mailto: or tel: address"),
            );
            None
        }
    }
}

/// Percent-encode the characters that may not appear in a URL (`"`, `<`, space ...),
/// so a pasted address is a valid one and cannot break out of an attribute.
pub fn encode_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        if c.is_ascii_control()
            || matches!(
                c,
                ' ' | '"' | '<' | '>' | '`' | '{' | '}' | '|' | '\\' | '^'
            )
        {
            out.push_str(&format!("%{:02X}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::yaml::parse;

    #[test]
    fn pasted_urls_are_made_valid() {
        assert_eq!(
            encode_url("https://example.org/?q=<b> \"x\""),
            "https://example.org/?q=%3Cb%3E%20%22x%22"
        );
        assert_eq!(encode_url("https://example.org/é"), "https://example.org/é");
    }

    #[test]
    fn every_problem_in_a_mapping_is_reported() {
        let node = parse("titel: x\ndate: 2025-13\ntags: [a, b]\n", 2).unwrap();
        let mut problems = Vec::new();
        let mut f = Fields::of(&node, "the front matter", &mut problems).unwrap();
        let title = f.required("title", nonempty_text);
        let date = f.optional("date", date);
        let tags = f.list("tags", text);
        f.finish();
        assert_eq!(title, None);
        assert_eq!(date, None);
        assert_eq!(tags, vec!["a", "b"]);
        let messages: Vec<_> = problems
            .iter()
            .map(|p| (p.pos.line, p.message.as_str()))
            .collect();
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(messages[1].1.contains("not a valid date"));
        assert_eq!(problems[2].hint.as_deref(), Some("did you mean `title`?"));
        assert_eq!(problems[2].pos, Pos::new(2, 1));
    }

    #[test]
    fn script_links_are_refused() {
        let node = parse("u: \"JavaScript:alert(1)\"", 1).unwrap();
        let mut problems = Vec::new();
        assert_eq!(link(node.get("u").unwrap(), &mut problems), None);
        assert_eq!(problems.len(), 1);
        let ok = parse("u: https://example.org/a:b", 1).unwrap();
        assert!(link(ok.get("u").unwrap(), &mut problems).is_some());
    }
}
