//! `leadfolio serve`: the site built in memory by the same pipeline, served on
//! loopback, rebuilt on every save, with live reload.

pub mod incremental;
pub mod listen;
pub mod live_site;
mod respond;
pub mod server;
pub mod watch;
