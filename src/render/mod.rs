//! Render: a published [`Site`] to files in memory. Nothing here touches the disk.

pub mod markdown;
mod pages;
pub mod renderer;
pub mod sanitize;
pub mod showcase;
mod sitemap;
pub mod templates;
pub mod urls;
pub mod views;

use crate::diagnostic::Diagnostic;
use crate::output::OutputFile;
use crate::publish::Site;
use rayon::prelude::*;
use renderer::Renderer;
use std::collections::BTreeMap;

/// Each metric's chart, drawn once: the same SVG goes inline on every page that shows
/// the metric and into `charts/<id>.svg`.
fn charts(site: &Site<'_>) -> Result<BTreeMap<String, String>, Vec<Diagnostic>> {
    let mut charts = BTreeMap::new();
    let mut problems = Vec::new();
    let drawn: Vec<_> = site
        .metrics
        .par_iter()
        .map(|m| (m, crate::chart::render(m)))
        .collect();
    for (m, drawn) in drawn {
        match drawn {
            Ok(svg) => {
                charts.insert(m.id.to_string(), svg);
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

/// Every file of the site, sorted by path. All page problems are collected.
pub fn render(site: &Site<'_>) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    render_in(site, None)
}

/// Render a portfolio, linking back to the showcase it is part of, if any.
pub fn render_in(
    site: &Site<'_>,
    showcase: Option<views::site::ShowcaseLink>,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let charts = charts(site)?;
    let renderer = Renderer::new(site, &charts, showcase).map_err(|d| vec![d])?;
    let mut pages = vec![
        renderer.home(),
        renderer.evidence(),
        renderer.matrix(),
        renderer.impact(),
    ];
    pages.extend([
        renderer.testimonials(),
        renderer.about(),
        renderer.panel(),
        renderer.not_found(),
    ]);
    // Artefact and competency pages are independent: rendered on every core, collected
    // in order, so the output is the same bytes as a sequential build.
    let artefacts: Vec<_> = site
        .artefacts
        .par_iter()
        .enumerate()
        .map(|(i, a)| renderer.artefact(a, i))
        .collect();
    pages.extend(artefacts);
    let competencies: Vec<_> = (0..site.framework.competencies.len())
        .into_par_iter()
        .map(|i| renderer.competency(i))
        .collect();
    pages.extend(competencies);

    let mut files: BTreeMap<String, OutputFile> = BTreeMap::new();
    for (path, source) in &site.theme.files {
        files.insert(path.clone(), OutputFile::from_source(path.clone(), source));
    }
    for asset in site.assets {
        files.insert(
            asset.site_path.clone(),
            OutputFile {
                path: asset.site_path.clone(),
                contents: crate::output::Contents::Copy(asset.file.clone()),
            },
        );
    }
    for (id, svg) in &charts {
        let path = urls::chart(id);
        files.insert(
            path.clone(),
            OutputFile::text(path, crate::chart::file(svg)),
        );
    }
    assemble(files, pages, Vec::new(), &site.settings.base_url)
}

/// The finished site: the pages laid over the other files, every page problem
/// collected, and a sitemap of every page.
fn assemble(
    mut files: BTreeMap<String, OutputFile>,
    pages: Vec<Result<OutputFile, Diagnostic>>,
    mut problems: Vec<Diagnostic>,
    base_url: &str,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    for page in pages {
        match page {
            Ok(file) => {
                files.insert(file.path.clone(), file);
            }
            Err(d) => problems.push(d),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let page_paths: Vec<&str> = files
        .values()
        .filter(|f| f.is_page())
        .map(|f| f.path.as_str())
        .collect();
    let map = sitemap::sitemap(base_url, &page_paths);
    files.insert(map.path.clone(), map);
    Ok(files.into_values().collect())
}
