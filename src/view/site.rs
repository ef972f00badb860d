//! What every page shows: who, the navigation, the page's own metadata.

use super::LinkView;
use crate::model::theme::Theme;
use crate::publish::Site;
use crate::view::urls;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct SiteView {
    pub title: String,
    pub language: String,
    pub person: PersonView,
    pub seeking: Option<String>,
    pub framework: FrameworkView,
    pub nav: Vec<NavItem>,
    /// Drafts are in this build: every page says so.
    pub drafts: bool,
    pub base_url: String,
    /// The showcase this portfolio is part of, if any.
    pub showcase: Option<ShowcaseLink>,
    /// The search page, relative to the portfolio's root, and what its box searches,
    /// when the site is searched: the showcase's, in a showcase.
    pub search: Option<LinkView>,
}

/// The way from a portfolio in a showcase back to the showcase's index.
#[derive(Debug, Clone, Serialize)]
pub struct ShowcaseLink {
    pub title: String,
    /// Relative to the portfolio's root.
    pub href: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PersonView {
    pub name: String,
    pub initials: String,
    pub role: String,
    pub organisation: Option<String>,
    pub headline: Option<String>,
    pub photo: Option<String>,
    /// The CV's path in the site, with what kind of file it is ("PDF").
    pub cv: Option<FileLink>,
    pub location: Option<String>,
    pub email: Option<String>,
    pub links: Vec<LinkView>,
}

/// A file of the site to download, with its kind for the link ("PDF", "DOCX").
#[derive(Debug, Clone, Serialize)]
pub struct FileLink {
    pub href: String,
    pub kind: Option<String>,
}

impl FileLink {
    fn to(path: &str) -> Self {
        let kind = path
            .rsplit_once('.')
            .map(|(_, ext)| ext.to_ascii_uppercase())
            .filter(|k| (1..=4).contains(&k.len()));
        FileLink {
            href: path.to_owned(),
            kind,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct FrameworkView {
    pub name: String,
    pub source: Option<String>,
    pub count: usize,
    /// The language of its titles and descriptions, where it is not the page's: they
    /// are marked `lang` with it.
    pub lang: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NavItem {
    pub key: &'static str,
    pub label: String,
    pub href: &'static str,
}

/// One page's own facts.
#[derive(Debug, Clone, Serialize)]
pub struct PageMeta {
    pub key: &'static str,
    pub title: String,
    /// The way back to the site root (`../../`).
    pub root: String,
    pub path: String,
    /// Absolute address, when `base_url` is absolute.
    pub canonical: Option<String>,
    /// The stylesheet itself, for the one page that cannot link to it relatively.
    pub inline_css: Option<String>,
    pub description: Option<String>,
}

/// The navigation; "Plan" only in a portfolio with a plan.
/// Each item's key, the message that labels it, and its page.
const NAV: [(&str, &str, &str); 8] = [
    ("home", "nav-home", urls::HOME),
    ("evidence", "nav-evidence", urls::EVIDENCE),
    ("matrix", "nav-matrix", urls::MATRIX),
    ("impact", "nav-impact", urls::IMPACT),
    ("plan", "nav-plan", urls::PLAN),
    ("testimonials", "nav-testimonials", urls::TESTIMONIALS),
    ("about", "nav-about", urls::ABOUT),
    ("panel", "nav-panel", urls::PANEL),
];

pub fn site_view(site: &Site<'_>, showcase: Option<ShowcaseLink>) -> SiteView {
    let s = site.settings;
    let p = &s.person;
    SiteView {
        title: s.title.clone(),
        language: s.language.clone(),
        person: PersonView {
            name: p.name.clone(),
            initials: initials(&p.name),
            role: p.role.clone(),
            organisation: p.organisation.clone(),
            headline: p.headline.clone(),
            photo: p.photo.as_ref().map(|ph| ph.value.clone()),
            cv: p.cv.as_ref().map(|cv| FileLink::to(&cv.value)),
            location: p.location.clone(),
            email: p.email.clone(),
            links: p
                .links
                .iter()
                .map(|l| LinkView {
                    title: l.label.clone(),
                    href: l.url.clone(),
                })
                .collect(),
        },
        seeking: s.seeking.clone(),
        framework: FrameworkView {
            name: site.framework.name.clone(),
            source: site.framework.source.clone(),
            count: site.framework.competencies.len(),
            lang: site.framework.foreign_language(&s.language),
        },
        nav: NAV
            .iter()
            .filter(|(key, ..)| *key != "plan" || site.plan.is_some())
            .map(|(key, label, href)| NavItem {
                key,
                label: site.locale.t(label),
                href,
            })
            .collect(),
        drafts: site.drafts,
        base_url: s.base_url.clone(),
        search: site.search.then(|| match &showcase {
            Some(_) => LinkView {
                title: site.locale.t("search-showcase"),
                href: format!("../{}", urls::SEARCH),
            },
            None => LinkView {
                title: site.locale.t("search-this-portfolio"),
                href: urls::SEARCH.to_owned(),
            },
        }),
        showcase,
    }
}

/// A page's metadata. `base_url` makes canonical addresses when absolute.
pub fn page_meta(
    base_url: &str,
    theme: &Theme,
    key: &'static str,
    path: &str,
    title: String,
    description: Option<String>,
) -> PageMeta {
    let not_found = path == urls::NOT_FOUND;
    PageMeta {
        key,
        title,
        // A server answers any missing address with the 404 page, at any depth, so its
        // links cannot be relative: they start from `base_url`, and it carries its own
        // styles so it looks right wherever it is served from.
        root: if not_found {
            base_url.to_owned()
        } else {
            urls::root_of(path)
        },
        path: path.to_owned(),
        canonical: base_url
            .starts_with("http")
            .then(|| format!("{base_url}{}", urls::pretty(path))),
        inline_css: if not_found {
            theme.inline_styles()
        } else {
            None
        },
        description,
    }
}

/// "Amara Patel" -> "AP", for the portrait placeholder when there is no photo.
fn initials(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let pick = match words.as_slice() {
        [] => Vec::new(),
        [one] => vec![*one],
        [first, .., last] => vec![*first, *last],
    };
    pick.iter()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn initials_use_first_and_last_names() {
        assert_eq!(super::initials("Amara Jane Patel"), "AP");
        assert_eq!(super::initials("Ngozi"), "N");
        assert_eq!(super::initials("élodie durand"), "ÉD");
    }
}
