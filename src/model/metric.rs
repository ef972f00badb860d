//! A metric: a measured quantity with its baseline, target and time series.

use crate::diagnostic::source_file::Pos;
use crate::syntax::date::PartialDate;
use crate::syntax::date_as_typed::DateOrder;
use crate::syntax::fields::Spanned;
use crate::syntax::id::Id;
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
    /// Its place on an axis as the portfolio's language writes it: a date as an axis
    /// writes it, or a label as the metric file gives it.
    pub fn written(&self, l: &crate::i18n::Locale) -> String {
        match self {
            X::Date(d) => l.date_short(*d),
            X::Label(label) => label.clone(),
        }
    }

    /// A date when it is written like one (`2024-09`), else a label (`Fall 2024`). A
    /// school year (`2024-25`) is a label; `2025-13` is a mistake, not a label: `Err`
    /// says why.
    pub fn from_text(written: &str) -> Result<X, String> {
        let looks_dated = written.len() >= 4
            && written.bytes().all(|b| b.is_ascii_digit() || b == b'-')
            && written.as_bytes()[..4].iter().all(u8::is_ascii_digit);
        if !looks_dated || is_school_year(written) {
            return Ok(X::Label(written.to_owned()));
        }
        PartialDate::parse(written).map(X::Date)
    }

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
    /// Order among metrics that neither `highlights` nor an artefact places.
    pub weight: Option<i64>,
    pub chart: ChartKind,
    pub change: ChangeMode,
    pub baseline: Option<Reference>,
    pub target: Option<Reference>,
    pub series: Vec<Series>,
    /// The spreadsheet or CSV file the series come from, when they are not written in
    /// the metric file.
    pub data: Option<DataSource>,
    /// `parts_of:`: the series that is the whole, every other series a part of it.
    /// Where a part is suppressed, other cells are withheld so it cannot be computed.
    pub parts_of: Option<Spanned<String>>,
}

/// `data:` in a metric file, with `sheet:`, `range:` and `columns:`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSource {
    /// The file, from the portfolio folder (`metrics/growth.csv`).
    pub path: PathBuf,
    pub sheet: Option<String>,
    pub range: Option<String>,
    pub columns: Columns,
    /// Which way round a date such as `9/5/2024` is read: the metric's `date_order:`,
    /// else the portfolio language's.
    pub date_order: Option<DateOrder>,
    /// `scale:`: what the file's values are multiplied by (100 for fractions written
    /// as 0.38 under a `%` unit).
    pub scale: Option<f64>,
    /// Where `data:` is written in the metric file.
    pub pos: Pos,
}

/// Header names for the columns, where the export's differ from `x`, `y`, `n` and
/// `series`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Columns {
    pub x: Option<Spanned<String>>,
    pub y: Option<Spanned<String>>,
    pub n: Option<Spanned<String>>,
    pub series: Option<Spanned<String>>,
}

impl Metric {
    /// The file a point's position is in: the data file, or the metric file.
    pub fn points_path(&self) -> &std::path::Path {
        self.data.as_ref().map_or(&self.path, |d| &d.path)
    }

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

/// `2024-25`: the second part is the year after the first.
fn is_school_year(s: &str) -> bool {
    let Some((a, b)) = s.split_once('-') else {
        return false;
    };
    let digits = |t: &str, n: usize| t.len() == n && t.bytes().all(|c| c.is_ascii_digit());
    digits(a, 4)
        && digits(b, 2)
        && a.parse::<u32>()
            .is_ok_and(|y| format!("{:02}", (y + 1) % 100) == b)
}

/// Whether `value` reaches `mark` (a target, a plan's aim): at or above it when higher
/// is better, at or below it otherwise.
pub fn reaches(value: f64, mark: f64, higher_is_better: bool) -> bool {
    if higher_is_better {
        value >= mark
    } else {
        value <= mark
    }
}

#[cfg(test)]
mod school_year_tests {
    use super::is_school_year;

    #[test]
    fn a_school_year_is_two_years_in_a_row() {
        assert!(is_school_year("2024-25"));
        assert!(is_school_year("1999-00"));
        assert!(!is_school_year("2024-26"));
        assert!(!is_school_year("2024-05"));
    }
}
