//! The built site's files: where each one's bytes come from, and where they go as
//! they are made ([`Sink`]): into memory for `serve` and `check`, straight to disk for
//! `build`, so a large site is never held whole.

pub mod escape;

use crate::disk::file_source::FileSource;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;

#[derive(Debug, Clone, PartialEq)]
pub enum Contents {
    Bytes(Vec<u8>),
    /// Copied unchanged from the portfolio or a theme folder (assets can be large).
    Copy(PathBuf),
    Embedded(std::borrow::Cow<'static, [u8]>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct OutputFile {
    /// Relative to the site root, `/`-separated.
    pub path: String,
    pub contents: Contents,
}

impl OutputFile {
    pub fn text(path: impl Into<String>, text: String) -> Self {
        Self::bytes(path, text.into_bytes())
    }

    pub fn bytes(path: impl Into<String>, bytes: Vec<u8>) -> Self {
        OutputFile {
            path: path.into(),
            contents: Contents::Bytes(bytes),
        }
    }

    pub fn from_source(path: impl Into<String>, source: &FileSource) -> Self {
        let contents = match source {
            FileSource::Embedded(bytes) => Contents::Embedded(bytes.clone()),
            FileSource::Disk(file) => Contents::Copy(file.clone()),
        };
        OutputFile {
            path: path.into(),
            contents,
        }
    }

    pub fn is_page(&self) -> bool {
        is_page(&self.path)
    }
}

/// Where files go as a build makes them, from every core at once.
pub trait Sink: Sync {
    /// Told, before a batch of files is made, how many more are coming (for a
    /// progress bar).
    fn expect(&self, _files: usize) {}
    /// A file put later replaces one put earlier at the same path.
    fn put(&self, file: OutputFile);
    /// A file written as it is made (a page, as its template renders), by `write`:
    /// a sink that writes files streams it there, so that not even a page of many
    /// megabytes is held whole. If `write` fails, the file is not kept.
    fn put_written(&self, path: &str, write: &mut Writer<'_>) {
        let mut bytes = Vec::new();
        if write(&mut bytes).is_ok() {
            self.put(OutputFile::bytes(path, bytes));
        }
    }
}

/// Writes one file's bytes to where they go.
pub type Writer<'w> = dyn FnMut(&mut dyn std::io::Write) -> std::io::Result<()> + 'w;

/// Every file kept in memory, by path.
#[derive(Default)]
pub struct InMemory(Mutex<BTreeMap<String, OutputFile>>);

impl Sink for InMemory {
    fn put(&self, file: OutputFile) {
        let mut files = self.0.lock().unwrap_or_else(|p| p.into_inner());
        files.insert(file.path.clone(), file);
    }
}

impl InMemory {
    /// The files, sorted by path.
    pub fn into_files(self) -> Vec<OutputFile> {
        let files = self.0.into_inner().unwrap_or_else(|p| p.into_inner());
        files.into_values().collect()
    }
}

/// What a build made, for the closing summary line.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub pages: usize,
    pub charts: usize,
    pub files: usize,
}

/// Counts the files at `paths` (site paths, each once).
pub fn count<'p>(paths: impl IntoIterator<Item = &'p str>) -> Counts {
    let mut counts = Counts::default();
    for path in paths {
        counts.files += 1;
        if is_page(path) {
            counts.pages += 1;
        }
        if path.ends_with(".svg") && path.rsplit('/').nth(1) == Some("charts") {
            counts.charts += 1;
        }
    }
    counts
}

pub fn is_page(path: &str) -> bool {
    path.ends_with(".html")
}
