//! `leadfolio check`: every problem, nothing written.

use super::{CONTENT_ERRORS, SUCCESS};
use crate::cli::CheckArgs;
use crate::diagnostic::report::{self, plural};
use crate::pipeline;
use crate::publish::Options;

pub fn execute(args: &CheckArgs) -> u8 {
    if !super::folder_exists(&args.dir) {
        return super::USAGE;
    }
    let options = Options {
        drafts: args.drafts,
        // Nothing is written, and an index finds no problem in content.
        no_search: true,
        ..Options::default()
    };
    if args.privacy {
        let sink = crate::output::InMemory::default();
        let (outcome, model) = pipeline::run_keeping_model(&args.dir, options, &sink);
        let errors: Vec<_> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .cloned()
            .collect();
        report::print(&errors, false);
        super::privacy_report::print(&outcome.diagnostics, model.as_ref());
        return if outcome.files.is_some() {
            SUCCESS
        } else {
            CONTENT_ERRORS
        };
    }
    let outcome = pipeline::run(&args.dir, options);
    report::print(&outcome.diagnostics, args.quiet);
    match outcome.files {
        Some(_) if args.quiet => SUCCESS,
        Some(files) => {
            let warnings = outcome.diagnostics.len();
            let pages = files.iter().filter(|f| f.is_page()).count();
            println!(
                "No errors: the site would have {}{}.",
                plural(pages, "page"),
                if warnings > 0 {
                    format!(" ({})", plural(warnings, "warning"))
                } else {
                    String::new()
                }
            );
            SUCCESS
        }
        None => CONTENT_ERRORS,
    }
}
