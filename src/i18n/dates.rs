//! Dates in the locale's words: `14 March 2025`, `14 mars 2025`, `14 de marzo de 2025`.
//! Always the Gregorian calendar, the one the portfolio's dates are written in.

use crate::syntax::date::PartialDate;
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{YM, YMD};
use icu_datetime::FixedCalendarDateTimeFormatter;

type Formatter<F> = FixedCalendarDateTimeFormatter<Gregorian, F>;

pub struct Dates {
    day: Formatter<YMD>,
    month: Formatter<YM>,
    day_short: Formatter<YMD>,
    month_short: Formatter<YM>,
}

impl Dates {
    pub fn new(tag: &str) -> Dates {
        let locale = super::icu_locale(tag);
        let english = icu_locale_core::locale!("en-001");
        // Compiled data has every CLDR locale; one it lacks is written in English.
        let make = |long: bool| {
            let day = |l: &icu_locale_core::Locale| {
                Formatter::try_new(l.into(), if long { YMD::long() } else { YMD::medium() })
            };
            let month = |l: &icu_locale_core::Locale| {
                Formatter::try_new(l.into(), if long { YM::long() } else { YM::medium() })
            };
            (
                day(&locale)
                    .or_else(|_| day(&english))
                    .expect("English dates"),
                month(&locale)
                    .or_else(|_| month(&english))
                    .expect("English dates"),
            )
        };
        let (day, month) = make(true);
        let (day_short, month_short) = make(false);
        Dates {
            day,
            month,
            day_short,
            month_short,
        }
    }

    pub fn long(&self, d: PartialDate) -> String {
        self.write(d, &self.day, &self.month)
    }

    pub fn short(&self, d: PartialDate) -> String {
        self.write(d, &self.day_short, &self.month_short)
    }

    fn write(&self, d: PartialDate, day: &Formatter<YMD>, month: &Formatter<YM>) -> String {
        let date = |m: u8, dd: u8| Date::try_new_gregorian(i32::from(d.year), m, dd).ok();
        match (d.month, d.day) {
            (Some(m), Some(dd)) => date(m, dd).map(|x| day.format(&x).to_string()),
            (Some(m), None) => date(m, 1).map(|x| month.format(&x).to_string()),
            _ => None,
        }
        .unwrap_or_else(|| d.year.to_string())
    }
}
