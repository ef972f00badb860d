//! The stages in order: load -> validate -> publish -> the views -> the renderers,
//! HTML (`render`) and PDF (`pdf`), side by side. `build`, `check` and `serve` all
//! run this; only `build` and `serve` go on to use the files. A folder with
//! `showcase.yaml` runs every member portfolio through the same stages.

use crate::diagnostic::{self, Diagnostic};
use crate::load;
use crate::model::Portfolio;
use crate::output::{InMemory, OutputFile, Sink};
use crate::pdf;
use crate::publish::{self, Options, Site};
use crate::render::page_data::PackLink;
use crate::render::renderer::Renderer;
use crate::render::showcase::{InFolder, MemberSite};
use crate::render::{self, Rendered};
use crate::search::{self, SearchIndex};
use crate::validate;
use crate::view::site::ShowcaseLink;
use crate::view::Views;
use rayon::prelude::*;
use std::path::Path;

pub struct Outcome<T> {
    /// `None` when there were errors: nothing may be published.
    pub files: Option<T>,
    /// Errors and warnings, sorted.
    pub diagnostics: Vec<Diagnostic>,
}

/// Build in memory: every file of the site, sorted by path.
pub fn run(root: &Path, options: Options) -> Outcome<Vec<OutputFile>> {
    let sink = InMemory::default();
    let outcome = run_into(root, options, &sink);
    Outcome {
        files: outcome.files.map(|_| sink.into_files()),
        diagnostics: outcome.diagnostics,
    }
}

/// Build into `sink`: the paths of every file of the site, sorted. On errors the sink
/// may hold some files already; the caller must not publish them.
pub fn run_into(root: &Path, options: Options, sink: &dyn Sink) -> Outcome<Vec<String>> {
    run_keeping_model(root, options, sink).0
}

/// [`run_into`], and the model of a portfolio that built, for `serve` to patch after
/// a save (a showcase, or a build with errors, keeps none).
pub fn run_keeping_model(
    root: &Path,
    options: Options,
    sink: &dyn Sink,
) -> (Outcome<Vec<String>>, Option<Portfolio>) {
    if load::showcase::is_showcase(root) {
        return (run_showcase(root, options, sink), None);
    }
    let loaded = load::load(root);
    let mut diagnostics = loaded.diagnostics;
    let files = loaded.portfolio.as_ref().and_then(|portfolio| {
        let checked = validated_and_published(portfolio, options);
        diagnostics.extend(checked.problems);
        if diagnostic::has_errors(&diagnostics) {
            return None;
        }
        diagnostics.extend(checked.notes);
        let site = &checked.site;
        // One part: a portfolio is never the size of a district.
        let index = site
            .search
            .then(|| SearchIndex::start(&site.settings.language, 1));
        let (rendered, pages) =
            with_pages(index.is_some(), sink, |sink| render_site(site, None, sink));
        if let Some(index) = &index {
            index.add(0, pages);
        }
        with_index(index, rendered, sink)
            .map(|rendered| {
                diagnostics.extend(rendered.notes);
                rendered.paths
            })
            .map_err(|problems| diagnostics.extend(problems))
            .ok()
    });
    let outcome = finish(root, files, diagnostics);
    let portfolio = loaded.portfolio.filter(|_| outcome.files.is_some());
    (outcome, portfolio)
}

/// One error in any member stops the whole showcase: a district publishes all of its
/// leaders or none.
fn run_showcase(root: &Path, options: Options, sink: &dyn Sink) -> Outcome<Vec<String>> {
    let (showcase, mut diagnostics) = load::showcase::load(root);
    let files = showcase.as_ref().and_then(|showcase| {
        // One search across the showcase, or none: a member's own `search:` is for its
        // site alone.
        let search = showcase.search && !options.no_search;
        let mut members = Vec::new();
        let mut notes = Vec::new();
        for m in &showcase.members {
            let checked = validated_and_published(&m.portfolio, options);
            let in_member = |d: Diagnostic| d.in_folder(&m.folder);
            diagnostics.extend(checked.problems.into_iter().map(in_member));
            notes.extend(checked.notes.into_iter().map(in_member));
            let mut site = checked.site;
            site.search = search;
            members.push(MemberSite {
                folder: &m.folder,
                site,
            });
        }
        if diagnostic::has_errors(&diagnostics) {
            return None;
        }
        diagnostics.extend(notes);
        let index = search.then(|| {
            let parts = SearchIndex::parts_for(pieces(&members));
            SearchIndex::start(&showcase.language, parts)
        });
        let (paths, problems) = render_members(showcase, &members, index.as_ref(), sink);
        let parts = index.as_ref().map(SearchIndex::parts);
        let rendered = render::showcase::render(showcase, parts, &members, sink, paths, problems);
        with_index(index, rendered, sink)
            .map(|rendered| {
                diagnostics.extend(rendered.notes);
                rendered.paths
            })
            .map_err(|problems| diagnostics.extend(problems))
            .ok()
    });
    finish(root, files, diagnostics)
}

/// Every file of a published site, HTML and PDF, put into `sink`. The charts are
/// drawn while the theme's templates compile; the views every page and the pack share
/// are made once; the pack is typeset while the pages render, and the two pages that
/// say how long the pack is are rendered as soon as it is typeset, while the other
/// pages still render, rather than alone at the end (the panel page, with its matrix,
/// is one of the largest).
pub fn render_site(
    site: &Site<'_>,
    showcase: Option<ShowcaseLink>,
    sink: &dyn Sink,
) -> Result<Rendered, Vec<Diagnostic>> {
    let (charts, templates) = render::charts_and_templates(site, |_| true)?;
    let views = Views::new(site, &charts, showcase);
    views.prepare_all();
    let html = Renderer::new(&views, templates, sink);
    let (packed, made) = rayon::join(
        || -> Result<_, Vec<Diagnostic>> {
            let Some(typeset) = pdf::panel_pack(&views)? else {
                return Ok((render::naming_the_pack(&html), Vec::new()));
            };
            html.set_pack(PackLink {
                href: pdf::PATH,
                pages: typeset.pages,
            });
            let pdf = render::put(sink, OutputFile::bytes(pdf::PATH, typeset.bytes));
            let mut named = render::naming_the_pack(&html);
            named.paths.push(pdf);
            Ok((named, typeset.notes))
        },
        || render::pages(&html),
    );
    let (named, notes) = packed?;
    render::finish(&html, made.and(named), notes)
}

/// What `render` puts into `sink`, and when the site is searched, the pages it made
/// that offer something to search, by path, for the index.
fn with_pages<T>(
    searched: bool,
    sink: &dyn Sink,
    render: impl FnOnce(&dyn Sink) -> T,
) -> (T, Vec<search::Page>) {
    if !searched {
        return (render(sink), Vec::new());
    }
    let indexing = search::Indexing::new(sink);
    let made = render(&indexing);
    (made, indexing.into_pages())
}

/// A rendered site with its search index's files, when it has an index.
fn with_index(
    index: Option<SearchIndex>,
    rendered: Result<Rendered, Vec<Diagnostic>>,
    sink: &dyn Sink,
) -> Result<Rendered, Vec<Diagnostic>> {
    let Some(index) = index else {
        return rendered;
    };
    let files = index.finish().map_err(|e| {
        let message = format!("the search index could not be built: {e}");
        vec![Diagnostic::error_in(search::FOLDER, message)
            .with_hint("build with `--no-search` to publish the site without search")]
    });
    let mut rendered = rendered?;
    for file in files? {
        rendered.paths.push(render::put(sink, file));
    }
    Ok(rendered)
}

/// The pieces a showcase publishes, all members together: what sizes its index.
fn pieces(members: &[MemberSite<'_>]) -> usize {
    members.iter().map(|m| m.site.artefacts.len()).sum()
}

/// Members rendered at once without packs: enough to keep every core busy while one
/// finishes, few enough that their pages are held for the index only briefly.
const MEMBERS_AT_ONCE: usize = 32;

/// Each member's site in its folder: the paths of all their files, and their
/// problems and notes, each in its member's folder.
fn render_members(
    showcase: &crate::model::Showcase,
    members: &[MemberSite<'_>],
    index: Option<&SearchIndex>,
    sink: &dyn Sink,
) -> (Vec<String>, Vec<Diagnostic>) {
    let link = render::showcase::link(showcase);
    // Members are independent sites, each rendered into its own folder. Typst waits
    // for its parallel work by running other queued jobs on the waiting thread
    // (rayon's `yield_now`): with every member queued at once, those were other
    // members' packs, each started on top of the last one's stack, and 200 leaders
    // overflowed it. So members with packs are rendered one after another, each on
    // every core; without packs, many at once.
    let render = |m: &MemberSite<'_>| {
        with_pages(index.is_some(), sink, |sink| {
            let folder = InFolder {
                folder: m.folder,
                sink,
            };
            render_site(&m.site, Some(link.clone()), &folder)
        })
    };
    // The index takes each member's pages in the members' order, whatever order they
    // were made in, so that it is the same from build to build.
    let indexed = |i: usize, (rendered, pages)| {
        if let Some(index) = index {
            index.add(i, pages);
        }
        rendered
    };
    let numbered: Vec<(usize, &MemberSite<'_>)> = members.iter().enumerate().collect();
    let rendered: Vec<_> = if members.iter().any(|m| m.site.pdf) {
        numbered
            .iter()
            .map(|&(i, m)| (m, indexed(i, render(m))))
            .collect()
    } else {
        // A window of members at a time, on every core: only a window's pages wait
        // for the index.
        numbered
            .chunks(MEMBERS_AT_ONCE)
            .flat_map(|window| {
                let made: Vec<_> = window.par_iter().map(|&(i, m)| (i, m, render(m))).collect();
                made.into_iter()
                    .map(|(i, m, made)| (m, indexed(i, made)))
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    let mut paths = Vec::new();
    let mut problems = Vec::new();
    for (m, rendered) in rendered {
        match rendered {
            Ok(member) => {
                paths.extend(
                    member
                        .paths
                        .iter()
                        .filter_map(|p| InFolder::path(m.folder, p)),
                );
                problems.extend(member.notes.into_iter().map(|d| d.in_folder(m.folder)));
            }
            Err(ds) => problems.extend(ds.into_iter().map(|d| d.in_folder(m.folder))),
        }
    }
    (paths, problems)
}

/// A portfolio checked and published: its problems, and its site with notes on what was
/// held back.
pub struct Checked<'p> {
    pub problems: Vec<Diagnostic>,
    pub site: Site<'p>,
    pub notes: Vec<Diagnostic>,
}

/// Validating and publishing both only read the portfolio, so they run at the same time
/// (20 ms of one core at 10,000 artefacts); a caller throws the site away when a
/// problem is an error.
pub fn validated_and_published(portfolio: &Portfolio, options: Options) -> Checked<'_> {
    let (problems, (site, notes)) = rayon::join(
        || validate::validate(portfolio),
        || publish::publish(portfolio, options),
    );
    Checked {
        problems,
        site,
        notes,
    }
}

fn finish(
    root: &Path,
    files: Option<Vec<String>>,
    mut diagnostics: Vec<Diagnostic>,
) -> Outcome<Vec<String>> {
    diagnostic::sort(&mut diagnostics);
    diagnostic::quote_sources(&mut diagnostics, root);
    let files = files.filter(|_| !diagnostic::has_errors(&diagnostics));
    Outcome { files, diagnostics }
}
