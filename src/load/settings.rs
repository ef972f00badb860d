//! Reading `portfolio.yaml`.

use super::framework;
use crate::model::{
    Credential, Framework, Link, Paper, Person, Settings, ThemeChoice, TimelineEntry,
};
use crate::syntax::fields::{self, Fields, Problem, Problems, Spanned};
use crate::syntax::yaml::{Node, Value};

pub const DEFAULT_MIN_N: u64 = 10;
pub const BUNDLED_THEMES: [&str; 2] = ["panel", "district"];

/// What `portfolio.yaml` says. The framework and theme are `None` when not written,
/// so a showcase can supply its own (a showcase's address always replaces a member's).
pub struct Written {
    pub settings: Settings,
    pub framework: Option<Framework>,
    pub theme: Option<ThemeChoice>,
    pub language: Option<String>,
    /// `paper:` as written; without it, the paper follows the language.
    pub paper: Option<Paper>,
}

/// `source` is the file's text: positions inside the introduction are checked in it.
pub fn read(node: &Node, source: &str, problems: &mut Problems) -> Option<Written> {
    let mut f = Fields::of(node, "portfolio.yaml", problems)?;
    let title = f.required("title", fields::nonempty_text);
    let person = f.required("person", person);
    let seeking = f.optional("seeking", fields::nonempty_text);
    let written_base_url = f.optional("base_url", base_url);
    let written_language = f.optional("language", fields::language);
    let written_theme = f.optional("theme", theme);
    let framework = match f.node("framework") {
        None => Ok(None),
        Some(n) => choose_framework(n, f.problems()).map(Some).ok_or(()),
    };
    let introduction = f.optional("introduction", fields::nonempty_text);
    let timeline = f.list("timeline", timeline_entry);
    let credentials = f.list("credentials", credential);
    let (min_n, require_n) = f
        .optional("privacy", privacy)
        .unwrap_or((DEFAULT_MIN_N, false));
    let highlights = f.list("highlights", fields::id);
    let hide_gaps = f.optional("matrix", matrix).unwrap_or(false);
    let search = f.optional("search", fields::boolean);
    let paper = f.optional("paper", |n, p| {
        fields::one_of(n, p, &[("a4", Paper::A4), ("letter", Paper::Letter)])
    });
    f.finish();
    let introduction_refs = match (&introduction, node.get("introduction")) {
        (Some(text), Some(field)) => {
            super::references::scan_field(text, field.pos, source, problems)
        }
        _ => Vec::new(),
    };
    let settings = Settings {
        title: title?,
        person: person?,
        seeking,
        base_url: written_base_url.unwrap_or_else(|| "/".to_owned()),
        language: written_language.clone().unwrap_or_else(|| "en".to_owned()),
        theme: written_theme
            .clone()
            .unwrap_or_else(|| ThemeChoice::Bundled("panel".to_owned())),
        introduction,
        introduction_refs,
        timeline,
        credentials,
        min_n,
        require_n,
        highlights,
        hide_gaps,
        search,
        paper: paper
            .unwrap_or_else(|| Paper::for_language(written_language.as_deref().unwrap_or("en"))),
    };
    Some(Written {
        settings,
        framework: framework.ok()?,
        theme: written_theme,
        language: written_language,
        paper,
    })
}

/// A bundled framework by id, or one written inline.
pub fn choose_framework(node: &Node, problems: &mut Problems) -> Option<Framework> {
    match &node.value {
        Value::Str(id) => framework::bundled(id).or_else(|| {
            let ids: Vec<_> = framework::bundled_ids().collect();
            let hint = match crate::diagnostic::did_you_mean(id, ids.iter().copied()) {
                Some(near) => format!("did you mean `{near}`?"),
                None => format!("bundled frameworks: {}; or write your own under `framework:` with `name` and `competencies`", ids.join(", ")),
            };
            problems.push(Problem::new(node.pos, format!("there is no bundled framework `{id}`")).hint(hint));
            None
        }),
        _ => framework::read(node, problems),
    }
}

fn person(node: &Node, problems: &mut Problems) -> Option<Person> {
    let mut f = Fields::of(node, "person", problems)?;
    let name = f.required("name", fields::nonempty_text);
    let role = f.required("role", fields::nonempty_text);
    let organisation = f.optional("organisation", fields::nonempty_text);
    let headline = f.optional("headline", fields::nonempty_text);
    let photo = f.optional("photo", portfolio_file);
    let cv = f.optional("cv", portfolio_file);
    let location = f.optional("location", fields::nonempty_text);
    let email = f.optional("email", email);
    let links = f.list("links", link);
    f.finish();
    Some(Person {
        name: name?,
        role: role?,
        organisation,
        headline,
        photo,
        cv,
        location,
        email,
        links,
    })
}

fn link(node: &Node, problems: &mut Problems) -> Option<Link> {
    let mut f = Fields::of(node, "a link", problems)?;
    let label = f.required("label", fields::nonempty_text);
    let url = f.required("url", fields::link);
    f.finish();
    Some(Link {
        label: label?,
        url: url?,
    })
}

fn email(node: &Node, problems: &mut Problems) -> Option<String> {
    let e = fields::nonempty_text(node, problems)?;
    let plausible = e
        .split_once('@')
        .is_some_and(|(a, b)| !a.is_empty() && b.contains('.'))
        && !e.contains(char::is_whitespace)
        && !e.contains(['<', '>', '"', '\'', ':']);
    if !plausible {
        problems.push(Problem::new(
            node.pos,
            format!("`{e}` does not look like an email address"),
        ));
        return None;
    }
    Some(e)
}

/// A file inside the portfolio folder, written relative to it (`assets/me.jpg`).
pub fn portfolio_file(node: &Node, problems: &mut Problems) -> Option<Spanned<String>> {
    let path = fields::nonempty_text(node, problems)?;
    let escapes =
        path.starts_with('/') || path.contains('\\') || path.split('/').any(|part| part == "..");
    if escapes || path.contains(':') {
        problems.push(
            Problem::new(
                node.pos,
                format!("`{path}` is not a path inside the portfolio"),
            )
            .hint("write it relative to the portfolio folder, e.g. assets/photo.jpg"),
        );
        return None;
    }
    Some(Spanned {
        value: path.trim_start_matches("./").to_owned(),
        pos: node.pos,
    })
}

pub fn base_url(node: &Node, problems: &mut Problems) -> Option<String> {
    let url = fields::nonempty_text(node, problems)?;
    let ok = url.starts_with("https://") || url.starts_with("http://") || url.starts_with('/');
    if !ok || url.contains(char::is_whitespace) || url.contains(['"', '<', '>']) {
        problems.push(
            Problem::new(node.pos, format!("`{url}` is not a base URL"))
                .hint("write the address the site will live at, e.g. https://example.org/amara/"),
        );
        return None;
    }
    Some(if url.ends_with('/') {
        url
    } else {
        format!("{url}/")
    })
}

pub fn theme(node: &Node, problems: &mut Problems) -> Option<ThemeChoice> {
    let name = fields::nonempty_text(node, problems)?;
    if BUNDLED_THEMES.contains(&name.as_str()) {
        return Some(ThemeChoice::Bundled(name));
    }
    if name.contains('/') || name.starts_with('.') {
        return Some(ThemeChoice::Folder(name.into()));
    }
    problems.push(
        Problem::new(node.pos, format!("there is no bundled theme `{name}`")).hint(format!(
            "bundled themes: {}; a theme folder is written as a path, e.g. ./my-theme",
            BUNDLED_THEMES.join(", ")
        )),
    );
    None
}

fn timeline_entry(node: &Node, problems: &mut Problems) -> Option<TimelineEntry> {
    let mut f = Fields::of(node, "a timeline entry", problems)?;
    let from = f.required("from", fields::date);
    let to = f.optional("to", fields::date);
    let role = f.required("role", fields::nonempty_text);
    let organisation = f.optional("organisation", fields::nonempty_text);
    let summary = f.optional("summary", fields::nonempty_text);
    f.finish();
    if let (Some(from), Some(to)) = (from, to) {
        if to < from {
            problems.push(
                Problem::new(node.pos, "this timeline entry ends before it starts")
                    .hint("swap `from` and `to`"),
            );
        }
    }
    Some(TimelineEntry {
        from: from?,
        to,
        role: role?,
        organisation,
        summary,
    })
}

fn credential(node: &Node, problems: &mut Problems) -> Option<Credential> {
    let mut f = Fields::of(node, "a credential", problems)?;
    let title = f.required("title", fields::nonempty_text);
    let issuer = f.optional("issuer", fields::nonempty_text);
    let year = f.optional("year", fields::integer);
    f.finish();
    Some(Credential {
        title: title?,
        issuer,
        year,
    })
}

/// `privacy: { min_n, require_n }`.
/// `matrix: { gaps: show | hide }`: whether standards without evidence are hidden.
fn matrix(node: &Node, problems: &mut Problems) -> Option<bool> {
    let mut f = Fields::of(node, "matrix", problems)?;
    let hide = f.optional("gaps", |n, p| {
        fields::one_of(n, p, &[("show", false), ("hide", true)])
    });
    f.finish();
    Some(hide.unwrap_or(false))
}

fn privacy(node: &Node, problems: &mut Problems) -> Option<(u64, bool)> {
    let mut f = Fields::of(node, "privacy", problems)?;
    let min_n = f.optional("min_n", fields::count);
    let require_n = f.optional("require_n", fields::boolean);
    f.finish();
    Some((min_n.unwrap_or(DEFAULT_MIN_N), require_n.unwrap_or(false)))
}
