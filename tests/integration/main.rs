//! leadfolio's integration tests: the binary run on fixture portfolios, checked for
//! what a user would notice.

mod attacks;
mod bounds;
mod build;
mod charts;
mod cli;
mod data;
mod diagnostics;
mod docs;
mod hostile;
mod language;
mod malformed;
mod mutations;
mod order;
mod pages;
mod panel_pack;
mod plan;
mod privacy;
mod search;
mod serve;
mod showcase;
mod support;
mod themes;
mod words;
