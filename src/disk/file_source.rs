//! Where a static file's bytes come from: the binary (a bundled theme) or the
//! portfolio's folder, read through the opener that refuses links.

use std::borrow::Cow;
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub enum FileSource {
    Embedded(Cow<'static, [u8]>),
    Disk(PathBuf),
}

impl FileSource {
    /// Its text, if it can be read now.
    pub fn text(&self) -> Option<String> {
        match self {
            FileSource::Embedded(bytes) => Some(String::from_utf8_lossy(bytes).into_owned()),
            FileSource::Disk(path) => super::regular_file::read(path)
                .ok()
                .map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
        }
    }
}
