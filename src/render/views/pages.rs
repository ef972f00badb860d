//! What each page template receives besides `site`, `page` and `root`: one typed view
//! per page (docs/templates.md lists them for theme authors).

use super::artefact::{ArtefactCard, AttachmentView, CompetencyChip};
use super::matrix::{MatrixRow, MatrixView};
use super::metric::{FigureRow, MetricView};
use super::testimonial::TestimonialView;
use super::LinkView;
use serde::Serialize;

/// Counts the home page and the panel pack lead with.
#[derive(Serialize)]
pub struct Stats {
    pub artefacts: usize,
    pub metrics: usize,
    pub testimonials: usize,
    /// Competencies with published evidence, of `total`.
    pub covered: usize,
    pub total: usize,
}

/// `index.html`.
#[derive(Serialize)]
pub struct Home<'r> {
    /// `introduction` from portfolio.yaml, as HTML.
    pub intro_html: Option<String>,
    /// The headline figures: `highlights`, else the featured pieces' metrics.
    pub figures: Vec<&'r MetricView<'r>>,
    pub featured: Vec<&'r ArtefactCard>,
    /// The featured testimonial, else one about featured work, else the first.
    pub testimonial: Option<TestimonialView>,
    pub stats: Stats,
    pub pack: Option<&'r PackLink>,
    /// The credentials, newest first, for one line under the name.
    pub credentials: Vec<CredentialView>,
    /// The plan, for its title and phases at a glance.
    pub plan: Option<crate::view::plan::PlanView>,
}

/// `plan.html`.
#[derive(Serialize)]
pub struct PlanPage {
    pub plan: crate::view::plan::PlanView,
}

/// `evidence.html`.
#[derive(Serialize)]
pub struct Evidence<'r> {
    /// Every published piece, in portfolio order.
    pub cards: &'r [ArtefactCard],
}

/// `artefact.html`.
#[derive(Serialize)]
pub struct ArtefactPage<'r> {
    pub artefact: &'r ArtefactCard,
    pub body_html: String,
    pub reflection_html: Option<String>,
    /// The metrics it lists that its narrative does not already chart.
    pub metrics: Vec<&'r MetricView<'r>>,
    pub testimonials: Vec<TestimonialView>,
    pub attachments: Vec<AttachmentView>,
    /// The pieces before and after it, as the pager links them.
    pub previous: Option<LinkView>,
    pub next: Option<LinkView>,
}

/// `competency.html`.
#[derive(Serialize)]
pub struct CompetencyPage<'r> {
    pub competency: &'r MatrixRow,
    /// The pieces that show it, in portfolio order.
    pub cards: Vec<&'r ArtefactCard>,
    pub previous: Option<&'r CompetencyChip>,
    pub next: Option<&'r CompetencyChip>,
    /// The plan's goals aimed at it.
    pub goals: Vec<crate::view::plan::GoalLink>,
}

/// `matrix.html`.
#[derive(Serialize)]
pub struct Matrix<'r> {
    pub matrix: &'r MatrixView,
}

/// `impact.html`.
#[derive(Serialize)]
pub struct Impact<'r> {
    /// Every published metric, in the site's order.
    pub metrics: Vec<&'r MetricView<'r>>,
}

/// `testimonials.html`.
#[derive(Serialize)]
pub struct Testimonials {
    pub testimonials: Vec<TestimonialView>,
}

/// One role of the career timeline on `about.html`, newest first.
#[derive(Serialize)]
pub struct TimelineView {
    pub role: String,
    pub organisation: Option<String>,
    pub summary: Option<String>,
    pub from: String,
    pub from_iso: String,
    /// "present" for the current role.
    pub to: String,
    pub current: bool,
}

#[derive(Serialize)]
pub struct CredentialView {
    pub title: String,
    pub issuer: Option<String>,
    pub year: Option<i64>,
}

/// `about.html`.
#[derive(Serialize)]
pub struct About {
    pub timeline: Vec<TimelineView>,
    /// Newest first.
    pub credentials: Vec<CredentialView>,
}

/// The panel pack's PDF, for a link that says what it is: "PDF, 5 pages".
#[derive(Debug, Clone, Serialize)]
pub struct PackLink {
    pub href: &'static str,
    pub pages: usize,
}

/// A featured piece printed whole in the panel pack.
#[derive(Serialize)]
pub struct PanelEvidence<'r> {
    pub artefact: &'r ArtefactCard,
    /// Its anchor in the pack, which the matrix's cells link to.
    pub anchor: String,
    pub body_html: String,
    pub reflection_html: Option<String>,
    pub metrics: Vec<&'r MetricView<'r>>,
    pub testimonials: Vec<TestimonialView>,
}

/// `panel.html`.
#[derive(Serialize)]
pub struct Panel<'r> {
    pub intro_html: Option<String>,
    pub matrix: &'r MatrixView,
    pub stats: Stats,
    pub featured: Vec<PanelEvidence<'r>>,
    /// Every metric as a row of the headline-figures table.
    pub figures: Vec<FigureRow<'r>>,
    pub pack: Option<&'r PackLink>,
    /// The plan, after the evidence.
    pub plan: Option<crate::view::plan::PlanView>,
}
