//! One Pagefind index, built on a thread of its own beside the renderers.

use super::Page;
use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
use std::sync::mpsc::{sync_channel, SyncSender};
use std::thread::JoinHandle;

/// Pages waiting for the index, at most: enough that the renderers never wait on a
/// short stall, few enough that a district's pages are never all held at once.
const QUEUED: usize = 64;

/// A file Pagefind made, by its path inside the index's folder.
pub type Made = (String, Vec<u8>);

/// Pagefind's index takes one page at a time, so it runs on a thread of its own while
/// the renderers go on to make the next pages.
pub struct Indexer {
    pages: SyncSender<Page>,
    thread: JoinHandle<Result<Vec<Made>, String>>,
}

impl Indexer {
    /// An index of pages in `language` (a BCP 47 tag), every page stemmed as that
    /// language.
    pub fn start(language: &str) -> Indexer {
        let (pages, queue) = sync_channel::<Page>(QUEUED);
        let language = language.to_ascii_lowercase();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .build()
                .map_err(|e| e.to_string())?;
            runtime.block_on(async move {
                let config = PagefindServiceConfig::builder()
                    .keep_index_url(true)
                    .force_language(language)
                    .build();
                let mut index = PagefindIndex::new(Some(config)).map_err(|e| e.to_string())?;
                for (url, html) in queue {
                    index
                        .add_html_file(None, Some(url), html)
                        .await
                        .map_err(|e| e.to_string())?;
                }
                let files = index.get_files().await.map_err(|e| e.to_string())?;
                Ok(files
                    .into_iter()
                    .map(|f| (f.filename.to_string_lossy().replace('\\', "/"), f.contents))
                    .collect())
            })
        });
        Indexer { pages, thread }
    }

    /// Index `pages` (each a path relative to the site's root, and its HTML), in this
    /// order, after those given before. Waits while the index is [`QUEUED`] pages
    /// behind.
    pub fn add(&self, pages: Vec<Page>) {
        for page in pages {
            // The indexer stops early only on an error, which `finish` reports.
            if self.pages.send(page).is_err() {
                return;
            }
        }
    }

    /// The index's files and Pagefind's browser files; or what went wrong.
    pub fn finish(self) -> Result<Vec<Made>, String> {
        let Indexer { pages, thread } = self;
        // The last page is in: the index is built once the queue closes.
        drop(pages);
        thread
            .join()
            .map_err(|_| "the search index stopped".to_owned())?
    }
}
