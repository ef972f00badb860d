//! Raw HTML in narratives is sanitised with ammonia: no scripts, no event handlers, no
//! `javascript:` or `data:` URLs, no frames, no forms, no landmarks of its own.

use ammonia::{Builder, UrlRelative, UrlRelativeEvaluate};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

/// The only URL schemes a narrative may link to; anything else (`javascript:`,
/// `data:`, `file:`) loses its link.
const SCHEMES: [&str; 4] = ["http", "https", "mailto", "tel"];

/// A link or image URL as it may appear on the page at `root`: `None` if its scheme is
/// not allowed, relative paths prefixed with the way back to the root. The same test
/// the sanitiser applies (it parses the URL the same way), for narratives that need no
/// sanitiser because they hold no raw HTML.
pub fn safe_url<'u>(url: &'u str, root: &str) -> Option<Cow<'u, str>> {
    match url::Url::parse(url) {
        Ok(parsed) => SCHEMES
            .contains(&parsed.scheme())
            .then_some(Cow::Borrowed(url)),
        Err(url::ParseError::RelativeUrlWithoutBase) => Some(from_root(url, root)),
        Err(_) => None,
    }
}

/// Clean `html`. `root` prefixes relative paths (users write them from the portfolio
/// folder: `assets/plan.pdf`); `ids` are the only `id` values allowed, each once, so
/// raw HTML cannot duplicate an id the page already has.
/// The element a figure's place is marked with in a narrative's HTML (`markdown.rs`
/// puts the figure there after this has run): kept, with `data-n`.
pub const PLACEHOLDER: &str = "lf-figure";

pub fn clean(html: &str, root: &str, ids: HashMap<String, usize>) -> String {
    // The loader has reported such HTML as an error; it is shown as text rather than
    // given to a parser that would take minutes over it.
    if crate::syntax::html_nesting::too_deep(html, &mut 0).is_some() {
        return crate::output::escape::escape_html(html);
    }
    let mut b = Builder::default();
    b.rm_tags(["nav", "header", "footer", "main", "hgroup", "map", "area"]);
    // Where a shortcode's figure goes once this has run (markdown.rs).
    b.add_tags([PLACEHOLDER])
        .add_tag_attributes(PLACEHOLDER, ["data-n"]);
    b.add_tag_attributes("h1", ["id"])
        .add_tag_attributes("h2", ["id"])
        .add_tag_attributes("h3", ["id"]);
    b.add_tag_attributes("h4", ["id"])
        .add_tag_attributes("h5", ["id"])
        .add_tag_attributes("h6", ["id"]);
    b.add_tag_attributes("div", ["id"])
        .add_tag_attributes("th", ["style"])
        .add_tag_attributes("td", ["style"]);
    b.add_allowed_classes("sup", ["footnote-reference", "footnote-definition-label"]);
    b.add_allowed_classes("div", ["footnote-definition"]);
    // A task list's box and its words for screen readers (markdown.rs).
    b.add_allowed_classes("span", ["task-marker", "visually-hidden"]);
    b.add_tag_attributes("span", ["aria-hidden"]);
    b.url_schemes(HashSet::from(SCHEMES));
    b.url_relative(UrlRelative::Custom(Box::new(FromRoot(root.to_owned()))));
    // `target` is never allowed, so `rel="noopener"` protects nothing, and on an `a`
    // whose script URL was removed it would make the element invalid.
    b.link_rel(None);
    let ids = Arc::new(Mutex::new(ids));
    b.attribute_filter(move |_element, attribute, value| match attribute {
        "id" => {
            let mut ids = ids.lock().ok()?;
            let left = ids.get_mut(value)?;
            if *left == 0 {
                return None;
            }
            *left -= 1;
            Some(value.into())
        }
        "style" => matches!(
            value,
            "text-align: left" | "text-align: center" | "text-align: right"
        )
        .then(|| value.into()),
        _ => Some(value.into()),
    });
    fix_images(&b.clean(html).to_string())
}

/// Every `img` must have a source and a text alternative: an image whose `src` was
/// removed (a script URL) is replaced by its alt text; one without `alt` gets an empty
/// one (decorative), which is what the author's Markdown `![](...)` means too.
fn fix_images(html: &str) -> String {
    if !html.contains("<img") {
        return html.to_owned();
    }
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<img") {
        out.push_str(&rest[..start]);
        let tag_len = tag_end(&rest[start..]);
        let tag = &rest[start..start + tag_len];
        let attrs = attributes(tag);
        let value = |name: &str| attrs.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
        match (value("src"), value("alt")) {
            (None, alt) => out.push_str(alt.unwrap_or("")),
            (Some(_), Some(_)) => out.push_str(tag),
            (Some(_), None) => {
                out.push_str("<img alt=\"\"");
                out.push_str(&tag[4..]);
            }
        }
        rest = &rest[start + tag_len..];
    }
    out.push_str(rest);
    out
}

/// The length of the tag at the start of `s`, up to its `>` outside quotes. The
/// sanitiser's serialiser always double-quotes attribute values.
fn tag_end(s: &str) -> usize {
    let mut quoted = false;
    for (i, c) in s.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '>' if !quoted => return i + 1,
            _ => {}
        }
    }
    s.len()
}

/// `name="value"` pairs of a serialised tag (values still HTML-escaped).
fn attributes(tag: &str) -> Vec<(&str, &str)> {
    let mut attrs = Vec::new();
    let mut rest = tag
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim_end_matches('/');
    rest = rest.split_once(char::is_whitespace).map_or("", |(_, r)| r);
    while let Some(eq) = rest.find('=') {
        let name = rest[..eq].trim();
        let after = &rest[eq + 1..];
        let Some(value) = after.strip_prefix('"') else {
            break;
        };
        let end = value.find('"').unwrap_or(value.len());
        attrs.push((name, &value[..end]));
        rest = value.get(end + 1..).unwrap_or("");
    }
    attrs
}

/// Prefix relative paths with the page's way back to the site root.
struct FromRoot(String);

impl UrlRelativeEvaluate<'_> for FromRoot {
    fn evaluate<'a>(&self, url: &'a str) -> Option<Cow<'a, str>> {
        Some(from_root(url, &self.0))
    }
}

/// Users write paths from the portfolio folder (`assets/plan.pdf`). Paths that already
/// climb (`../`), start at the host (`/`) or point into the page (`#`) are left alone,
/// so a path that was prefixed once is not prefixed again.
fn from_root<'u>(url: &'u str, root: &str) -> Cow<'u, str> {
    if url.starts_with('#') || url.starts_with("../") || url.starts_with('/') || root.is_empty() {
        return Cow::Borrowed(url);
    }
    Cow::Owned(format!("{root}{}", url.trim_start_matches("./")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_handlers_and_script_urls_are_removed() {
        let dirty = r#"<p onclick="x()">a<script>alert(1)</script><a href="javascript:alert(1)">b</a><img src="data:text/html,x" onerror="y"><iframe src="https://e.org"></iframe></p>"#;
        let clean = clean(dirty, "", HashMap::new());
        for bad in [
            "script",
            "onclick",
            "javascript:",
            "data:",
            "onerror",
            "iframe",
        ] {
            assert!(!clean.contains(bad), "{bad} survived: {clean}");
        }
        // The paragraph and the link's words stay, without what ran.
        assert_eq!(clean, "<p>a<a>b</a></p>");
    }

    #[test]
    fn relative_paths_climb_to_the_root() {
        let out = clean(
            r##"<a href="assets/x.pdf">x</a> <a href="#top">t</a>"##,
            "../../",
            HashMap::new(),
        );
        assert!(out.contains(r#"href="../../assets/x.pdf""#), "{out}");
        assert!(out.contains(r##"href="#top""##), "{out}");
    }

    #[test]
    fn images_always_have_a_source_and_alt_text() {
        let out = clean(
            r#"<p><img src="a.png"> <img src="javascript:x" alt="chart"> <img src="b.png" alt="B"></p>"#,
            "",
            HashMap::new(),
        );
        assert_eq!(
            out,
            r#"<p><img alt="" src="a.png"> chart <img src="b.png" alt="B"></p>"#
        );
    }

    #[test]
    fn a_link_without_a_safe_href_is_valid_text() {
        let out = clean(r#"<a href="javascript:x()">q</a>"#, "", HashMap::new());
        assert_eq!(out, "<a>q</a>");
    }

    #[test]
    fn urls_are_judged_like_the_sanitiser_judges_them() {
        assert_eq!(
            safe_url("https://e.org/a", "../").as_deref(),
            Some("https://e.org/a")
        );
        assert_eq!(
            safe_url("mailto:a@e.org", "../").as_deref(),
            Some("mailto:a@e.org")
        );
        assert_eq!(
            safe_url("assets/x.pdf", "../../").as_deref(),
            Some("../../assets/x.pdf")
        );
        assert_eq!(safe_url("#part", "../").as_deref(), Some("#part"));
        for bad in [
            "javascript:alert(1)",
            " JavaScript:x",
            "java\tscript:x",
            "data:text/html,x",
            "file:///etc/passwd",
            "vbscript:x",
        ] {
            assert_eq!(safe_url(bad, ""), None, "{bad}");
        }
    }

    #[test]
    fn only_generated_ids_survive_once() {
        let ids = HashMap::from([("context".to_owned(), 1)]);
        let out = clean(
            r#"<h2 id="context">a</h2><div id="context">b</div><div id="evil">c</div>"#,
            "",
            ids,
        );
        assert_eq!(out.matches("id=").count(), 1, "{out}");
    }
}
