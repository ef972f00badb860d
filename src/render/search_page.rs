//! The search page: what its form offers and what its script says, for a portfolio
//! and for a showcase alike. The results are the script's, from Pagefind's index.

use crate::i18n::Locale;
use crate::view::LinkView;
use serde::Serialize;
use std::collections::BTreeMap;

/// `search.html` and `showcase/search.html`.
#[derive(Serialize)]
pub struct SearchPage {
    pub search: SearchView,
}

#[derive(Serialize)]
pub struct SearchView {
    /// What is searched, for the page's lede and the form's name.
    pub lede: String,
    pub label: String,
    /// The standards a piece can be filtered by, as the pieces' pages name them.
    pub standards: Vec<StandardOption>,
    /// The leaders a piece can be filtered by (a showcase's; none in a portfolio).
    pub leaders: Vec<String>,
    /// "{count} pieces of evidence found", by plural category, for the script.
    pub found: BTreeMap<&'static str, String>,
    /// The page that lists everything, for a reader whose browser cannot search.
    pub browse: LinkView,
    /// The index's parts after the first, relative to the site's root, for the
    /// script to merge.
    pub merge: Vec<String>,
}

#[derive(Serialize)]
pub struct StandardOption {
    pub title: String,
    /// Its language, where it is not the page's.
    pub lang: Option<String>,
}

impl SearchView {
    /// A portfolio's search page: its pieces by the standards they show.
    pub fn portfolio(locale: &Locale, standards: Vec<StandardOption>) -> Self {
        SearchView {
            lede: locale.t("search-page-lede"),
            label: locale.t("search-this-portfolio"),
            standards,
            leaders: Vec::new(),
            found: locale.plural_forms("search-found"),
            browse: LinkView {
                title: locale.t("search-browse-evidence"),
                href: crate::view::urls::EVIDENCE.to_owned(),
            },
            merge: Vec::new(),
        }
    }

    /// A showcase's search page: every leader's pieces, by standard and by leader.
    pub fn showcase(
        locale: &Locale,
        standards: Vec<StandardOption>,
        leaders: Vec<String>,
        merge: Vec<String>,
    ) -> Self {
        SearchView {
            lede: locale.t("search-page-lede-showcase"),
            label: locale.t("search-showcase"),
            standards,
            leaders,
            found: locale.plural_forms("search-found"),
            browse: LinkView {
                title: locale.t("search-browse-leaders"),
                href: crate::view::urls::HOME.to_owned(),
            },
            merge,
        }
    }
}
