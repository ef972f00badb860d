//! Themes: templates and static files, bundled in the binary or read from a folder,
//! layered so a portfolio's own `templates/` and `static/` win.

use crate::diagnostic::Diagnostic;
use crate::load::files;
use rust_embed::RustEmbed;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(RustEmbed)]
#[folder = "themes/"]
struct Bundled;

/// Where a static file's bytes come from.
#[derive(Debug, Clone)]
pub enum FileSource {
    Embedded(Cow<'static, [u8]>),
    Disk(PathBuf),
}

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
    /// A bundled theme, or `None` if there is none by that name.
    pub fn bundled(name: &str) -> Option<Theme> {
        let prefix = format!("{name}/");
        let mut theme = Theme::default();
        for path in Bundled::iter() {
            let Some(rest) = path.strip_prefix(&prefix) else {
                continue;
            };
            let Some(file) = Bundled::get(&path) else {
                continue;
            };
            if let Some(name) = rest.strip_prefix("templates/") {
                let text = String::from_utf8_lossy(&file.data).into_owned();
                theme.templates.insert(
                    name.to_owned(),
                    Template {
                        text,
                        origin: format!("theme `{name}`"),
                    },
                );
            } else if let Some(site_path) = rest.strip_prefix("static/") {
                theme
                    .files
                    .insert(site_path.to_owned(), FileSource::Embedded(file.data));
            }
        }
        (!theme.templates.is_empty() || !theme.files.is_empty()).then_some(theme)
    }

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
        match self.files.get(site_path)? {
            FileSource::Embedded(bytes) => Some(String::from_utf8_lossy(bytes).into_owned()),
            FileSource::Disk(path) => crate::disk::regular_file::read(path)
                .ok()
                .map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
        }
    }

    /// Lay `folder/templates/**` and `folder/static/**` over this theme.
    pub fn overlay(&mut self, root: &Path, folder: &Path, diags: &mut Vec<Diagnostic>) {
        for found in files::walk(folder, "templates", diags) {
            let name = site_path(&found.path, &folder.join("templates"));
            let shown = files::shown(root, &found.path);
            match files::read_text(&files::Found {
                path: found.path.clone(),
                shown: shown.clone(),
            }) {
                Ok(source) => {
                    let origin = shown.display().to_string();
                    self.templates.insert(
                        name,
                        Template {
                            text: source.text,
                            origin,
                        },
                    );
                }
                Err(d) => diags.push(d),
            }
        }
        let published = |f: &files::Found| !files::is_author_note(&f.path);
        for found in files::walk(folder, "static", diags)
            .into_iter()
            .filter(published)
        {
            let name = site_path(&found.path, &folder.join("static"));
            self.files.insert(name, FileSource::Disk(found.path));
        }
    }
}

/// `dir/a/b.css` -> `a/b.css`, always with `/`.
fn site_path(path: &Path, dir: &Path) -> String {
    let rel = path.strip_prefix(dir).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}
