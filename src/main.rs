//! leadfolio: a static-site generator for school-leadership portfolios.
//!
//! The pipeline reads like the file tree: `load` (folder -> typed `model`) ->
//! `validate` -> `publish` (the privacy boundary) -> `render` (files in memory) ->
//! `write` (swapped in only on success).

mod cli;
mod cmd;
mod date;
mod diagnostic;
mod fields;
mod front_matter;
mod headline;
mod id;
mod load;
mod model;
mod narrative;
mod number;
mod output;
mod pipeline;
mod publish;
mod render;
mod report;
mod shortcode;
mod source_file;
mod theme;
mod validate;
mod write;
mod yaml;

use clap::Parser;
use cli::{Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match &cli.command {
        Command::New(args) => cmd::new::execute(args),
        Command::Build(args) => cmd::build::execute(args),
        Command::Check(args) => cmd::check::execute(args),
        Command::Frameworks => cmd::frameworks::execute(),
    };
    ExitCode::from(code)
}
