//! What the published site shows, as data: shared by the HTML and PDF renderers.

pub mod plan;
