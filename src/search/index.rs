//! A site's search index, in parts: Pagefind's index of a district is tens of
//! thousands of pages, and it takes them one at a time, each slower than the last (it
//! looks for the page's address among those it has). So a large site is indexed in
//! parts, each on its own thread, and the search page merges them as it searches
//! (Pagefind's `mergeIndex`): the first part, with Pagefind's scripts, in `pagefind/`,
//! the others in `pagefind/part-2/`, `pagefind/part-3/`...

use super::indexer::Indexer;
use super::Page;
use crate::output::OutputFile;

/// Where the index and Pagefind's scripts go, under the site's root.
pub const FOLDER: &str = "pagefind/";

/// Pieces in a part, about: enough that a portfolio of any likely size is one part,
/// few enough that a part's own slowing stays small.
const PIECES_PER_PART: usize = 15_000;

pub struct SearchIndex {
    parts: Vec<Indexer>,
}

impl SearchIndex {
    /// How many parts the index of a showcase of `pieces` published pieces has (a
    /// portfolio's has one): the same on every machine, so the site is too.
    pub fn parts_for(pieces: usize) -> usize {
        pieces.div_ceil(PIECES_PER_PART).max(1)
    }

    /// The folders of the parts after the first, relative to the site's root, for the
    /// search page to merge.
    pub fn merged_folders(parts: usize) -> Vec<String> {
        (1..parts).map(folder).collect()
    }

    /// An index of `parts` parts, of pages in `language` (a BCP 47 tag): every page is
    /// stemmed as that language, so that a search from any page of a showcase,
    /// whatever its leader's language, searches every leader.
    pub fn start(language: &str, parts: usize) -> Self {
        SearchIndex {
            parts: (0..parts.max(1))
                .map(|_| Indexer::start(language))
                .collect(),
        }
    }

    pub fn parts(&self) -> usize {
        self.parts.len()
    }

    /// Index the `member`th member's `pages` (a portfolio is member 0), after those
    /// given before. The members are dealt to the parts in turn, so that every part
    /// has pages to index while the members are rendered in order. Pagefind numbers
    /// pages in the order they come, and the renderers make them in any order: a
    /// member's pages go in in the order of their paths, so that the index is the same
    /// from build to build.
    pub fn add(&self, member: usize, mut pages: Vec<Page>) {
        pages.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        self.parts[member % self.parts.len()].add(pages);
    }

    /// Every file of the index, sorted by path: the first part's with Pagefind's
    /// scripts, the others' only what a merged index loads. Or what went wrong.
    pub fn finish(self) -> Result<Vec<OutputFile>, String> {
        let mut files = Vec::new();
        for (n, part) in self.parts.into_iter().enumerate() {
            let made = part.finish()?;
            let folder = folder(n);
            files.extend(
                made.into_iter()
                    .filter(|(path, _)| n == 0 || merged_part_needs(path))
                    .map(|(path, bytes)| OutputFile::bytes(format!("{folder}{path}"), bytes)),
            );
        }
        files.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(files)
    }
}

/// The folder of part `n` (from 0), under the site's root.
fn folder(n: usize) -> String {
    match n {
        0 => FOLDER.to_owned(),
        n => format!("{FOLDER}part-{}/", n + 1),
    }
}

/// What a merged part's index loads: its entry, its page list, its word index, its
/// pages' fragments and its filters (the scripts and WebAssembly are the first part's).
fn merged_part_needs(path: &str) -> bool {
    path == "pagefind-entry.json"
        || path.ends_with(".pf_meta")
        || ["index/", "fragment/", "filter/"]
            .iter()
            .any(|f| path.starts_with(f))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(title: &str) -> String {
        format!("<html lang=\"en\"><body><article data-pagefind-body><h1>{title}</h1><p>Story of {title}.</p></article></body></html>")
    }

    #[test]
    fn a_district_is_indexed_in_parts_that_each_load_only_their_own_data() {
        assert_eq!(SearchIndex::parts_for(0), 1);
        assert_eq!(SearchIndex::parts_for(PIECES_PER_PART), 1);
        assert_eq!(SearchIndex::parts_for(60_000), 4);
        assert_eq!(
            SearchIndex::merged_folders(3),
            ["pagefind/part-2/", "pagefind/part-3/"]
        );

        let index = SearchIndex::start("en", 2);
        // Members dealt to the parts in turn: the third goes to the first part.
        index.add(0, vec![("a/index.html".into(), page("Attendance"))]);
        index.add(1, vec![("b/index.html".into(), page("Phonics"))]);
        index.add(2, vec![("c/index.html".into(), page("Literacy"))]);
        let files = index.finish().unwrap();
        let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        for wanted in [
            "pagefind/pagefind.js",
            "pagefind/pagefind-entry.json",
            "pagefind/part-2/pagefind-entry.json",
        ] {
            assert!(paths.contains(&wanted), "missing {wanted}: {paths:?}");
        }
        assert!(paths
            .iter()
            .any(|p| p.starts_with("pagefind/part-2/fragment/")));
        // The scripts and the WebAssembly are the first part's alone.
        assert!(!paths
            .iter()
            .any(|p| p.starts_with("pagefind/part-2/")
                && (p.ends_with(".js") || p.contains("wasm."))));
    }
}
