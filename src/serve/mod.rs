//! `leadfolio serve`: the site built in memory by the same pipeline, served on
//! loopback, rebuilt on every save, with live reload.

pub mod http;
pub mod incremental;
pub mod live_site;
mod request;
pub mod watch;
