//! What the published site shows, as data: typed, serialisable views, shared by the
//! HTML renderer (`render/`) and the PDF renderer (`pdf/`). Sorting, grouping, number
//! formatting and wording happen here, once, never in a template. Hrefs are relative
//! to the site root; templates prefix them with the page's `root`.

pub mod artefact;
pub mod career;
pub mod chart;
pub mod headline;
pub mod link;
pub mod matrix;
pub mod metric;
pub mod plan;
pub mod site;
pub mod testimonial;
pub mod urls;
mod views;

pub use link::{DateView, LinkView};
pub use views::{featured, Stats, Views};
