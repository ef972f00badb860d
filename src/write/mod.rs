//! Write: where a build's files go on disk. `staging` is the only code that touches
//! the output folder, swapping a fresh site in only when every file was written;
//! `progress` tells a long build's progress as files arrive.

pub mod progress;
pub mod staging;
