//! A bound on how deeply a narrative's raw HTML nests elements. The HTML parser under
//! the sanitiser looks through every open element at each new one, so 100,000 nested
//! `<div>`s took 11 s; no narrative needs elements 256 deep. The loader reports the
//! place as an error, and the sanitiser never parses such HTML.

pub const MAX_DEPTH: usize = 256;

/// Elements that never hold others, or whose end tag may be left out (a browser closes
/// them itself): they do not count as a level.
const FLAT: [&str; 28] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option",
    "optgroup", "colgroup", "rt", "rp",
];

/// The offset in `html` of the tag that first opens more than [`MAX_DEPTH`] levels,
/// starting `depth` levels deep (one narrative's pieces of HTML are fed in turn).
pub fn too_deep(html: &str, depth: &mut usize) -> Option<usize> {
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(found) = memchr::memchr(b'<', &bytes[i..]) {
        let at = i + found;
        let end = memchr::memchr(b'>', &bytes[at..]).map_or(bytes.len(), |e| at + e);
        i = (end + 1).min(bytes.len());
        match bytes.get(at + 1) {
            Some(b'/') => *depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let name_end = bytes[at + 1..end]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .map_or(end, |p| at + 1 + p);
                let name = html[at + 1..name_end].to_ascii_lowercase();
                let closes_itself = end > 0 && bytes.get(end - 1) == Some(&b'/');
                if !FLAT.contains(&name.as_str()) && !closes_itself {
                    *depth += 1;
                    if *depth > MAX_DEPTH {
                        return Some(at);
                    }
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_found_and_ordinary_html_is_not() {
        let deep = format!("{}x{}", "<div>".repeat(1000), "</div>".repeat(1000));
        assert_eq!(too_deep(&deep, &mut 0), Some(5 * MAX_DEPTH));
        let wide = "<div><p>a<p>b<br><img src=x /></div>".repeat(10_000);
        assert_eq!(too_deep(&wide, &mut 0), None);
        let mut open = MAX_DEPTH;
        assert_eq!(
            too_deep("<span>", &mut open),
            Some(0),
            "carried from a piece before"
        );
    }
}
