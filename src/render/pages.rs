//! Every page of a portfolio site, one function each: what it shows and where.

use super::page_data::PlanView;
use super::page_data::{
    ArtefactPage, CompetencyPage, Evidence, Home, Impact, Matrix, Panel, PanelEvidence, PlanPage,
    Testimonials,
};
use super::renderer::Renderer;
use super::search_page::{SearchPage, SearchView, StandardOption};
use crate::diagnostic::Diagnostic;
use crate::model::plan::Plan;
use crate::model::Artefact;
use crate::view::artefact::attachments;
use crate::view::career::career;
use crate::view::metric::FigureRow;
use crate::view::testimonial::for_artefact;
use crate::view::urls;
use crate::view::LinkView;

/// A page made and put into the sink: its path.
type Page = Result<String, Diagnostic>;

impl Renderer<'_, '_> {
    fn intro(&self, path: &str) -> Result<Option<String>, Diagnostic> {
        self.site
            .settings
            .introduction
            .as_deref()
            .map(|text| self.markdown(text, path, "intro-", 2))
            .transpose()
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
            credentials: career(self.site).credentials,
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
            body_html: self.narrative(&a.narrative.pieces(), &path, "", 2)?,
            reflection_html: a
                .reflection
                .as_ref()
                .map(|r| self.narrative(&r.pieces(), &path, "reflection-", 3))
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
                Some(plan) => super::plan::goals_for(self, plan, &row.competency.id, &path)?,
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

    /// The plan as shown on the page at `path`, if the portfolio has one.
    fn plan_view(&self, path: &str) -> Result<Option<PlanView>, Diagnostic> {
        self.site
            .plan
            .map(|plan| super::plan::view(self, plan, path))
            .transpose()
    }

    /// `plan/`: the phases on a timeline and every goal in full. Made only when the
    /// portfolio has a plan.
    pub fn plan(&self, plan: &Plan) -> Page {
        let plan = super::plan::view(self, plan, urls::PLAN)?;
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
            career(self.site),
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
                body_html: self.narrative(&a.narrative.pieces(), path, &prefix, 3)?,
                reflection_html: a
                    .reflection
                    .as_ref()
                    .map(|r| self.narrative(&r.pieces(), path, &format!("{prefix}reflection-"), 4))
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

    /// `search/`: made when the site is searched and is not part of a showcase, whose
    /// search page serves its members.
    pub fn search(&self) -> Option<Page> {
        if !self.site.search || self.site_view.showcase.is_some() {
            return None;
        }
        let lang = self.site_view.framework.lang.clone();
        let standards = self
            .matrix_view()
            .rows
            .iter()
            .filter(|r| r.count > 0)
            .map(|r| StandardOption {
                title: r.competency.title.clone(),
                lang: lang.clone(),
            })
            .collect();
        let search = SearchView::portfolio(self.site.locale, standards);
        Some(self.pages.page(
            "search",
            urls::SEARCH,
            "search.html",
            self.site.locale.t("search"),
            Some(search.lede.clone()),
            SearchPage { search },
        ))
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
