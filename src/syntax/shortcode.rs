//! Shortcodes: `{{ chart(metric="id") }}`, `{{ metric(id="id") }}`,
//! `{{ testimonial(id="id") }}`. Anything else between braces is left as text, so a
//! narrative that happens to contain template syntax is shown literally.

use crate::model::id::Id;
use crate::model::RefKind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shortcode {
    pub kind: RefKind,
    pub id: Id,
}

/// A shortcode found in a text, or a broken one, by byte range in that text.
#[derive(Debug, PartialEq)]
pub enum Found {
    Shortcode(Shortcode, std::ops::Range<usize>),
    Broken {
        range: std::ops::Range<usize>,
        message: String,
        hint: String,
    },
}

/// The shortcode names and the one argument each takes.
const SHORTCODES: [(&str, &str, RefKind); 3] = [
    ("chart", "metric", RefKind::Chart),
    ("metric", "id", RefKind::Metric),
    ("testimonial", "id", RefKind::Testimonial),
];

/// Every shortcode in `text`, in order.
pub fn find_all(text: &str) -> Vec<Found> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find("{{").map(|i| from + i) {
        let Some(close) = text[open..].find("}}").map(|i| open + i + 2) else {
            break;
        };
        let inner = text[open + 2..close - 2].trim();
        match parse_call(inner) {
            Some(call) => {
                found.push(interpret(call, open..close));
                from = close;
            }
            None => from = open + 2,
        }
    }
    found
}

struct Call<'a> {
    name: &'a str,
    args: Result<Vec<(&'a str, &'a str)>, ()>,
}

/// `name(args)` where name is one of ours; `None` for anything else.
fn parse_call(inner: &str) -> Option<Call<'_>> {
    let paren = inner.find('(')?;
    let name = inner[..paren].trim();
    if !SHORTCODES.iter().any(|(n, _, _)| *n == name) || !inner.ends_with(')') {
        return None;
    }
    let args = parse_args(&inner[paren + 1..inner.len() - 1]);
    Some(Call { name, args })
}

/// `key="value", key='value'`.
fn parse_args(s: &str) -> Result<Vec<(&str, &str)>, ()> {
    let mut args = Vec::new();
    let mut rest = s.trim();
    while !rest.is_empty() {
        let (key, after) = rest.split_once('=').ok_or(())?;
        let after = after.trim_start();
        let quote = after
            .chars()
            .next()
            .filter(|c| *c == '"' || *c == '\'')
            .ok_or(())?;
        let end = after[1..].find(quote).ok_or(())? + 1;
        args.push((key.trim(), &after[1..end]));
        rest = after[end + 1..]
            .trim_start()
            .trim_start_matches(',')
            .trim_start();
    }
    Ok(args)
}

fn interpret(call: Call<'_>, range: std::ops::Range<usize>) -> Found {
    let (name, arg, kind) = SHORTCODES
        .iter()
        .find(|(n, _, _)| *n == call.name)
        .copied()
        .unwrap_or(SHORTCODES[0]);
    let usage = format!("write it as {{{{ {name}({arg}=\"some-id\") }}}}");
    let broken = |message: String| Found::Broken {
        range: range.clone(),
        message,
        hint: usage.clone(),
    };
    let Ok(args) = call.args else {
        return broken(format!("cannot read the arguments of `{name}`"));
    };
    match args.as_slice() {
        [(key, value)] if *key == arg => match Id::parse(value) {
            Ok(id) => Found::Shortcode(Shortcode { kind, id }, range),
            Err(why) => Found::Broken {
                range,
                message: format!("`{value}` is not a valid id"),
                hint: why,
            },
        },
        [(key, _)] => broken(format!("`{name}` takes `{arg}`, not `{key}`")),
        _ => broken(format!("`{name}` takes exactly one argument, `{arg}`")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<String> {
        find_all(text)
            .into_iter()
            .map(|f| match f {
                Found::Shortcode(s, r) => format!("{:?}:{}@{}", s.kind, s.id, r.start),
                Found::Broken { message, .. } => format!("broken: {message}"),
            })
            .collect()
    }

    #[test]
    fn finds_our_shortcodes_only() {
        assert_eq!(
            ids(
                r#"a {{ chart(metric="growth") }} b {{metric(id='x')}} {{ get_env(name="HOME") }}"#
            ),
            vec!["Chart:growth@2", "Metric:x@33"]
        );
    }

    #[test]
    fn broken_shortcodes_say_how_to_write_them() {
        assert_eq!(
            ids(r#"{{ chart(id="x") }}"#),
            vec!["broken: `chart` takes `metric`, not `id`"]
        );
        assert_eq!(
            ids(r#"{{ testimonial(id=x) }}"#),
            vec!["broken: cannot read the arguments of `testimonial`"]
        );
        assert_eq!(
            ids(r#"{{ metric(id="Bad Id") }}"#),
            vec!["broken: `Bad Id` is not a valid id"]
        );
    }

    #[test]
    fn unclosed_braces_are_text() {
        assert!(find_all("{{ chart(metric=\"x\")").is_empty());
    }
}
