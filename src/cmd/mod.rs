//! One file per command. Each returns the process exit code; only `main` exits.

mod build;
mod check;
mod frameworks;
mod new;
mod privacy_report;
mod serve;

use crate::cli::{Cli, Command};

/// Run the command `cli` names: the process's exit code.
pub fn run(cli: &Cli) -> u8 {
    match &cli.command {
        Command::New(args) => new::execute(args),
        Command::Build(args) => build::execute(args),
        Command::Check(args) => check::execute(args),
        Command::Serve(args) => serve::execute(args),
        Command::Frameworks => frameworks::execute(),
    }
}

/// Exit codes, as documented: success, content errors, a wrong command line.
pub const SUCCESS: u8 = 0;
pub const CONTENT_ERRORS: u8 = 1;
pub const USAGE: u8 = 2;

/// Whether `dir`, the folder a command works on, is there; if not, says so plainly,
/// before anything is made (a build would otherwise create the folder to write into).
pub fn folder_exists(dir: &std::path::Path) -> bool {
    if dir.is_dir() {
        return true;
    }
    let what = if dir.exists() {
        "is not a folder"
    } else {
        "does not exist"
    };
    eprintln!(
        "error: {} {what}; give the portfolio's folder (the one with portfolio.yaml), or start one with `leadfolio new {}`",
        dir.display(),
        dir.display()
    );
    false
}

/// Open `target` in the browser, or say where it is: a machine without one (a server,
/// CI) is not a failure.
pub fn open_in_browser(target: &str) {
    if open::that_detached(target).is_err() {
        eprintln!("No browser could be opened here; open {target} yourself.");
    }
}
