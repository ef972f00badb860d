//! Write: the only stage that touches the output folder. The site is written to a
//! fresh folder beside OUT and swapped in only when every file was written, so a
//! failed build (bad content, a full disk) leaves the previous site as it was.

use crate::output::{Contents, OutputFile, Sink, Writer};
use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{BufWriter, Write as _};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

/// How much of a streamed file is gathered before each write: a whole page of most
/// sites, in one write.
const STREAM_BUFFER: usize = 64 * 1024;

/// Marks a folder as a leadfolio site, which a build may replace. Any other
/// non-empty folder is refused: `-o ~/Documents` must never delete anyone's files.
pub const MARKER: &str = ".leadfolio-site";

/// A site being written: each file goes into a fresh folder beside OUT as soon as it
/// is made; [`Staging::finish`] swaps the folder in, and a staging dropped unfinished
/// (bad content, a full disk) removes it, leaving the previous site as it was.
pub struct Staging {
    out: PathBuf,
    fresh: PathBuf,
    old: PathBuf,
    /// The first file that could not be written; later ones are not tried.
    failure: Mutex<Option<anyhow::Error>>,
    /// The folders made in `fresh` so far. Thousands of files share a folder
    /// (`charts/`), and making it again for each would cost two system calls a file.
    folders: Mutex<HashSet<String>>,
    finished: bool,
}

impl Staging {
    pub fn new(out: &Path) -> Result<Staging> {
        check_replaceable(out)?;
        let parent = out
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        fs::create_dir_all(parent)
            .with_context(|| format!("failed to create {}", parent.display()))?;
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let fresh = staging_folder(parent, &format!(".{name}.leadfolio-new"))?;
        let old = staging_folder(parent, &format!(".{name}.leadfolio-old"))?;
        fs::create_dir(&fresh).with_context(|| format!("failed to create {}", fresh.display()))?;
        // Marked from the start, so that what a crash leaves behind is known as ours
        // and cleared by the next build.
        write_marker(&fresh)?;
        Ok(Staging {
            out: out.to_owned(),
            fresh,
            old,
            failure: Mutex::new(None),
            folders: Mutex::default(),
            finished: false,
        })
    }

    /// Put the written site in place of the previous one.
    pub fn finish(mut self) -> Result<()> {
        let failure = self
            .failure
            .get_mut()
            .unwrap_or_else(|p| p.into_inner())
            .take();
        if let Some(e) = failure {
            return Err(e.context(format!(
                "the site was not written; {} is unchanged",
                self.out.display()
            )));
        }
        self.finished = true;
        swap_in(&self.fresh, &self.out, &self.old)
    }

    /// Write the file at `path` in the fresh folder with `write`, given its place on
    /// disk, unless one has failed.
    fn store(&self, path: &str, write: impl FnOnce(&Path) -> std::io::Result<()>) {
        if self.failure().is_some() {
            return;
        }
        let target = self.fresh.join(path);
        let written = self.make_folder_of(path).and_then(|()| {
            write(&target).with_context(|| format!("failed to write {}", target.display()))
        });
        if let Err(e) = written {
            self.failure().get_or_insert(e);
        }
    }

    /// Make the folder `path` goes in, unless this build has made it already.
    fn make_folder_of(&self, path: &str) -> Result<()> {
        let folder = path.rsplit_once('/').map_or("", |(folder, _)| folder);
        if locked(&self.folders).contains(folder) {
            return Ok(());
        }
        let made = self.fresh.join(folder);
        fs::create_dir_all(&made)
            .with_context(|| format!("failed to create {}", made.display()))?;
        locked(&self.folders).insert(folder.to_owned());
        Ok(())
    }

    fn failure(&self) -> MutexGuard<'_, Option<anyhow::Error>> {
        locked(&self.failure)
    }
}

impl Sink for Staging {
    fn put(&self, file: OutputFile) {
        self.store(&file.path, |target| write_file(&file, target));
    }

    fn put_written(&self, path: &str, write: &mut Writer<'_>) {
        self.store(path, |target| {
            let mut file = BufWriter::with_capacity(STREAM_BUFFER, File::create(target)?);
            write(&mut file)?;
            file.flush()
        });
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.finished {
            let _ = fs::remove_dir_all(&self.fresh);
        }
    }
}

/// Write a site held in memory to `out`, replacing the previous one.
pub fn write(files: &[OutputFile], out: &Path) -> Result<()> {
    let staging = Staging::new(out)?;
    files
        .par_iter()
        .for_each(|file| staging.store(&file.path, |target| write_file(file, target)));
    staging.finish()
}

fn check_replaceable(out: &Path) -> Result<()> {
    if !out.exists() {
        return Ok(());
    }
    if !out.is_dir() {
        bail!(
            "{} exists and is not a folder; choose another output folder with -o",
            out.display()
        );
    }
    let empty = fs::read_dir(out)
        .with_context(|| format!("failed to read {}", out.display()))?
        .next()
        .is_none();
    if !empty && !out.join(MARKER).exists() {
        bail!(
            "{} is not empty and was not made by leadfolio, so it will not be replaced; choose another folder with -o, or empty it",
            out.display()
        );
    }
    Ok(())
}

fn write_marker(site: &Path) -> Result<()> {
    let marker = site.join(MARKER);
    fs::write(
        &marker,
        "This folder is built by leadfolio and replaced on every build.\n",
    )
    .with_context(|| format!("failed to write {}", marker.display()))
}

/// A free path for a staging folder named `name` in `parent`. A folder of that name
/// left by an earlier build (it carries the marker) is removed; anything else there
/// (a folder someone else made, a file, a symbolic link) is left alone and the next
/// name is tried: `name.1`, `name.2`...
fn staging_folder(parent: &Path, name: &str) -> Result<PathBuf> {
    const TRIES: usize = 10;
    for attempt in 0..TRIES {
        let path = match attempt {
            0 => parent.join(name),
            n => parent.join(format!("{name}.{n}")),
        };
        // Never follows a link: `symlink_metadata` describes the link itself.
        let Ok(meta) = fs::symlink_metadata(&path) else {
            return Ok(path);
        };
        if meta.is_dir() && fs::symlink_metadata(path.join(MARKER)).is_ok_and(|m| m.is_file()) {
            fs::remove_dir_all(&path)
                .with_context(|| format!("failed to remove {}", path.display()))?;
            return Ok(path);
        }
    }
    bail!(
        "{} holds {TRIES} entries named {name}* that leadfolio did not make, so none was used to stage the site; move them away or choose another folder with -o",
        parent.display()
    )
}

/// A lock that a panicking writer cannot spoil: what it guards stays valid.
fn locked<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|p| p.into_inner())
}

fn write_file(file: &OutputFile, target: &Path) -> std::io::Result<()> {
    match &file.contents {
        Contents::Bytes(bytes) => fs::write(target, bytes),
        Contents::Embedded(bytes) => fs::write(target, bytes),
        Contents::Copy(source) => {
            let mut from = crate::disk::regular_file::open(source).map_err(|e| {
                std::io::Error::other(format!("cannot copy {}: {e}", source.display()))
            })?;
            std::io::copy(&mut from, &mut File::create(target)?).map(|_| ())
        }
    }
}

/// Replace `out` with `fresh`. Two renames on one file system; if the second fails,
/// the first is undone.
fn swap_in(fresh: &Path, out: &Path, old: &Path) -> Result<()> {
    let had_old = out.exists();
    if had_old {
        fs::rename(out, old).with_context(|| {
            format!("failed to move the previous site aside ({})", out.display())
        })?;
    }
    if let Err(e) = fs::rename(fresh, out) {
        if had_old {
            let _ = fs::rename(old, out);
        }
        let _ = fs::remove_dir_all(fresh);
        return Err(e)
            .with_context(|| format!("failed to put the new site in place at {}", out.display()));
    }
    if had_old {
        fs::remove_dir_all(old)
            .with_context(|| format!("failed to remove the previous site at {}", old.display()))?;
    }
    Ok(())
}

/// Refuse output folders that would overwrite or be read as content.
pub fn check_output_location(portfolio: &Path, out: &Path) -> Result<(), String> {
    let portfolio = absolute(portfolio);
    let out = absolute(out);
    if portfolio.starts_with(&out) {
        return Err(format!(
            "the output folder {} contains the portfolio; building there would delete it. Choose another folder with -o",
            out.display()
        ));
    }
    for content in [
        "artefacts",
        "metrics",
        "testimonials",
        "assets",
        "templates",
        "static",
    ] {
        if out.starts_with(portfolio.join(content)) {
            return Err(format!(
                "the output folder {} is inside the portfolio's {content}/ folder, where it would be read as content. Choose another folder with -o",
                out.display()
            ));
        }
    }
    Ok(())
}

/// An absolute path with every symbolic link resolved, for a folder that may not
/// exist yet: its nearest existing ancestor is resolved and the rest is normalised on
/// top, so `alink/site` where `alink` points into the portfolio is seen as there.
fn absolute(p: &Path) -> PathBuf {
    let joined = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(p)
    };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            std::path::Component::ParentDir => {
                out = out.canonicalize().unwrap_or(out);
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => {
                out.push(other);
                // A link is resolved where it stands, before `..` can climb out of
                // what it points at, as the system does.
                if let Ok(resolved) = out.canonicalize() {
                    out = resolved;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(files: &[(&str, &str)]) -> Vec<OutputFile> {
        files
            .iter()
            .map(|(p, t)| OutputFile::text(*p, (*t).to_owned()))
            .collect()
    }

    #[test]
    fn a_write_that_fails_midway_leaves_the_previous_site() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(&site(&[("index.html", "old")]), &out).unwrap();
        // The second file cannot be written: its folder is a file. A full disk fails
        // the same way, part-way through.
        let broken = site(&[("a", "file"), ("a/b.html", "x"), ("index.html", "new")]);
        let err = write(&broken, &out).unwrap_err();
        assert!(format!("{err:#}").contains("is unchanged"), "{err:#}");
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "old");
        let left: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(
            left,
            vec![std::ffi::OsString::from("public")],
            "no temporary folder is left behind"
        );
    }

    #[test]
    fn a_streamed_file_is_written_as_made_and_a_failed_one_fails_the_site() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let staging = Staging::new(&out).unwrap();
        staging.put_written("a/index.html", &mut |w| w.write_all(b"<p>streamed</p>"));
        staging.finish().unwrap();
        assert_eq!(
            fs::read_to_string(out.join("a/index.html")).unwrap(),
            "<p>streamed</p>"
        );
        // A page whose template fails half-way: the site is not replaced.
        let staging = Staging::new(&out).unwrap();
        staging.put_written("b.html", &mut |w| {
            w.write_all(b"<p>half")?;
            Err(std::io::Error::other("the page's template failed"))
        });
        let err = staging.finish().unwrap_err();
        assert!(format!("{err:#}").contains("b.html"), "{err:#}");
        assert!(out.join("a/index.html").exists() && !out.join("b.html").exists());
    }

    #[test]
    fn a_successful_write_replaces_the_whole_site() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(&site(&[("old.html", "x")]), &out).unwrap();
        write(&site(&[("new.html", "y")]), &out).unwrap();
        assert!(!out.join("old.html").exists());
        assert!(out.join("new.html").exists() && out.join(MARKER).exists());
    }

    #[test]
    fn output_inside_content_or_around_the_portfolio_is_refused() {
        let dir = Path::new("/tmp/p");
        assert!(check_output_location(dir, Path::new("/tmp/p/public")).is_ok());
        assert!(check_output_location(dir, Path::new("/tmp/p")).is_err());
        assert!(check_output_location(dir, Path::new("/tmp")).is_err());
        assert!(check_output_location(dir, Path::new("/tmp/p/assets/site")).is_err());
        assert!(check_output_location(dir, Path::new("/tmp/p/x/../artefacts")).is_err());
    }
}
