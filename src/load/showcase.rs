//! Reading a showcase: `showcase.yaml`, then each member portfolio with what it
//! inherits. A problem in a member is named with the member's folder.

use super::settings::{base_url, choose_framework, theme};
use super::{files, load_member, load_theme, parse_yaml, Inherited, SETTINGS_FILE};
use crate::diagnostic::Diagnostic;
use crate::model::{Member, Showcase, ThemeChoice};
use crate::syntax::fields::{self, Fields, Problem, Problems, Spanned};
use crate::syntax::id::Id;
use std::path::{Path, PathBuf};

pub const SHOWCASE_FILE: &str = "showcase.yaml";

/// Folder names that would collide with the showcase's own pages.
const RESERVED: [&str; 5] = ["competencies", "roles", "assets", "charts", "static"];

pub fn is_showcase(root: &Path) -> bool {
    root.join(SHOWCASE_FILE).is_file()
}

/// What `showcase.yaml` says.
struct Written {
    title: String,
    organisation: Option<String>,
    introduction: Option<String>,
    base_url: String,
    language: String,
    theme: Option<ThemeChoice>,
    inherited: Inherited,
    /// Listed folders with where they were written; `None`: every portfolio folder.
    portfolios: Option<Vec<Spanned<String>>>,
    search: bool,
}

pub fn load(root: &Path) -> (Option<Showcase>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let found = files::Found {
        path: root.join(SHOWCASE_FILE),
        shown: PathBuf::from(SHOWCASE_FILE),
    };
    let file = match files::read_text(&found) {
        Ok(f) => f,
        Err(d) => return (None, vec![d]),
    };
    let mut problems = Vec::new();
    let written =
        parse_yaml(&file.text, 1, &mut problems).and_then(|node| read(&node, &mut problems));
    let folders = written
        .as_ref()
        .map(|w| member_folders(root, w.portfolios.as_deref(), &mut problems))
        .unwrap_or_default();
    diags.extend(problems.into_iter().map(|p| p.into_diagnostic(&file)));
    let Some(written) = written else {
        return (None, diags);
    };
    let theme_choice = written
        .theme
        .clone()
        .unwrap_or_else(|| ThemeChoice::Bundled("panel".to_owned()));
    let theme = load_theme(root, &theme_choice, SHOWCASE_FILE, &mut diags);
    let mut members = Vec::new();
    for folder in folders {
        let mut inherited = written.inherited.clone();
        inherited.base_url = Some(format!("{}{folder}/", written.base_url));
        let loaded = load_member(&root.join(&folder), &inherited);
        diags.extend(loaded.diagnostics.into_iter().map(|d| d.in_folder(&folder)));
        if let Some(portfolio) = loaded.portfolio {
            members.push(Member { folder, portfolio });
        }
    }
    let locale = super::messages::locale(root, &written.language, "showcase.yaml", &mut diags);
    let showcase = theme.map(|theme| Showcase {
        title: written.title,
        organisation: written.organisation,
        introduction: written.introduction,
        base_url: written.base_url,
        language: written.language,
        locale,
        theme,
        search: written.search,
        members,
    });
    (showcase, diags)
}

fn read(node: &crate::syntax::yaml::Node, problems: &mut Problems) -> Option<Written> {
    let mut f = Fields::of(node, "showcase.yaml", problems)?;
    let title = f.required("title", fields::nonempty_text);
    let organisation = f.optional("organisation", fields::nonempty_text);
    let introduction = f.optional("introduction", fields::nonempty_text);
    let framework = match f.node("framework") {
        None => Ok(None),
        Some(n) => choose_framework(n, f.problems()).map(Some).ok_or(()),
    };
    let theme = f.optional("theme", theme);
    let base_url = f
        .optional("base_url", base_url)
        .unwrap_or_else(|| "/".to_owned());
    let language = f
        .optional("language", fields::language)
        .unwrap_or_else(|| "en".to_owned());
    let search = f.optional("search", fields::boolean).unwrap_or(true);
    let portfolios = f.optional("portfolios", |n, p| {
        Some(fields::list_of(n, p, |n, p| {
            fields::nonempty_text(n, p).map(|value| Spanned { value, pos: n.pos })
        }))
    });
    f.finish();
    let inherited = Inherited {
        framework: framework.ok()?,
        theme: theme.clone(),
        base_url: None,
        language: Some(language.clone()),
    };
    Some(Written {
        title: title?,
        organisation,
        introduction,
        base_url,
        language,
        theme,
        inherited,
        portfolios,
        search,
    })
}

/// The member folders: those listed, each checked, or every subfolder with a
/// `portfolio.yaml`, sorted.
fn member_folders(
    root: &Path,
    listed: Option<&[Spanned<String>]>,
    problems: &mut Problems,
) -> Vec<String> {
    let Some(listed) = listed else {
        let mut found: Vec<String> = std::fs::read_dir(root)
            .map(|dir| {
                dir.filter_map(Result::ok)
                    .filter(|e| e.path().join(SETTINGS_FILE).is_file())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        found.sort();
        found.retain(|folder| {
            check_folder_name(folder, crate::diagnostic::source_file::Pos::START, problems)
        });
        if found.is_empty() {
            problems.push(
                Problem::new(
                    crate::diagnostic::source_file::Pos::START,
                    "this showcase has no portfolios",
                )
                .hint("put each portfolio in a subfolder with its own portfolio.yaml"),
            );
        }
        return found;
    };
    let mut folders = Vec::new();
    for entry in listed {
        let folder = entry.value.trim_end_matches('/').to_owned();
        if !check_folder_name(&folder, entry.pos, problems) {
            continue;
        }
        if !root.join(&folder).join(SETTINGS_FILE).is_file() {
            problems.push(
                Problem::new(entry.pos, format!("there is no portfolio in `{folder}`")).hint(
                    format!("create {folder}/portfolio.yaml, or remove `{folder}` from the list"),
                ),
            );
            continue;
        }
        if folders.contains(&folder) {
            problems.push(Problem::new(
                entry.pos,
                format!("`{folder}` is listed twice"),
            ));
            continue;
        }
        folders.push(folder);
    }
    folders
}

/// Folder names become addresses: they follow the rules of ids, and must not take a
/// name the showcase's own pages use.
fn check_folder_name(
    folder: &str,
    pos: crate::diagnostic::source_file::Pos,
    problems: &mut Problems,
) -> bool {
    if let Err(hint) = Id::parse(folder) {
        problems.push(
            Problem::new(
                pos,
                format!("`{folder}` cannot be a portfolio folder in a showcase"),
            )
            .hint(format!("rename the folder: {hint}")),
        );
        return false;
    }
    if RESERVED.contains(&folder) {
        problems.push(
            Problem::new(
                pos,
                format!("`{folder}` is a name the showcase uses for its own pages"),
            )
            .hint("rename the folder"),
        );
        return false;
    }
    true
}
