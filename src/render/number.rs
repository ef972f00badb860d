//! How values are written on the site, in the portfolio's language: a value with its
//! unit where the unit is part of the number, or always.

use crate::i18n::Locale;

/// A value with its unit where the unit is part of the number (`56%`, `56 %` in
/// French); other units are named once, in a heading or after a pair of values.
pub fn format_value(l: &Locale, v: f64, unit: &str) -> String {
    if unit == "%" {
        l.t_with("percent", &[("value", l.number(v).into())])
    } else {
        l.number(v)
    }
}

/// A value with its unit always: `56%`, `56 points`, `1,200`.
pub fn format_with_unit(l: &Locale, v: f64, unit: &str) -> String {
    match unit {
        "" | "%" => format_value(l, v, unit),
        u => format!("{} {u}", l.number(v)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_are_written_as_each_language_writes_them() {
        let en = Locale::english_shared();
        assert_eq!(format_value(en, 56.0, "%"), "56%");
        assert_eq!(format_with_unit(en, 8.0, "points"), "8 points");
        assert_eq!(format_with_unit(en, 1200.0, ""), "1,200");
        let fr = Locale::new("fr", None);
        assert_eq!(format_value(&fr, 3.5, "%"), "3,5\u{202f}%");
        assert_eq!(
            format_with_unit(&fr, 1200.5, "points"),
            "1\u{202f}200,5 points"
        );
    }
}
