//! A showcase's site: every member portfolio under `/<folder>/`, and the showcase's
//! own pages: the index of leaders, a page per competency across all leaders, a page
//! per role, the 404 page and one sitemap.

use super::markdown::{self, Place};
use super::page::PageRenderer;
use super::pager::{self, ListPage, Pager};
use super::search_page::{SearchPage, SearchView, StandardOption};
use super::templates::Templates;
use crate::diagnostic::Diagnostic;
use crate::model::Showcase;
use crate::output::{OutputFile, Sink, Writer};
use crate::publish::Site;
use crate::syntax::id::slug;
use crate::view::artefact::{card, ArtefactCard, CompetencyChip};
use crate::view::site::ShowcaseLink;
use crate::view::urls;
use serde::Serialize;

/// A member's published portfolio and the folder it is published under.
pub struct MemberSite<'a> {
    pub folder: &'a str,
    pub site: Site<'a>,
}

#[derive(Serialize)]
struct ShowcaseView {
    title: String,
    organisation: Option<String>,
    language: String,
    intro_html: Option<String>,
    leaders: usize,
    /// The search page, relative to the showcase's root, when the showcase is searched.
    search: Option<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
struct LeaderCard {
    /// The leader's language, where it is not the showcase's: what the card quotes
    /// from their portfolio is in it.
    lang: Option<String>,
    folder: String,
    name: String,
    initials: String,
    role: String,
    role_slug: String,
    organisation: Option<String>,
    headline: Option<String>,
    seeking: Option<String>,
    photo: Option<String>,
    href: String,
    framework: String,
    evidence: usize,
    /// Competencies with evidence, each linking to this leader's page for it.
    competencies: Vec<CompetencyChip>,
    /// The same ids, space-separated, for the instant filter.
    competency_ids: String,
    /// The leader's plan, with its kind ("Entry plan").
    plan: Option<PlanLink>,
}

#[derive(Debug, Clone, Serialize)]
struct PlanLink {
    title: String,
    kind: crate::model::plan::Kind,
    kind_label: String,
    href: String,
}

#[derive(Serialize)]
struct RoleGroup {
    role: String,
    slug: String,
    href: String,
    leaders: Vec<LeaderCard>,
}

#[derive(Serialize)]
struct LeaderEvidence {
    leader: LeaderCard,
    evidence: Vec<ArtefactCard>,
}

/// One framework's competency of this id, and every leader's evidence for it.
#[derive(Serialize)]
struct FrameworkGroup {
    framework: String,
    /// The language of the framework's words, where it is not the showcase's.
    lang: Option<String>,
    title: String,
    description: String,
    leaders: Vec<LeaderEvidence>,
}

/// One framework's competencies for "Browse by standard": each with the leaders
/// using this framework who show it; `href` only where that count is not zero.
#[derive(Serialize)]
struct FrameworkStandards {
    framework: String,
    /// The language of the framework's words, where it is not the showcase's.
    lang: Option<String>,
    competencies: Vec<StandardLink>,
}

#[derive(Serialize)]
struct StandardLink {
    title: String,
    href: Option<String>,
    leaders: usize,
}

#[derive(Serialize)]
struct CompetencyPage {
    id: String,
    title: String,
    /// The language of its title, where it is not the showcase's.
    lang: Option<String>,
    href: String,
    leaders: usize,
    groups: Vec<FrameworkGroup>,
}

/// Each role's folder name, in the order given: roles that differ only in case or
/// spacing share one; two different roles never do (`-2` is added), and a role with
/// no letters to spell one gets `role`.
fn role_slugs<'r>(roles: impl Iterator<Item = &'r str>) -> Vec<String> {
    let key = |role: &str| {
        role.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let mut given: Vec<(String, String)> = Vec::new();
    roles
        .map(|role| {
            let key = key(role);
            if let Some((_, slug)) = given.iter().find(|(k, _)| *k == key) {
                return slug.clone();
            }
            let base = Some(slug(role))
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "role".into());
            let taken = |s: &str| given.iter().any(|(_, t)| t == s);
            let unique = (1..)
                .map(|n| {
                    if n == 1 {
                        base.clone()
                    } else {
                        format!("{base}-{n}")
                    }
                })
                .find(|s| !taken(s))
                .unwrap_or(base);
            given.push((key, unique.clone()));
            unique
        })
        .collect()
}

pub fn role_path(slug: &str) -> String {
    format!("roles/{slug}/index.html")
}

/// Leaders grouped by role, in order of first appearance.
fn by_role(leaders: &[LeaderCard]) -> Vec<RoleGroup> {
    let mut groups: Vec<RoleGroup> = Vec::new();
    for l in leaders {
        match groups.iter_mut().find(|g| g.slug == l.role_slug) {
            Some(g) => g.leaders.push(l.clone()),
            None => groups.push(RoleGroup {
                role: l.role.clone(),
                slug: l.role_slug.clone(),
                href: role_path(&l.role_slug),
                leaders: vec![l.clone()],
            }),
        }
    }
    groups
}

/// Where the index's list of leaders goes on after its first page.
const LEADER_PAGES: &str = "leaders/";

/// How a member's pages link back to the showcase.
pub fn link(showcase: &Showcase) -> ShowcaseLink {
    ShowcaseLink {
        title: showcase.title.clone(),
        href: "../index.html".to_owned(),
    }
}

/// The showcase's own files, put into `sink` after its members' (`paths` are theirs,
/// in their folders, and `problems` their problems and notes): its theme's files, the
/// index, a page per competency and per role, the 404 page, and the one sitemap;
/// with `search` (the parts of its index), its search page too.
pub fn render(
    showcase: &Showcase,
    search: Option<usize>,
    members: &[MemberSite<'_>],
    sink: &dyn Sink,
    mut paths: Vec<String>,
    problems: Vec<Diagnostic>,
) -> Result<super::Rendered, Vec<Diagnostic>> {
    let templates = Templates::new(&showcase.theme, showcase.locale.clone())?;
    let files = super::theme_files(&showcase.theme);
    sink.expect(files.len());
    paths.extend(super::put_all(sink, files));
    let pages = Pages::new(showcase, search, members, templates, sink).all();
    super::finish_site(sink, paths, pages, problems, &showcase.base_url)
}

/// A member's files, moved into its folder; the showcase has the only 404 page and
/// the only sitemap.
pub struct InFolder<'s> {
    pub folder: &'s str,
    pub sink: &'s dyn Sink,
}

impl InFolder<'_> {
    /// Where a member's file at `path` goes, if the showcase publishes it.
    pub fn path(folder: &str, path: &str) -> Option<String> {
        (path != urls::NOT_FOUND && path != urls::SITEMAP).then(|| format!("{folder}/{path}"))
    }
}

impl Sink for InFolder<'_> {
    fn expect(&self, files: usize) {
        self.sink.expect(files);
    }

    fn put(&self, mut file: OutputFile) {
        if let Some(path) = InFolder::path(self.folder, &file.path) {
            file.path = path;
            self.sink.put(file);
        }
    }

    fn put_written(&self, path: &str, write: &mut Writer<'_>) {
        if let Some(path) = InFolder::path(self.folder, path) {
            self.sink.put_written(&path, write);
        }
    }
}

/// The showcase's own pages: its views, rendered as every page is.
struct Pages<'s> {
    showcase: &'s Showcase,
    /// With the showcase's [`ShowcaseView`] as every page's `showcase`.
    pages: PageRenderer<'s>,
    leaders: Vec<LeaderCard>,
    /// The leaders grouped by role, in order of first appearance.
    roles: Vec<RoleGroup>,
    /// The same leaders as the index lists them, one list, role by role.
    in_role_order: Vec<LeaderCard>,
    competencies: Vec<CompetencyPage>,
    /// "Browse by standard": each framework with its competencies.
    standards: Vec<FrameworkStandards>,
    /// The parts of the search index, when the showcase is searched.
    search: Option<usize>,
    sink: &'s dyn Sink,
}

impl<'s> Pages<'s> {
    fn new(
        showcase: &'s Showcase,
        search: Option<usize>,
        members: &[MemberSite<'_>],
        templates: Templates,
        sink: &'s dyn Sink,
    ) -> Self {
        let keys = Keys::new(members);
        let mut leaders: Vec<LeaderCard> = members
            .iter()
            .map(|m| leader(m, &showcase.locale, &keys))
            .collect();
        let slugs = role_slugs(leaders.iter().map(|l| l.role.as_str()));
        for (l, slug) in leaders.iter_mut().zip(slugs) {
            l.role_slug = slug;
        }
        let competencies = competencies(members, &leaders, &showcase.language, &keys);
        let standards = standards(members, &competencies, &showcase.language, &keys);
        let view = ShowcaseView {
            title: showcase.title.clone(),
            organisation: showcase.organisation.clone(),
            language: showcase.language.clone(),
            intro_html: showcase
                .introduction
                .as_deref()
                .map(|text| intro(text, &showcase.locale)),
            leaders: leaders.len(),
            search: search.map(|_| urls::SEARCH),
        };
        let roles = by_role(&leaders);
        let in_role_order = roles
            .iter()
            .flat_map(|r| r.leaders.iter().cloned())
            .collect();
        Pages {
            showcase,
            pages: PageRenderer::new(
                templates,
                "showcase",
                &view,
                &showcase.base_url,
                &showcase.theme,
                sink,
            ),
            leaders,
            roles,
            in_role_order,
            competencies,
            standards,
            search,
            sink,
        }
    }

    /// Every page, put into the sink: the path of each.
    fn all(&self) -> Vec<Result<String, Diagnostic>> {
        let roles = &self.roles;
        // The index, the 404 page, the competencies some leader shows (a page for a
        // gap would be empty), the roles, and the sitemap last.
        let shown: Vec<&CompetencyPage> =
            self.competencies.iter().filter(|c| c.leaders > 0).collect();
        let leader_pages = pager::pages(self.leaders.len(), urls::HOME, LEADER_PAGES);
        let role_pages: Vec<_> = roles
            .iter()
            .map(|r| pager::pages_in_folder(r.leaders.len(), &r.href))
            .collect();
        let role_page_count: usize = role_pages.iter().map(Vec::len).sum();
        let competency_pages: Vec<_> = shown.iter().map(|c| self.competency_pages(c)).collect();
        let competency_page_count: usize = competency_pages.iter().map(Vec::len).sum();
        self.sink.expect(
            1 + leader_pages.len()
                + usize::from(self.search.is_some())
                + competency_page_count
                + role_page_count
                + 1,
        );
        let mut pages = vec![self.not_found()];
        let mut leader_pages = leader_pages.into_iter();
        pages.extend(leader_pages.next().map(|first| self.index(first)));
        pages.extend(leader_pages.map(|p| self.leaders_page(p)));
        if let Some(parts) = self.search {
            pages.push(self.search(parts));
        }
        for (c, competency_pages) in shown.into_iter().zip(competency_pages) {
            pages.extend(competency_pages.into_iter().map(|p| self.competency(c, p)));
        }
        for (role, role_pages) in roles.iter().zip(role_pages) {
            pages.extend(role_pages.into_iter().map(|p| self.role(role, p)));
        }
        pages
    }

    fn index(&self, first: ListPage) -> Result<String, Diagnostic> {
        #[derive(Serialize)]
        struct Index<'r> {
            /// The leaders on this page, in role order: all of them, or the first
            /// [`pager::PER_PAGE`] with a pager to the rest.
            leaders: &'r [LeaderCard],
            pager: Option<Pager>,
            roles: &'r [RoleGroup],
            competencies: &'r [CompetencyPage],
            frameworks: &'r [FrameworkStandards],
            /// Whether any leader has a plan: the index then filters and lists them.
            with_plans: bool,
            /// What the filter says when it shows 0, 1, 2... leaders.
            shown_texts: Vec<String>,
        }
        let description = Some(self.showcase.locale.t_with(
            "showcase-description",
            &[("count", self.leaders.len().into())],
        ));
        // On one page, the instant filter says how many leaders it shows; split into
        // pages, search and the role and standard pages do its work.
        let filtered = first.pager.is_none();
        let data = Index {
            leaders: &self.in_role_order[first.items],
            pager: first.pager,
            roles: &self.roles,
            competencies: &self.competencies,
            frameworks: &self.standards,
            with_plans: self.leaders.iter().any(|l| l.plan.is_some()),
            shown_texts: (0..=self.leaders.len())
                .filter(|_| filtered)
                .map(|n| {
                    self.showcase
                        .locale
                        .t_with("leaders-shown", &[("count", n.into())])
                })
                .collect(),
        };
        self.pages.page(
            "home",
            urls::HOME,
            "showcase/index.html",
            self.showcase.title.clone(),
            description,
            data,
        )
    }

    /// A standard across leaders, its pages: the leaders with evidence for it, 48 to a
    /// page, framework by framework.
    fn competency_pages(&self, c: &CompetencyPage) -> Vec<ListPage> {
        let leaders = c.groups.iter().map(|g| g.leaders.len()).sum();
        pager::pages_in_folder(leaders, &c.href)
    }

    fn competency(&self, c: &CompetencyPage, page: ListPage) -> Result<String, Diagnostic> {
        /// A framework's part of this page: its leaders among those the page shows.
        #[derive(Serialize)]
        struct Group<'r> {
            framework: &'r str,
            lang: &'r Option<String>,
            title: &'r str,
            description: &'r str,
            leaders: &'r [LeaderEvidence],
        }
        /// The standard itself, without every leader's evidence, which only this
        /// page's part of goes to the template.
        #[derive(Serialize)]
        struct Standard<'r> {
            title: &'r str,
            lang: &'r Option<String>,
            leaders: usize,
            frameworks: usize,
        }
        #[derive(Serialize)]
        struct Data<'r> {
            competency: Standard<'r>,
            groups: Vec<Group<'r>>,
            pager: Option<Pager>,
        }
        let mut start = 0;
        let mut groups = Vec::new();
        for g in &c.groups {
            let (from, to) = (start, start + g.leaders.len());
            start = to;
            let shown = page.items.start.max(from)..page.items.end.min(to);
            // A framework no leader shows it in is said once, on the first page.
            let gap = g.leaders.is_empty() && page.items.start == 0;
            if !shown.is_empty() || gap {
                groups.push(Group {
                    framework: &g.framework,
                    lang: &g.lang,
                    title: &g.title,
                    description: &g.description,
                    leaders: g
                        .leaders
                        .get(shown.start - from..shown.end - from)
                        .unwrap_or(&[]),
                });
            }
        }
        let description = c.groups.first().map(|g| g.description.clone());
        self.pages.page(
            "competencies",
            &page.path,
            "showcase/competency.html",
            c.title.clone(),
            description,
            Data {
                competency: Standard {
                    title: &c.title,
                    lang: &c.lang,
                    leaders: c.leaders,
                    frameworks: c.groups.len(),
                },
                groups,
                pager: page.pager,
            },
        )
    }

    /// A page of the list of leaders after the index's first.
    fn leaders_page(&self, page: ListPage) -> Result<String, Diagnostic> {
        #[derive(Serialize)]
        struct Data<'r> {
            leaders: &'r [LeaderCard],
            pager: Option<Pager>,
        }
        let number = page.pager.as_ref().map_or(1, |p| p.number);
        let title = self.showcase.locale.t_with(
            "leaders-page",
            &[
                ("page", number.into()),
                ("pages", page.pager.as_ref().map_or(1, |p| p.count).into()),
            ],
        );
        self.pages.page(
            "home",
            &page.path,
            "showcase/leaders.html",
            title,
            None,
            Data {
                leaders: &self.in_role_order[page.items],
                pager: page.pager,
            },
        )
    }

    /// A page of a role's leaders.
    fn role(&self, role: &RoleGroup, page: ListPage) -> Result<String, Diagnostic> {
        #[derive(Serialize)]
        struct Data<'r> {
            role: &'r str,
            count: usize,
            leaders: &'r [LeaderCard],
            pager: Option<Pager>,
        }
        self.pages.page(
            "roles",
            &page.path,
            "showcase/role.html",
            role.role.clone(),
            None,
            Data {
                role: &role.role,
                count: role.leaders.len(),
                leaders: &role.leaders[page.items],
                pager: page.pager,
            },
        )
    }

    /// `search/`: every leader's pieces, filtered by standard and by leader.
    fn search(&self, parts: usize) -> Result<String, Diagnostic> {
        let standards = self
            .competencies
            .iter()
            .filter(|c| c.leaders > 0)
            .map(|c| StandardOption {
                title: c.title.clone(),
                lang: c.lang.clone(),
            })
            .collect();
        let leaders = self.leaders.iter().map(|l| l.name.clone()).collect();
        let locale = &self.showcase.locale;
        let merge = crate::search::SearchIndex::merged_folders(parts);
        let search = SearchView::showcase(locale, standards, leaders, merge);
        self.pages.page(
            "search",
            urls::SEARCH,
            "showcase/search.html",
            locale.t("search"),
            Some(search.lede.clone()),
            SearchPage { search },
        )
    }

    fn not_found(&self) -> Result<String, Diagnostic> {
        self.pages.page(
            "404",
            urls::NOT_FOUND,
            "showcase/404.html",
            self.showcase.locale.t("page-not-found"),
            None,
            serde_json::json!({}),
        )
    }
}

fn intro(text: &str, locale: &crate::i18n::Locale) -> String {
    let place = Place {
        root: "",
        id_prefix: "intro-",
        min_heading: 2,
        locale,
    };
    markdown::render_plain(&crate::syntax::narrative::parse(text).0, &place)
}

/// A card for a leader, from their published portfolio, on a page in `shown_in`.
/// How the showcase knows a competency: by framework and id. Its own pages and its
/// filter name one by its id alone while no other framework of the showcase uses that
/// id, and by its framework's id and its own where one does (PSEL's and England's
/// standards both have a `school-improvement`).
struct Keys {
    /// Ids that more than one framework of the showcase defines.
    shared: std::collections::HashSet<String>,
}

impl Keys {
    fn new(members: &[MemberSite<'_>]) -> Keys {
        let mut frameworks: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
        for framework in members.iter().map(|m| m.site.framework) {
            for c in &framework.competencies {
                let names = frameworks.entry(c.id.as_str()).or_default();
                if !names.contains(&framework.name.as_str()) {
                    names.push(&framework.name);
                }
            }
        }
        let shared = frameworks
            .into_iter()
            .filter(|(_, names)| names.len() > 1)
            .map(|(id, _)| id.to_owned())
            .collect();
        Keys { shared }
    }

    fn of(&self, framework: &crate::model::Framework, id: &str) -> String {
        if !self.shared.contains(id) {
            return id.to_owned();
        }
        let framework_id = framework
            .id
            .clone()
            .unwrap_or_else(|| crate::syntax::id::slug(&framework.name));
        format!("{framework_id}-{id}")
    }
}

fn leader(m: &MemberSite<'_>, shown_in: &crate::i18n::Locale, keys: &Keys) -> LeaderCard {
    let site = &m.site;
    let person = &site.settings.person;
    let covered: Vec<CompetencyChip> = site
        .framework
        .competencies
        .iter()
        .filter(|c| {
            site.artefacts
                .iter()
                .any(|a| a.competencies.iter().any(|id| id.value == c.id))
        })
        .map(|c| CompetencyChip {
            id: c.id.to_string(),
            title: c.title.clone(),
            href: format!("{}/{}", m.folder, urls::competency(c.id.as_str())),
        })
        .collect();
    LeaderCard {
        lang: (site.locale.tag() != shown_in.tag()).then(|| site.locale.tag().to_owned()),
        folder: m.folder.to_owned(),
        name: person.name.clone(),
        initials: person
            .name
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .take(2)
            .flat_map(char::to_uppercase)
            .collect(),
        role: person.role.clone(),
        role_slug: String::new(),
        organisation: person.organisation.clone(),
        headline: person.headline.clone(),
        seeking: site.settings.seeking.clone(),
        photo: person
            .photo
            .as_ref()
            .map(|p| format!("{}/{}", m.folder, p.value)),
        href: format!("{}/{}", m.folder, urls::HOME),
        framework: site.framework.name.clone(),
        evidence: site.artefacts.len(),
        plan: site.plan.map(|plan| PlanLink {
            title: plan.title.clone(),
            kind: plan.kind,
            kind_label: plan.kind.label(shown_in),
            href: format!("{}/{}", m.folder, urls::PLAN),
        }),
        competency_ids: covered
            .iter()
            .map(|c| keys.of(site.framework, &c.id))
            .collect::<Vec<_>>()
            .join(" "),
        competencies: covered,
    }
}

/// A member's artefact card with its links made relative to the showcase root.
fn prefixed(mut c: ArtefactCard, folder: &str) -> ArtefactCard {
    c.href = format!("{folder}/{}", c.href);
    for chip in &mut c.competencies {
        chip.href = format!("{folder}/{}", chip.href);
    }
    if let Some(f) = &mut c.figure {
        f.href = format!("{folder}/{}", f.href);
    }
    c
}

/// Every competency id of every member's framework, in the order frameworks list
/// them, with each leader's evidence, grouped by framework where frameworks differ.
fn competencies(
    members: &[MemberSite<'_>],
    leaders: &[LeaderCard],
    language: &str,
    keys: &Keys,
) -> Vec<CompetencyPage> {
    let mut pages: Vec<CompetencyPage> = Vec::new();
    for (m, leader) in members.iter().zip(leaders) {
        let site = &m.site;
        for c in &site.framework.competencies {
            let evidence: Vec<ArtefactCard> = site
                .artefacts
                .iter()
                .enumerate()
                .filter(|(_, a)| a.competencies.iter().any(|id| id.value == c.id))
                .map(|(i, a)| prefixed(card(site, a, i), m.folder))
                .collect();
            let key = keys.of(site.framework, c.id.as_str());
            let page = match pages.iter_mut().position(|p| p.id == key) {
                Some(i) => &mut pages[i],
                None => {
                    pages.push(CompetencyPage {
                        href: urls::competency(&key),
                        id: key,
                        title: c.title.clone(),
                        lang: site.framework.foreign_language(language),
                        leaders: 0,
                        groups: Vec::new(),
                    });
                    pages.last_mut().expect("just pushed")
                }
            };
            let group = match page
                .groups
                .iter_mut()
                .position(|g| g.framework == site.framework.name)
            {
                Some(i) => &mut page.groups[i],
                None => {
                    page.groups.push(FrameworkGroup {
                        framework: site.framework.name.clone(),
                        lang: site.framework.foreign_language(language),
                        title: c.title.clone(),
                        description: c.description.clone(),
                        leaders: Vec::new(),
                    });
                    page.groups.last_mut().expect("just pushed")
                }
            };
            if !evidence.is_empty() {
                group.leaders.push(LeaderEvidence {
                    leader: leader.clone(),
                    evidence,
                });
                page.leaders += 1;
            }
        }
    }
    pages
}

/// Each framework the members use, in the order they first use it, with its
/// competencies in the framework's order and how many of its leaders show each.
fn standards(
    members: &[MemberSite<'_>],
    pages: &[CompetencyPage],
    language: &str,
    keys: &Keys,
) -> Vec<FrameworkStandards> {
    let mut out: Vec<FrameworkStandards> = Vec::new();
    for framework in members.iter().map(|m| m.site.framework) {
        if out.iter().any(|f| f.framework == framework.name) {
            continue;
        }
        let competencies = framework
            .competencies
            .iter()
            .map(|c| {
                let key = keys.of(framework, c.id.as_str());
                let page = pages.iter().find(|p| p.id == key);
                let leaders = page
                    .and_then(|p| p.groups.iter().find(|g| g.framework == framework.name))
                    .map_or(0, |g| g.leaders.len());
                StandardLink {
                    title: c.title.clone(),
                    href: page.filter(|_| leaders > 0).map(|p| p.href.clone()),
                    leaders,
                }
            })
            .collect();
        out.push(FrameworkStandards {
            framework: framework.name.clone(),
            lang: framework.foreign_language(language),
            competencies,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::role_slugs;

    #[test]
    fn every_role_gets_its_own_folder_in_any_script() {
        let roles = [
            "校長",
            "Директор",
            "Principal",
            "principal ",
            "!!!",
            "Principal!",
            "?",
        ];
        assert_eq!(
            role_slugs(roles.into_iter()),
            [
                "xiao-chang",
                "direktor",
                "principal",
                "principal",
                "role",
                "principal-2",
                "role-2"
            ]
        );
    }
}
