//! The ground floor: opening the portfolio's files without following a link, for
//! every stage that reads one (loading, data files, the pack's images, copying,
//! serving, quoting a line in a message).

pub mod file_source;
pub mod regular_file;
