//! The `leadfolio` command: parse the command line, run one command, exit with its
//! code. Everything else lives in the library.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = leadfolio::Cli::parse();
    ExitCode::from(leadfolio::run(&cli))
}
