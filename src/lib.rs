//! leadfolio: a static-site generator for school-leadership portfolios.
//!
//! The pipeline reads like the file tree, each stage a folder that imports only the
//! stages below it: `load` (a folder -> the typed `model`, reading text through
//! `syntax` and spreadsheets through `data`) -> `validate` -> `publish` (the privacy
//! boundary) -> `view` (what the site shows, as data) -> the renderers, `render`
//! (HTML) and `pdf` (the panel pack), side by side -> `write` (swapped in only on
//! success). `pipeline` runs them in order, `serve` and `cmd` sit on top. Below them
//! all: `disk` (opening files without following links), `diagnostic` (how every
//! stage reports problems), `output` (a built file and where it goes) and `i18n`
//! (the words, numbers and dates of the portfolio's language).
//!
//! Every module is private to the crate: the binary uses [`Cli`] and [`run`]; the
//! integration tests, benchmarks and fuzz targets reach single stages through
//! [`stages`].

// Diagnostics are large values on rare paths; boxing each one would add noise to every
// stage for no measurable gain.
#![allow(clippy::result_large_err)]

mod cli;
mod cmd;
mod data;
mod diagnostic;
mod disk;
mod i18n;
mod load;
mod model;
mod output;
mod pdf;
mod pipeline;
mod publish;
mod render;
mod search;
mod serve;
pub mod stages;
mod syntax;
mod validate;
mod view;
mod write;

pub use cli::Cli;
pub use cmd::run;
