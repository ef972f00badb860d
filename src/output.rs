//! The built site, in memory: every file and where its bytes come from. Only the
//! write stage turns this into files on disk; `serve` can answer from it directly.

use crate::theme::FileSource;
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub enum Contents {
    Bytes(Vec<u8>),
    /// Copied unchanged from the portfolio or a theme folder (assets can be large).
    Copy(PathBuf),
    Embedded(std::borrow::Cow<'static, [u8]>),
}

#[derive(Debug, Clone)]
pub struct OutputFile {
    /// Relative to the site root, `/`-separated.
    pub path: String,
    pub contents: Contents,
}

impl OutputFile {
    pub fn text(path: impl Into<String>, text: String) -> Self {
        OutputFile {
            path: path.into(),
            contents: Contents::Bytes(text.into_bytes()),
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
        self.path.ends_with(".html")
    }
}

/// What a build made, for the closing summary line.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub pages: usize,
    pub charts: usize,
    pub files: usize,
}

pub fn count(files: &[OutputFile]) -> Counts {
    Counts {
        pages: files.iter().filter(|f| f.is_page()).count(),
        charts: files
            .iter()
            .filter(|f| f.path.ends_with(".svg") && f.path.rsplit('/').nth(1) == Some("charts"))
            .count(),
        files: files.len(),
    }
}
