//! Finding and reading the user's files: sorted, without following symlinks, with a
//! size cap, and with a clear message for anything that is not UTF-8 text.

use crate::diagnostic::source_file::{pos_in, SourceFile};
use crate::diagnostic::Diagnostic;
use std::io::Read;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// Artefacts and YAML files are prose and numbers; anything bigger than this is a
/// mistake (an export pasted in), and reading it whole would waste memory.
pub const MAX_TEXT_BYTES: u64 = 5 * 1024 * 1024;

/// A file found in the portfolio: where it is, and how to name it to the user.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Found {
    pub path: PathBuf,
    /// Relative to the portfolio folder.
    pub shown: PathBuf,
}

/// Files that editors and systems leave behind while saving.
pub fn is_editor_litter(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || (name.starts_with('#') && name.ends_with('#'))
        || name.ends_with(".swp")
        || name.ends_with(".tmp")
        || name == "4913"
        || name.ends_with("___jb_tmp___")
        || name.ends_with("___jb_old___")
        || name.eq_ignore_ascii_case("thumbs.db")
}

/// Notes for the author that sit beside what a site publishes (`assets/README.txt`):
/// they are read by people editing the folder, not by a panel.
pub fn is_author_note(path: &Path) -> bool {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let stem = name.split('.').next().unwrap_or_default();
    stem.eq_ignore_ascii_case("readme")
}

/// Every regular file under `root/sub` (recursively), sorted by path. Symlinks are
/// not followed: a link could point outside the portfolio or back into itself.
pub fn walk(root: &Path, sub: &str, diags: &mut Vec<Diagnostic>) -> Vec<Found> {
    let dir = root.join(sub);
    let Ok(meta) = std::fs::symlink_metadata(&dir) else {
        return Vec::new();
    };
    // walkdir always follows a symlinked root, so a linked folder is refused here,
    // before anything under it is read.
    if meta.file_type().is_symlink() {
        diags.push(
            Diagnostic::error_in(
                shown(root, &dir),
                format!("{sub}/ is a symbolic link, so nothing in it was read"),
            )
            .with_hint(format!(
                "make {sub}/ a real folder inside the portfolio and copy the files into it"
            ))
            .warning(),
        );
        return Vec::new();
    }
    if !meta.is_dir() {
        return Vec::new();
    }
    let mut found = Vec::new();
    let walker = WalkDir::new(&dir)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_editor_litter(&e.file_name().to_string_lossy()));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                let shown = shown(root, err.path().unwrap_or(&dir));
                diags.push(
                    Diagnostic::error_in(
                        &shown,
                        format!("cannot read this folder: {}", io_reason(&err.to_string())),
                    )
                    .with_hint("check the file permissions"),
                );
                continue;
            }
        };
        let shown = shown(root, entry.path());
        if entry.path_is_symlink() {
            diags.push(
                Diagnostic::error_in(&shown, "symbolic links are not followed")
                    .with_hint("copy the file into the portfolio instead of linking to it")
                    .warning(),
            );
            continue;
        }
        if entry.file_type().is_file() {
            found.push(Found {
                path: entry.path().to_path_buf(),
                shown,
            });
        }
    }
    found
}

pub fn shown(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

fn io_reason(message: &str) -> String {
    message
        .split(" at path ")
        .next()
        .unwrap_or(message)
        .to_owned()
}

/// Read a text file the user wrote, refusing what cannot be text.
pub fn read_text(file: &Found) -> Result<SourceFile, Diagnostic> {
    let too_big = |size: u64| {
        Diagnostic::error_in(
            &file.shown,
            format!(
                "this file is {:.1} MB; text files are limited to {} MB",
                size as f64 / 1e6,
                MAX_TEXT_BYTES / 1024 / 1024
            ),
        )
        .with_hint("split it up, or move large data to assets/")
    };
    let cannot_read = |e: std::io::Error| {
        Diagnostic::error_in(&file.shown, format!("cannot read this file: {e}"))
            .with_hint("check the file permissions; a link is not followed, so copy the file itself into the portfolio")
    };
    // One open, which refuses a link put in the file's place since the walk; its size
    // is checked on the handle before anything is read.
    let mut handle = crate::disk::regular_file::open(&file.path).map_err(cannot_read)?;
    let size = handle.metadata().map_err(cannot_read)?.len();
    if size > MAX_TEXT_BYTES {
        return Err(too_big(size));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // Read one byte past the limit, so a file that grew since is still refused.
    (&mut handle)
        .take(MAX_TEXT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot_read)?;
    if bytes.len() as u64 > MAX_TEXT_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
            let probe = SourceFile::new(&file.shown, text);
            let pos = pos_in(&probe.text, probe.text.len());
            return Err(
                Diagnostic::error_at(&probe, pos, "this file is not UTF-8 text")
                    .with_hint("save it as UTF-8 in your editor"),
            );
        }
    };
    if text.contains('\0') {
        // Found again in the text as kept: dropping a BOM or CRs moves it.
        let source = SourceFile::new(&file.shown, text);
        let at = source.text.find('\0').unwrap_or_default();
        return Err(Diagnostic::error_at(
            &source,
            source.pos_of(at),
            "this file contains a NUL byte",
        )
        .with_hint("remove it; it is not text"));
    }
    Ok(SourceFile::new(&file.shown, text))
}
