//! Dates as people type them elsewhere (`15/11/2024`, `January 10, 2025`, `10 Jan
//! 2025`, `2024/11/15`, `March 2025`), read only to suggest the form a portfolio uses.
//! A day and month that could be either way round (`03/04/2025`) suggest nothing.

use super::date::PartialDate;

/// Which way round a date's numbers are written: `9/5/2024` is 5 September where the
/// day comes first, September 5 where the month does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    Mdy,
    Dmy,
    Ymd,
}

impl DateOrder {
    /// `mdy`, `dmy` or `ymd`, as a metric's `date_order:` writes it.
    pub fn parse(written: &str) -> Option<DateOrder> {
        match written.trim().to_ascii_lowercase().as_str() {
            "mdy" => Some(DateOrder::Mdy),
            "dmy" => Some(DateOrder::Dmy),
            "ymd" => Some(DateOrder::Ymd),
            _ => None,
        }
    }

    /// The order the people of a language tag's place write dates in, where it is
    /// one: month first in the United States and the Philippines, day first in the
    /// rest of the English-speaking world and where French, Spanish and most other
    /// European languages are written, year first in East Asia. English without a
    /// region, or in Canada, where both are written, has none.
    pub fn for_language(tag: &str) -> Option<DateOrder> {
        let mut parts = tag.split(['-', '_']);
        let language = parts.next().unwrap_or("").to_ascii_lowercase();
        let region = parts
            .find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))
            .map(str::to_ascii_uppercase);
        match (language.as_str(), region.as_deref()) {
            ("en" | "es", Some("US" | "PH")) => Some(DateOrder::Mdy),
            ("en", None | Some("CA")) => None,
            ("en", Some(_)) => Some(DateOrder::Dmy),
            ("fr" | "es" | "de" | "it" | "pt" | "nl" | "pl" | "ru" | "el" | "tr", _) => {
                Some(DateOrder::Dmy)
            }
            ("ja" | "zh" | "ko" | "hu", _) => Some(DateOrder::Ymd),
            _ => None,
        }
    }
}

/// `written` as `YYYY-MM-DD` (or `YYYY-MM`), when it can be read one way only.
pub fn rewrite(written: &str) -> Option<String> {
    rewrite_in(written, None)
}

/// `written` as `YYYY-MM-DD` (or `YYYY-MM`), reading a day and a month that could be
/// either way round in `order`, when there is one.
pub fn rewrite_in(written: &str, order: Option<DateOrder>) -> Option<String> {
    let date = numeric(written, order).or_else(|| worded(written))?;
    PartialDate::parse(&date).ok().map(|_| date)
}

/// `15/11/2024`, `15.11.2024`, `2024/11/15`.
fn numeric(written: &str, order: Option<DateOrder>) -> Option<String> {
    let parts: Vec<&str> = written.split(['/', '.']).map(str::trim).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let number = |s: &str| {
        s.parse::<u32>()
            .ok()
            .filter(|_| !s.is_empty() && s.len() <= 4)
    };
    let (a, b, c) = (number(a)?, number(b)?, number(c)?);
    let (year, month, day) = if a >= 1000 {
        (a, b, c)
    } else if c >= 1000 {
        match (a > 12, b > 12, order) {
            (true, false, _) => (c, b, a),
            (false, true, _) => (c, a, b),
            (false, false, Some(DateOrder::Mdy)) => (c, a, b),
            (false, false, Some(DateOrder::Dmy)) => (c, b, a),
            // Both could be the month: which one the author meant cannot be known.
            _ => return None,
        }
    } else {
        return None;
    };
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// `January 10, 2025`, `10 January 2025`, `10 Jan 2025`, `March 2025`.
fn worded(written: &str) -> Option<String> {
    let words: Vec<&str> = written
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let month = words.iter().find_map(|w| month_number(w))?;
    // `10th`, `1st`: the day's number without its ordinal ending.
    let number = |w: &str| {
        let digits = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|end| w.strip_suffix(end))
            .unwrap_or(w);
        digits.parse::<u32>().ok()
    };
    let numbers: Vec<u32> = words.iter().filter_map(|w| number(w)).collect();
    match numbers.as_slice() {
        [year] if *year >= 1000 => Some(format!("{year:04}-{month:02}")),
        [day, year] | [year, day] if *year >= 1000 && *day <= 31 => {
            Some(format!("{year:04}-{month:02}-{day:02}"))
        }
        _ => None,
    }
}

fn month_number(word: &str) -> Option<u32> {
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let word = word.to_ascii_lowercase();
    if word.len() < 3 {
        return None;
    }
    NAMES
        .iter()
        .position(|n| word.starts_with(n))
        .map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::rewrite;

    #[test]
    fn typed_dates_are_rewritten_when_they_read_one_way_only() {
        assert_eq!(rewrite("15/11/2024").as_deref(), Some("2024-11-15"));
        assert_eq!(rewrite("11/15/2024").as_deref(), Some("2024-11-15"));
        assert_eq!(rewrite("2024/11/15").as_deref(), Some("2024-11-15"));
        assert_eq!(rewrite("January 10, 2025").as_deref(), Some("2025-01-10"));
        assert_eq!(rewrite("10 Jan 2025").as_deref(), Some("2025-01-10"));
        assert_eq!(rewrite("March 3rd, 2025").as_deref(), Some("2025-03-03"));
        assert_eq!(rewrite("March 2025").as_deref(), Some("2025-03"));
        assert_eq!(rewrite("03/04/2025"), None, "3 April or 4 March");
        assert_eq!(rewrite("31/02/2025"), None, "no such day");
        assert_eq!(rewrite("soon"), None);
    }

    #[test]
    fn the_languages_order_reads_a_date_either_way_round() {
        use super::{rewrite_in, DateOrder};
        let us = DateOrder::for_language("en-US");
        let gb = DateOrder::for_language("en-GB");
        assert_eq!(us, Some(DateOrder::Mdy));
        assert_eq!(gb, Some(DateOrder::Dmy));
        assert_eq!(DateOrder::for_language("fr"), Some(DateOrder::Dmy));
        assert_eq!(DateOrder::for_language("es-MX"), Some(DateOrder::Dmy));
        assert_eq!(DateOrder::for_language("en"), None);
        assert_eq!(rewrite_in("9/5/2024", us).as_deref(), Some("2024-09-05"));
        assert_eq!(rewrite_in("9/5/2024", gb).as_deref(), Some("2024-05-09"));
        assert_eq!(rewrite_in("9/5/2024", None), None);
        assert_eq!(rewrite_in("15/11/2024", us).as_deref(), Some("2024-11-15"));
    }
}
