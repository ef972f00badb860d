//! Render: a published [`Site`] to files, each handed to a [`Sink`] as it is made (a
//! page as its template renders). Where files go is the sink's business: nothing here
//! touches the disk.

pub mod chart;
mod data_csv;
pub mod headline;
pub mod markdown;
mod outside_reads;
pub mod page;
pub mod pages;
pub mod renderer;
pub mod sanitize;
pub mod showcase;
mod sitemap;
pub mod templates;
pub mod urls;
pub mod views;

use crate::diagnostic::Diagnostic;
use crate::output::{InMemory, OutputFile, Sink};
use crate::publish::Site;
use rayon::prelude::*;
use renderer::Renderer;
use std::collections::{BTreeMap, BTreeSet};
use templates::Templates;

/// Each metric's chart, drawn once: the same SVG goes inline on every page that shows
/// the metric and into `charts/<id>.svg`.
fn charts(
    site: &Site<'_>,
    wanted: impl Fn(&str) -> bool + Sync,
) -> Result<BTreeMap<String, chart::Drawn>, Vec<Diagnostic>> {
    let mut charts = BTreeMap::new();
    let mut problems = Vec::new();
    let drawn: Vec<_> = site
        .metrics
        .par_iter()
        .filter(|m| wanted(m.id.as_str()))
        .map(|m| (m, crate::render::chart::render(m)))
        .collect();
    for (m, drawn) in drawn {
        match drawn {
            Ok(drawn) => {
                charts.insert(m.id.to_string(), drawn);
            }
            Err(e) => problems.push(
                Diagnostic::error_in(m.path, format!("the chart could not be drawn: {e}"))
                    .with_hint("please report this as a bug in leadfolio"),
            ),
        }
    }
    if problems.is_empty() {
        Ok(charts)
    } else {
        Err(problems)
    }
}

/// The charts `wanted`, drawn while the theme's templates are compiled: parsing them
/// takes 4 ms on one core (a twentieth of a build of 1,000 artefacts), and the drawing
/// keeps the other cores busy meanwhile.
fn charts_and_templates(
    site: &Site<'_>,
    wanted: impl Fn(&str) -> bool + Send + Sync,
) -> Result<(BTreeMap<String, chart::Drawn>, Templates), Vec<Diagnostic>> {
    let (charts, templates) = rayon::join(
        || charts(site, wanted),
        || Templates::new(site.theme, site.locale.clone()),
    );
    Ok((charts?, templates?))
}

/// A site rendered: the paths of all its files, sorted, and warnings about them.
#[derive(Debug, Default)]
pub struct Rendered {
    pub paths: Vec<String>,
    pub notes: Vec<Diagnostic>,
}

/// Every file of the site, put into `sink`; the paths of all of them, sorted. All
/// page problems are collected.
pub fn render(site: &Site<'_>, sink: &dyn Sink) -> Result<Rendered, Vec<Diagnostic>> {
    render_in(site, None, sink)
}

/// Render a portfolio, linking back to the showcase it is part of, if any.
pub fn render_in(
    site: &Site<'_>,
    showcase: Option<views::site::ShowcaseLink>,
    sink: &dyn Sink,
) -> Result<Rendered, Vec<Diagnostic>> {
    let (charts, templates) = charts_and_templates(site, |_| true)?;
    let renderer = Renderer::new(site, &charts, templates, showcase, sink);
    renderer.prepare_all();
    let mut files: Vec<OutputFile> = site
        .theme
        .files
        .iter()
        .map(|(path, source)| OutputFile::from_source(path.clone(), source))
        .collect();
    files.par_extend(site.assets.par_iter().map(|asset| asset_file(asset)));
    // The largest lists first. The home page and the panel page say how many pages
    // the pack has, so they are made after it.
    let fixed: [fn(&_) -> _; 6] = [
        Renderer::evidence,
        Renderer::matrix,
        Renderer::impact,
        Renderer::testimonials,
        Renderer::about,
        Renderer::not_found,
    ];
    let competencies = site.framework.competencies.len();
    let after_pack = 2 + usize::from(site.pdf);
    let plan = usize::from(site.plan.is_some());
    sink.expect(
        files.len()
            + charts.len()
            + fixed.len()
            + after_pack
            + plan
            + competencies
            + site.artefacts.len()
            + 1,
    );
    // The theme's files and the assets go first: a page at the same path replaces them.
    let mut paths = put_all(sink, files);
    paths.par_extend(charts.par_iter().map(|(id, drawn)| {
        put(
            sink,
            OutputFile::text(urls::chart(id), crate::render::chart::file(&drawn.wide)),
        )
    }));
    // A table shown in part links to every value as CSV: the view that decided so
    // says where.
    paths.par_extend(site.metrics.par_iter().filter_map(|m| {
        let href = renderer.metric(m.id.as_str())?.table.csv_href.clone()?;
        Some(put(sink, OutputFile::bytes(href, data_csv::csv(m))))
    }));
    // Every page is independent: all are rendered on every core. Each page is a job of
    // its own (rayon would otherwise hand one core a run of pages to do in turn), and
    // the list pages, the largest, come first, so that no core is left finishing one
    // alone at the end. Each page goes to the sink as soon as it is made (the renderer
    // puts it there); the sink keeps the output the same whatever the order. The pack
    // is typeset meanwhile: its cost does not grow with the number of pages.
    let (pack, mut pages) = rayon::join(
        || crate::pdf::panel_pack(&renderer),
        || -> Vec<_> {
            fixed
                .par_iter()
                .map(|page| page(&renderer))
                .chain(site.plan.map(|plan| renderer.plan(plan)))
                .chain(
                    (0..competencies)
                        .into_par_iter()
                        .map(|i| renderer.competency(i)),
                )
                .chain(
                    site.artefacts
                        .par_iter()
                        .enumerate()
                        .map(|(i, a)| renderer.artefact(a, i)),
                )
                .with_max_len(1)
                .collect()
        },
    );
    let mut notes = Vec::new();
    if let Some(typeset) = pack? {
        notes.extend(typeset.notes);
        renderer.set_pack(views::pages::PackLink {
            href: crate::pdf::PATH,
            pages: typeset.pages,
        });
        paths.push(put(
            sink,
            OutputFile::bytes(crate::pdf::PATH, typeset.bytes),
        ));
    }
    pages.push(renderer.home());
    pages.push(renderer.panel());
    finish(sink, paths, pages, notes, &site.settings.base_url)
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
    let pages = InMemory::default();
    let renderer = Renderer::new(site, &charts, templates, None, &pages);
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
        if let Ok(bytes) = crate::disk::regular_file::read(&asset.file) {
            let bytes = crate::publish::image_metadata::stripped(&bytes).unwrap_or(bytes);
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

fn put(sink: &dyn Sink, file: OutputFile) -> String {
    let path = file.path.clone();
    sink.put(file);
    path
}

fn put_all(sink: &dyn Sink, files: Vec<OutputFile>) -> Vec<String> {
    files.into_iter().map(|file| put(sink, file)).collect()
}

/// The site's last file: every page problem collected, or a sitemap of every page.
/// `problems` may hold warnings, which pass on with the site when there is no error.
fn finish(
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
