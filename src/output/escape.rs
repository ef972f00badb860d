//! Text escaped for where it lands in the files a build writes: HTML text and
//! attributes, SVG and XML.

/// Escape for HTML text and quoted attributes. Unlike Tera's default it leaves `>` and
/// `/` alone, which are safe there, so "48 -> 56" reads the same in the page source.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    let mut plain = 0;
    // The four characters are ASCII, so every match is a char boundary; runs between
    // them are copied whole.
    for (i, b) in s.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&s[plain..i]);
        out.push_str(entity);
        plain = i + 1;
    }
    out.push_str(&s[plain..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_can_break_out_of_text_or_a_quoted_attribute() {
        assert_eq!(
            escape_html(r#"<a href="x" title='y'>Tom & Jerry</a>"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;>Tom &amp; Jerry&lt;/a>"
        );
        assert_eq!(escape_html("48 -> 56 / 60"), "48 -> 56 / 60");
        assert_eq!(escape_html("é&ü<"), "é&amp;ü&lt;");
        assert_eq!(escape_html(""), "");
    }
}
