//! `leadfolio serve`: build in memory, serve on loopback, rebuild on every save.

use super::CONTENT_ERRORS;
use crate::cli::ServeArgs;
use crate::diagnostic::report::plural;
use crate::model::Portfolio;
use crate::output::InMemory;
use crate::pipeline;
use crate::publish::Options;
use crate::serve::{incremental, listen, live_site::LiveSite, server, watch};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

pub fn execute(args: &ServeArgs) -> u8 {
    if !super::folder_exists(&args.dir) {
        return super::USAGE;
    }
    let (server, bound) = match listen::bind(args.bind, args.port) {
        Ok(bound) => bound,
        Err(message) => {
            eprintln!("error: {message}");
            return CONTENT_ERRORS;
        }
    };
    if !args.bind.is_loopback() {
        eprintln!("warning: serving on {}: anyone who can reach this machine can read the preview, drafts included", args.bind);
    }
    let site = Arc::new(LiveSite::default());
    let options = Options {
        drafts: args.drafts,
        no_pdf: args.no_pdf,
        no_search: args.no_search,
    };
    // Events name absolute paths; so must the folder and what it ignores.
    let root = args.dir.canonicalize().unwrap_or_else(|_| args.dir.clone());
    let mut shown = Shown::default();
    let mut model = rebuild(&root, options, &site, "Built", &mut shown);
    let ignore = vec![root.join("public"), root.join(".git")];
    let (watching, changes) = match watch::watch(&root, ignore) {
        Ok(w) => w,
        Err(message) => {
            eprintln!("error: {message}");
            return CONTENT_ERRORS;
        }
    };
    let host = if bound.ip().is_unspecified() || bound.ip().is_loopback() {
        "127.0.0.1".to_owned()
    } else {
        bound.ip().to_string()
    };
    let url = format!("http://{host}:{}/", bound.port());
    println!(
        "Serving {} at {url} ({}; Ctrl+C to stop)",
        args.dir.display(),
        if watching.polling {
            "polling for changes"
        } else {
            "rebuilt on every save"
        }
    );
    if args.open {
        super::open_in_browser(&url);
    }
    let hosts = listen::Hosts::new(bound);
    let server_site = Arc::clone(&site);
    std::thread::spawn(move || {
        if let Err(e) = server::run(server, server_site, hosts) {
            eprintln!("error: the preview server stopped: {e}");
        }
    });
    while let Ok(mut changed) = changes.recv() {
        // Changes that arrived during the last build are all in this one. An empty
        // change (lost events) asks for everything to be rebuilt.
        let mut everything = changed.is_empty();
        while let Ok(more) = changes.try_recv() {
            everything |= more.is_empty();
            changed.extend(more);
        }
        if everything {
            changed.clear();
        }
        changed.sort();
        changed.dedup();
        model = match model.take() {
            Some(portfolio) => {
                patch_or_rebuild(portfolio, &root, &changed, options, &site, &mut shown)
            }
            None => rebuild(&root, options, &site, "Rebuilt", &mut shown),
        };
    }
    0
}

/// Render again only the pages a save changed when that is all it can change;
/// otherwise rebuild everything. The model of the site now served.
fn patch_or_rebuild(
    mut portfolio: Portfolio,
    root: &Path,
    changed: &[PathBuf],
    options: Options,
    site: &LiveSite,
    shown: &mut Shown,
) -> Option<Portfolio> {
    let started = Instant::now();
    let Some(patch) = incremental::rebuild(&mut portfolio, root, changed, options) else {
        return rebuild(root, options, site, "Rebuilt", shown);
    };
    let count = patch.pages.len();
    site.patch(patch);
    println!(
        "Rebuilt {} in {} ms (only what the save changed)",
        plural(count, "page"),
        started.elapsed().as_millis()
    );
    Some(portfolio)
}

/// What the preview has said: the warnings printed last (a rebuild prints its
/// warnings only when they changed, so a save that fixes a suppressed cell says so,
/// and an unrelated save stays quiet), and the language of the last good build, which
/// the overlay over a failed one speaks.
#[derive(Default)]
struct Shown {
    warnings: Option<Vec<String>>,
    locale: Option<std::sync::Arc<crate::i18n::Locale>>,
}

impl Shown {
    fn print_if_changed(&mut self, diagnostics: &[crate::diagnostic::Diagnostic]) {
        let warnings: Vec<&crate::diagnostic::Diagnostic> =
            diagnostics.iter().filter(|d| !d.is_error()).collect();
        let text: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        if self.warnings.as_ref() == Some(&text) {
            return;
        }
        if text.is_empty() {
            if self.warnings.is_some() {
                println!("No warnings now.");
            }
        } else {
            let owned: Vec<_> = warnings.into_iter().cloned().collect();
            crate::diagnostic::report::print(&owned, false);
            eprintln!("{}", plural(text.len(), "warning"));
        }
        self.warnings = Some(text);
    }
}

/// Build in memory and publish the result, or the reason it failed. The model of a
/// portfolio that built, to patch after the next save (a showcase is always rebuilt).
fn rebuild(
    root: &Path,
    options: Options,
    site: &LiveSite,
    verb: &str,
    shown: &mut Shown,
) -> Option<Portfolio> {
    let started = Instant::now();
    let sink = InMemory::default();
    let (outcome, model) = pipeline::run_keeping_model(root, options, &sink);
    let elapsed = started.elapsed();
    let errors: Vec<String> = outcome
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(ToString::to_string)
        .collect();
    crate::diagnostic::report::print(&outcome.diagnostics, true);
    if outcome.files.is_some() {
        shown.print_if_changed(&outcome.diagnostics);
    }
    match outcome.files.map(|_| sink.into_files()) {
        Some(files) => {
            let counts = crate::output::count(files.iter().map(|f| f.path.as_str()));
            site.publish(files);
            println!(
                "{verb} {} and {} in {} ms",
                plural(counts.pages, "page"),
                plural(counts.charts, "chart"),
                elapsed.as_millis()
            );
        }
        None => {
            let locale = shown
                .locale
                .as_deref()
                .unwrap_or_else(|| crate::i18n::Locale::english_shared());
            site.fail(locale.t("preview-failed"), errors.join("\n"));
            println!(
                "Build failed in {} ms; still serving the last good version",
                elapsed.as_millis()
            );
        }
    }
    if let Some(p) = &model {
        shown.locale = Some(p.locale.clone());
    }
    model
}
