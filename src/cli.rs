//! The command line: parsed here, carried out by one file per command in `cmd/`.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Build a school-leadership portfolio site from Markdown evidence, YAML metrics and
/// testimonials.
#[derive(Debug, Parser)]
#[command(name = "leadfolio", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a portfolio in DIR from a working template
    New(NewArgs),
    /// Build the site from a portfolio folder
    Build(BuildArgs),
    /// Report every problem in a portfolio, writing nothing
    Check(CheckArgs),
    /// Preview the site on 127.0.0.1, rebuilt and reloaded on every save
    Serve(ServeArgs),
    /// List the bundled standards frameworks and their competency ids
    Frameworks,
}

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// The folder to create (it must not exist, or be empty)
    pub dir: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// The portfolio folder (the one with portfolio.yaml)
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// Where to write the site [default: DIR/public]
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Also build artefacts with `status: draft` (marked as drafts on every page)
    #[arg(long)]
    pub drafts: bool,
    /// Leave out the panel pack's PDF, for a quicker build
    #[arg(long)]
    pub no_pdf: bool,
    /// Leave out the search index, for a quicker build
    #[arg(long)]
    pub no_search: bool,
    /// Print errors only
    #[arg(short, long)]
    pub quiet: bool,
    /// Open the built site in the default browser
    #[arg(long)]
    pub open: bool,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The portfolio folder (the one with portfolio.yaml)
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// Check as if building with --drafts
    #[arg(long)]
    pub drafts: bool,
    /// Print errors only
    #[arg(short, long)]
    pub quiet: bool,
    /// Print what the build keeps home and why: private and draft work, testimonials
    /// without consent, small groups and the values withheld to protect them, image
    /// metadata left out
    #[arg(long)]
    pub privacy: bool,
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The portfolio (or showcase) folder
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// The port to listen on (0: any free port)
    #[arg(short, long, default_value_t = 3210)]
    pub port: u16,
    /// The interface to listen on; anything but loopback shares the preview with your network
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
    /// Open the preview in the default browser
    #[arg(long)]
    pub open: bool,
    /// Also show artefacts with `status: draft`
    #[arg(long)]
    pub drafts: bool,
    /// Leave out the panel pack's PDF, for quicker rebuilds
    #[arg(long)]
    pub no_pdf: bool,
    /// Leave out the search index, for quicker rebuilds
    #[arg(long)]
    pub no_search: bool,
}
