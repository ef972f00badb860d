//! `leadfolio build`: check, render and write the site.

use super::{CONTENT_ERRORS, SUCCESS, USAGE};
use crate::cli::BuildArgs;
use crate::diagnostic::report::{self, plural};
use crate::output;
use crate::pipeline;
use crate::publish::Options;
use crate::write;
use crate::write::progress::Progress;
use std::time::Instant;

pub fn execute(args: &BuildArgs) -> u8 {
    let started = Instant::now();
    if !super::folder_exists(&args.dir) {
        return USAGE;
    }
    let out = args
        .output
        .clone()
        .unwrap_or_else(|| args.dir.join("public"));
    if let Err(message) = write::staging::check_output_location(&args.dir, &out) {
        eprintln!("error: {message}");
        return USAGE;
    }
    // Files are written as they are made, into a fresh folder that replaces the
    // previous site only if the whole build succeeds.
    let staging = match write::staging::Staging::new(&out) {
        Ok(staging) => staging,
        Err(e) => {
            eprintln!("error: {e:#}");
            return CONTENT_ERRORS;
        }
    };
    let progress = Progress::new(&staging, args.quiet);
    let outcome = pipeline::run_into(
        &args.dir,
        Options {
            drafts: args.drafts,
            no_pdf: args.no_pdf,
            no_search: args.no_search,
        },
        &progress,
    );
    progress.finish();
    report::print(&outcome.diagnostics, args.quiet);
    let Some(paths) = outcome.files else {
        drop(staging);
        eprintln!("nothing was written; {} is unchanged", out.display());
        return CONTENT_ERRORS;
    };
    if let Err(e) = staging.finish() {
        eprintln!("error: {e:#}");
        return CONTENT_ERRORS;
    }
    if !args.quiet {
        let counts = output::count(paths.iter().map(String::as_str));
        println!(
            "Built {}, {} and {} in {} ms -> {}",
            plural(counts.pages, "page"),
            plural(counts.charts, "chart"),
            plural(counts.files, "file"),
            started.elapsed().as_millis(),
            out.join("index.html").display()
        );
    }
    if args.open {
        super::open_in_browser(&out.join("index.html").display().to_string());
    }
    SUCCESS
}
