//! The site being served: the last good build, the current build error (if any), and
//! a version that changes on every rebuild, which live reload waits on.

use super::incremental::Patch;
use crate::output::{Contents, OutputFile};
use crate::search;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::sync::watch;

#[derive(Clone, Default)]
pub struct Snapshot {
    /// Shared, so a patch after a save copies the map, never the pages.
    pub files: Arc<HashMap<String, Arc<OutputFile>>>,
    /// Why the last rebuild failed; the files are still the last good site.
    pub error: Option<Failure>,
    pub version: u64,
}

/// A failed rebuild: the overlay's headline, in the site's language, and the report.
#[derive(Clone)]
pub struct Failure {
    pub headline: String,
    pub report: String,
}

pub struct LiveSite {
    state: Mutex<Snapshot>,
    /// The version, for live-reload streams to wait on.
    versions: watch::Sender<u64>,
}

impl Default for LiveSite {
    fn default() -> Self {
        LiveSite {
            state: Mutex::default(),
            versions: watch::Sender::new(0),
        }
    }
}

impl LiveSite {
    /// A good build: serve it, and clear any error.
    pub fn publish(&self, files: Vec<OutputFile>) {
        let files = files
            .into_iter()
            .filter_map(collected)
            .map(|f| (f.path.clone(), Arc::new(f)))
            .collect();
        self.update(|s| {
            s.files = Arc::new(files);
            s.error = None;
        });
    }

    /// A good incremental rebuild: its pages replace their old versions, and a
    /// searched site's index is made again from every page now served, as a full
    /// build would make it.
    pub fn patch(&self, patch: Patch) {
        let mut files = (*self.snapshot().files).clone();
        for page in patch.pages.into_iter().filter_map(collected) {
            files.insert(page.path.clone(), Arc::new(page));
        }
        if let Some(language) = &patch.searched_in {
            reindex(&mut files, language);
        }
        self.update(|s| {
            s.files = Arc::new(files);
            s.error = None;
        });
    }

    /// A failed build: keep serving the last good site, and show why.
    pub fn fail(&self, headline: String, report: String) {
        self.update(|s| s.error = Some(Failure { headline, report }));
    }

    fn update(&self, change: impl FnOnce(&mut Snapshot)) {
        let mut state = self
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        change(&mut state);
        state.version += 1;
        self.versions.send_replace(state.version);
    }

    pub fn snapshot(&self) -> Snapshot {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// The version now, and every version after it as the site changes.
    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.versions.subscribe()
    }
}

/// The search index of `files`, made again as a build makes it. If it cannot be made,
/// the old one stays.
fn reindex(files: &mut HashMap<String, Arc<OutputFile>>, language: &str) {
    let pages: Vec<search::Page> = files
        .values()
        .filter(|f| f.is_page())
        .filter_map(|f| match &f.contents {
            Contents::Bytes(html) => search::indexable(&f.path, html),
            _ => None,
        })
        .collect();
    // One part, as a portfolio's build makes it (serve patches no showcase).
    let index = search::SearchIndex::start(language, 1);
    index.add(0, pages);
    if let Ok(made) = index.finish() {
        files.retain(|path, _| !path.starts_with(search::FOLDER));
        for file in made {
            files.insert(file.path.clone(), Arc::new(file));
        }
    }
}

/// A file as the build collected it: one copied from the portfolio is read now, once,
/// so a request never reads the disk, and a file swapped for a symbolic link after the
/// build is never served. One that cannot be read is not served at all.
fn collected(file: OutputFile) -> Option<OutputFile> {
    match &file.contents {
        Contents::Copy(path) => {
            let bytes = crate::disk::regular_file::read(path).ok()?;
            Some(OutputFile::bytes(file.path, bytes))
        }
        _ => Some(file),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::InMemory;
    use crate::publish::Options;
    use std::io::Read;
    use std::path::Path;

    /// The search index's files: their paths, and their contents unpacked.
    fn index(files: &HashMap<String, Arc<OutputFile>>) -> Vec<(String, String)> {
        let mut index: Vec<(String, String)> = files
            .values()
            .filter(|f| f.path.starts_with(search::FOLDER) && f.path.contains(".pf_"))
            .map(|f| {
                let Contents::Bytes(bytes) = &f.contents else {
                    panic!("{} is not in memory", f.path)
                };
                let mut unpacked = Vec::new();
                flate2::read::GzDecoder::new(bytes.as_slice())
                    .read_to_end(&mut unpacked)
                    .unwrap();
                (
                    f.path.clone(),
                    String::from_utf8_lossy(&unpacked).into_owned(),
                )
            })
            .collect();
        index.sort();
        index
    }

    #[test]
    fn a_patched_site_is_searched_as_a_full_build_would_search_it() {
        let dir = tempfile::tempdir().unwrap();
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
        for entry in walkdir::WalkDir::new(&fixture)
            .into_iter()
            .map(Result::unwrap)
        {
            let target = dir
                .path()
                .join(entry.path().strip_prefix(&fixture).unwrap());
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&target).unwrap();
            } else {
                std::fs::copy(entry.path(), &target).unwrap();
            }
        }
        let root = dir.path().canonicalize().unwrap();
        let sink = InMemory::default();
        let (built, model) = crate::pipeline::run_keeping_model(&root, Options::default(), &sink);
        assert!(built.files.is_some());
        let live = LiveSite::default();
        live.publish(sink.into_files());
        let before = index(&live.snapshot().files);
        assert!(!before.is_empty(), "the fixture is searched");

        let beta = root.join("artefacts/beta.md");
        let text = std::fs::read_to_string(&beta).unwrap();
        std::fs::write(
            &beta,
            text.replace(
                "\n---\n",
                "\n---\nZanzibar, a word added while writing.\n\n",
            ),
        )
        .unwrap();
        let mut model = model.unwrap();
        let patch =
            super::super::incremental::rebuild(&mut model, &root, &[beta], Options::default())
                .expect("a narrative edit is patched");
        live.patch(patch);

        let patched = index(&live.snapshot().files);
        assert!(
            patched.iter().any(|(_, text)| text.contains("Zanzibar")),
            "the new word is not searched"
        );
        assert!(!before.iter().any(|(_, text)| text.contains("Zanzibar")));
        let full = crate::pipeline::run(&root, Options::default())
            .files
            .unwrap();
        let full: HashMap<String, Arc<OutputFile>> = full
            .into_iter()
            .map(|f| (f.path.clone(), Arc::new(f)))
            .collect();
        assert_eq!(
            patched,
            index(&full),
            "the patched index is not a full build's"
        );
    }
}
