//! Dates as portfolios write them: a year, a month or a day.

use std::fmt;

/// `2025`, `2025-03` or `2025-03-14`. Orders chronologically, a year before its months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl PartialDate {
    /// Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the day exists.
    pub fn parse(s: &str) -> Result<Self, String> {
        let mut parts = s.split('-');
        let year = parse_part(parts.next(), 4, "year")?;
        let month = parts
            .next()
            .map(|m| parse_part(Some(m), 2, "month"))
            .transpose()?;
        let day = parts
            .next()
            .map(|d| parse_part(Some(d), 2, "day"))
            .transpose()?;
        if parts.next().is_some() {
            return Err("too many parts".into());
        }
        if !(1000..=9999).contains(&year) {
            return Err("the year must have four digits".into());
        }
        let year = year as u16;
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(format!("there is no month {m}"));
            }
        }
        if let (Some(m), Some(d)) = (month, day) {
            let last = days_in_month(year, m as u8);
            if d == 0 || d > u32::from(last) {
                return Err(format!("{} {year} has {last} days", MONTHS[m as usize - 1]));
            }
        }
        Ok(PartialDate {
            year,
            month: month.map(|m| m as u8),
            day: day.map(|d| d as u8),
        })
    }

    /// For `<time datetime>` and sitemaps: the date as written, zero-padded.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    /// A month as its short name, for chart axes ("Mar 2025").
    pub fn short(&self) -> String {
        match self.month {
            Some(m) => {
                let name = &MONTHS[m as usize - 1][..3];
                match self.day {
                    Some(d) => format!("{d} {name} {}", self.year),
                    None => format!("{name} {}", self.year),
                }
            }
            None => self.year.to_string(),
        }
    }

    /// Days since 0000-03-01 of the date's first day, for placing dates on an axis.
    pub fn ordinal(&self) -> i64 {
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month.unwrap_or(1)),
            i64::from(self.day.unwrap_or(1)),
        );
        let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
        365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + d - 1
    }
}

impl PartialDate {
    /// Days since 0000-03-01 of the date's last day: a month's last day, a year's
    /// 31 December.
    pub fn last_day_ordinal(&self) -> i64 {
        match (self.month, self.day) {
            (_, Some(_)) => self.ordinal(),
            (Some(month), None) => {
                let last = days_in_month(self.year, month);
                PartialDate {
                    day: Some(last),
                    ..*self
                }
                .ordinal()
            }
            (None, None) => PartialDate {
                year: self.year,
                month: Some(12),
                day: Some(31),
            }
            .ordinal(),
        }
    }

    /// The last day of the date, as `YYYY-MM-DD`.
    pub fn last_day_iso(&self) -> String {
        let day = self
            .day
            .or_else(|| self.month.map(|m| days_in_month(self.year, m)));
        PartialDate {
            year: self.year,
            month: Some(self.month.unwrap_or(12)),
            day: Some(day.unwrap_or(31)),
        }
        .iso()
    }

    /// The day `seconds` after 1970-01-01, in UTC.
    pub fn from_unix_seconds(seconds: i64) -> PartialDate {
        // Howard Hinnant's days-to-civil algorithm.
        let z = seconds.div_euclid(86_400) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)).clamp(0, 9999) as u16;
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }
}

/// The build's today: `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds
/// convention) when it is set, so that a build can be repeated exactly; else the
/// clock's day, in UTC.
pub fn today() -> PartialDate {
    let pinned = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok());
    let seconds = pinned.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64)
    });
    PartialDate::from_unix_seconds(seconds)
}

fn parse_part(part: Option<&str>, digits: usize, name: &str) -> Result<u32, String> {
    let part = part.unwrap_or("");
    if part.len() != digits || !part.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("the {name} must be {digits} digits"));
    }
    part.parse()
        .map_err(|_| format!("the {name} must be {digits} digits"))
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Readable in any English-speaking country: "14 March 2025", "March 2025", "2025".
impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (Some(m), Some(d)) => write!(f, "{d} {} {}", MONTHS[m as usize - 1], self.year),
            (Some(m), None) => write!(f, "{} {}", MONTHS[m as usize - 1], self.year),
            _ => write!(f, "{}", self.year),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_precisions() {
        assert_eq!(PartialDate::parse("2025").unwrap().to_string(), "2025");
        assert_eq!(
            PartialDate::parse("2025-03").unwrap().to_string(),
            "March 2025"
        );
        assert_eq!(
            PartialDate::parse("2024-02-29").unwrap().iso(),
            "2024-02-29"
        );
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!(PartialDate::parse("2025-02-29")
            .unwrap_err()
            .contains("28 days"));
        assert!(PartialDate::parse("2025-13").is_err());
        assert!(PartialDate::parse("25-01").is_err());
        assert!(PartialDate::parse("2025-1-1").is_err());
        assert!(PartialDate::parse("March 2025").is_err());
    }

    #[test]
    fn orders_chronologically() {
        let a = PartialDate::parse("2024-12-31").unwrap();
        let b = PartialDate::parse("2025-01").unwrap();
        assert!(a < b);
        assert!(a.ordinal() < b.ordinal());
        assert_eq!(b.ordinal() - a.ordinal(), 1);
    }

    #[test]
    fn a_unix_time_is_its_day_and_a_month_ends_on_its_last_day() {
        assert_eq!(PartialDate::from_unix_seconds(0).iso(), "1970-01-01");
        assert_eq!(
            PartialDate::from_unix_seconds(1_782_777_599).iso(),
            "2026-06-29"
        );
        assert_eq!(
            PartialDate::from_unix_seconds(951_782_400).iso(),
            "2000-02-29"
        );
        let june = PartialDate::parse("2026-06").unwrap();
        let last = PartialDate::parse("2026-06-30").unwrap();
        assert_eq!(june.last_day_ordinal(), last.ordinal());
        let year = PartialDate::parse("2026").unwrap();
        assert_eq!(
            year.last_day_ordinal(),
            PartialDate::parse("2026-12-31").unwrap().ordinal()
        );
    }
}
