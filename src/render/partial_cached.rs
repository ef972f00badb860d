//! `{{ partial_cached(name="partials/header.html", root=root, key=page.key) }}`: a
//! partial rendered once per distinct arguments in a build, as Hugo's `partialCached`
//! does. The partial sees what every page shares (`site`, or a showcase's `showcase`)
//! and its arguments, nothing else of the page, so the same arguments make the same
//! HTML: a header that differs only by the way to the root and the current section is
//! rendered a handful of times for thousands of pages.

use std::cell::Cell;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, OnceLock, Weak};
use tera::{Context, Tera, Value};

/// How deep one cached partial may call another: a partial that calls itself is a
/// theme's mistake, reported, not a stack overflow.
const MAX_DEPTH: u32 = 8;

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(0) };
}

/// The function as Tera holds it, and as the templates keep it to tell it more.
#[derive(Clone, Default)]
pub struct PartialCached(Arc<Made>);

#[derive(Default)]
struct Made {
    /// The templates the partial is one of. Weak: they hold this function.
    tera: OnceLock<Weak<Tera>>,
    /// What every page shares, set once the pages' renderer has made it.
    shared: OnceLock<Context>,
    /// Each partial's HTML, by its name and arguments.
    made: Mutex<HashMap<String, Arc<str>>>,
}

impl PartialCached {
    pub fn set_templates(&self, tera: &Arc<Tera>) {
        let _ = self.0.tera.set(Arc::downgrade(tera));
    }

    pub fn set_shared(&self, shared: &Context) {
        let _ = self.0.shared.set(shared.clone());
    }
}

impl Made {
    fn render(&self, name: &str, args: &BTreeMap<&String, &Value>) -> tera::Result<String> {
        let tera = self
            .tera
            .get()
            .and_then(Weak::upgrade)
            .ok_or_else(|| tera::Error::msg("`partial_cached` is not available here"))?;
        let mut context = self.shared.get().cloned().unwrap_or_default();
        for (key, value) in args {
            context.insert(key.as_str(), value);
        }
        let depth = DEPTH.get();
        if depth >= MAX_DEPTH {
            return Err(tera::Error::msg(format!(
                "`partial_cached` calls nest more than {MAX_DEPTH} deep at `{name}`: does the partial call itself?"
            )));
        }
        DEPTH.set(depth + 1);
        let html = tera.render(name, &context);
        DEPTH.set(depth);
        html
    }
}

impl tera::Function for PartialCached {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let name = args.get("name").and_then(Value::as_str).ok_or_else(|| {
            tera::Error::msg(
                "`partial_cached` needs a `name`: partial_cached(name=\"partials/header.html\", root=root)",
            )
        })?;
        // Sorted, so that the same arguments in any order are one key.
        let args: BTreeMap<&String, &Value> = args
            .iter()
            .filter(|(key, _)| key.as_str() != "name")
            .collect();
        let key = format!(
            "{name}\u{0}{}",
            serde_json::to_string(&args).map_err(tera::Error::json)?
        );
        let locked = |made: &Mutex<HashMap<String, Arc<str>>>| {
            made.lock()
                .unwrap_or_else(|p| p.into_inner())
                .get(&key)
                .cloned()
        };
        let made = &self.0;
        let html = match locked(&made.made) {
            Some(html) => html,
            None => {
                let html: Arc<str> = made.render(name, &args)?.into();
                made.made
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .insert(key, Arc::clone(&html));
                html
            }
        };
        Ok(Value::String(html.to_string()))
    }

    /// Rendered by the theme's own template with escaping on: it is HTML already.
    fn is_safe(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn templates(sources: &[(&str, &str)]) -> (Arc<Tera>, PartialCached) {
        let partials = PartialCached::default();
        let mut tera = Tera::default();
        tera.register_function("partial_cached", partials.clone());
        tera.autoescape_on(vec![".html"]);
        tera.set_escape_fn(crate::output::escape::escape_html);
        tera.add_raw_templates(sources.iter().copied()).unwrap();
        let tera = Arc::new(tera);
        partials.set_templates(&tera);
        let mut shared = Context::new();
        shared.insert("site", &serde_json::json!({ "name": "Pat & Co" }));
        partials.set_shared(&shared);
        (tera, partials)
    }

    #[test]
    fn a_partial_is_rendered_once_per_distinct_arguments() {
        let (tera, partials) = templates(&[
            (
                "header.html",
                "<b>{{ site.name }} {{ section }} {{ root }}</b>",
            ),
            (
                "page.html",
                r#"{{ partial_cached(name="header.html", root=root, section=key) }}|{{ partial_cached(name="header.html", section=key, root=root) }}"#,
            ),
        ]);
        let page = |root: &str, key: &str| {
            let mut c = Context::new();
            c.insert("root", root);
            c.insert("key", key);
            tera.render("page.html", &c).unwrap()
        };
        assert_eq!(
            page("../", "evidence"),
            "<b>Pat &amp; Co evidence ../</b>|<b>Pat &amp; Co evidence ../</b>"
        );
        assert_eq!(
            page("../../", "evidence"),
            "<b>Pat &amp; Co evidence ../../</b>|<b>Pat &amp; Co evidence ../../</b>"
        );
        page("../", "evidence");
        // Two distinct sets of arguments, whatever their order: two renders kept.
        assert_eq!(partials.0.made.lock().unwrap().len(), 2);
    }

    #[test]
    fn a_partial_that_calls_itself_is_an_error() {
        let (tera, _) = templates(&[(
            "loop.html",
            r#"{{ partial_cached(name="loop.html", root=root) }}"#,
        )]);
        let mut c = Context::new();
        c.insert("root", "");
        let e = tera.render("loop.html", &c).unwrap_err();
        let mut chain = e.to_string();
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            chain.push_str(&s.to_string());
            source = s.source();
        }
        assert!(chain.contains("nest more than 8 deep"), "{chain}");
    }
}
