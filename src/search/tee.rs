//! The sink the renderers write to while a site is indexed: every file goes on to the
//! site's sink unchanged, and every page that offers something to search is kept for
//! the index.

use crate::output::{Contents, OutputFile, Sink, Writer};
use std::sync::Mutex;

/// The attribute of what a page offers to search; a page without it is not indexed.
const BODY: &[u8] = b"data-pagefind-body";

/// A page to index, by its path: the page as Pagefind should read it.
pub type Page = (String, String);

/// What the page at `path` gives the index, if it marks something it offers to
/// search: the page without its drawings.
pub fn indexable(path: &str, html: &[u8]) -> Option<Page> {
    memchr::memmem::find(html, BODY)?;
    let text = std::str::from_utf8(html).ok()?;
    Some((path.to_owned(), without_drawings(text)))
}

pub struct Indexing<'a> {
    sink: &'a dyn Sink,
    pages: Mutex<Vec<Page>>,
}

impl<'a> Indexing<'a> {
    pub fn new(sink: &'a dyn Sink) -> Self {
        Indexing {
            sink,
            pages: Mutex::default(),
        }
    }

    /// The pages to index, in the order they were made.
    pub fn into_pages(self) -> Vec<Page> {
        self.pages.into_inner().unwrap_or_else(|p| p.into_inner())
    }

    fn keep(&self, path: &str, html: &[u8]) {
        if let Some(page) = indexable(path, html) {
            let mut pages = self.pages.lock().unwrap_or_else(|p| p.into_inner());
            pages.push(page);
        }
    }
}

impl Sink for Indexing<'_> {
    fn expect(&self, files: usize) {
        self.sink.expect(files);
    }

    fn put(&self, file: OutputFile) {
        if let (true, Contents::Bytes(html)) = (file.is_page(), &file.contents) {
            self.keep(&file.path, html);
        }
        self.sink.put(file);
    }

    fn put_written(&self, path: &str, write: &mut Writer<'_>) {
        if !crate::output::is_page(path) {
            return self.sink.put_written(path, write);
        }
        let mut page = Vec::new();
        self.sink.put_written(path, &mut |out| {
            page.clear();
            write(&mut Copied {
                out,
                page: &mut page,
            })
        });
        self.keep(path, &page);
    }
}

/// A page without its SVG drawings, for the index. The charts are in
/// `data-pagefind-ignore` figures, so nothing of them is searched, but Pagefind would
/// still parse their every element: half of a page with charts, and most of its
/// elements. Only the build's own charts are SVG (the sanitiser lets none through).
fn without_drawings(html: &str) -> String {
    let mut kept = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = memchr::memmem::find(rest.as_bytes(), b"<svg") {
        let Some(end) = memchr::memmem::find(&rest.as_bytes()[start..], b"</svg>") else {
            break;
        };
        kept.push_str(&rest[..start]);
        rest = &rest[start + end + "</svg>".len()..];
    }
    kept.push_str(rest);
    kept
}

/// A page on its way out, and a copy of it for the index.
struct Copied<'w> {
    out: &'w mut dyn std::io::Write,
    page: &'w mut Vec<u8>,
}

impl std::io::Write for Copied<'_> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let n = self.out.write(bytes)?;
        self.page.extend_from_slice(&bytes[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_gets_a_page_without_its_charts_and_with_all_else() {
        let page = "<h1>Title</h1><figure><svg a=\"1\"><text>axis</text></svg><svg><g/></svg></figure><p>Story</p>";
        assert_eq!(
            without_drawings(page),
            "<h1>Title</h1><figure></figure><p>Story</p>"
        );
        // An unclosed drawing is left as it is: the page is not the build's.
        assert_eq!(without_drawings("<p>a</p><svg>"), "<p>a</p><svg>");
    }
}
