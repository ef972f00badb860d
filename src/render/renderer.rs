//! The state one build renders with: templates compiled once, the views every page
//! shares built once, and narratives rendered for the page they appear on.

use super::markdown::{self, AsPiece, Page, Place};
use super::page::PageRenderer;
use super::templates::Templates;
use super::urls;
use super::views::artefact::{card, ArtefactCard};
use super::views::matrix::MatrixView;
use super::views::metric::{metric_view, MetricView};
use super::views::site::{site_view, SiteView};
use super::views::testimonial::{testimonial_view, TestimonialView};
use crate::diagnostic::Diagnostic;
use crate::model::RefKind;
use crate::output::Sink;
use crate::publish::{PublishedTestimonial, Site};
use crate::render::chart::Drawn;
use crate::syntax::shortcode::Shortcode;
use rayon::prelude::*;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

pub struct Renderer<'s, 'a> {
    pub site: &'s Site<'a>,
    /// Renders each page, over the `site` every page shares.
    pub pages: PageRenderer<'s>,
    pub site_view: SiteView,
    /// In portfolio order, one per published artefact.
    pub cards: Vec<ArtefactCard>,
    /// Each metric's chart SVG, by metric id.
    charts: &'s BTreeMap<String, Drawn>,
    /// One per metric, in the site's order, each made when first shown: a rebuild of
    /// one page in `serve` makes only the few it shows.
    metrics: Vec<OnceLock<MetricView<'s>>>,
    /// Made once, when first shown: the home page, the matrix, every competency page
    /// and the panel pack all show it.
    matrix: OnceLock<MatrixView>,
    /// Each shortcode's figure, by what it shows and the way to the root of the page
    /// it goes into: one chart may be embedded in thousands of narratives, the same
    /// HTML in each, and rendering its table and headline again for each was a third
    /// of a large build.
    figures: Mutex<HashMap<(RefKind, String, String), Arc<str>>>,
    /// The panel pack's PDF, once typeset: the home and panel pages link to it.
    pack: OnceLock<super::views::pages::PackLink>,
}

impl<'s, 'a> Renderer<'s, 'a> {
    /// `charts` holds each metric's chart SVG, by metric id; `templates` are the
    /// site's theme's, compiled; pages go to `sink`.
    pub fn new(
        site: &'s Site<'a>,
        charts: &'s BTreeMap<String, Drawn>,
        templates: Templates,
        showcase: Option<super::views::site::ShowcaseLink>,
        sink: &'s dyn Sink,
    ) -> Self {
        let cards: Vec<ArtefactCard> = site
            .artefacts
            .par_iter()
            .enumerate()
            .map(|(i, a)| card(site, a, i))
            .collect();
        let site_view = site_view(site, showcase);
        let settings = site.settings;
        Renderer {
            site,
            pages: PageRenderer::new(
                templates,
                "site",
                &site_view,
                &settings.base_url,
                site.theme,
                sink,
            ),
            site_view,
            cards,
            charts,
            metrics: site.metrics.iter().map(|_| OnceLock::new()).collect(),
            matrix: OnceLock::new(),
            figures: Mutex::default(),
            pack: OnceLock::new(),
        }
    }

    /// Make every shared view now, on every core, before a whole site's pages ask
    /// for them one by one.
    pub fn prepare_all(&self) {
        (0..self.metrics.len()).into_par_iter().for_each(|i| {
            self.metric_at(i);
        });
        self.matrix_view();
    }

    pub fn metric(&self, id: &str) -> Option<&MetricView<'s>> {
        Some(self.metric_at(self.site.metric_position(id)?))
    }

    fn metric_at(&self, i: usize) -> &MetricView<'s> {
        self.metrics[i].get_or_init(|| {
            let m = &self.site.metrics[i];
            metric_view(self.site, m, self.charts.get(m.id.as_str()))
        })
    }

    /// Every metric's view, in the site's order.
    pub fn all_metrics(&self) -> Vec<&MetricView<'s>> {
        (0..self.metrics.len()).map(|i| self.metric_at(i)).collect()
    }

    /// The typeset pack, for the pages that link to it.
    pub fn set_pack(&self, pack: super::views::pages::PackLink) {
        let _ = self.pack.set(pack);
    }

    pub fn pack(&self) -> Option<&super::views::pages::PackLink> {
        self.pack.get()
    }

    /// A published artefact's card.
    pub fn card(&self, id: &str) -> Option<&ArtefactCard> {
        self.cards.iter().find(|c| c.id == id)
    }

    /// A metric's chart as SVG (the wide drawing), if it has one.
    pub fn chart_svg(&self, id: &str) -> Option<&str> {
        self.charts.get(id).map(|c| c.wide.as_str())
    }

    pub fn matrix_view(&self) -> &MatrixView {
        self.matrix
            .get_or_init(|| super::views::matrix::matrix(self.site, &self.cards))
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
    pub fn testimonial(&self, t: &PublishedTestimonial<'_>, path: &str) -> TestimonialView {
        self.testimonial_at(t, &urls::root_of(path))
    }

    /// Quotes are Markdown too, but never hold shortcodes (a quote inside a quote).
    fn testimonial_at(&self, t: &PublishedTestimonial<'_>, root: &str) -> TestimonialView {
        let place = Place {
            root,
            id_prefix: "q-",
            min_heading: 4,
            locale: self.site.locale,
        };
        testimonial_view(self.site, t, markdown::render_plain(t.quote, &place))
    }
}
