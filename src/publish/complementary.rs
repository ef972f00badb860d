//! Complementary suppression. A metric often shows a whole and its parts: all
//! students, English learners, students with IEPs, the others. When one part is
//! suppressed for small n, the whole, the other parts and their `n` still give it
//! away: (60.26 × 150 − 44.44 × 18 − 61.92 × 125) / 7 = 71.3. So, at each x where
//! exactly one part is suppressed, one more cell is withheld, value and `n`: the next
//! smallest part, or the whole when no other part is shown. Two withheld parts give
//! only their sum, which names neither.

use super::{PublishedPoint, PublishedSeries};
use crate::diagnostic::{Diagnostic, Kept};
use crate::model::{Metric, X};

/// Withhold what would let a suppressed part be computed, in `series` (the metric's,
/// as published); a note for each cell withheld.
pub fn withhold(m: &Metric, series: &mut [PublishedSeries<'_>], notes: &mut Vec<Diagnostic>) {
    let Some(whole_name) = &m.parts_of else {
        return;
    };
    let Some(whole) = series.iter().position(|s| s.name == whole_name.value) else {
        return;
    };
    let parts: Vec<usize> = (0..series.len()).filter(|&i| i != whole).collect();
    let mut xs: Vec<&X> = Vec::new();
    for s in series.iter() {
        for p in &s.points {
            if !xs.contains(&p.x) {
                xs.push(p.x);
            }
        }
    }
    for x in xs {
        let at = |s: &PublishedSeries<'_>| s.points.iter().position(|p| p.x == x);
        let suppressed = parts
            .iter()
            .filter(|&&i| at(&series[i]).is_some_and(|j| series[i].points[j].value.is_none()))
            .count();
        if suppressed != 1 {
            continue;
        }
        // The smallest part still shown, else the whole.
        let shown = |i: usize| at(&series[i]).filter(|&j| series[i].points[j].value.is_some());
        let next = parts
            .iter()
            .filter_map(|&i| shown(i).map(|j| (i, j)))
            .min_by_key(|&(i, j)| series[i].points[j].n.unwrap_or(u64::MAX))
            .or_else(|| shown(whole).map(|j| (whole, j)));
        let Some((i, j)) = next else { continue };
        let point: &mut PublishedPoint<'_> = &mut series[i].points[j];
        point.value = None;
        point.n = None;
        let pos = m
            .series
            .iter()
            .find(|s| s.name == series[i].name)
            .and_then(|s| s.points.iter().find(|p| &p.x == x))
            .map(|p| p.pos);
        let message = format!(
            "withheld: \"{}\" at {}, so that another group's suppressed value cannot be computed from the whole and the rest",
            series[i].name,
            x.label()
        );
        let d = match pos {
            Some(pos) => Diagnostic::error_at_path(m.points_path(), pos, message),
            None => Diagnostic::error_in(m.points_path(), message),
        };
        notes.push(
            d.with_hint("`parts_of` asks for this; every page and the pack say only that values were withheld to protect a small group")
                .warning()
                .kept(Kept::Withheld),
        );
    }
}
