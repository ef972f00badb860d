//! What each page template receives besides `site`, `page` and `root`: one typed view
//! per page (docs/templates.md lists them for theme authors).

use crate::model::plan::Kind;
use crate::view::artefact::{ArtefactCard, AttachmentView, CompetencyChip};
use crate::view::career::CredentialView;
use crate::view::matrix::{MatrixRow, MatrixView};
use crate::view::metric::{FigureRow, MetricView};
use crate::view::plan::GoalFacts;
use crate::view::testimonial::TestimonialView;
use crate::view::{LinkView, Stats};
use serde::Serialize;

/// `index.html`.
#[derive(Serialize)]
pub struct Home<'r> {
    /// `introduction` from portfolio.yaml, as HTML.
    pub intro_html: Option<String>,
    /// The headline figures: `highlights`, else the featured pieces' metrics.
    pub figures: Vec<&'r MetricView<'r>>,
    pub featured: Vec<&'r ArtefactCard>,
    /// The featured testimonial, else one about featured work, else the first.
    pub testimonial: Option<Quoted>,
    pub stats: Stats,
    pub pack: Option<&'r PackLink>,
    /// The credentials, newest first, for one line under the name.
    pub credentials: Vec<CredentialView>,
    /// The plan, for its title and phases at a glance.
    pub plan: Option<PlanView>,
}

/// `plan.html`.
#[derive(Serialize)]
pub struct PlanPage {
    pub plan: PlanView,
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
    pub testimonials: Vec<Quoted>,
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
    pub goals: Vec<GoalLink>,
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
    pub testimonials: Vec<Quoted>,
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
    pub testimonials: Vec<Quoted>,
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
    pub plan: Option<PlanView>,
}

/// A testimonial as a page shows it: who said it, and the quote as HTML.
#[derive(Debug, Clone, Serialize)]
pub struct Quoted {
    #[serde(flatten)]
    pub testimonial: TestimonialView,
    pub quote_html: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlanView {
    pub title: String,
    pub kind: Kind,
    /// "Entry plan", "Development plan".
    pub kind_label: String,
    pub start: Option<String>,
    pub intro_html: Option<String>,
    pub phases: Vec<PhaseView>,
    pub href: &'static str,
    /// How many goals the plan holds.
    pub goals: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct PhaseView {
    pub title: String,
    /// "Days 1–30", "Aug 2026 – Oct 2026", or empty.
    pub when: String,
    /// Where the phase sits on the plan's timeline, in percent of its length.
    pub offset: f64,
    pub length: f64,
    pub anchor: String,
    pub goals: Vec<GoalView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GoalView {
    pub text_html: String,
    #[serde(flatten)]
    pub facts: GoalFacts,
}

/// A goal as a competency's page lists it: its text and the phase it is in.
#[derive(Debug, Clone, Serialize)]
pub struct GoalLink {
    pub text_html: String,
    pub phase: String,
    pub href: String,
}
