//! Watching a portfolio (or showcase) folder for saves. Events are debounced, so an
//! editor's atomic save, a `git checkout` of many files or a folder deleted is one
//! burst and one rebuild; editor temp and backup files and the output folder are
//! ignored; a watcher overflow asks for a rebuild. When the system runs out of inotify
//! watches, watching falls back to polling, and says so.

use crate::load::files::is_editor_litter;
use notify_debouncer_full::notify::{self, RecursiveMode};
use notify_debouncer_full::{new_debouncer, new_debouncer_opt, DebounceEventResult, NoCache};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, Receiver};
use std::time::Duration;

/// How long a burst of events may last before it counts as one change.
pub const DEBOUNCE: Duration = Duration::from_millis(150);

/// A change worth a rebuild: the files it touched (empty: rebuild everything).
pub type Change = Vec<PathBuf>;

/// Keeps the watcher alive; says how it watches.
pub struct Watching {
    _debouncer: Box<dyn std::any::Any + Send>,
    pub polling: bool,
}

/// Watch `root`, ignoring everything under `ignore` (the output folder).
pub fn watch(root: &Path, ignore: Vec<PathBuf>) -> Result<(Watching, Receiver<Change>), String> {
    let (events_tx, events_rx) = channel::<DebounceEventResult>();
    let watching = match native(root, events_tx.clone()) {
        Ok(d) => d,
        Err(e) if out_of_watches(&e) => {
            eprintln!(
                "warning: the system's limit on watched files is reached (raise fs.inotify.max_user_watches); watching by polling every second instead"
            );
            polling(root, events_tx)?
        }
        Err(e) => return Err(format!("cannot watch {}: {e}", root.display())),
    };
    let (changes_tx, changes_rx) = channel::<Change>();
    let root = root.to_path_buf();
    std::thread::spawn(move || {
        for result in events_rx {
            let change = match result {
                Ok(events) if events.iter().any(|e| e.need_rescan()) => Some(Vec::new()),
                Ok(events) => {
                    // Reading a file is not changing it, and every build reads them all.
                    let changes = events
                        .iter()
                        .filter(|e| !matches!(e.kind, notify::EventKind::Access(_)));
                    let paths: Vec<PathBuf> = changes
                        .flat_map(|e| e.paths.iter())
                        .filter(|p| relevant(&root, p, &ignore))
                        .cloned()
                        .collect();
                    (!paths.is_empty()).then_some(paths)
                }
                // Lost events (an overflowing queue, a vanished folder): rebuild all.
                Err(_) => Some(Vec::new()),
            };
            if let Some(change) = change {
                if changes_tx.send(change).is_err() {
                    break;
                }
            }
        }
    });
    Ok((watching, changes_rx))
}

fn native(
    root: &Path,
    tx: std::sync::mpsc::Sender<DebounceEventResult>,
) -> Result<Watching, notify::Error> {
    let mut debouncer = new_debouncer(DEBOUNCE, None, tx)?;
    debouncer.watch(root, RecursiveMode::Recursive)?;
    Ok(Watching {
        _debouncer: Box::new(debouncer),
        polling: false,
    })
}

fn polling(
    root: &Path,
    tx: std::sync::mpsc::Sender<DebounceEventResult>,
) -> Result<Watching, String> {
    let config = notify::Config::default().with_poll_interval(Duration::from_secs(1));
    let mut debouncer =
        new_debouncer_opt::<_, notify::PollWatcher, NoCache>(DEBOUNCE, None, tx, NoCache, config)
            .map_err(|e| e.to_string())?;
    debouncer
        .watch(root, RecursiveMode::Recursive)
        .map_err(|e| e.to_string())?;
    Ok(Watching {
        _debouncer: Box::new(debouncer),
        polling: true,
    })
}

fn out_of_watches(e: &notify::Error) -> bool {
    match &e.kind {
        notify::ErrorKind::MaxFilesWatch => true,
        // inotify reports the watch limit as "no space left on device".
        notify::ErrorKind::Io(io) => io.raw_os_error() == Some(28),
        _ => false,
    }
}

/// Whether a changed path can change the site: not editor litter, not under a hidden
/// folder such as `.git`, not in the output folder.
pub fn relevant(root: &Path, path: &Path, ignore: &[PathBuf]) -> bool {
    if ignore.iter().any(|i| path.starts_with(i)) {
        return false;
    }
    let Ok(rel) = path.strip_prefix(root) else {
        return path
            .file_name()
            .is_some_and(|n| !is_editor_litter(&n.to_string_lossy()));
    };
    !rel.components()
        .any(|c| is_editor_litter(&c.as_os_str().to_string_lossy()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_litter_and_the_output_folder_are_ignored() {
        let root = Path::new("/p");
        let ignore = vec![PathBuf::from("/p/public")];
        assert!(relevant(root, Path::new("/p/artefacts/pilot.md"), &ignore));
        for path in [
            "/p/artefacts/.pilot.md.swp",
            "/p/artefacts/pilot.md~",
            "/p/artefacts/#pilot.md#",
            "/p/.git/index",
            "/p/public/index.html",
            "/p/artefacts/4913.tmp",
        ] {
            assert!(!relevant(root, Path::new(path), &ignore), "{path}");
        }
    }
}
