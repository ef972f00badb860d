//! Search: Pagefind, as a library, indexes the pages a reader searches as the
//! renderers make them, and gives back its index and its browser files for the site's
//! `pagefind/` folder. It sees only pages of the published site, and of those only the
//! parts a page marks with `data-pagefind-body`, so nothing held back from the site
//! can be indexed.

mod index;
mod indexer;
mod tee;

pub use index::{SearchIndex, FOLDER};
pub use tee::{indexable, Indexing, Page};
