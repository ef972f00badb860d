//! The sink the renderers write to while a site is indexed: every file goes on to the
//! site's sink unchanged, and every page also to the index.

use super::Indexer;
use crate::output::{Contents, OutputFile, Sink, Writer};

pub struct Indexing<'a> {
    pub sink: &'a dyn Sink,
    pub index: &'a Indexer,
}

impl Sink for Indexing<'_> {
    fn expect(&self, files: usize) {
        self.sink.expect(files);
    }

    fn put(&self, file: OutputFile) {
        if let (true, Contents::Bytes(html)) = (file.is_page(), &file.contents) {
            self.index.add(&file.path, html);
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
        self.index.add(path, &page);
    }
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
