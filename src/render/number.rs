//! How numbers are written on the site: grouped thousands, no noise decimals.

/// `61000` -> `61,000`; `3.250` -> `3.25`; `0.1 + 0.2` -> `0.3`; at most two decimals,
/// three for small values that would otherwise read as zero.
pub fn format_number(v: f64) -> String {
    if !v.is_finite() {
        return "–".to_owned();
    }
    let fixed = if v.fract() == 0.0 && v.abs() < 1e15 {
        // Most figures are whole: written as integers, they skip the exact decimal
        // formatting of floats, which is slow (a large build writes 100,000 of them).
        (v.abs() as u64).to_string()
    } else {
        let decimals = if v.abs() > 0.0 && v.abs() < 0.1 { 3 } else { 2 };
        let fixed = format!("{:.*}", decimals, v.abs());
        if fixed.contains('.') {
            fixed.trim_end_matches('0').trim_end_matches('.').to_owned()
        } else {
            fixed
        }
    };
    let (int, frac) = fixed
        .split_once('.')
        .map_or((fixed.as_str(), None), |(i, f)| (i, Some(f)));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if let Some(f) = frac {
        grouped.push('.');
        grouped.push_str(f);
    }
    let negative = v < 0.0 && grouped.chars().any(|c| c.is_ascii_digit() && c != '0');
    if negative {
        format!("-{grouped}")
    } else {
        grouped
    }
}

/// A value with its unit where the unit is part of the number (`56%`); other units
/// are named once, in a heading or after a pair of values.
pub fn format_value(v: f64, unit: &str) -> String {
    if unit == "%" {
        format!("{}%", format_number(v))
    } else {
        format_number(v)
    }
}

/// A value with its unit always: `56%`, `56 points`, `1,200`.
pub fn format_with_unit(v: f64, unit: &str) -> String {
    match unit {
        "" | "%" => format_value(v, unit),
        u => format!("{} {u}", format_number(v)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_like_a_report() {
        assert_eq!(format_number(61000.0), "61,000");
        assert_eq!(format_number(-1234567.5), "-1,234,567.5");
        assert_eq!(format_number(0.1 + 0.2), "0.3");
        assert_eq!(format_number(3.0), "3");
        assert_eq!(format_number(-48.0), "-48");
        assert_eq!(format_number(-0.0), "0");
        assert_eq!(format_number(1e15), "1,000,000,000,000,000");
        assert_eq!(format_number(2.999), "3");
        assert_eq!(format_number(-0.0001), "0");
        assert_eq!(format_number(0.042), "0.042");
        assert_eq!(format_value(56.0, "%"), "56%");
        assert_eq!(format_with_unit(8.0, "points"), "8 points");
    }
}
