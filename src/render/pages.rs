//! Every page of a portfolio site, one function each: what it shows and where.

use super::renderer::Renderer;
use super::urls;
use super::views::artefact::{attachments, ArtefactCard};
use super::views::metric::{FigureRow, MetricView};
use super::views::pages::{
    About, ArtefactPage, CompetencyPage, CredentialView, Evidence, Home, Impact, Matrix, Panel,
    PanelEvidence, PlanPage, Stats, Testimonials, TimelineView,
};
use super::views::testimonial::for_artefact;
use super::views::LinkView;
use crate::diagnostic::Diagnostic;
use crate::model::plan::Plan;
use crate::model::{Artefact, RefKind};
use crate::publish::Site;
use crate::view::plan::PlanView;

/// A page made and put into the sink: its path.
type Page = Result<String, Diagnostic>;

/// How many headline figures and featured pieces the home page leads with.
const HOME_FIGURES: usize = 4;
const FEATURED_FALLBACK: usize = 3;

/// Where the featured artefacts are in the site's order, or the first few when none
/// is featured: the home page lists them, the panel pack prints them whole.
pub fn featured(site: &Site<'_>) -> Vec<usize> {
    let featured: Vec<usize> = (0..site.artefacts.len())
        .filter(|&i| site.artefacts[i].featured)
        .collect();
    if featured.is_empty() {
        (0..site.artefacts.len().min(FEATURED_FALLBACK)).collect()
    } else {
        featured
    }
}

impl Renderer<'_, '_> {
    fn featured(&self) -> Vec<&ArtefactCard> {
        featured(self.site)
            .into_iter()
            .map(|i| &self.cards[i])
            .collect()
    }

    /// The home page's figures: `highlights` from portfolio.yaml, else the metrics of
    /// the featured artefacts, else the first metrics; only those with a headline.
    pub(crate) fn figures(&self) -> Vec<&MetricView<'_>> {
        let settings = self.site.settings;
        let mut ids: Vec<&str> = settings
            .highlights
            .iter()
            .map(|h| h.value.as_str())
            .collect();
        if ids.is_empty() {
            for card in self.featured() {
                if let Some(a) = self.site.artefact(&card.id) {
                    ids.extend(a.metrics.iter().map(|m| m.value.as_str()));
                }
            }
            ids.extend(self.site.metrics.iter().map(|m| m.id.as_str()));
        }
        let mut out: Vec<&MetricView<'_>> = Vec::new();
        for id in ids {
            if let Some(m) = self.metric(id).filter(|m| m.headline.is_some()) {
                if !out.iter().any(|o| o.id == m.id) && out.len() < HOME_FIGURES {
                    out.push(m);
                }
            }
        }
        out
    }

    fn intro(&self, path: &str) -> Result<Option<String>, Diagnostic> {
        self.site
            .settings
            .introduction
            .as_deref()
            .map(|text| self.markdown(text, path, "intro-", 2))
            .transpose()
    }

    pub(crate) fn stats(&self) -> Stats {
        Stats {
            artefacts: self.cards.len(),
            metrics: self.site.metrics.len(),
            testimonials: self.site.testimonials.len(),
            covered: self.matrix_view().covered,
            total: self.matrix_view().total,
        }
    }

    pub fn home(&self) -> Page {
        let site = self.site;
        let featured = self.featured();
        let pick = site
            .testimonials
            .iter()
            .find(|t| t.featured)
            .or_else(|| {
                site.testimonials.iter().find(|t| {
                    t.artefacts
                        .iter()
                        .any(|id| featured.iter().any(|c| c.id == id.as_str()))
                })
            })
            .or(site.testimonials.first());
        let testimonial = pick.map(|t| self.testimonial(t, urls::HOME));
        let data = Home {
            intro_html: self.intro(urls::HOME)?,
            figures: self.figures(),
            featured,
            testimonial,
            stats: self.stats(),
            pack: self.pack(),
            credentials: self.career().credentials,
            plan: self.plan_view(urls::HOME)?,
        };
        let description = site.settings.person.headline.clone();
        self.pages.page(
            "home",
            urls::HOME,
            "index.html",
            site.settings.title.clone(),
            description,
            data,
        )
    }

    pub fn evidence(&self) -> Page {
        let cards = &self.cards;
        let description = Some(self.said_of_person("evidence-description"));
        self.pages.page(
            "evidence",
            urls::EVIDENCE,
            "evidence.html",
            self.site.locale.t("nav-evidence"),
            description,
            Evidence { cards },
        )
    }

    pub fn artefact(&self, a: &Artefact, index: usize) -> Page {
        let path = urls::artefact(a.id.as_str());
        let card = &self.cards[index];
        let data = ArtefactPage {
            artefact: card,
            body_html: self.narrative(a.narrative.pieces(), &path, "", 2)?,
            reflection_html: a
                .reflection
                .as_ref()
                .map(|r| self.narrative(r.pieces(), &path, "reflection-", 3))
                .transpose()?,
            metrics: self.figures_beside(a),
            testimonials: for_artefact(self.site, a)
                .into_iter()
                .map(|t| self.testimonial(t, &path))
                .collect(),
            attachments: attachments(a),
            previous: index
                .checked_sub(1)
                .and_then(|i| self.site.artefacts.get(i))
                .map(|a| LinkView::from(*a)),
            next: self
                .site
                .artefacts
                .get(index + 1)
                .map(|a| LinkView::from(*a)),
        };
        self.pages.page(
            "evidence",
            &path,
            "artefact.html",
            a.title.clone(),
            a.summary.clone(),
            data,
        )
    }

    /// The metrics an artefact lists that its narrative does not already chart.
    pub(crate) fn figures_beside(&self, a: &Artefact) -> Vec<&MetricView<'_>> {
        let charted = |id: &str| {
            a.refs
                .iter()
                .any(|r| r.kind == RefKind::Chart && r.target == id)
        };
        a.metrics
            .iter()
            .filter(|m| !charted(m.value.as_str()))
            .filter_map(|m| self.metric(m.value.as_str()))
            .collect()
    }

    pub fn competency(&self, index: usize) -> Page {
        let m = self.matrix_view();
        let row = &m.rows[index];
        let path = urls::competency(&row.competency.id);
        // The matrix row already says which pieces show this competency.
        let cards = (0..row.cells.len())
            .filter(|&i| row.cells[i])
            .map(|i| &self.cards[i])
            .collect();
        let data = CompetencyPage {
            competency: row,
            cards,
            previous: index
                .checked_sub(1)
                .and_then(|i| m.rows.get(i))
                .map(|r| &r.competency),
            next: m.rows.get(index + 1).map(|r| &r.competency),
            goals: match self.site.plan {
                Some(plan) => crate::view::plan::goals_for(self, plan, &row.competency.id, &path)?,
                None => Vec::new(),
            },
        };
        self.pages.page(
            "matrix",
            &path,
            "competency.html",
            row.competency.title.clone(),
            Some(row.description.clone()),
            data,
        )
    }

    pub fn matrix(&self) -> Page {
        let description = Some(self.site.locale.t_with(
            "matrix-description",
            &[("framework", (&self.site.framework.name).into())],
        ));
        self.pages.page(
            "matrix",
            urls::MATRIX,
            "matrix.html",
            self.site.locale.t("nav-matrix"),
            description,
            Matrix {
                matrix: self.matrix_view(),
            },
        )
    }

    pub fn impact(&self) -> Page {
        let description = Some(self.site.locale.t("impact-description"));
        self.pages.page(
            "impact",
            urls::IMPACT,
            "impact.html",
            self.site.locale.t("nav-impact"),
            description,
            Impact {
                metrics: self.all_metrics(),
            },
        )
    }

    pub fn testimonials(&self) -> Page {
        let testimonials = self
            .site
            .testimonials
            .iter()
            .map(|t| self.testimonial(t, urls::TESTIMONIALS))
            .collect();
        let description = Some(self.said_of_person("testimonials-description"));
        self.pages.page(
            "testimonials",
            urls::TESTIMONIALS,
            "testimonials.html",
            self.site.locale.t("nav-testimonials"),
            description,
            Testimonials { testimonials },
        )
    }

    /// The career timeline, the present role first, and the credentials, newest
    /// first: the about page and the panel pack show them.
    pub(crate) fn career(&self) -> About {
        let settings = self.site.settings;
        let l = self.site.locale;
        let mut entries: Vec<&crate::model::TimelineEntry> = settings.timeline.iter().collect();
        entries.sort_by_key(|e| std::cmp::Reverse((e.to.is_none(), e.from)));
        let timeline = entries
            .into_iter()
            .map(|e| TimelineView {
                role: e.role.clone(),
                organisation: e.organisation.clone(),
                summary: e.summary.clone(),
                from: l.date(e.from),
                from_iso: e.from.iso(),
                to: e.to.map_or_else(|| l.t("present"), |d| l.date(d)),
                current: e.to.is_none(),
            })
            .collect();
        let mut credentials: Vec<CredentialView> = settings
            .credentials
            .iter()
            .map(|c| CredentialView {
                title: c.title.clone(),
                issuer: c.issuer.clone(),
                year: c.year,
            })
            .collect();
        credentials.sort_by_key(|c| std::cmp::Reverse(c.year));
        About {
            timeline,
            credentials,
        }
    }

    /// The plan as shown on the page at `path`, if the portfolio has one.
    fn plan_view(&self, path: &str) -> Result<Option<PlanView>, Diagnostic> {
        self.site
            .plan
            .map(|plan| crate::view::plan::view(self, plan, path))
            .transpose()
    }

    /// `plan/`: the phases on a timeline and every goal in full. Made only when the
    /// portfolio has a plan.
    pub fn plan(&self, plan: &Plan) -> Page {
        let plan = crate::view::plan::view(self, plan, urls::PLAN)?;
        let description = Some(format!(
            "{}: {}",
            self.site.settings.person.name, plan.title
        ));
        self.pages.page(
            "plan",
            urls::PLAN,
            "plan.html",
            plan.title.clone(),
            description,
            PlanPage { plan },
        )
    }

    pub fn about(&self) -> Page {
        let description = Some(self.said_of_person("about-description"));
        self.pages.page(
            "about",
            urls::ABOUT,
            "about.html",
            self.site.locale.t("nav-about"),
            description,
            self.career(),
        )
    }

    pub fn panel(&self) -> Page {
        let path = urls::PANEL;
        let mut featured = Vec::new();
        for card in self.featured() {
            let Some(a) = self.site.artefact(&card.id) else {
                continue;
            };
            let prefix = format!("{}-", a.id);
            featured.push(PanelEvidence {
                artefact: card,
                anchor: format!("evidence-{}", a.id),
                body_html: self.narrative(a.narrative.pieces(), path, &prefix, 3)?,
                reflection_html: a
                    .reflection
                    .as_ref()
                    .map(|r| self.narrative(r.pieces(), path, &format!("{prefix}reflection-"), 4))
                    .transpose()?,
                metrics: self.figures_beside(a),
                testimonials: for_artefact(self.site, a)
                    .into_iter()
                    .map(|t| self.testimonial(t, path))
                    .collect(),
            });
        }
        let data = Panel {
            intro_html: self.intro(path)?,
            stats: self.stats(),
            matrix: self.matrix_view(),
            featured,
            figures: self
                .all_metrics()
                .into_iter()
                .map(FigureRow::from)
                .collect(),
            pack: self.pack(),
            plan: self.plan_view(path)?,
        };
        let description = Some(self.said_of_person("panel-description"));
        self.pages.page(
            "panel",
            path,
            "panel.html",
            self.said_of_person("panel-title"),
            description,
            data,
        )
    }

    pub fn not_found(&self) -> Page {
        self.pages.page(
            "404",
            urls::NOT_FOUND,
            "404.html",
            self.site.locale.t("page-not-found"),
            None,
            serde_json::json!({}),
        )
    }

    /// A message about the portfolio's person: "What colleagues say about Amara
    /// Patel's work."
    fn said_of_person(&self, id: &str) -> String {
        let name = &self.site.settings.person.name;
        self.site.locale.t_with(id, &[("name", name.into())])
    }
}
