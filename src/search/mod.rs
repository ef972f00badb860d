//! Search: Pagefind, as a library, indexes the pages a reader searches as the
//! renderers put them into the sink, and gives back its index and its browser files
//! for the site's `pagefind/` folder. It sees only pages of the published site, and
//! of those only the parts a page marks with `data-pagefind-body`, so nothing held
//! back from the site can be indexed.

mod indexer;
mod tee;

pub use indexer::Indexer;
pub use tee::{offers_search, Indexing};

/// Where the index and Pagefind's scripts go, under the site's root.
pub const FOLDER: &str = "pagefind/";
