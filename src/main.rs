//! The `leadfolio` command: parse the command line, run one command, exit with its
//! code. Everything else lives in the library.

use clap::Parser;
use std::process::ExitCode;

/// A build allocates millions of small strings from every core at once: mimalloc's
/// per-thread pages serve them with less contention than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = leadfolio::Cli::parse();
    ExitCode::from(leadfolio::run(&cli))
}
