//! Template functions that read outside the build's data are refused. Tera's
//! `get_env` would write the build machine's environment (a CI secret, say) into a
//! page, and in a showcase one member's `templates/` reaches the whole site; `now` and
//! `get_random` (absent from the features leadfolio builds Tera with) would make two
//! builds of one folder differ. A template sees the portfolio and nothing else.

use crate::diagnostic::source_file::pos_in;
use crate::diagnostic::Diagnostic;

/// The functions refused, and why, for the message.
const REFUSED: [(&str, &str); 3] = [
    (
        "get_env",
        "it would publish the build machine's environment",
    ),
    ("now", "pages must not depend on when they were built"),
    (
        "get_random",
        "pages must not differ from one build to the next",
    ),
];

/// A call to a refused function in `text`, the template `name` from `origin`.
pub fn check(name: &str, origin: &str, text: &str) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (start, end) in tags(text) {
        let tag = &text[start..end];
        for (function, why) in REFUSED {
            for (at, _) in tag.match_indices(function) {
                if is_call(tag, at, function) {
                    let pos = pos_in(text, start + at);
                    found.push(
                        Diagnostic::error_at_path(
                            origin,
                            pos,
                            format!("the template `{name}` calls `{function}`, which leadfolio templates cannot use: {why}"),
                        )
                        .with_hint("use the page's data instead (docs/templates.md lists it); a fixed text can be written into the template"),
                    );
                }
            }
        }
    }
    found
}

/// Whether `function` at `at` in `tag` is a call: a whole name followed by `(`.
fn is_call(tag: &str, at: usize, function: &str) -> bool {
    let name_char = |c: char| c.is_alphanumeric() || c == '_' || c == '.';
    let before = tag[..at].chars().next_back();
    let after = tag[at + function.len()..].trim_start();
    !before.is_some_and(name_char) && after.starts_with('(')
}

/// The byte ranges of the code in `{{ }}` and `{% %}` tags; comments and plain text
/// are not code, so the words may appear there.
fn tags(text: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut rest = 0;
    while let Some(open) = text[rest..].find('{').map(|i| rest + i) {
        let close = match text.get(open + 1..open + 2) {
            Some("{") => "}}",
            Some("%") => "%}",
            Some("#") => "#}",
            _ => {
                rest = open + 1;
                continue;
            }
        };
        let end = text[open + 2..]
            .find(close)
            .map_or(text.len(), |i| open + 2 + i);
        if close != "#}" {
            found.push((open + 2, end));
        }
        rest = (end + 2).min(text.len());
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_in_code_is_refused_where_it_is_written() {
        let found = check(
            "x.html",
            "templates/x.html",
            "<p>\n{{ get_env(name=\"SECRET\") }}</p>",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].pos, crate::diagnostic::source_file::Pos::new(2, 4));
        assert!(found[0].to_string().contains("`get_env`"));
        let in_set = check("x.html", "o", "{% set t = get_env (name='HOME') %}");
        assert_eq!(in_set.len(), 1);
    }

    #[test]
    fn the_words_in_text_comments_and_other_names_are_left_alone() {
        let source = "<p>get_env(x) and now()</p>{# get_env(name='x') #}{{ page.now }}{{ my_now(a=1) }}{{ nowhere }}";
        assert!(check("x.html", "o", source).is_empty());
    }
}
