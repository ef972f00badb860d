//! Load: read a portfolio folder into the typed model, collecting every problem.

pub mod artefact;
pub mod files;
pub mod framework;
pub mod messages;
pub mod metric;
mod placeholders;
mod plan;
pub mod references;
pub mod settings;
pub mod showcase;
pub mod testimonial;
pub mod theme;

use crate::diagnostic::source_file::SourceFile;
use crate::diagnostic::Diagnostic;
use crate::model::theme::Theme;
use crate::model::{Asset, KnownIds, Portfolio, ThemeChoice};
use crate::syntax::fields::{Problem, Problems};
use crate::syntax::id::Id;
use crate::syntax::yaml::{self, Node};
use files::Found;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

pub const SETTINGS_FILE: &str = "portfolio.yaml";

/// Everything read from a portfolio folder. `portfolio` is `None` when
/// `portfolio.yaml` itself could not be read; the other files are still checked.
pub struct Loaded {
    pub portfolio: Option<Portfolio>,
    pub diagnostics: Vec<Diagnostic>,
}

/// What a portfolio in a showcase takes from the showcase unless it says otherwise.
#[derive(Debug, Clone, Default)]
pub struct Inherited {
    pub framework: Option<crate::model::Framework>,
    /// A theme folder here is absolute (it is written relative to the showcase).
    pub theme: Option<ThemeChoice>,
    /// The portfolio's own address inside the showcase; it always wins, since the
    /// showcase decides where its portfolios live.
    pub base_url: Option<String>,
    /// The showcase's language, for a portfolio that names none.
    pub language: Option<String>,
}

pub fn load(root: &Path) -> Loaded {
    load_member(root, &Inherited::default())
}

/// Load a portfolio, filling what it leaves unsaid from `inherited`.
pub fn load_member(root: &Path, inherited: &Inherited) -> Loaded {
    let mut diags = Vec::new();
    let settings = read_settings(root, &mut diags);
    let plan = read_plan(root, &mut diags);
    // How the people of the portfolio's language write a date such as 9/5/2024.
    let language = settings
        .as_ref()
        .and_then(|w| w.language.clone())
        .or_else(|| inherited.language.clone());
    let date_order = language
        .as_deref()
        .and_then(crate::syntax::date_as_typed::DateOrder::for_language);
    // The three folders are walked and read at the same time: each walk is a
    // sequence of directory reads, which the others' parsing overlaps.
    let (artefacts, (metrics, testimonials)) = rayon::join(
        || read_collection(root, "artefacts", &["md"], &artefact::read),
        || {
            rayon::join(
                || {
                    let read = |file: &SourceFile, id, diags: &mut Vec<Diagnostic>| {
                        metric::read(root, file, id, date_order, diags)
                    };
                    read_collection(root, "metrics", &["yaml", "yml"], &read)
                },
                || {
                    let extensions = &["yaml", "yml", "md"];
                    read_collection(root, "testimonials", extensions, &testimonial::read)
                },
            )
        },
    );
    diags.extend(artefacts.diagnostics);
    diags.extend(metrics.diagnostics);
    diags.extend(testimonials.diagnostics);
    let known = KnownIds {
        artefacts: artefacts.ids,
        metrics: metrics.ids,
        testimonials: testimonials.ids,
    };
    let (artefacts, metrics, testimonials) = (artefacts.items, metrics.items, testimonials.items);
    // A metric's data file is read, never published, even in assets/: it may hold
    // columns no one should see.
    let data_files: BTreeSet<String> = metrics
        .iter()
        .filter_map(|m: &crate::model::Metric| m.data.as_ref())
        .map(|d| slash_path(&d.path))
        .collect();
    let assets = files::walk(root, "assets", &mut diags)
        .into_iter()
        .filter(|f| !files::is_author_note(&f.path))
        .filter(|f| !data_files.contains(&slash_path(&f.shown)))
        .map(|f| Asset {
            site_path: slash_path(&f.shown),
            file: f.path,
        })
        .collect();
    let portfolio = settings.and_then(|written| {
        let mut settings = written.settings;
        if let (None, Some(theme)) = (&written.theme, &inherited.theme) {
            settings.theme = theme.clone();
        }
        if let (None, Some(language)) = (&written.language, &inherited.language) {
            settings.language = language.clone();
            if written.paper.is_none() {
                settings.paper = crate::model::settings::Paper::for_language(language);
            }
        }
        if let Some(base_url) = &inherited.base_url {
            settings.base_url = base_url.clone();
        }
        let framework = written
            .framework
            .or_else(|| inherited.framework.clone())
            .or_else(|| framework::bundled(framework::DEFAULT))?
            .in_language(&settings.language);
        let theme = load_theme(root, &settings.theme, SETTINGS_FILE, &mut diags)?;
        let locale = messages::locale(root, &settings.language, SETTINGS_FILE, &mut diags);
        Some(Portfolio {
            settings,
            framework,
            artefacts,
            metrics,
            testimonials,
            assets,
            theme,
            locale,
            known,
            plan,
        })
    });
    Loaded {
        portfolio,
        diagnostics: diags,
    }
}

fn read_settings(root: &Path, diags: &mut Vec<Diagnostic>) -> Option<settings::Written> {
    if !root.join(SETTINGS_FILE).is_file() {
        diags.push(
            Diagnostic::error_in(SETTINGS_FILE, format!("there is no {SETTINGS_FILE} in {}", root.display()))
                .with_hint("run `leadfolio new DIR` to start a portfolio, or point the command at the portfolio folder"),
        );
        return None;
    }
    read_root_yaml(root, SETTINGS_FILE, diags, settings::read)
}

/// `plan.yaml`, if the portfolio has one.
fn read_plan(root: &Path, diags: &mut Vec<Diagnostic>) -> Option<crate::model::plan::Plan> {
    if !root.join(crate::model::plan::FILE).is_file() {
        return None;
    }
    read_root_yaml(root, crate::model::plan::FILE, diags, plan::read)
}

/// A YAML file at the top of the portfolio folder, read by `read` (which gets the
/// parsed document and the file's text, for positions inside its Markdown fields);
/// every problem becomes a diagnostic at its place in the file.
fn read_root_yaml<T>(
    root: &Path,
    name: &str,
    diags: &mut Vec<Diagnostic>,
    read: impl FnOnce(&Node, &str, &mut Problems) -> Option<T>,
) -> Option<T> {
    let file = files::read_text(&Found {
        path: root.join(name),
        shown: PathBuf::from(name),
    })
    .map_err(|d| diags.push(d))
    .ok()?;
    placeholders::check(&file, diags);
    let mut problems = Vec::new();
    let read = parse_yaml(&file.text, 1, &mut problems)
        .and_then(|node| read(&node, &file.text, &mut problems));
    diags.extend(problems.into_iter().map(|p| p.into_diagnostic(&file)));
    read
}

/// Parse YAML, turning a syntax error into a problem with a hint for the usual causes.
pub(crate) fn parse_yaml(text: &str, first_line: usize, problems: &mut Problems) -> Option<Node> {
    match yaml::parse(text, first_line) {
        Ok(node) => Some(node),
        Err(e) => {
            let line = text.lines().nth(e.pos.line.saturating_sub(first_line));
            let hint = if line.is_some_and(|l| l.contains('\t'))
                || (e.message.contains("cannot start any token") && text.contains('\t'))
            {
                "YAML does not allow tabs for indentation: use spaces"
            } else if e.message.contains("nested more than") {
                "close each `[` with `]` and each `{` with `}`; a point is written `{ x: 2025-03, y: 56, n: 139 }`"
            } else if e.message.contains("duplicate") {
                "each field may appear only once"
            } else if e.message.contains("mapping values are not allowed") {
                "a value containing `: ` must be quoted, e.g. title: \"Pilot: phase 2\""
            } else {
                "check the indentation, and quote text that contains `:`, `#`, `[` or `{`"
            };
            problems.push(Problem::new(e.pos, format!("invalid YAML: {}", e.message)).hint(hint));
            None
        }
    }
}

type Reader<'r, T> = &'r (dyn Fn(&SourceFile, Id, &mut Vec<Diagnostic>) -> Option<T> + Sync);

use rayon::prelude::*;

/// One folder's items in the sorted walk's order, the id of every file found (read
/// or not), and the folder's problems.
struct Collection<T> {
    items: Vec<T>,
    ids: BTreeSet<Id>,
    diagnostics: Vec<Diagnostic>,
}

/// Read every file of one collection; ids come from file stems and must be unique.
fn read_collection<T: Send>(
    root: &Path,
    dir: &str,
    extensions: &[&str],
    read: Reader<'_, T>,
) -> Collection<T> {
    let mut diags = Vec::new();
    let mut seen: BTreeMap<Id, PathBuf> = BTreeMap::new();
    let mut items = Vec::new();
    let mut accepted = Vec::new();
    for found in files::walk(root, dir, &mut diags) {
        let ext = found
            .path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("");
        // A metric's data file sits beside it and is read through the metric.
        if dir == "metrics" && crate::data::is_data_file(&found.path) {
            continue;
        }
        if !extensions.contains(&ext) {
            diags.push(
                Diagnostic::error_in(
                    &found.shown,
                    format!("ignored: {dir}/ holds .{} files", extensions.join(", .")),
                )
                .with_hint("move other files to assets/")
                .warning(),
            );
            continue;
        }
        let stem = found
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let id = match Id::parse(&stem) {
            Ok(id) => id,
            Err(hint) => {
                diags.push(
                    Diagnostic::error_in(&found.shown, format!("`{stem}` cannot be used as an id"))
                        .with_hint(format!("rename the file: {hint}")),
                );
                continue;
            }
        };
        if let Some(first) = seen.get(&id) {
            diags.push(
                Diagnostic::error_in(&found.shown, format!("`{id}` is also the id of {}", slash_path(first)))
                    .with_hint("ids come from file names and must be unique in a folder tree: rename one of the two"),
            );
            continue;
        }
        seen.insert(id.clone(), found.shown.clone());
        accepted.push((found, id));
    }
    // Files are read and parsed in parallel; results keep the sorted walk's order, so
    // the build does not depend on scheduling.
    let read: Vec<(Option<T>, Vec<Diagnostic>)> = accepted
        .into_par_iter()
        .map(|(found, id)| {
            let mut own = Vec::new();
            let item = match files::read_text(&found) {
                Ok(file) => {
                    placeholders::check(&file, &mut own);
                    read(&file, id, &mut own)
                }
                Err(d) => {
                    own.push(d);
                    None
                }
            };
            (item, own)
        })
        .collect();
    for (item, own) in read {
        items.extend(item);
        diags.extend(own);
    }
    Collection {
        items,
        ids: seen.into_keys().collect(),
        diagnostics: diags,
    }
}

/// The bundled `panel` theme, with the chosen theme laid over it, then the
/// portfolio's own `templates/` and `static/`.
/// `settings_file` is where the choice was written, for messages.
pub fn load_theme(
    root: &Path,
    choice: &ThemeChoice,
    settings_file: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<Theme> {
    let mut theme = theme::bundled("panel")?;
    match choice {
        ThemeChoice::Bundled(name) => theme.layer(theme::bundled(name).unwrap_or_default()),
        ThemeChoice::Folder(folder) => {
            let dir = root.join(folder);
            if !dir.is_dir() {
                diags.push(
                    Diagnostic::error_in(
                        settings_file,
                        format!("the theme folder {} does not exist", dir.display()),
                    )
                    .with_hint(
                        "write a path relative to the portfolio folder, or a bundled theme name",
                    ),
                );
                return None;
            }
            theme::overlay(&mut theme, root, &dir, diags);
        }
    }
    theme::overlay(&mut theme, root, root, diags);
    Some(theme)
}

/// A relative path as a site path, `/`-separated on every system.
pub fn slash_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}
