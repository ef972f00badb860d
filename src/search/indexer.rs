//! One Pagefind index, fed from every core while pages render.

use crate::output::OutputFile;
use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
use std::sync::mpsc::{sync_channel, SyncSender};
use std::thread::JoinHandle;

/// The attribute of what a page offers to search; a page without it is not indexed.
const BODY: &[u8] = b"data-pagefind-body";

/// Pages waiting for the index, at most: enough that rendering never waits on a
/// short stall, few enough that a district's pages are never held in memory at once.
const QUEUED: usize = 64;

/// Pagefind's index takes one page at a time, so it runs on a thread of its own,
/// beside the renderers, which hand it the pages they make.
pub struct Indexer {
    pages: SyncSender<(String, String)>,
    thread: JoinHandle<Result<Vec<OutputFile>, String>>,
}

impl Indexer {
    /// An index of pages in `language` (a BCP 47 tag): every page goes into one index
    /// and is stemmed as that language, so that a search from any page of the site,
    /// whatever its leader's language, searches every leader.
    pub fn start(language: &str) -> Indexer {
        let (pages, queue) = sync_channel::<(String, String)>(QUEUED);
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
                    .map(|f| {
                        let path = format!("{}{}", super::FOLDER, f.filename.to_string_lossy());
                        OutputFile::bytes(path.replace('\\', "/"), f.contents)
                    })
                    .collect())
            })
        });
        Indexer { pages, thread }
    }

    /// Index the page at `path` (relative to the site's root) if it marks what is
    /// searched. Waits while the index is [`QUEUED`] pages behind.
    pub fn add(&self, path: &str, html: &[u8]) {
        if memchr::memmem::find(html, BODY).is_none() {
            return;
        }
        let Ok(text) = std::str::from_utf8(html) else {
            return;
        };
        // The indexer stops early only on an error, which `finish` reports.
        let _ = self.pages.send((path.to_owned(), text.to_owned()));
    }

    /// The index and Pagefind's browser files, each under [`super::FOLDER`], sorted by
    /// path; or what went wrong.
    pub fn finish(self) -> Result<Vec<OutputFile>, String> {
        let Indexer { pages, thread } = self;
        // The last page is in: the index is built once the queue closes.
        drop(pages);
        let mut files = thread
            .join()
            .map_err(|_| "the search index stopped".to_owned())??;
        files.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(files)
    }
}
