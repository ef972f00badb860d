//! The HTML renderer: the published [`Site`]'s views (`view/`) through the theme's
//! Tera templates to files, each handed to a [`Sink`] as it is made (a page as its
//! template renders). The panel pack is its sibling, `pdf/`; the pipeline runs both.
//! Where files go is the sink's business: nothing here touches the disk.

mod data_csv;
pub mod markdown;
mod outside_reads;
pub mod page;
pub mod page_data;
mod pager;
pub mod pages;
mod partial_cached;
pub mod plan;
pub mod renderer;
pub mod sanitize;
mod search_page;
pub mod showcase;
mod sitemap;
pub mod templates;

use crate::diagnostic::Diagnostic;
use crate::output::{InMemory, OutputFile, Sink};
use crate::publish::Site;
use crate::view::chart::Drawn;
use crate::view::{urls, Views};
use rayon::prelude::*;
use renderer::Renderer;
use std::collections::{BTreeMap, BTreeSet};
pub use templates::Templates;

/// A site rendered: the paths of all its files, sorted, and warnings about them.
#[derive(Debug, Default)]
pub struct Rendered {
    pub paths: Vec<String>,
    pub notes: Vec<Diagnostic>,
}

/// The charts `wanted`, drawn while the theme's templates are compiled: parsing them
/// takes 4 ms on one core (a twentieth of a build of 1,000 artefacts), and the drawing
/// keeps the other cores busy meanwhile. Every problem of both.
pub fn charts_and_templates(
    site: &Site<'_>,
    wanted: impl Fn(&str) -> bool + Send + Sync,
) -> Result<(BTreeMap<String, Drawn>, Templates), Vec<Diagnostic>> {
    let (charts, templates) = rayon::join(
        || crate::view::chart::draw_all(site, wanted),
        || Templates::new(site.theme, site.locale.clone()),
    );
    match (charts, templates) {
        (Ok(charts), Ok(templates)) => Ok((charts, templates)),
        (charts, templates) => Err([charts.err(), templates.err()]
            .into_iter()
            .flatten()
            .flatten()
            .collect()),
    }
}

/// A theme's static files, as the site publishes them.
fn theme_files(theme: &crate::model::theme::Theme) -> Vec<OutputFile> {
    theme
        .files
        .iter()
        .map(|(path, source)| OutputFile::from_source(path.clone(), source))
        .collect()
}

/// Files put into the sink: their paths, and each page made or its problem.
pub struct Made {
    pub paths: Vec<String>,
    pages: Vec<Result<String, Diagnostic>>,
}

impl Made {
    /// These files and `other`'s.
    pub fn and(mut self, other: Made) -> Made {
        self.paths.extend(other.paths);
        self.pages.extend(other.pages);
        self
    }
}

/// Every file of the site but the two pages that say how many pages the pack has (the
/// home page and the panel page), put into the renderer's sink: the theme's files,
/// the assets, the charts, the data a table links to, and every other page.
pub fn pages(r: &Renderer<'_, '_>) -> Made {
    let site = r.site;
    let sink = r.pages.sink();
    let mut files = theme_files(site.theme);
    files.par_extend(site.assets.par_iter().map(|asset| asset_file(asset)));
    // The largest lists first.
    let fixed: [fn(&_) -> _; 6] = [
        Renderer::evidence,
        Renderer::matrix,
        Renderer::impact,
        Renderer::testimonials,
        Renderer::about,
        Renderer::not_found,
    ];
    // A row and a page for each standard the matrix shows (all, or with `gaps: hide`
    // those with evidence).
    let competencies = r.matrix_view().rows.len();
    let after_pack = 2 + usize::from(site.pdf);
    let plan = usize::from(site.plan.is_some());
    let search = r.search();
    sink.expect(
        files.len()
            + r.charts().len()
            + fixed.len()
            + after_pack
            + plan
            + usize::from(search.is_some())
            + competencies
            + site.artefacts.len()
            + 1,
    );
    // The theme's files and the assets go first: a page at the same path replaces them.
    let mut paths = put_all(sink, files);
    paths.par_extend(r.charts().par_iter().map(|(id, drawn)| {
        put(
            sink,
            OutputFile::text(urls::chart(id), crate::view::chart::file(&drawn.wide)),
        )
    }));
    // A table shown in part links to every value as CSV: the view that decided so
    // says where.
    paths.par_extend(site.metrics.par_iter().filter_map(|m| {
        let href = r.metric(m.id.as_str())?.table.csv_href.clone()?;
        Some(put(sink, OutputFile::bytes(href, data_csv::csv(m))))
    }));
    // Every page is independent: all are rendered on every core. Each page is a job of
    // its own (rayon would otherwise hand one core a run of pages to do in turn), and
    // the list pages, the largest, come first, so that no core is left finishing one
    // alone at the end. Each page goes to the sink as soon as it is made (the renderer
    // puts it there); the sink keeps the output the same whatever the order.
    let pages = fixed
        .par_iter()
        .map(|page| page(r))
        .chain(site.plan.map(|plan| r.plan(plan)))
        .chain(search)
        .chain((0..competencies).into_par_iter().map(|i| r.competency(i)))
        .chain(
            site.artefacts
                .par_iter()
                .enumerate()
                .map(|(i, a)| r.artefact(a, i)),
        )
        .with_max_len(1)
        .collect();
    Made { paths, pages }
}

/// The two pages that say how many pages the pack has (the home page and the panel
/// page), once it is typeset or left out.
pub fn naming_the_pack(r: &Renderer<'_, '_>) -> Made {
    let (home, panel) = rayon::join(|| r.home(), || r.panel());
    Made {
        paths: Vec::new(),
        pages: vec![home, panel],
    }
}

/// The site's last file, a sitemap of every page, once all are `made`. Every page
/// problem is collected; `notes` may hold warnings, which pass on with the site when
/// there is no error.
pub fn finish(
    r: &Renderer<'_, '_>,
    made: Made,
    notes: Vec<Diagnostic>,
) -> Result<Rendered, Vec<Diagnostic>> {
    finish_site(
        r.pages.sink(),
        made.paths,
        made.pages,
        notes,
        &r.site.settings.base_url,
    )
}

/// Only the pages of the artefacts at `positions` (in the site's order), with just the
/// charts they show: what `serve` renders again after a save that changed nothing
/// those pages share with others.
pub fn artefact_pages(
    site: &Site<'_>,
    positions: &[usize],
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let shown: BTreeSet<&str> = positions
        .iter()
        .flat_map(|&i| site.artefacts[i].metrics_shown())
        .collect();
    let (charts, templates) = charts_and_templates(site, |id| shown.contains(id))?;
    let views = Views::new(site, &charts, None);
    let pages = InMemory::default();
    let renderer = Renderer::new(&views, templates, &pages);
    positions
        .par_iter()
        .map(|&i| renderer.artefact(site.artefacts[i], i))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|d| vec![d])?;
    Ok(pages.into_files())
}

/// A file of `assets/` as the site publishes it: copied as it is, but an image
/// without the metadata its camera wrote (a GPS position among it).
fn asset_file(asset: &crate::model::Asset) -> OutputFile {
    use crate::output::Contents;
    let path = asset.site_path.clone();
    let extension = path.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    if matches!(extension.as_str(), "jpg" | "jpeg" | "png" | "webp") {
        if let Ok(bytes) = crate::publish::image_metadata::published(&asset.file) {
            return OutputFile::bytes(path, bytes);
        }
    }
    // Anything else, or an image that cannot be read now, is copied (and a copy that
    // fails is reported where every copy is).
    OutputFile {
        path,
        contents: Contents::Copy(asset.file.clone()),
    }
}

pub fn put(sink: &dyn Sink, file: OutputFile) -> String {
    let path = file.path.clone();
    sink.put(file);
    path
}

fn put_all(sink: &dyn Sink, files: Vec<OutputFile>) -> Vec<String> {
    files.into_iter().map(|file| put(sink, file)).collect()
}

/// The site's last file: every page problem collected, or a sitemap of every page.
/// `problems` may hold warnings, which pass on with the site when there is no error.
fn finish_site(
    sink: &dyn Sink,
    mut paths: Vec<String>,
    pages: Vec<Result<String, Diagnostic>>,
    mut problems: Vec<Diagnostic>,
    base_url: &str,
) -> Result<Rendered, Vec<Diagnostic>> {
    for page in pages {
        match page {
            Ok(path) => paths.push(path),
            Err(d) => problems.push(d),
        }
    }
    if crate::diagnostic::has_errors(&problems) {
        return Err(problems);
    }
    paths.sort_unstable();
    paths.dedup();
    let page_paths: Vec<&str> = paths
        .iter()
        .map(String::as_str)
        .filter(|p| crate::output::is_page(p))
        .collect();
    let map = sitemap::sitemap(base_url, &page_paths);
    paths.push(put(sink, map));
    paths.sort_unstable();
    Ok(Rendered {
        paths,
        notes: problems,
    })
}
