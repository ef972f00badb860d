//! A theme: the templates the site and the pack are made with, and the static files
//! copied beside them.

use crate::disk::file_source::FileSource;
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
pub struct Template {
    pub text: String,
    /// Where it came from, for error messages: `theme panel` or a file path.
    pub origin: String,
}

#[derive(Debug, Clone, Default)]
pub struct Theme {
    /// By name relative to `templates/`, e.g. `artefact.html`, `partials/card.html`.
    pub templates: BTreeMap<String, Template>,
    /// By path in the site, e.g. `style.css`.
    pub files: BTreeMap<String, FileSource>,
}

impl Theme {
    /// The stylesheets as one text, for a page that must carry its own styles.
    pub fn inline_styles(&self) -> Option<String> {
        let sheets: Vec<String> = ["style.css", "theme.css"]
            .iter()
            .filter_map(|f| self.text(f))
            .collect();
        (!sheets.is_empty()).then(|| sheets.join("\n"))
    }

    /// Lay another theme's files over this one's.
    pub fn layer(&mut self, other: Theme) {
        self.templates.extend(other.templates);
        self.files.extend(other.files);
    }

    /// The text of a static file, wherever it comes from.
    pub fn text(&self, site_path: &str) -> Option<String> {
        self.files.get(site_path)?.text()
    }
}
