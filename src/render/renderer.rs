//! The state one build renders with: templates compiled once, the views every page
//! shares built once, and narratives rendered for the page they appear on.

use super::holes;
use super::markdown::{self, Compiled, Page, Place};
use super::per_depth::{self, PerDepth};
use super::templates::{Shared, Templates};
use super::urls;
use super::views::artefact::{card, ArtefactCard};
use super::views::matrix::MatrixView;
use super::views::metric::{metric_view, MetricView};
use super::views::site::{page_meta, section, site_view, PageMeta, SiteView};
use super::views::testimonial::{testimonial_view, TestimonialView};
use crate::diagnostic::Diagnostic;
use crate::model::RefKind;
use crate::output::Sink;
use crate::publish::{PublishedTestimonial, Site};
use crate::shortcode::Shortcode;
use rayon::prelude::*;
use serde::Serialize;
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::OnceLock;

pub struct Renderer<'s, 'a> {
    pub site: &'s Site<'a>,
    pub templates: Templates,
    pub site_view: SiteView,
    /// `site_view` as every page's `site`, serialised once.
    shared: Shared,
    /// In portfolio order, one per published artefact.
    pub cards: Vec<ArtefactCard>,
    /// Each metric's chart SVG, by metric id.
    charts: &'s BTreeMap<String, String>,
    /// One per metric, in the site's order, each made when first shown: a rebuild of
    /// one page in `serve` makes only the few it shows.
    metrics: Vec<OnceLock<MetricView<'s>>>,
    /// Made once, when first shown: the home page, the matrix, every competency page
    /// and the panel pack all show it.
    matrix: OnceLock<MatrixView>,
    /// Each quote's Markdown as HTML, by testimonial.
    quotes: PerDepth,
    /// Each shortcode's HTML: charts and headline figures by metric, quotes by
    /// testimonial.
    embedded_charts: PerDepth,
    embedded_figures: PerDepth,
    embedded_quotes: PerDepth,
    /// The matrix's HTML: the matrix page and the panel pack show the same one.
    matrix_html: PerDepth,
    /// Each card's HTML with holes for the page's values, by artefact: a card shows
    /// on the evidence list and on the page of every competency it shows.
    cards_html: Vec<OnceLock<String>>,
    /// The header of pages, by section (the navigation marks the current one): all
    /// ten thousand pages of a large portfolio's evidence share one.
    headers: PerDepth,
    /// Where each page goes as soon as it is made.
    sink: &'s dyn Sink,
}

/// A page's own template context: the page and its data (the site is [`Shared`]).
#[derive(Serialize)]
struct Context<'r, T: Serialize> {
    page: &'r PageMeta,
    /// `page.root`, named as in every fragment: the way back to the site root.
    root: &'r str,
    /// `partials/header.html` as this page shows it.
    header_html: &'r str,
    #[serde(flatten)]
    data: T,
}

impl<'s, 'a> Renderer<'s, 'a> {
    /// `charts` holds each metric's chart SVG, by metric id; `templates` are the
    /// site's theme's, compiled; pages go to `sink`.
    pub fn new(
        site: &'s Site<'a>,
        charts: &'s BTreeMap<String, String>,
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
        Renderer {
            site,
            templates,
            shared: Shared::new("site", &site_view),
            site_view,
            cards,
            charts,
            metrics: site.metrics.iter().map(|_| OnceLock::new()).collect(),
            matrix: OnceLock::new(),
            quotes: PerDepth::new(site.testimonials.len()),
            embedded_charts: PerDepth::new(site.metrics.len()),
            embedded_figures: PerDepth::new(site.metrics.len()),
            embedded_quotes: PerDepth::new(site.testimonials.len()),
            matrix_html: PerDepth::new(1),
            cards_html: site.artefacts.iter().map(|_| OnceLock::new()).collect(),
            headers: PerDepth::new(super::views::site::SECTIONS),
            sink,
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
            metric_view(
                self.site,
                m,
                self.charts.get(m.id.as_str()).map(String::as_str),
            )
        })
    }

    /// Every metric's view, in the site's order.
    pub fn all_metrics(&self) -> Vec<&MetricView<'s>> {
        (0..self.metrics.len()).map(|i| self.metric_at(i)).collect()
    }

    pub fn matrix_view(&self) -> &MatrixView {
        self.matrix
            .get_or_init(|| super::views::matrix::matrix(self.site, &self.cards))
    }

    /// The evidence matrix as HTML for pages at `root`, rendered once per depth.
    pub fn matrix_html(&self, root: &str) -> Result<Cow<'_, str>, Diagnostic> {
        self.matrix_html.try_get(Some(0), root, || {
            let data = serde_json::json!({ "matrix": self.matrix_view() });
            self.fragment("partials/matrix.html", root, data)
        })
    }

    /// The card of the artefact at `index` for a page at `root` with `level`
    /// headings for cards (`partials/card.html`), rendered once for all pages.
    pub fn card_html(&self, index: usize, root: &str, level: u8) -> Result<String, Diagnostic> {
        let holed = per_depth::once(&self.cards_html[index], || {
            let data = serde_json::json!({ "card": &self.cards[index], "level": holes::LEVEL });
            self.fragment("partials/card.html", holes::ROOT, data)
        })?;
        Ok(holes::fill(holed, root, level))
    }

    /// A fragment shared by pages (a shortcode's figure, a card, the matrix), from its
    /// data, an object, and the way to the site root.
    fn fragment(
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

    /// Render one page at `path` with `template` into the sink; its path.
    pub fn page<T: Serialize>(
        &self,
        key: &'static str,
        path: &str,
        template: &str,
        title: String,
        description: Option<String>,
        data: T,
    ) -> Result<String, Diagnostic> {
        let page = page_meta(
            &self.site.settings.base_url,
            self.site.theme,
            key,
            path,
            title,
            description,
        );
        let header_html = self.header_html(&page)?;
        let context = Context {
            page: &page,
            root: &page.root,
            header_html: &header_html,
            data,
        };
        self.templates
            .render_page(template, &self.shared, &context, self.sink, path)
    }

    /// The header for `page`, rendered once per section and depth. It is given only
    /// what it may depend on: the site, and the page's section and way to the root.
    fn header_html(&self, page: &PageMeta) -> Result<Cow<'_, str>, Diagnostic> {
        self.headers.try_get(section(page.key), &page.root, || {
            let data = serde_json::json!({
                "site": &self.site_view,
                "page": { "key": page.key, "root": &page.root },
            });
            self.fragment("partials/header.html", &page.root, data)
        })
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
        let place = Place {
            root: &urls::root_of(path),
            id_prefix,
            min_heading,
        };
        self.fill(&markdown::compile_text(body, &place))
    }

    /// A compiled narrative with its links to artefacts and its shortcodes made for
    /// this build.
    pub fn fill(&self, compiled: &Compiled) -> Result<String, Diagnostic> {
        let failure: RefCell<Option<Diagnostic>> = RefCell::new(None);
        let artefact_path = |id: &str| {
            self.site
                .artefact(id)
                .map(|a| urls::artefact(a.id.as_str()))
        };
        let shortcode = |code: &Shortcode, block: bool, out: &mut String| {
            match self.shortcode(code, compiled.root()) {
                // An inline figure sits inside a sentence: no stray white space around it.
                Ok(html) if !block => out.push_str(html.trim()),
                Ok(html) => out.push_str(&html),
                Err(d) => {
                    failure.borrow_mut().get_or_insert(d);
                }
            }
        };
        let html = compiled.fill(&Page {
            artefact_path: &artefact_path,
            shortcode: &shortcode,
        });
        match failure.into_inner() {
            Some(d) => Err(d),
            None => Ok(html),
        }
    }

    /// A shortcode's HTML, rendered once per page depth: the same chart may be
    /// embedded in hundreds of narratives.
    fn shortcode(&self, code: &Shortcode, root: &str) -> Result<Cow<'_, str>, Diagnostic> {
        let id = code.id.as_str();
        match code.kind {
            RefKind::Chart | RefKind::Metric => {
                // A metric that is not published leaves no trace.
                let Some(i) = self.site.metric_position(id) else {
                    return Ok(Cow::Borrowed(""));
                };
                let (cache, template) = if code.kind == RefKind::Chart {
                    (&self.embedded_charts, "shortcodes/chart.html")
                } else {
                    (&self.embedded_figures, "shortcodes/metric.html")
                };
                cache.try_get(Some(i), root, || {
                    let data = serde_json::json!({ "metric": self.metric_at(i) });
                    self.fragment(template, root, data)
                })
            }
            RefKind::Testimonial => {
                // A testimonial without consent is not in the site: it leaves no trace.
                let Some(t) = self.site.testimonial(id) else {
                    return Ok(Cow::Borrowed(""));
                };
                let i = self.site.testimonial_position(id);
                self.embedded_quotes.try_get(i, root, || {
                    let view = self.testimonial_at(t, root);
                    let data = serde_json::json!({ "testimonial": view });
                    self.fragment("shortcodes/testimonial.html", root, data)
                })
            }
            RefKind::Link | RefKind::Asset => Ok(Cow::Borrowed("")),
        }
    }

    /// A testimonial for the page at `path`.
    pub fn testimonial(&self, t: &PublishedTestimonial<'_>, path: &str) -> TestimonialView {
        self.testimonial_at(t, &urls::root_of(path))
    }

    /// Quotes are Markdown too, but never hold shortcodes (a quote inside a quote).
    fn testimonial_at(&self, t: &PublishedTestimonial<'_>, root: &str) -> TestimonialView {
        let render = || {
            let place = Place {
                root,
                id_prefix: "q-",
                min_heading: 4,
            };
            markdown::render_plain(t.quote, &place)
        };
        let i = self.site.testimonial_position(t.id.as_str());
        let html = self.quotes.get(i, root, render).into_owned();
        testimonial_view(self.site, t, html)
    }
}
