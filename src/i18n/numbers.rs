//! Numbers as a report writes them: no noise decimals, grouped thousands, in the
//! locale's separators (`61,000`, `61 000`, `61.000`).

use fixed_decimal::Decimal;
use icu_decimal::DecimalFormatter;
use std::str::FromStr;

pub struct Numbers {
    formatter: DecimalFormatter,
}

impl Numbers {
    pub fn new(tag: &str) -> Numbers {
        let locale = super::icu_locale(tag);
        let formatter = DecimalFormatter::try_new((&locale).into(), Default::default())
            .or_else(|_| {
                DecimalFormatter::try_new(
                    (&icu_locale_core::locale!("en-001")).into(),
                    Default::default(),
                )
            })
            .expect("ICU4X's compiled data has English");
        Numbers { formatter }
    }

    /// At most two decimals, three for small values that would otherwise read as
    /// zero; trailing zeros dropped; `-0` is `0`.
    pub fn format(&self, v: f64) -> String {
        if !v.is_finite() {
            return "–".to_owned();
        }
        let decimals = if v.fract() == 0.0 {
            0
        } else if v.abs() < 0.1 {
            3
        } else {
            2
        };
        let fixed = format!("{:.*}", decimals, v);
        let trimmed = if fixed.contains('.') {
            fixed.trim_end_matches('0').trim_end_matches('.')
        } else {
            &fixed
        };
        let zero = trimmed
            .trim_start_matches('-')
            .bytes()
            .all(|b| b == b'0' || b == b'.');
        let trimmed = if zero { "0" } else { trimmed };
        match Decimal::from_str(trimmed) {
            Ok(d) => self.formatter.format(&d).to_string(),
            Err(_) => trimmed.to_owned(),
        }
    }
}

impl intl_memoizer::Memoizable for Numbers {
    type Args = ();
    type Error = ();

    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Numbers, ()> {
        Ok(Numbers::new(&lang.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::Numbers;

    #[test]
    fn numbers_read_like_a_report() {
        let en = Numbers::new("en");
        assert_eq!(en.format(61000.0), "61,000");
        assert_eq!(en.format(-1234567.5), "-1,234,567.5");
        assert_eq!(en.format(0.1 + 0.2), "0.3");
        assert_eq!(en.format(3.0), "3");
        assert_eq!(en.format(-48.0), "-48");
        assert_eq!(en.format(-0.0), "0");
        assert_eq!(en.format(1e15), "1,000,000,000,000,000");
        assert_eq!(en.format(2.999), "3");
        assert_eq!(en.format(-0.0001), "0");
        assert_eq!(en.format(0.042), "0.042");
        assert_eq!(Numbers::new("fr").format(-1234.25), "-1\u{202f}234,25");
    }
}
