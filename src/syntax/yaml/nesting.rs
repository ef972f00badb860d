//! A bound on how deeply `[` and `{` nest, checked before any parser sees the text.
//! libyaml (under serde_yaml) looks through every open level at each token, so a
//! file of 100,000 `[` took 20 s to reach its recursion error; no portfolio nests
//! lists a hundred deep.

/// More levels than this is an error, the same bound as the usual path's.
pub const MAX_DEPTH: usize = 100;

/// The byte offset where brackets first open more than [`MAX_DEPTH`] levels deep, if
/// they do. Quoted text and comments are skipped; a quote counts only where a value
/// may start, so the apostrophe in `Sam's` opens nothing.
pub fn too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let starts_value = i == 0
            || matches!(
                bytes[i - 1],
                b' ' | b'\t' | b'\n' | b'[' | b'{' | b',' | b':'
            );
        match bytes[i] {
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'#' if starts_value => i = end_of_line(bytes, i),
            q @ (b'"' | b'\'') if starts_value => i = closing_quote(bytes, i, q),
            _ => {}
        }
        i += 1;
    }
    None
}

fn end_of_line(bytes: &[u8], from: usize) -> usize {
    bytes[from..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |p| from + p)
}

/// The closing quote's offset (a doubled `''` or an escaped `\"` does not close).
fn closing_quote(bytes: &[u8], open: usize, quote: u8) -> usize {
    let mut i = open + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if quote == b'"' => i += 1,
            b if b == quote && quote == b'\'' && bytes.get(i + 1) == Some(&b'\'') => i += 1,
            b if b == quote => return i,
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_brackets_are_found_and_quoted_or_commented_ones_are_not() {
        let deep = format!("points: {}", "[".repeat(100_000));
        assert_eq!(too_deep(&deep), Some(8 + MAX_DEPTH));
        let quoted = format!(
            "title: \"{}\"\nnote: '{}'\n# {}\n",
            "[".repeat(500),
            "{".repeat(500),
            "[".repeat(500)
        );
        assert_eq!(too_deep(&quoted), None);
        assert_eq!(
            too_deep("summary: Sam's [a] {b} plan\nlist: [[1, 2], [3]]\n"),
            None
        );
    }
}
