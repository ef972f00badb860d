//! What the panel pack shows, as data for its Typst template: made from the same
//! published site and the same views as the web pages, with narratives as content
//! trees instead of HTML. Every file the pack needs (charts, images) is listed here
//! with the path the template reads it at.

use super::narrative::{self, Content, Target, Targets};
use crate::model::Artefact;
use crate::publish::{PublishedTestimonial, Site};
use crate::syntax::narrative::{pieces as parse_pieces, Piece};
use crate::view::career::{career, About};
use crate::view::matrix::MatrixRow;
use crate::view::metric::{HeadlineView, MetricView, TableView};
use crate::view::plan as view;
use crate::view::site::PersonView;
use crate::view::testimonial::{for_artefact, testimonial_view};
use crate::view::{featured, urls, Stats, Views};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// A matrix wider than this prints the featured pieces' columns only: a page holds
/// about this many, and the pack's size must not grow with the portfolio's.
const MATRIX_COLUMNS: usize = 24;
/// As many testimonials as a page or two holds; the site shows every one.
const TESTIMONIALS: usize = 8;

#[derive(Serialize)]
pub struct Pack<'r> {
    /// The document's title, in its metadata and on the cover.
    pub title: String,
    pub language: &'r str,
    /// Every message of the theme, by id, in the portfolio's language; a placeholder
    /// is left as `{$name}` for the template to fill.
    pub t: BTreeMap<&'r str, String>,
    /// `a4` or `us-letter`, as Typst names them.
    pub paper: &'r str,
    pub draft: bool,
    /// The site's address, when it has one: each piece then links to its page.
    pub site_url: Option<&'r str>,
    pub person: &'r PersonView,
    /// The photo's path among the pack's files.
    pub photo: Option<String>,
    pub seeking: Option<&'r str>,
    pub framework: &'r str,
    pub intro: Option<Content>,
    pub stats: Stats,
    /// The nouns after the counts, each in the number its count needs.
    pub stat_labels: StatLabels,
    /// The highlighted figures' metric ids, in order.
    pub figures: Vec<String>,
    pub featured: Vec<Evidence>,
    pub matrix: Matrix<'r>,
    pub testimonials: Vec<Quote>,
    /// How many testimonials the site shows that the pack leaves out.
    pub more_testimonials: usize,
    /// "3 more testimonials are on the site."
    pub more_testimonials_text: Option<String>,
    pub career: About,
    /// The plan, after the evidence.
    pub plan: Option<PackPlan>,
    /// Every metric the pack shows, by id.
    pub metrics: BTreeMap<String, Metric<'r>>,
    /// Every testimonial a narrative quotes, by id.
    pub quotes: BTreeMap<String, Quote>,
}

/// The plan as the pack prints it: each goal's words as content, and its standards,
/// measures and evidence as the plan page words them.
#[derive(Serialize)]
pub struct PackPlan {
    pub title: String,
    pub kind_label: String,
    pub start: Option<String>,
    pub intro: Option<Content>,
    pub phases: Vec<PackPhase>,
    /// What happens next, for page 1: the first goal not done yet.
    pub next: Option<NextStep>,
}

#[derive(Serialize)]
pub struct NextStep {
    /// "Listen and learn (Days 1–30)".
    pub phase: String,
    pub goal: Content,
}

#[derive(Serialize)]
pub struct PackPhase {
    pub title: String,
    pub when: String,
    pub goals: Vec<PackGoal>,
}

#[derive(Serialize)]
pub struct PackGoal {
    pub text: Content,
    pub status: Option<String>,
    /// Once done, what shows it.
    pub evidence: Option<String>,
    pub competencies: Vec<String>,
    /// "Median growth percentile: now 56 percentile points; aim 60 percentile points
    /// by June 2027 (+4 percentile points to go)".
    pub measures: Vec<String>,
    pub builds_on: Vec<String>,
}

#[derive(Serialize)]
pub struct Evidence {
    pub id: String,
    /// The label that links reach it by: `evidence-<id>`.
    pub label: String,
    pub number: String,
    pub title: String,
    pub when: String,
    pub summary: Option<String>,
    pub role: Option<String>,
    pub competencies: Vec<String>,
    pub url: Option<String>,
    pub body: Content,
    pub reflection: Option<Content>,
    /// Metrics it lists that its narrative does not chart, by id.
    pub metrics: Vec<String>,
    pub testimonials: Vec<Quote>,
}

#[derive(Serialize)]
pub struct Metric<'r> {
    pub title: &'r str,
    pub unit: &'r str,
    pub description: Option<&'r str>,
    pub source: Option<&'r str>,
    pub headline: Option<&'r HeadlineView>,
    pub suppressed_note: &'r str,
    pub suppressed: usize,
    /// "2 values suppressed (n < 10)".
    pub suppressed_text: Option<String>,
    pub baseline: Option<&'r str>,
    pub target: Option<&'r str>,
    pub higher_is_better: bool,
    pub table: &'r TableView,
    /// The chart's path among the pack's files, and the chart in words.
    pub chart: Option<String>,
    pub alt: String,
}

#[derive(Serialize)]
pub struct Quote {
    #[serde(skip)]
    pub id: String,
    pub quote: Content,
    pub attribution: String,
    pub role: Option<String>,
    pub relationship: Option<String>,
    pub date: Option<String>,
}

#[derive(Serialize)]
pub struct Matrix<'r> {
    pub columns: Vec<Column>,
    pub rows: Vec<Row<'r>>,
    pub covered: usize,
    pub total: usize,
    /// `matrix: { gaps: hide }`: the rows are the evidenced standards only.
    pub gaps_hidden: bool,
    /// "Evidence for 8 of 10 competencies of PSEL 2015.", or without the total when
    /// the gaps are hidden.
    pub coverage: String,
    /// How many pieces the site's matrix shows that the pack's leaves out.
    pub left_out: usize,
    /// "The 12 other pieces are in the matrix on the site."
    pub left_out_text: Option<String>,
}

#[derive(Serialize)]
pub struct Column {
    pub number: String,
    pub title: String,
    /// The label of the piece inside the pack, if it is printed there.
    pub to: Option<String>,
    pub url: Option<String>,
}

#[derive(Serialize)]
pub struct Row<'r> {
    pub title: &'r str,
    pub count: usize,
    /// How many of the plan's goals aim at it.
    pub planned: usize,
    pub cells: Vec<bool>,
}

/// The pack's data and the files it reads besides its templates, by their paths in
/// the pack (`/charts/<id>.svg`, `/assets/...`).
pub struct Made<'r> {
    pub pack: Pack<'r>,
    pub charts: BTreeMap<String, String>,
    pub assets: BTreeMap<String, PathBuf>,
}

pub fn make<'r>(r: &'r Views<'_, '_>, paper: &'r str) -> Made<'r> {
    let site = r.site;
    let settings = site.settings;
    let mut files = Files::default();
    let featured_ids: Vec<&str> = featured(site)
        .into_iter()
        .map(|i| site.artefacts[i].id.as_str())
        .collect();
    let site_url = Some(settings.base_url.as_str()).filter(|u| u.starts_with("http"));
    let linker = Linker {
        site,
        featured: &featured_ids,
        site_url,
    };
    let person = &r.site_view.person;
    let photo = person.photo.as_deref().and_then(|p| files.asset(site, p));
    let intro = settings
        .introduction
        .as_deref()
        .map(|text| linker.content(&parse_pieces(text), &mut files));
    // Testimonials printed in a narrative, and beside a piece.
    let mut quoted: Vec<String> = Vec::new();
    let mut beside: Vec<String> = Vec::new();
    let mut featured = Vec::new();
    for id in &featured_ids {
        let Some(a) = site.artefact(id) else { continue };
        featured.push(evidence(r, a, &linker, &mut files, &mut quoted));
    }
    // Each quote once: where a narrative places it, else with the first piece it is
    // about.
    for e in &mut featured {
        e.testimonials
            .retain(|q| !quoted.contains(&q.id) && !beside.contains(&q.id));
        beside.extend(e.testimonials.iter().map(|q| q.id.clone()));
    }
    let figures: Vec<String> = r.figures().iter().map(|m| m.id.clone()).collect();
    let mut shown: Vec<String> = figures.clone();
    shown.extend(intro.iter().flat_map(|c| figure_ids(c, "metric")));
    for e in &featured {
        shown.extend(e.metrics.iter().cloned());
        shown.extend(figure_ids(&e.body, "metric"));
        shown.extend(figure_ids(&e.body, "chart"));
        shown.extend(e.reflection.iter().flat_map(|c| figure_ids(c, "metric")));
        shown.extend(e.reflection.iter().flat_map(|c| figure_ids(c, "chart")));
    }
    let metrics = shown
        .iter()
        .filter_map(|id| Some((id.clone(), metric(r, r.metric(id)?, &mut files))))
        .collect();
    let quotes = quoted
        .iter()
        .filter_map(|id| {
            let t = site.testimonial(id)?;
            Some((id.clone(), quote(r.site, t, &linker, &mut files)))
        })
        .collect();
    let printed: Vec<&str> = quoted.iter().chain(&beside).map(String::as_str).collect();
    let (testimonials, more_testimonials) =
        testimonials(r, &featured_ids, &printed, &linker, &mut files);
    let stats = r.stats();
    let pack = Pack {
        title: site
            .locale
            .t_with("panel-title", &[("name", (&person.name).into())]),
        language: &settings.language,
        t: crate::i18n::bundled_ids()
            .iter()
            .map(|id| (id.as_str(), site.locale.t(id)))
            .collect(),
        paper,
        draft: site.drafts,
        site_url,
        person,
        photo,
        seeking: settings.seeking.as_deref(),
        framework: &site.framework.name,
        intro,
        stat_labels: StatLabels::new(site.locale.as_ref(), &stats),
        stats,
        figures,
        featured,
        matrix: matrix(r, &featured_ids, &linker),
        testimonials,
        more_testimonials,
        more_testimonials_text: (more_testimonials > 0).then(|| {
            site.locale
                .t_with("more-testimonials", &[("count", more_testimonials.into())])
        }),
        career: career(r.site),
        plan: plan(r, &linker, &mut files),
        metrics,
        quotes,
    };
    Made {
        pack,
        charts: files.charts_from(r),
        assets: files.assets,
    }
}

/// The plan, worded as on its page (what is published only), its texts as content.
fn plan(r: &Views<'_, '_>, linker: &Linker<'_>, files: &mut Files) -> Option<PackPlan> {
    let plan = r.site.plan?;
    let mut text = |markdown: &str| linker.content(&parse_pieces(markdown), files);
    let l = r.site.locale.as_ref();
    let phases = plan
        .phases
        .iter()
        .map(|phase| PackPhase {
            title: phase.title.clone(),
            when: phase
                .span
                .as_ref()
                .map_or_else(String::new, |s| view::when(r.site.locale, s.value)),
            goals: phase
                .goals
                .iter()
                .map(|goal| {
                    let facts = view::facts(r, goal);
                    PackGoal {
                        text: text(&goal.text),
                        status: facts.status_label,
                        evidence: facts.evidence,
                        competencies: facts.competencies.into_iter().map(|c| c.title).collect(),
                        measures: facts
                            .measures
                            .into_iter()
                            .map(|m| {
                                let mut args = vec![
                                    ("title", m.title.into()),
                                    ("sentence", m.sentence.into()),
                                ];
                                match m.to_go {
                                    Some(to_go) => {
                                        args.push(("togo", to_go.into()));
                                        l.t_with("measure-line-to-go", &args)
                                    }
                                    None => l.t_with("measure-line", &args),
                                }
                            })
                            .collect(),
                        builds_on: facts.builds_on.into_iter().map(|a| a.title).collect(),
                    }
                })
                .collect(),
        })
        .collect();
    let next = plan
        .goals()
        .find(|(_, g)| g.status != Some(crate::model::plan::Status::Done))
        .map(|(phase, goal)| NextStep {
            phase: match phase.span.as_ref() {
                Some(s) => l.t_with(
                    "pack-next-phase",
                    &[
                        ("phase", (&phase.title).into()),
                        ("when", view::when(r.site.locale, s.value).into()),
                    ],
                ),
                None => phase.title.clone(),
            },
            goal: text(&goal.text),
        });
    Some(PackPlan {
        next,
        title: plan.title.clone(),
        kind_label: plan.kind.label(r.site.locale),
        start: plan.start.map(|d| {
            r.site
                .locale
                .t_with("day-one-is", &[("date", r.site.locale.date(d).into())])
        }),
        intro: plan.introduction.as_deref().map(&mut text),
        phases,
    })
}

fn evidence(
    r: &Views<'_, '_>,
    a: &Artefact,
    linker: &Linker<'_>,
    files: &mut Files,
    quoted: &mut Vec<String>,
) -> Evidence {
    let card = r.card(a.id.as_str());
    let body = linker.content(&a.narrative.pieces(), files);
    let reflection = a
        .reflection
        .as_ref()
        .map(|p| linker.content(&p.pieces(), files));
    quoted.extend(figure_ids(&body, "testimonial"));
    quoted.extend(reflection.iter().flat_map(|c| figure_ids(c, "testimonial")));
    Evidence {
        id: a.id.to_string(),
        label: label(a.id.as_str()),
        number: card.map(|c| c.number.clone()).unwrap_or_default(),
        title: a.title.clone(),
        when: card.map(|c| c.when.clone()).unwrap_or_default(),
        summary: a.summary.clone(),
        role: card.and_then(|c| c.role.clone()),
        competencies: card
            .map(|c| c.competencies.iter().map(|x| x.title.clone()).collect())
            .unwrap_or_default(),
        url: linker.page(a.id.as_str()),
        body,
        reflection,
        metrics: r.figures_beside(a).iter().map(|m| m.id.clone()).collect(),
        testimonials: for_artefact(r.site, a)
            .into_iter()
            .map(|t| quote(r.site, t, linker, files))
            .collect(),
    }
}

fn metric<'r>(r: &Views<'_, '_>, m: &'r MetricView<'_>, files: &mut Files) -> Metric<'r> {
    let chart = m.chart_svg.map(|_| files.chart(&m.id));
    // The chart in words, as on the site: its alternative text in the PDF.
    let described = r.site.metric(&m.id).map(crate::view::chart::describe);
    let alt = match described {
        Some(words) => r.site.locale.t_with(
            "chart-alt",
            &[("title", m.title.as_str().into()), ("words", words.into())],
        ),
        None => m.title.clone(),
    };
    Metric {
        title: &m.title,
        unit: &m.unit,
        description: m.description.as_deref(),
        source: m.source.as_deref(),
        headline: m.headline.as_ref(),
        suppressed_note: &m.suppressed_note,
        suppressed: m.suppressed,
        suppressed_text: (m.suppressed > 0).then(|| {
            r.site.locale.t_with(
                "values-suppressed",
                &[
                    ("count", m.suppressed.into()),
                    ("note", (&m.suppressed_note).into()),
                    ("min", m.min_n.into()),
                ],
            )
        }),
        baseline: m.baseline.as_deref(),
        target: m.target.as_deref(),
        higher_is_better: m.higher_is_better,
        table: &m.table,
        chart,
        alt,
    }
}

/// A testimonial as the pack prints it.
fn quote(
    site: &Site<'_>,
    t: &PublishedTestimonial<'_>,
    linker: &Linker<'_>,
    files: &mut Files,
) -> Quote {
    let view = testimonial_view(site, t);
    Quote {
        id: view.id.clone(),
        quote: linker.content(&t.quote.pieces(), files),
        attribution: view.attribution.clone(),
        role: view.role.clone(),
        relationship: view.relationship.clone(),
        date: view.date.as_ref().map(|d| d.text.clone()),
    }
}

/// The testimonials not printed with the evidence already (a pack shows each quote
/// once): the featured one and those about featured evidence first, then the rest in
/// order, up to what a page or two holds; and how many are left for the site.
fn testimonials(
    r: &Views<'_, '_>,
    featured: &[&str],
    printed: &[&str],
    linker: &Linker<'_>,
    files: &mut Files,
) -> (Vec<Quote>, usize) {
    let all: Vec<_> = r
        .site
        .testimonials
        .iter()
        .filter(|t| !printed.contains(&t.id.as_str()))
        .collect();
    let about_featured = |t: &&crate::publish::PublishedTestimonial<'_>| {
        t.featured || t.artefacts.iter().any(|a| featured.contains(&a.as_str()))
    };
    let first = all.iter().copied().filter(about_featured);
    let rest = all.iter().copied().filter(|t| !about_featured(t));
    let chosen: Vec<Quote> = first
        .chain(rest)
        .take(TESTIMONIALS)
        .map(|t| quote(r.site, t, linker, files))
        .collect();
    let more = all.len() - chosen.len();
    (chosen, more)
}

fn matrix<'r>(r: &'r Views<'_, '_>, featured: &[&str], linker: &Linker<'_>) -> Matrix<'r> {
    let view = r.matrix_view();
    let all = view.columns.len() <= MATRIX_COLUMNS;
    let kept: Vec<usize> = (0..r.cards.len())
        .filter(|&i| all || featured.contains(&r.cards[i].id.as_str()))
        .collect();
    let columns = kept
        .iter()
        .map(|&i| {
            let card = &r.cards[i];
            Column {
                number: card.number.clone(),
                title: card.title.clone(),
                to: featured
                    .contains(&card.id.as_str())
                    .then(|| label(&card.id)),
                url: linker.page(&card.id),
            }
        })
        .collect();
    let rows = view
        .rows
        .iter()
        .map(|row: &'r MatrixRow| Row {
            title: &row.competency.title,
            count: row.count,
            planned: row.planned,
            cells: kept.iter().map(|&i| row.cells[i]).collect(),
        })
        .collect();
    let l = r.site.locale;
    let framework = (&r.site.framework.name).into();
    let coverage = if view.gaps_hidden {
        l.t_with(
            "coverage-sentence-evidenced",
            &[("covered", view.covered.into()), ("framework", framework)],
        )
    } else {
        l.t_with(
            "coverage-sentence",
            &[
                ("covered", view.covered.into()),
                ("total", view.total.into()),
                ("framework", framework),
            ],
        )
    };
    Matrix {
        columns,
        rows,
        covered: view.covered,
        total: view.total,
        gaps_hidden: view.gaps_hidden,
        coverage,
        left_out: view.columns.len() - kept.len(),
        left_out_text: (view.columns.len() > kept.len()).then(|| {
            r.site.locale.t_with(
                "pack-matrix-left-out",
                &[("count", (view.columns.len() - kept.len()).into())],
            )
        }),
    }
}

/// The label a piece of evidence is printed under, which the matrix and links reach.
fn label(id: &str) -> String {
    format!("evidence-{id}")
}

/// The ids of a content's figures of one kind (`metric` counts a metric named in a
/// sentence too).
fn figure_ids(content: &Content, kind: &str) -> Vec<String> {
    use narrative::{Block, Inline};
    fn inlines(list: &[Inline], kind: &str, out: &mut Vec<String>) {
        for i in list {
            match i {
                Inline::Metric { id } if kind == "metric" => out.push(id.clone()),
                Inline::Emph { body }
                | Inline::Strong { body }
                | Inline::Strike { body }
                | Inline::Link { body, .. } => inlines(body, kind, out),
                _ => {}
            }
        }
    }
    fn blocks(list: &[Block], kind: &str, out: &mut Vec<String>) {
        for b in list {
            match b {
                Block::Figure { kind: k, id } if *k == kind => out.push(id.clone()),
                Block::Par { body } | Block::Heading { body, .. } => inlines(body, kind, out),
                Block::Quote { body } => blocks(body, kind, out),
                Block::List { items, .. } => {
                    for item in items {
                        blocks(&item.body, kind, out);
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    blocks(&content.blocks, kind, &mut out);
    for note in content.notes.values() {
        blocks(note, kind, &mut out);
    }
    out
}

/// Where a narrative's links go in the pack.
struct Linker<'s> {
    site: &'s Site<'s>,
    featured: &'s [&'s str],
    site_url: Option<&'s str>,
}

impl Linker<'_> {
    /// A published piece's page on the site, when the site has an address.
    fn page(&self, id: &str) -> Option<String> {
        let base = self.site_url?;
        self.site.artefact(id)?;
        Some(format!("{base}{}", urls::pretty(&urls::artefact(id))))
    }

    fn target(&self, url: &str) -> Option<Target> {
        if let Some(rest) = url.strip_prefix("@/") {
            let id = rest.split('#').next().unwrap_or(rest).trim_end_matches('/');
            if self.featured.contains(&id) {
                return Some(Target::Evidence(label(id)));
            }
            return self.page(id).map(Target::Url);
        }
        let lower = url.to_ascii_lowercase();
        let web = ["https://", "http://", "mailto:"]
            .iter()
            .any(|s| lower.starts_with(s));
        web.then(|| Target::Url(url.to_owned()))
    }

    fn content(&self, pieces: &[Piece<'_>], files: &mut Files) -> Content {
        let files = std::cell::RefCell::new(files);
        let link = |url: &str| self.target(url);
        let image = |src: &str| files.borrow_mut().asset(self.site, src);
        narrative::content(
            pieces,
            &Targets {
                link: &link,
                image: &image,
            },
        )
    }
}

/// The nouns after the summary's counts ("pieces of evidence", "testimonial"), each
/// in the number its count needs: the pack's template has no plural rules of its own.
#[derive(Serialize)]
pub struct StatLabels {
    pub evidence: String,
    pub competencies: String,
    pub metrics: String,
    pub testimonials: String,
}

impl StatLabels {
    fn new(l: &crate::i18n::Locale, stats: &Stats) -> StatLabels {
        let counted = |id: &str, count: usize| l.t_with(id, &[("count", count.into())]);
        StatLabels {
            evidence: counted("stat-evidence", stats.artefacts),
            competencies: counted("stat-competencies", stats.total),
            metrics: counted("stat-metrics", stats.metrics),
            testimonials: counted("stat-testimonials", stats.testimonials),
        }
    }
}

/// The files the pack reads, gathered as its data is made.
#[derive(Default)]
struct Files {
    /// Metric ids whose chart is shown.
    charts: Vec<String>,
    /// Path in the pack -> the file on disk.
    assets: BTreeMap<String, PathBuf>,
}

impl Files {
    fn chart(&mut self, id: &str) -> String {
        if !self.charts.iter().any(|c| c == id) {
            self.charts.push(id.to_owned());
        }
        format!("/{}", urls::chart(id))
    }

    /// A published asset named as a page would name it (`assets/x.png`,
    /// `/assets/x.png`, `../assets/x.png`): its path in the pack.
    fn asset(&mut self, site: &Site<'_>, src: &str) -> Option<String> {
        let path = src
            .trim_start_matches('/')
            .split('/')
            .filter(|part| !matches!(*part, "" | "." | ".."))
            .collect::<Vec<_>>()
            .join("/");
        let asset = site.assets.iter().find(|a| a.site_path == path)?;
        let in_pack = format!("/{}", asset.site_path);
        self.assets.insert(in_pack.clone(), asset.file.clone());
        Some(in_pack)
    }

    fn charts_from(&self, r: &Views<'_, '_>) -> BTreeMap<String, String> {
        self.charts
            .iter()
            .filter_map(|id| {
                // Drawn for the paper; a chart the site could not draw is not there.
                r.chart_svg(id)?;
                let svg = crate::view::chart::paper(r.site.metric(id)?).ok()?;
                Some((
                    format!("/{}", urls::chart(id)),
                    crate::view::chart::file(&svg),
                ))
            })
            .collect()
    }
}
