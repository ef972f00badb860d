//! A metric: a measured quantity with its baseline, target and time series.

use crate::diagnostic::source_file::Pos;
use crate::model::date::PartialDate;
use crate::model::id::Id;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    Line,
    Bar,
    BeforeAfter,
}

/// How the headline change is stated: `+7 points` or `-18%`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeMode {
    Absolute,
    Relative,
}

/// A reference value drawn across a chart: the baseline or the target.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    pub label: Option<String>,
    pub value: f64,
}

/// Where a point sits on the x axis.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum X {
    Date(PartialDate),
    Label(String),
}

impl X {
    pub fn label(&self) -> String {
        match self {
            X::Date(d) => d.short(),
            X::Label(l) => l.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub x: X,
    pub y: f64,
    /// How many people the value summarises.
    pub n: Option<u64>,
    pub pos: Pos,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub points: Vec<Point>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Metric {
    pub id: Id,
    pub path: PathBuf,
    pub title: String,
    pub unit: String,
    pub description: Option<String>,
    /// Where the numbers come from.
    pub source: Option<String>,
    pub higher_is_better: bool,
    /// Whether the values summarise people, and so need `n` to be checked against
    /// `min_n` (a budget or a count of meetings does not).
    pub about_people: bool,
    pub chart: ChartKind,
    pub change: ChangeMode,
    pub baseline: Option<Reference>,
    pub target: Option<Reference>,
    pub series: Vec<Series>,
}

impl Metric {
    /// Whether every x is a date, which makes a line chart the natural default.
    pub fn all_dated(series: &[Series]) -> bool {
        series
            .iter()
            .flat_map(|s| &s.points)
            .all(|p| matches!(p.x, X::Date(_)))
    }
}

/// The default way to state a change for a unit: money moves in percent, scores and
/// rates in their own unit (a 5-point gain in attendance is not "+5.7%").
pub fn default_change_mode(unit: &str) -> ChangeMode {
    let u = unit.trim();
    let is_currency_code = u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase());
    if is_currency_code || matches!(u, "$" | "£" | "€" | "¥" | "dollars" | "pounds" | "euros") {
        ChangeMode::Relative
    } else {
        ChangeMode::Absolute
    }
}
