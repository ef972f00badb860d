//! The site being served: the last good build, the current build error (if any), and
//! a version that changes on every rebuild, which live reload waits on.

use crate::output::{Contents, OutputFile};
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

    /// A good incremental rebuild: these pages replace their old versions.
    pub fn patch(&self, pages: Vec<OutputFile>) {
        self.update(|s| {
            let mut files = (*s.files).clone();
            for page in pages.into_iter().filter_map(collected) {
                files.insert(page.path.clone(), Arc::new(page));
            }
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
