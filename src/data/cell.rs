//! Cells as people type them: `1,234`, `86%`, ` 48 `, `'48`, an empty cell; dates as
//! text or as a workbook's date cells; labels such as `Sep 2024` or `2024-25`.

use crate::model::X;
use crate::syntax::date::PartialDate;
use crate::syntax::date_as_typed::{self, DateOrder};

/// One cell of a sheet or a delimited file, as read.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    /// A workbook's date cell.
    Date(PartialDate),
    /// A workbook's formula saved without the value it computes (a program that
    /// writes formulas but does not calculate them): its text, without the `=`.
    Formula(String),
}

/// How numbers are written in a file: a file separated by `;` is usually written where
/// the comma is the decimal mark (`48,5`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decimal {
    Point,
    Comma,
}

impl Cell {
    /// The cell as its file shows it, for messages.
    pub fn shown(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.clone(),
            Cell::Number(n) => plain_number(*n),
            Cell::Date(d) => d.to_string(),
            Cell::Formula(f) => format!("={f}"),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => clean(t).is_empty(),
            _ => false,
        }
    }

    /// A number, or `None` for an empty cell; `Err` says what was expected.
    pub fn number(&self, decimal: Decimal) -> Result<Option<f64>, &'static str> {
        match self {
            Cell::Empty => Ok(None),
            Cell::Number(n) => Ok(Some(*n)),
            Cell::Date(_) => Err("a number, not a date"),
            Cell::Formula(_) => Err("a number"),
            Cell::Text(t) => {
                let t = clean(t);
                if t.is_empty() {
                    return Ok(None);
                }
                number(t, decimal)
                    .map(Some)
                    .ok_or("a number such as 48, 1,234 or 86%")
            }
        }
    }

    /// A count of people (a whole number, not negative), or `None` for an empty cell.
    pub fn count(&self, decimal: Decimal) -> Result<Option<u64>, &'static str> {
        const WANTED: &str = "a whole number of people, such as 142";
        match self.number(decimal).map_err(|_| WANTED)? {
            None => Ok(None),
            Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= u64::MAX as f64 => Ok(Some(n as u64)),
            Some(_) => Err(WANTED),
        }
    }

    /// An x value: a date where it is written as one (or is a date cell), else a label;
    /// `order` reads a day and month that could be either way round.
    pub fn x(&self, order: Option<DateOrder>) -> Result<Option<X>, String> {
        match self {
            Cell::Empty => Ok(None),
            Cell::Date(d) => Ok(Some(X::Date(*d))),
            Cell::Formula(_) => Err("a value".to_owned()),
            // A year typed into a number cell.
            Cell::Number(n) => X::from_text(&plain_number(*n)).map(Some),
            Cell::Text(t) => {
                let t = clean(t);
                if t.is_empty() {
                    return Ok(None);
                }
                x_from_text(t, order).map(Some)
            }
        }
    }
}

/// A date typed as exports write them (`11/15/2024`) is that date when it can be read
/// one way only, or in the portfolio's (or the metric's) order; without an order,
/// `03/04/2025` could be either, so it is refused.
fn x_from_text(t: &str, order: Option<DateOrder>) -> Result<X, String> {
    if let Some(iso) = date_as_typed::rewrite_in(t, order) {
        return X::from_text(&iso);
    }
    let slashed = t.contains('/') && t.bytes().all(|b| b.is_ascii_digit() || b == b'/');
    if slashed {
        return Err("the day and the month could be either way round".to_owned());
    }
    X::from_text(t)
}

fn plain_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{n:.0}")
    } else {
        n.to_string()
    }
}

/// Without the spaces around it, and without the `'` a spreadsheet puts before text
/// that looks like a number.
fn clean(t: &str) -> &str {
    let t = t.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    t.strip_prefix('\'').unwrap_or(t).trim()
}

/// `1,234.5`, `1 234,5` (with `Decimal::Comma`), `86%`, `-3`, `+2.5`.
fn number(t: &str, decimal: Decimal) -> Option<f64> {
    let t = t.strip_suffix('%').map_or(t, str::trim_end);
    let (grouping, mark) = match decimal {
        Decimal::Point => (',', '.'),
        Decimal::Comma => ('.', ','),
    };
    let mut plain = String::with_capacity(t.len());
    for c in t.chars() {
        match c {
            c if c == grouping => {}
            // Spaces (plain, no-break, thin) group thousands in many exports.
            ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' => {}
            c if c == mark => plain.push('.'),
            '0'..='9' | '-' | '+' => plain.push(c),
            '\u{2212}' => plain.push('-'),
            _ => return None,
        }
    }
    if !plain.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    plain.parse::<f64>().ok().filter(|n| n.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> Cell {
        Cell::Text(t.to_owned())
    }

    #[test]
    fn numbers_as_people_type_them() {
        let n = |t: &str| text(t).number(Decimal::Point);
        assert_eq!(n("1,234"), Ok(Some(1234.0)));
        assert_eq!(n(" 48 "), Ok(Some(48.0)));
        assert_eq!(n("'48"), Ok(Some(48.0)));
        assert_eq!(n("86%"), Ok(Some(86.0)));
        assert_eq!(n("86 %"), Ok(Some(86.0)));
        assert_eq!(n("-3.5"), Ok(Some(-3.5)));
        assert_eq!(n(""), Ok(None));
        assert_eq!(n("   "), Ok(None));
        assert!(n("n/a").is_err());
        assert!(n("12x").is_err());
        assert!(n("-").is_err());
        assert_eq!(text("1.234,5").number(Decimal::Comma), Ok(Some(1234.5)));
        assert_eq!(text("48,5").number(Decimal::Comma), Ok(Some(48.5)));
    }

    #[test]
    fn counts_are_whole_and_not_negative() {
        assert_eq!(text("142").count(Decimal::Point), Ok(Some(142)));
        assert!(text("14.5").count(Decimal::Point).is_err());
        assert!(text("-2").count(Decimal::Point).is_err());
    }

    #[test]
    fn x_values_are_dates_or_labels() {
        assert!(matches!(text("2024-09").x(None), Ok(Some(X::Date(_)))));
        assert_eq!(text("Sep 2024").x(None), text("2024-09").x(None));
        assert_eq!(
            text("Fall 2024").x(None),
            Ok(Some(X::Label("Fall 2024".into())))
        );
        assert_eq!(
            text("2024-25").x(None),
            Ok(Some(X::Label("2024-25".into())))
        );
        assert!(text("2024-13").x(None).is_err());
        assert!(matches!(Cell::Number(2024.0).x(None), Ok(Some(X::Date(_)))));
        assert_eq!(text("11/15/2024").x(None), text("2024-11-15").x(None));
        assert!(text("03/04/2025").x(None).is_err());
    }
}
