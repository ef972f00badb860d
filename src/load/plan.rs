//! Reading `plan.yaml` into a [`Plan`], every problem at its line and column.

use super::references::scan_field;
use crate::model::plan::{Goal, Kind, Measure, Phase, Plan, Span, Status};
use crate::syntax::fields::{self, Fields, Problem, Problems, Spanned};
use crate::syntax::yaml::{Node, Value};

/// `source` is the file's text: the places of links and shortcodes in the plan's
/// Markdown are found in it.
pub fn read(node: &Node, source: &str, problems: &mut Problems) -> Option<Plan> {
    let mut f = Fields::of(node, "the plan", problems)?;
    let title = f.required("title", fields::nonempty_text);
    let kind = f.required("kind", |n, p| {
        fields::one_of(
            n,
            p,
            &[("entry", Kind::Entry), ("development", Kind::Development)],
        )
    });
    let start = f.optional("start", fields::date);
    let introduction = f.optional("introduction", fields::nonempty_text);
    let phases = f.list("phases", phase);
    f.finish();
    if phases.is_empty() {
        problems.push(Problem::new(node.pos, "the plan has no phases").hint(
            "add `phases:`, each with a `title`, `days: 1-30` (or `from` and `to`) and `goals`",
        ));
    }
    let mut refs = Vec::new();
    if let (Some(text), Some(field)) = (&introduction, node.get("introduction")) {
        refs.extend(scan_field(text, field.pos, source, problems));
    }
    for goal in phases.iter().flat_map(|p| &p.goals) {
        refs.extend(scan_field(&goal.text, goal.text_pos, source, problems));
    }
    Some(Plan {
        title: title?,
        kind: kind?,
        start,
        introduction,
        phases,
        refs,
    })
}

fn phase(node: &Node, problems: &mut Problems) -> Option<Phase> {
    let mut f = Fields::of(node, "a phase", problems)?;
    let title = f.required("title", fields::nonempty_text);
    let days = f.optional("days", days);
    let from = f.optional("from", fields::date);
    let to = f.optional("to", fields::date);
    let goals = f.list("goals", goal);
    f.finish();
    let span = match (days, from, to) {
        (Some(days), None, None) => Some(days),
        (None, Some(from), Some(to)) => Some(Spanned {
            value: Span::Dates { from, to },
            pos: node.get("from").map_or(node.pos, |n| n.pos),
        }),
        (None, None, None) => None,
        _ => {
            problems.push(
                Problem::new(
                    node.pos,
                    "a phase runs either for `days` or `from` a date `to` another",
                )
                .hint("write `days: 1-30`, or both `from: 2026-08` and `to: 2026-10`"),
            );
            None
        }
    };
    Some(Phase {
        title: title?,
        span,
        goals,
        pos: node.pos,
    })
}

/// `days: 1-30`, or `days: 45` for one day.
fn days(node: &Node, problems: &mut Problems) -> Option<Spanned<Span>> {
    let written = match &node.value {
        Value::Int(i) => i.to_string(),
        Value::Str(s) => s.trim().to_owned(),
        _ => String::new(),
    };
    let (first, last) = written.split_once('-').unwrap_or((&written, &written));
    match (first.trim().parse::<u32>(), last.trim().parse::<u32>()) {
        (Ok(first), Ok(last)) if first >= 1 => Some(Spanned {
            value: Span::Days { first, last },
            pos: node.pos,
        }),
        _ => {
            problems.push(
                Problem::new(node.pos, format!("`{written}` is not a span of days"))
                    .hint("write the first and last day of the post, counted from 1: `days: 1-30`"),
            );
            None
        }
    }
}

fn goal(node: &Node, problems: &mut Problems) -> Option<Goal> {
    // A goal may be just its text.
    if let Value::Str(text) = &node.value {
        return Some(Goal {
            text: text.clone(),
            competencies: Vec::new(),
            measures: Vec::new(),
            builds_on: Vec::new(),
            status: None,
            evidence: None,
            pos: node.pos,
            text_pos: node.pos,
        });
    }
    let mut f = Fields::of(node, "a goal", problems)?;
    let text = f.required("text", fields::nonempty_text);
    let competencies = f.list("competencies", fields::id);
    let measures = f.list("measures", measure);
    let builds_on = f.list("builds_on", fields::id);
    let status = f.optional("status", |n, p| {
        fields::one_of(
            n,
            p,
            &[
                ("planned", Status::Planned),
                ("under-way", Status::UnderWay),
                ("done", Status::Done),
            ],
        )
    });
    let evidence = f.optional("evidence", fields::nonempty_text);
    f.finish();
    Some(Goal {
        text_pos: node.get("text").map_or(node.pos, |n| n.pos),
        text: text?,
        competencies,
        measures,
        builds_on,
        status,
        evidence,
        pos: node.pos,
    })
}

/// `growth-percentile`, or `{ metric: growth-percentile, aim: 60, by: 2026-06 }`.
fn measure(node: &Node, problems: &mut Problems) -> Option<Measure> {
    if let Value::Str(_) = &node.value {
        return fields::id(node, problems).map(|metric| Measure {
            metric,
            aim: None,
            by: None,
            pos: node.pos,
        });
    }
    let mut f = Fields::of(node, "a measure", problems)?;
    let metric = f.required("metric", fields::id);
    let aim = f.optional("aim", fields::number);
    let by = f.optional("by", fields::date);
    f.finish();
    Some(Measure {
        metric: metric?,
        aim,
        by,
        pos: node.pos,
    })
}
