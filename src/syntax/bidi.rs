//! A bidirectional control that a field opens is closed at the field's end. A lone
//! U+202E (right-to-left override) in a headline reversed every word after it on the
//! page, the name and the role around it included; closed, it reverses what the
//! author wrote after it in that field and nothing beyond.

/// Opens an embedding or an override, closed by U+202C.
const EMBEDDINGS: [char; 4] = ['\u{202A}', '\u{202B}', '\u{202D}', '\u{202E}'];
const POP_EMBEDDING: char = '\u{202C}';
/// Opens an isolate, closed by U+2069.
const ISOLATES: [char; 3] = ['\u{2066}', '\u{2067}', '\u{2068}'];
const POP_ISOLATE: char = '\u{2069}';

/// `text` with every embedding, override and isolate it leaves open closed at its end.
pub fn contained(text: &str) -> String {
    let is_control =
        |c: char| ('\u{202A}'..='\u{202E}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c);
    if !text.contains(is_control) {
        return text.to_owned();
    }
    // What is open, innermost last, as the Unicode bidirectional algorithm pairs them:
    // a pop of an embedding closes the innermost embedding above the last isolate; a
    // pop of an isolate closes the innermost isolate and everything opened inside it.
    let mut open: Vec<char> = Vec::new();
    for c in text.chars() {
        if EMBEDDINGS.contains(&c) || ISOLATES.contains(&c) {
            open.push(c);
        } else if c == POP_EMBEDDING {
            if open.last().is_some_and(|o| EMBEDDINGS.contains(o)) {
                open.pop();
            }
        } else if c == POP_ISOLATE {
            if let Some(at) = open.iter().rposition(|o| ISOLATES.contains(o)) {
                open.truncate(at);
            }
        }
    }
    let mut out = text.to_owned();
    for o in open.iter().rev() {
        out.push(if ISOLATES.contains(o) {
            POP_ISOLATE
        } else {
            POP_EMBEDDING
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_field_opens_it_closes() {
        assert_eq!(contained("plain words"), "plain words");
        assert_eq!(contained("a \u{202E}b"), "a \u{202E}b\u{202C}");
        assert_eq!(
            contained("\u{2067}x\u{202B}y"),
            "\u{2067}x\u{202B}y\u{202C}\u{2069}"
        );
        assert_eq!(contained("\u{202E}x\u{202C} y"), "\u{202E}x\u{202C} y");
        assert_eq!(
            contained("\u{2068}\u{202E}x\u{2069}"),
            "\u{2068}\u{202E}x\u{2069}"
        );
        assert_eq!(
            contained("stray \u{202C}\u{2069}"),
            "stray \u{202C}\u{2069}"
        );
    }
}
