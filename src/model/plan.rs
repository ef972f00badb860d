//! Plans: what happens next. `plan.yaml` holds an entry plan (a first 90 days in a
//! post) or a development plan (goals with dates and measures), each goal tied to
//! the framework's competencies, the portfolio's metrics and the evidence it builds
//! on. Read with the portfolio (`load/plan.rs`), checked against it
//! (`validate/plan.rs`) and shown from what is published (`view/plan.rs`).

use crate::diagnostic::source_file::Pos;
use crate::syntax::date::PartialDate;
use crate::syntax::fields::Spanned;
use crate::syntax::id::Id;

pub const FILE: &str = "plan.yaml";

#[derive(Debug, Clone)]
pub struct Plan {
    pub title: String,
    pub kind: Kind,
    /// Day 1 of an entry plan's post, when it is known.
    pub start: Option<PartialDate>,
    /// Markdown.
    pub introduction: Option<String>,
    pub phases: Vec<Phase>,
    /// What the introduction and the goals' texts link to and embed, at their places
    /// in `plan.yaml`: checked like a narrative's.
    pub refs: Vec<crate::model::BodyRef>,
}

/// An entry plan speaks of days in a new post; a development plan of goals under way.
/// Templates see it as `entry` or `development`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Entry,
    Development,
}

#[derive(Debug, Clone)]
pub struct Phase {
    pub title: String,
    pub span: Option<Spanned<Span>>,
    pub goals: Vec<Goal>,
    pub pos: Pos,
}

/// When a phase runs: days of the post (`days: 1-30`), or dates (`from`, `to`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Days { first: u32, last: u32 },
    Dates { from: PartialDate, to: PartialDate },
}

#[derive(Debug, Clone)]
pub struct Goal {
    /// Markdown.
    pub text: String,
    /// Where the text's value starts in `plan.yaml`.
    pub text_pos: Pos,
    pub competencies: Vec<Spanned<Id>>,
    pub measures: Vec<Measure>,
    pub builds_on: Vec<Spanned<Id>>,
    pub status: Option<Status>,
    /// What shows the goal is done, once it is.
    pub evidence: Option<String>,
    pub pos: Pos,
}

/// A metric a goal is measured by, with the value it aims for and by when.
#[derive(Debug, Clone)]
pub struct Measure {
    pub metric: Spanned<Id>,
    pub aim: Option<f64>,
    pub by: Option<PartialDate>,
    pub pos: Pos,
}

/// Templates see it as `planned`, `under-way` or `done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Planned,
    UnderWay,
    Done,
}

impl Span {
    /// Where the span starts and ends: days of the post, or months counted from year
    /// 0, so that spans of one kind compare (see [`Span::in_days`]).
    pub fn units(self) -> (i64, i64) {
        match self {
            Span::Days { first, last } => (i64::from(first), i64::from(last)),
            Span::Dates { from, to } => (month(from), month(to)),
        }
    }

    pub fn in_days(self) -> bool {
        matches!(self, Span::Days { .. })
    }
}

fn month(d: PartialDate) -> i64 {
    i64::from(d.year) * 12 + i64::from(d.month.unwrap_or(1)) - 1
}

impl Kind {
    /// "Entry plan", "Development plan", in the portfolio's language.
    pub fn label(self, l: &crate::i18n::Locale) -> String {
        l.t(match self {
            Kind::Entry => "plan-entry",
            Kind::Development => "plan-development",
        })
    }
}

impl Status {
    pub fn label(self, l: &crate::i18n::Locale) -> String {
        l.t(match self {
            Status::Planned => "status-planned",
            Status::UnderWay => "status-under-way",
            Status::Done => "status-done",
        })
    }
}

impl Plan {
    /// Every goal, with the phase it belongs to.
    pub fn goals(&self) -> impl Iterator<Item = (&Phase, &Goal)> {
        self.phases
            .iter()
            .flat_map(|p| p.goals.iter().map(move |g| (p, g)))
    }
}
