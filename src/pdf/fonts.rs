//! The fonts the pack is set in, compiled into the binary (Typst's own bundle:
//! Libertinus Serif for reading on paper, DejaVu Sans Mono for code; licences in
//! `LICENSE-FONTS`). Nothing is looked up on the machine, so a pack looks the same
//! wherever it is built.

use std::sync::LazyLock;
use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

/// Parsed once per process, on first use (a build with `--no-pdf` never pays it).
static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = typst_assets::fonts()
        .flat_map(|data| Font::iter(Bytes::new(data)))
        .collect();
    Fonts {
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

pub fn book() -> &'static LazyHash<FontBook> {
    &FONTS.book
}

pub fn font(index: usize) -> Option<Font> {
    FONTS.fonts.get(index).cloned()
}
