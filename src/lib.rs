//! leadfolio: a static-site generator for school-leadership portfolios.
//!
//! The pipeline reads like the file tree: `load` (folder -> typed `model`) ->
//! `validate` -> `publish` (the privacy boundary) -> `render` (files in memory) ->
//! `write` (swapped in only on success). `pipeline` runs them in order.

// Diagnostics are large values on rare paths; boxing each one would add noise to every
// stage for no measurable gain.
#![allow(clippy::result_large_err)]

pub mod chart;
pub mod cli;
pub mod cmd;
pub mod date;
pub mod diagnostic;
pub mod fields;
pub mod front_matter;
pub mod headline;
pub mod html_nesting;
pub mod id;
pub mod load;
pub mod model;
pub mod narrative;
pub mod number;
pub mod output;
pub mod pipeline;
pub mod progress;
pub mod publish;
pub mod regular_file;
pub mod render;
pub mod report;
pub mod serve;
pub mod shortcode;
pub mod source_file;
pub mod theme;
pub mod validate;
pub mod write;
pub mod yaml;
