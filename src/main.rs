//! The `leadfolio` command: parse the command line, run one command, exit with its
//! code. Everything else lives in the library.

use clap::Parser;
use leadfolio::cli::{Cli, Command};
use leadfolio::cmd;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match &cli.command {
        Command::New(args) => cmd::new::execute(args),
        Command::Build(args) => cmd::build::execute(args),
        Command::Check(args) => cmd::check::execute(args),
        Command::Serve(args) => cmd::serve::execute(args),
        Command::Frameworks => cmd::frameworks::execute(),
    };
    ExitCode::from(code)
}
