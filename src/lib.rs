//! leadfolio: a static-site generator for school-leadership portfolios.
//!
//! The pipeline reads like the file tree: `load` (folder -> typed `model`, reading
//! text through `syntax`) -> `validate` -> `publish` (the privacy boundary) ->
//! `render` (files, made in memory) -> `write` (swapped in only on success).
//! `pipeline` runs them in order; `diagnostic` is how every stage reports problems.
//! Capabilities of their own live in folders that say what they are: `data`
//! (spreadsheets), `pdf` (the panel pack), `plan` (entry and development plans),
//! `i18n` (the words, numbers and dates of the portfolio's language).

// Diagnostics are large values on rare paths; boxing each one would add noise to every
// stage for no measurable gain.
#![allow(clippy::result_large_err)]

pub mod cli;
pub mod cmd;
pub mod data;
pub mod diagnostic;
mod disk;
pub mod i18n;
pub mod load;
pub mod model;
pub mod output;
pub mod pdf;
pub mod pipeline;

pub mod publish;
pub mod render;
pub mod serve;
pub mod syntax;
pub mod validate;
pub mod view;
pub mod write;
