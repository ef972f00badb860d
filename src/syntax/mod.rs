//! Reading the text a user writes, before it is a model: YAML with a position for
//! every value, typed fields, front matter, Markdown narratives and their shortcodes.

mod bidi;
pub mod date;
pub mod date_as_typed;
pub mod fields;
pub mod front_matter;
pub mod html_nesting;
pub mod id;
pub mod narrative;
pub mod ref_kind;
pub mod shortcode;
pub mod yaml;
