//! Axis ranges and tick labels chosen for real data: round steps, zero included where
//! bars need it, padding so marks never sit on the frame.

use crate::i18n::Locale;

/// A value axis: from `lo` to `hi` in steps of `step`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Axis {
    pub lo: f64,
    pub hi: f64,
    pub step: f64,
}

impl Axis {
    /// Where the axis starts, when that is above zero: a line drawn on it makes any
    /// change look larger, so the chart must say so.
    pub fn zoomed_from(&self) -> Option<f64> {
        (self.lo > 0.0).then_some(self.lo)
    }
}

/// A "nice" step near `raw`: 1, 2, 2.5 or 5 times a power of ten.
fn nice_step(raw: f64) -> f64 {
    let power = 10f64.powf(raw.abs().log10().floor());
    let fraction = raw / power;
    let nice = match fraction {
        f if f <= 1.0 => 1.0,
        f if f <= 2.0 => 2.0,
        f if f <= 2.5 => 2.5,
        f if f <= 5.0 => 5.0,
        _ => 10.0,
    };
    nice * power
}

/// An axis covering every value, with about five steps. `include_zero` for bars
/// (a bar's length must mean something); lines include zero too when the data sit
/// close to it, so a small wobble is not drawn as a cliff. Percentages that span more
/// than half the scale are shown on all of it, and a percentage axis never runs past
/// 100% unless a value does.
pub fn axis(values: &[f64], include_zero: bool, unit: &str) -> Axis {
    let finite: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    let lo = finite.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = finite.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let (mut lo, mut hi) = if finite.is_empty() {
        (0.0, 1.0)
    } else {
        (lo, hi)
    };
    let percent = unit == "%" && lo >= 0.0 && hi <= 100.0;
    if percent && hi - lo > 50.0 {
        return Axis {
            lo: 0.0,
            hi: 100.0,
            step: 20.0,
        };
    }
    let near_zero = lo >= 0.0 && lo <= (hi - lo) * 0.5;
    if include_zero || near_zero {
        lo = lo.min(0.0);
        hi = hi.max(0.0);
    }
    if hi - lo < f64::EPSILON * hi.abs().max(1.0) {
        let pad = if hi == 0.0 { 1.0 } else { hi.abs() * 0.1 };
        lo -= pad;
        hi += pad;
        if include_zero && lo < 0.0 && values.iter().all(|v| *v >= 0.0) {
            lo = 0.0;
        }
    }
    let step = nice_step((hi - lo) / 5.0);
    let mut lo_n = (lo / step).floor() * step;
    // Room below the lowest mark too, unless the axis starts at zero on purpose.
    if lo != 0.0 && lo - lo_n < step * 0.15 {
        lo_n -= step;
    }
    let mut hi_n = (hi / step).ceil() * step;
    // Room above the highest mark for its value label.
    if hi_n - hi < step * 0.15 {
        hi_n += step;
    }
    if percent && hi_n > 100.0 {
        hi_n = (100.0 / step).floor() * step;
        if hi_n < hi {
            hi_n += step;
        }
    }
    Axis {
        lo: lo_n,
        hi: hi_n,
        step,
    }
}

/// A tick label: grouped thousands, millions as `1.2M`, `%` attached.
pub fn tick_label(l: &Locale, v: f64, unit: &str) -> String {
    let v = if v.abs() < 1e-9 { 0.0 } else { v };
    let number = if v.abs() >= 1e6 {
        format!("{}M", l.number(v / 1e6))
    } else {
        l.number(v)
    };
    if unit == "%" {
        l.t_with("percent", &[("value", number.into())])
    } else {
        number
    }
}

/// Which of the labels at sorted `positions` (in axis units over `span`) fit on an
/// axis `width` pixels wide when each needs `label` pixels: greedily from the left,
/// always keeping the last, which says how recent the data is.
pub fn thin(positions: &[f64], span: f64, width: f64, label: f64) -> Vec<usize> {
    let px = |v: f64| if span > 0.0 { v / span * width } else { 0.0 };
    let mut picked: Vec<usize> = Vec::new();
    for (i, &p) in positions.iter().enumerate() {
        if picked
            .last()
            .is_none_or(|&last| px(p - positions[last]) >= label)
        {
            picked.push(i);
        }
    }
    if let (Some(&last), Some(&end)) = (picked.last(), positions.len().checked_sub(1).as_ref()) {
        if last != end {
            if picked.len() > 1 && px(positions[end] - positions[last]) < label {
                picked.pop();
            }
            picked.push(end);
        }
    }
    picked
}

/// Cut a label to `max` characters with an ellipsis (the table beside the chart has it
/// whole).
pub fn fit(label: &str, max: usize) -> String {
    if label.chars().count() <= max {
        return label.to_owned();
    }
    let kept: String = label.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

/// A label on at most two lines of `max` characters, broken between words: "Winter
/// 2024" under a narrow bar keeps both words. What does not fit is cut by [`fit`].
pub fn wrap_two(label: &str, max: usize) -> Vec<String> {
    if label.chars().count() <= max {
        return vec![label.to_owned()];
    }
    let mut first = String::new();
    let mut words = label.split_whitespace().peekable();
    while let Some(word) = words.peek() {
        let len = first.chars().count() + usize::from(!first.is_empty()) + word.chars().count();
        if len > max && !first.is_empty() {
            break;
        }
        if !first.is_empty() {
            first.push(' ');
        }
        first.push_str(word);
        words.next();
    }
    let rest: Vec<&str> = words.collect();
    let mut lines = vec![fit(&first, max)];
    if !rest.is_empty() {
        lines.push(fit(&rest.join(" "), max));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_labels_wrap_to_two_lines_between_words() {
        assert_eq!(wrap_two("Fall 2023", 9), ["Fall 2023"]);
        assert_eq!(wrap_two("Winter 2024", 7), ["Winter", "2024"]);
        assert_eq!(
            wrap_two("Grade 5 classrooms in the district", 10),
            ["Grade 5", "classroom…"]
        );
        assert_eq!(wrap_two("Comparison", 6), ["Compa…"]);
    }

    #[test]
    fn axes_are_round_and_cover_the_data() {
        assert_eq!(
            axis(&[48.0, 56.0, 55.0], false, "points"),
            Axis {
                lo: 46.0,
                hi: 58.0,
                step: 2.0
            }
        );
        let money = axis(&[61000.0, 50020.0], true, "USD");
        assert_eq!((money.lo, money.step), (0.0, 20000.0));
        assert!(money.hi >= 61000.0);
        let negative = axis(&[-3.0, 4.0], true, "");
        assert!(negative.lo <= -3.0 && negative.hi >= 4.0);
        let single = axis(&[7.0], false, "");
        assert!(single.lo < 7.0 && single.hi > 7.0);
        let zero = axis(&[0.0, 0.0], true, "");
        assert!(zero.hi > zero.lo);
    }

    #[test]
    fn percentages_stay_on_their_scale() {
        // A wide spread is shown on the whole scale, not zoomed.
        assert_eq!(
            axis(&[35.0, 92.0, 90.0], false, "%"),
            Axis {
                lo: 0.0,
                hi: 100.0,
                step: 20.0
            }
        );
        // Bars near the top end at 100%, not at 120%.
        assert_eq!(axis(&[85.0, 96.0], true, "%").hi, 100.0);
        // A narrow band may zoom (the chart marks the break), still never past 100%.
        let band = axis(&[71.0, 78.0, 80.0], false, "%");
        assert!(
            band.lo > 0.0 && band.hi <= 100.0 && band.hi >= 80.0,
            "{band:?}"
        );
        // A value over 100% is shown.
        assert!(axis(&[90.0, 130.0], true, "%").hi >= 130.0);
    }

    #[test]
    fn labels_read_well() {
        assert_eq!(
            tick_label(Locale::english_shared(), 2_500_000.0, "USD"),
            "2.5M"
        );
        assert_eq!(tick_label(Locale::english_shared(), 60.0, "%"), "60%");
        assert_eq!(tick_label(Locale::english_shared(), -0.0000000001, ""), "0");
        let monthly: Vec<f64> = (0..12).map(f64::from).collect();
        assert_eq!(thin(&monthly, 11.0, 440.0, 70.0), vec![0, 2, 4, 6, 8, 11]);
        assert_eq!(
            thin(&[0.0, 20.0, 160.0, 180.0], 180.0, 440.0, 70.0),
            vec![0, 3]
        );
        assert_eq!(
            fit("Comparison classrooms in the district", 12),
            "Comparison…"
        );
    }
}
