//! A narrative as the model keeps it: its Markdown and the pieces parsed from it, once,
//! at load. The pieces borrow their text from the Markdown rather than each holding a
//! copy: a 5 KB narrative has about 140 runs of text, and a copy of each cost a build
//! of 10,000 artefacts 1.4 million strings to allocate and free, and 85 MB.

use crate::syntax::narrative::Piece;
use std::ops::Range;

type Pieces<'a> = Vec<Piece<'a>>;

self_cell::self_cell!(
    struct Parsed {
        owner: String,
        #[covariant]
        dependent: Pieces,
    }
    impl {Debug}
);

#[derive(Debug)]
pub struct Narrative(Parsed);

impl Narrative {
    /// `markdown` and the pieces `parse` makes of it (with the source range of each,
    /// which the model does not keep: references carry their own positions).
    pub fn new(
        markdown: String,
        parse: impl for<'a> FnOnce(&'a str) -> Vec<(Piece<'a>, Range<usize>)>,
    ) -> Narrative {
        Narrative(Parsed::new(markdown, |text| {
            let mut pieces: Pieces<'_> = parse(text).into_iter().map(|(p, _)| p).collect();
            // The collect reuses the parse's buffer, sized for pieces with their ranges
            // and for more pieces than most texts make; the model keeps only these.
            pieces.shrink_to_fit();
            pieces
        }))
    }

    /// `markdown`, parsed.
    pub fn parse(markdown: String) -> Narrative {
        Narrative::new(markdown, |text| crate::syntax::narrative::parse(text).0)
    }

    pub fn pieces(&self) -> &[Piece<'_>] {
        self.0.borrow_dependent()
    }
}
