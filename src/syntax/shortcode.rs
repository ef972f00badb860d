//! Shortcodes: `{{ chart(metric="id") }}`, `{{ metric(id="id") }}`,
//! `{{ testimonial(id="id") }}`. Whatever opens with `{{` and reads as a call (a name
//! and a parenthesis) is meant as one: a misspelt name or a call left open is an error
//! at its place, never text on a panel's page. `\{{` writes the braces as text; so
//! does `{{` followed by anything that is not a call (`{{ name }}`).

use crate::syntax::id::Id;
use crate::syntax::ref_kind::RefKind;

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

/// Every shortcode in `text`, in order, and every broken one. `{{` after a backslash
/// is text.
pub fn find_all(text: &str) -> Vec<Found> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find("{{").map(|i| from + i) {
        from = open + 2;
        if text[..open].ends_with('\\') {
            continue;
        }
        let Some(name) = call_name(&text[open + 2..]) else {
            continue;
        };
        let Some(close) = text[open..].find("}}").map(|i| open + i + 2) else {
            let line_end = text[open..].find('\n').map_or(text.len(), |i| open + i);
            found.push(Found::Broken {
                range: open..line_end,
                message: format!("the shortcode `{name}` is not closed with `}}}}`"),
                hint: ESCAPE_HINT.to_owned(),
            });
            break;
        };
        let inner = text[open + 2..close - 2].trim();
        found.push(match parse_call(inner) {
            Ok(call) => interpret(call, open..close),
            Err((message, hint)) => Found::Broken {
                range: open..close,
                message,
                hint,
            },
        });
        from = close;
    }
    found
}

const ESCAPE_HINT: &str =
    "write it as {{ chart(metric=\"some-id\") }}; to show the braces as text, write \\{{";

/// The name of what reads as a call: letters, digits and `_`, then `(`.
fn call_name(after_braces: &str) -> Option<&str> {
    let rest = after_braces.trim_start();
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    let name = &rest[..end];
    let starts_well = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_');
    (starts_well && rest[end..].trim_start().starts_with('(')).then_some(name)
}

struct Call<'a> {
    name: &'a str,
    args: Result<Vec<(&'a str, &'a str)>, ()>,
}

/// `name(args)` where name is one of ours, or what is wrong with it: a name that is
/// not a shortcode's, or a call left open.
fn parse_call(inner: &str) -> Result<Call<'_>, (String, String)> {
    let paren = inner.find('(').unwrap_or(inner.len());
    let name = inner[..paren].trim();
    let names = SHORTCODES.iter().map(|(n, _, _)| *n);
    if !names.clone().any(|n| n == name) {
        let hint = match crate::diagnostic::did_you_mean(name, names) {
            Some(near) => format!("did you mean `{near}`? To show the braces as text, write \\{{{{"),
            None => "the shortcodes are chart, metric and testimonial; to show the braces as text, write \\{{".to_string(),
        };
        return Err((format!("`{name}` is not a shortcode"), hint));
    }
    if !inner.ends_with(')') {
        return Err((
            format!("the call of `{name}` is not closed: `)` is missing before `}}}}`"),
            ESCAPE_HINT.to_owned(),
        ));
    }
    let args = parse_args(&inner[paren + 1..inner.len() - 1]);
    Ok(Call { name, args })
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
                r#"a {{ chart(metric="growth") }} b {{metric(id='x')}} \{{ get_env(name="HOME") }}"#
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
    fn a_misspelt_or_open_call_is_broken_and_an_escape_is_text() {
        assert_eq!(
            ids(r#"{{ chrat(metric="m") }}"#),
            vec!["broken: `chrat` is not a shortcode"]
        );
        assert_eq!(
            ids(r#"{{ testimonial(id="r" }}"#),
            vec!["broken: the call of `testimonial` is not closed: `)` is missing before `}}`"]
        );
        assert_eq!(
            ids("{{ chart(metric=\"x\")\nmore"),
            vec!["broken: the shortcode `chart` is not closed with `}}`"]
        );
        assert!(ids(r#"\{{ chart(metric="x") }} {{ name }} {{ 1 + 2 }}"#).is_empty());
    }
}
