//! A showcase: many leaders' portfolios published as one site.

use super::Portfolio;
use crate::model::theme::Theme;

/// One portfolio of the showcase, published under `/<folder>/`.
#[derive(Debug)]
pub struct Member {
    pub folder: String,
    pub portfolio: Portfolio,
}

#[derive(Debug)]
pub struct Showcase {
    pub title: String,
    pub organisation: Option<String>,
    /// A paragraph for the index page, in Markdown.
    pub introduction: Option<String>,
    /// Ends with `/`: `/` or an absolute address.
    pub base_url: String,
    pub language: String,
    /// The showcase's own pages' words, numbers and dates.
    pub locale: std::sync::Arc<crate::i18n::Locale>,
    /// The theme of the showcase's own pages (members may choose their own).
    pub theme: Theme,
    /// `search: false` leaves the showcase without search (on by default).
    pub search: bool,
    pub members: Vec<Member>,
}
