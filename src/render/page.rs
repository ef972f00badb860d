//! Rendering one page: its metadata, its own data laid over what every page of the
//! site shares, through its template, into the sink. A portfolio's pages and a
//! showcase's own pages are both rendered here; each brings its own views.

use super::templates::{Shared, Templates};
use crate::diagnostic::Diagnostic;
use crate::model::theme::Theme;
use crate::output::Sink;
use crate::view::site::{page_meta, PageMeta};
use serde::Serialize;

pub struct PageRenderer<'s> {
    templates: Templates,
    /// What every page shows the same (`site`, or `showcase`), serialised once.
    shared: Shared,
    base_url: &'s str,
    theme: &'s Theme,
    /// Where each page goes as soon as it is made.
    sink: &'s dyn Sink,
}

/// A page's own template context: the page and its data, over the shared one.
#[derive(Serialize)]
struct Context<'r, T: Serialize> {
    page: &'r PageMeta,
    /// `page.root`, named as in every fragment: the way back to the site root.
    root: &'r str,
    #[serde(flatten)]
    data: T,
}

impl<'s> PageRenderer<'s> {
    /// Pages that all see `shared` as `key` (`site`), in a site at `base_url`.
    pub fn new(
        templates: Templates,
        key: &str,
        shared: &impl Serialize,
        base_url: &'s str,
        theme: &'s Theme,
        sink: &'s dyn Sink,
    ) -> Self {
        let shared = Shared::new(key, shared);
        templates.share(&shared);
        PageRenderer {
            templates,
            shared,
            base_url,
            theme,
            sink,
        }
    }

    /// Where the pages go.
    pub fn sink(&self) -> &'s dyn Sink {
        self.sink
    }

    /// The page `key` at `path`, from `template` and its own `data`; its path.
    pub fn page<T: Serialize>(
        &self,
        key: &'static str,
        path: &str,
        template: &str,
        title: String,
        description: Option<String>,
        data: T,
    ) -> Result<String, Diagnostic> {
        let page = page_meta(self.base_url, self.theme, key, path, title, description);
        let context = Context {
            page: &page,
            root: &page.root,
            data,
        };
        self.templates
            .render_page(template, &self.shared, &context, self.sink, path)
    }

    /// A fragment that goes into pages (a shortcode's figure), from its data, an
    /// object, and the way to the site root from the page it goes into.
    pub fn fragment(
        &self,
        template: &str,
        root: &str,
        mut data: serde_json::Value,
    ) -> Result<String, Diagnostic> {
        if let Some(fields) = data.as_object_mut() {
            fields.insert("root".to_owned(), root.into());
        }
        self.templates.render(template, data)
    }
}
