//! Tera, set up once per build from the theme: autoescaping on, user text only ever
//! passed in as data, never as template source.

use super::partial_cached::PartialCached;
use crate::diagnostic::Diagnostic;
use crate::i18n::{Arg, Locale};
use crate::model::theme::Theme;
use crate::output::escape::escape_html;
use crate::output::Sink;
use serde::Serialize;
use std::cell::Cell;
use std::collections::HashMap;
use std::error::Error as _;
use std::io;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use tera::{Context, Tera};

thread_local! {
    /// This thread's buffer for fragments: as large as the largest it has made.
    static BUFFER: Cell<Vec<u8>> = const { Cell::new(Vec::new()) };
    /// This thread's page context, holding the [`Shared`] data (by its id) of the
    /// last page it rendered and nothing else.
    static PAGE_CONTEXT: Cell<Option<(u64, Context)>> = const { Cell::new(None) };
}

/// What every page of a site shows the same (`site`: its name, navigation...),
/// serialised once for all of them. A page's own data is laid over a copy kept by the
/// thread that renders it, and taken off again after.
pub struct Shared {
    /// Tells one build's shared data from another's (`serve` builds again and again).
    id: u64,
    context: Context,
}

impl Shared {
    pub fn new(key: &str, value: &impl Serialize) -> Shared {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let mut context = Context::new();
        context.insert(key, value);
        Shared {
            id: NEXT.fetch_add(1, Ordering::Relaxed),
            context,
        }
    }
}

pub struct Templates {
    tera: Arc<Tera>,
    /// `partial_cached`, told the shared data once the pages' renderer makes it.
    partials: PartialCached,
    origins: std::collections::BTreeMap<String, String>,
}

/// `{{ t(key="goals", count=3) }}`: the message `key` in the portfolio's language,
/// with the other arguments as its placeholders. A key no catalogue has is an error,
/// so a theme's typo fails the build instead of printing an id on a page.
struct Translate(Arc<Locale>);

impl tera::Function for Translate {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let key = args
            .get("key")
            .and_then(tera::Value::as_str)
            .ok_or_else(|| tera::Error::msg("`t` needs a `key`: t(key=\"skip-to-content\")"))?;
        let placeholders: Vec<(&str, Arg)> = args
            .iter()
            .filter(|(name, _)| name.as_str() != "key")
            .map(|(name, value)| {
                let arg = match value {
                    tera::Value::Number(n) => Arg::Number(n.as_f64().unwrap_or(0.0)),
                    tera::Value::String(s) => Arg::Text(s.clone()),
                    other => Arg::Text(other.to_string()),
                };
                (name.as_str(), arg)
            })
            .collect();
        match self.0.message(key, &placeholders) {
            Some(text) => Ok(tera::Value::String(text)),
            None => Err(tera::Error::msg(format!(
                "`t` has no message called `{key}`: see i18n/en.ftl for the messages there are"
            ))),
        }
    }

    fn is_safe(&self) -> bool {
        false
    }
}

impl Templates {
    /// The theme's templates, with `t` speaking `locale`'s words.
    pub fn new(theme: &Theme, locale: Arc<Locale>) -> Result<Templates, Vec<Diagnostic>> {
        // The panel pack's Typst templates are the PDF's business (`pdf/`).
        let html = || {
            theme
                .templates
                .iter()
                .filter(|(name, _)| !name.ends_with(".typ"))
        };
        let refused: Vec<Diagnostic> = html()
            .flat_map(|(name, t)| super::outside_reads::check(name, &t.origin, &t.text))
            .collect();
        if !refused.is_empty() {
            return Err(refused);
        }
        let mut tera = Tera::default();
        // Tera registers `get_env` whatever its features; a call the check above
        // missed still reads nothing.
        tera.register_function(
            "get_env",
            |_: &std::collections::HashMap<String, tera::Value>| {
                Err(tera::Error::msg(
                    "`get_env` is not available in leadfolio templates",
                ))
            },
        );
        tera.register_function("t", Translate(locale));
        let partials = PartialCached::default();
        tera.register_function("partial_cached", partials.clone());
        tera.autoescape_on(vec![".html", ".svg", ".xml"]);
        tera.set_escape_fn(escape_html);
        let origins = html()
            .map(|(name, t)| (name.clone(), t.origin.clone()))
            .collect();
        let sources = html().map(|(name, t)| (name.as_str(), t.text.as_str()));
        let mut templates = Templates {
            tera: Arc::default(),
            partials,
            origins,
        };
        match tera.add_raw_templates(sources) {
            Ok(()) => {
                templates.tera = Arc::new(tera);
                templates.partials.set_templates(&templates.tera);
                Ok(templates)
            }
            Err(e) => Err(vec![templates.diagnostic(&e)]),
        }
    }

    /// What every page shares, for the partials rendered once (`partial_cached`).
    pub fn share(&self, shared: &Shared) {
        self.partials.set_shared(&shared.context);
    }

    /// A fragment that goes into other pages, as text, from its data: an object, taken
    /// as it is (a large one, the matrix, is not copied again).
    pub fn render(&self, name: &str, data: serde_json::Value) -> Result<String, Diagnostic> {
        let context = Context::from_value(data).map_err(|e| self.diagnostic(&e))?;
        // Tera would start each fragment in a small buffer and grow it several times
        // (the matrix of a large portfolio is megabytes): a thread renders into its own
        // buffer, kept from one to the next, and the fragment is copied out at its
        // size. A render inside a render would take an empty one.
        let mut buffer = BUFFER.take();
        buffer.clear();
        let rendered = self.tera.render_to(name, &context, &mut buffer);
        // Tera writes only `str`s, so the buffer is always UTF-8 and lossy never
        // loses; the strict check first is the fast one (matrices run to megabytes).
        let html = rendered.map(|()| match std::str::from_utf8(&buffer) {
            Ok(html) => html.to_owned(),
            Err(_) => String::from_utf8_lossy(&buffer).into_owned(),
        });
        BUFFER.set(buffer);
        html.map_err(|e| self.diagnostic(&e))
    }

    /// A whole page at `path` from `shared` and its own `data`, streamed into `sink` as
    /// it renders: a page is not held whole, nor copied, nor checked again for UTF-8.
    /// Its path, once it is made.
    pub fn render_page<T: Serialize>(
        &self,
        name: &str,
        shared: &Shared,
        data: &T,
        sink: &dyn Sink,
        path: &str,
    ) -> Result<String, Diagnostic> {
        let own = serde_json::to_value(data).map_err(|e| self.diagnostic(&tera::Error::json(e)))?;
        let keys: Vec<String> = own
            .as_object()
            .into_iter()
            .flat_map(|o| o.keys().cloned())
            .collect();
        let own = Context::from_value(own).map_err(|e| self.diagnostic(&e))?;
        let mut context = match PAGE_CONTEXT.take() {
            Some((id, context)) if id == shared.id => context,
            _ => shared.context.clone(),
        };
        // A page may name a key of the shared data, hiding it for itself only: taking
        // the page's keys off after would take the shared one too, so that copy of the
        // context is not kept.
        let hides_shared = keys.iter().any(|k| shared.context.contains_key(k));
        context.extend(own);
        let mut failure = None;
        sink.put_written(path, &mut |out: &mut dyn io::Write| {
            self.tera
                .render_to(name, &context, out)
                .map_err(|e| match e.kind {
                    // The file could not be written: the sink reports that.
                    tera::ErrorKind::Io(kind) => io::Error::new(kind, e.to_string()),
                    _ => {
                        failure = Some(e);
                        io::Error::other("the page's template failed")
                    }
                })
        });
        if !hides_shared {
            for key in &keys {
                context.remove(key);
            }
            PAGE_CONTEXT.set(Some((shared.id, context)));
        }
        match failure {
            Some(e) => Err(self.diagnostic(&e)),
            None => Ok(path.to_owned()),
        }
    }

    /// A template error, named after the file it came from, with Tera's whole chain of
    /// causes (its top line alone says only "failed to render").
    fn diagnostic(&self, e: &tera::Error) -> Diagnostic {
        let mut message = e.to_string();
        let mut source = e.source();
        while let Some(cause) = source {
            message.push_str(": ");
            message.push_str(&cause.to_string());
            source = cause.source();
        }
        let origin = self
            .origins
            .iter()
            .find(|(name, _)| message.contains(&format!("'{name}'")))
            .map_or_else(|| "templates".to_owned(), |(_, origin)| origin.clone());
        Diagnostic::error_in(origin, format!("template error: {message}"))
            .with_hint("check the template against the theme's own in themes/panel/templates")
    }
}

#[cfg(test)]
mod tests {
    use super::{Shared, Templates};
    use crate::i18n::Locale;
    use crate::model::theme::{Template, Theme};
    use crate::output::{Contents, InMemory};
    use serde_json::json;
    use std::sync::Arc;

    /// Pages rendered one after another on one thread share one context: each must
    /// see the shared data and its own, never a key left by the page before.
    #[test]
    fn a_page_sees_the_shared_data_and_its_own_never_the_last_pages() {
        let mut theme = Theme::default();
        let source =
            "{{ site.name }} {{ title | default(value='-') }} {{ extra | default(value='-') }}";
        theme.templates.insert(
            "page.html".into(),
            Template {
                text: source.into(),
                origin: "test".into(),
            },
        );
        let templates = Templates::new(&theme, Arc::new(Locale::english())).unwrap();
        let shared = Shared::new("site", &json!({ "name": "Pat" }));
        let pages = InMemory::default();
        let data = [
            json!({ "title": "One", "extra": "only here" }),
            json!({ "title": "Two" }),
            json!({ "site": { "name": "Hidden" } }),
            json!({}),
        ];
        for (i, d) in data.iter().enumerate() {
            let path = format!("{i}.html");
            templates
                .render_page("page.html", &shared, d, &pages, &path)
                .unwrap();
        }
        let texts: Vec<String> = pages
            .into_files()
            .into_iter()
            .map(|f| match f.contents {
                Contents::Bytes(b) => String::from_utf8(b.to_vec()).unwrap(),
                _ => unreachable!(),
            })
            .collect();
        assert_eq!(
            texts,
            ["Pat One only here", "Pat Two -", "Hidden - -", "Pat - -"]
        );
    }

    /// What a dotted path finds, JSON-pointer escapes included (Tera writes a `/` in a
    /// key as `~1`): templates rely on it.
    #[test]
    fn dotted_paths_find_nested_values_and_escaped_keys() {
        let data = json!({
            "a": { "b": { "c": "deep" }, "list": ["zero", "one"] },
            "m": { "x/y": "slash", "t~u": "tilde" },
            "k": "x/y",
            "j": "t~u",
        });
        let context = tera::Context::from_value(data).unwrap();
        let source = r#"{{ a.b.c }} {{ a.list.1 }} {{ m[k] }} {{ m[j] }} {{ m["x~1y"] }} {{ a.b.missing | default(value="none") }}"#;
        let out = tera::Tera::one_off(source, &context, false).unwrap();
        assert_eq!(out, "deep one slash tilde slash none");
    }
}
