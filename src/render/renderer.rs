//! The HTML renderer: the views every page shares ([`Views`]), the theme's templates
//! compiled once, and narratives rendered for the page they appear on.

use super::markdown::{self, AsPiece, Page, Place};
use super::page::PageRenderer;
use super::page_data::{PackLink, Quoted};
use super::templates::Templates;
use crate::diagnostic::Diagnostic;
use crate::model::RefKind;
use crate::output::Sink;
use crate::publish::PublishedTestimonial;
use crate::syntax::shortcode::Shortcode;
use crate::view::testimonial::testimonial_view;
use crate::view::urls;
use crate::view::Views;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

pub struct Renderer<'s, 'a> {
    pub views: &'s Views<'s, 'a>,
    /// Renders each page, over the `site` every page shares.
    pub pages: PageRenderer<'s>,
    /// Each shortcode's figure, by what it shows and the way to the root of the page
    /// it goes into: one chart may be embedded in thousands of narratives, the same
    /// HTML in each, and rendering its table and headline again for each was a third
    /// of a large build.
    figures: Mutex<HashMap<(RefKind, String, String), Arc<str>>>,
    /// The panel pack's PDF, once typeset: the home and panel pages link to it.
    pack: OnceLock<PackLink>,
}

/// A page is made from the shared views: they read as the renderer's own.
impl<'s, 'a> std::ops::Deref for Renderer<'s, 'a> {
    type Target = Views<'s, 'a>;

    fn deref(&self) -> &Views<'s, 'a> {
        self.views
    }
}

impl<'s, 'a> Renderer<'s, 'a> {
    /// `templates` are the site's theme's, compiled; pages go to `sink`.
    pub fn new(views: &'s Views<'s, 'a>, templates: Templates, sink: &'s dyn Sink) -> Self {
        let site = views.site;
        Renderer {
            views,
            pages: PageRenderer::new(
                templates,
                "site",
                &views.site_view,
                &site.settings.base_url,
                site.theme,
                sink,
            ),
            figures: Mutex::default(),
            pack: OnceLock::new(),
        }
    }

    /// The typeset pack, for the pages that link to it.
    pub fn set_pack(&self, pack: PackLink) {
        let _ = self.pack.set(pack);
    }

    pub fn pack(&self) -> Option<&PackLink> {
        self.pack.get()
    }

    /// A narrative as HTML for the page at `path`. `id_prefix` keeps ids unique where
    /// several narratives share a page; `min_heading` is the first free heading level.
    pub fn markdown(
        &self,
        body: &str,
        path: &str,
        id_prefix: &str,
        min_heading: u8,
    ) -> Result<String, Diagnostic> {
        let pieces = crate::syntax::narrative::parse(body).0;
        self.narrative(&pieces, path, id_prefix, min_heading)
    }

    /// A narrative parsed before, as HTML for the page at `path`, with its links to
    /// artefacts and its shortcodes made for what this build publishes.
    pub fn narrative<P: AsPiece>(
        &self,
        pieces: &[P],
        path: &str,
        id_prefix: &str,
        min_heading: u8,
    ) -> Result<String, Diagnostic> {
        let root = urls::root_of(path);
        let place = Place {
            root: &root,
            id_prefix,
            min_heading,
            locale: self.site.locale,
        };
        let failure: RefCell<Option<Diagnostic>> = RefCell::new(None);
        let artefact_path = |id: &str| {
            self.site
                .artefact(id)
                .map(|a| urls::artefact(a.id.as_str()))
        };
        let shortcode = |code: &Shortcode, block: bool, out: &mut String| {
            match self.shortcode(code, &root) {
                // An inline figure sits inside a sentence: no stray white space around it.
                Ok(html) if !block => out.push_str(html.trim()),
                Ok(html) => out.push_str(&html),
                Err(d) => {
                    failure.borrow_mut().get_or_insert(d);
                }
            }
        };
        let page = Page {
            artefact_path: &artefact_path,
            shortcode: &shortcode,
        };
        let html = markdown::render(pieces, &place, &page);
        match failure.into_inner() {
            Some(d) => Err(d),
            None => Ok(html),
        }
    }

    /// A shortcode's HTML for a page at `root`, made once for each depth it is shown at.
    fn shortcode(&self, code: &Shortcode, root: &str) -> Result<Arc<str>, Diagnostic> {
        let key = (code.kind, code.id.to_string(), root.to_owned());
        if let Some(made) = self.locked_figures().get(&key) {
            return Ok(Arc::clone(made));
        }
        let made: Arc<str> = self.figure(code, root)?.into();
        self.locked_figures().insert(key, Arc::clone(&made));
        Ok(made)
    }

    fn locked_figures(
        &self,
    ) -> std::sync::MutexGuard<'_, HashMap<(RefKind, String, String), Arc<str>>> {
        self.figures.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A shortcode's HTML for a page at `root`, from its template.
    fn figure(&self, code: &Shortcode, root: &str) -> Result<String, Diagnostic> {
        let id = code.id.as_str();
        let (template, data) = match code.kind {
            // What is not published (a metric only private work uses, a testimonial
            // without consent) leaves no trace.
            RefKind::Chart | RefKind::Metric => {
                let Some(metric) = self.metric(id) else {
                    return Ok(String::new());
                };
                let template = if code.kind == RefKind::Chart {
                    "shortcodes/chart.html"
                } else {
                    "shortcodes/metric.html"
                };
                (template, serde_json::json!({ "metric": metric }))
            }
            RefKind::Testimonial => {
                let Some(t) = self.site.testimonial(id) else {
                    return Ok(String::new());
                };
                let view = self.testimonial_at(t, root);
                (
                    "shortcodes/testimonial.html",
                    serde_json::json!({ "testimonial": view }),
                )
            }
            RefKind::Link | RefKind::Asset => return Ok(String::new()),
        };
        self.pages.fragment(template, root, data)
    }

    /// A testimonial for the page at `path`.
    pub fn testimonial(&self, t: &PublishedTestimonial<'_>, path: &str) -> Quoted {
        self.testimonial_at(t, &urls::root_of(path))
    }

    /// Quotes are Markdown too, but never hold shortcodes (a quote inside a quote).
    fn testimonial_at(&self, t: &PublishedTestimonial<'_>, root: &str) -> Quoted {
        let place = Place {
            root,
            id_prefix: "q-",
            min_heading: 4,
            locale: self.site.locale,
        };
        Quoted {
            testimonial: testimonial_view(self.site, t),
            quote_html: markdown::render_plain(&t.quote.pieces(), &place),
        }
    }
}
