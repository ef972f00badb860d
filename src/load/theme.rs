//! Themes: templates and static files, bundled in the binary or read from a folder,
//! layered so a portfolio's own `templates/` and `static/` win.

use crate::diagnostic::Diagnostic;
use crate::disk::file_source::FileSource;
use crate::load::files;
use crate::model::theme::{Template, Theme};
use rust_embed::RustEmbed;
use std::path::Path;

#[derive(RustEmbed)]
#[folder = "themes/"]
struct Bundled;

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

/// Lay `folder/templates/**` and `folder/static/**` over `theme`.
pub fn overlay(theme: &mut Theme, root: &Path, folder: &Path, diags: &mut Vec<Diagnostic>) {
    for found in files::walk(folder, "templates", diags) {
        let name = site_path(&found.path, &folder.join("templates"));
        let shown = files::shown(root, &found.path);
        match files::read_text(&files::Found {
            path: found.path.clone(),
            shown: shown.clone(),
        }) {
            Ok(source) => {
                let origin = shown.display().to_string();
                theme.templates.insert(
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
        theme.files.insert(name, FileSource::Disk(found.path));
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
