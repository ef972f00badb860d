//! Raw HTML in narratives is sanitised with ammonia: no scripts, no event handlers, no
//! `javascript:` or `data:` URLs, no frames, no forms, no landmarks of its own.

use ammonia::{Builder, UrlRelative, UrlRelativeEvaluate};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Clean `html`. `root` prefixes relative paths (users write them from the portfolio
/// folder: `assets/plan.pdf`); `ids` are the only `id` values allowed, each once, so
/// raw HTML cannot duplicate an id the page already has.
pub fn clean(html: &str, root: &str, ids: HashMap<String, usize>) -> String {
    let mut b = Builder::default();
    b.rm_tags(["nav", "header", "footer", "main", "hgroup", "map", "area"]);
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
    b.url_relative(UrlRelative::Custom(Box::new(FromRoot(root.to_owned()))));
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
    b.clean(html).to_string()
}

/// Prefix relative paths with the page's way back to the site root.
struct FromRoot(String);

impl UrlRelativeEvaluate<'_> for FromRoot {
    fn evaluate<'a>(&self, url: &'a str) -> Option<Cow<'a, str>> {
        if url.starts_with('#')
            || url.starts_with("../")
            || url.starts_with('/')
            || self.0.is_empty()
        {
            return Some(Cow::Borrowed(url));
        }
        Some(Cow::Owned(format!(
            "{}{}",
            self.0,
            url.trim_start_matches("./")
        )))
    }
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
