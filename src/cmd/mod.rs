//! One file per command. Each returns the process exit code; only `main` exits.

pub mod build;
pub mod check;
pub mod frameworks;
pub mod new;
pub mod serve;

/// Exit codes, as documented: success, content errors, a wrong command line.
pub const SUCCESS: u8 = 0;
pub const CONTENT_ERRORS: u8 = 1;
pub const USAGE: u8 = 2;
