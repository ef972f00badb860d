//! Write: where a build's files go. `output` says what a file is and where files go as
//! they are made (a [`output::Sink`]); `staging` is the only code that touches the
//! output folder, swapping a fresh site in only when every file was written.

pub mod output;
pub mod progress;
pub mod staging;
