//! `leadfolio build`: check, render and write the site.

use super::{CONTENT_ERRORS, SUCCESS, USAGE};
use crate::cli::BuildArgs;
use crate::output;
use crate::pipeline;
use crate::publish::Options;
use crate::report::{self, plural};
use crate::write;
use std::time::Instant;

pub fn execute(args: &BuildArgs) -> u8 {
    let started = Instant::now();
    let out = args
        .output
        .clone()
        .unwrap_or_else(|| args.dir.join("public"));
    if let Err(message) = write::check_output_location(&args.dir, &out) {
        eprintln!("error: {message}");
        return USAGE;
    }
    let outcome = pipeline::run(
        &args.dir,
        Options {
            drafts: args.drafts,
        },
    );
    report::print(&outcome.diagnostics, args.quiet);
    let Some(files) = outcome.files else {
        eprintln!("nothing was written; {} is unchanged", out.display());
        return CONTENT_ERRORS;
    };
    if let Err(e) = write::write(&files, &out) {
        eprintln!("error: {e:#}");
        return CONTENT_ERRORS;
    }
    let counts = output::count(&files);
    println!(
        "Built {}, {} and {} in {} ms -> {}",
        plural(counts.pages, "page"),
        plural(counts.charts, "chart"),
        plural(counts.files, "file"),
        started.elapsed().as_millis(),
        out.join("index.html").display()
    );
    if args.open {
        // No browser (a server, CI) is not a failed build: say where the site is.
        if let Err(e) = open::that_detached(out.join("index.html")) {
            eprintln!(
                "could not open a browser ({e}); open {} yourself",
                out.join("index.html").display()
            );
        }
    }
    SUCCESS
}
