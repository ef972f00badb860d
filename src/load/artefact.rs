//! Reading an artefact: front matter, narrative, and what the narrative points at.

use super::references::{scan_body, scan_field};
use super::settings::portfolio_file;
use crate::diagnostic::source_file::SourceFile;
use crate::diagnostic::Diagnostic;
use crate::model::{Artefact, Attachment, Narrative, Period, Status};
use crate::syntax::fields::{self, Fields, Problem, Problems};
use crate::syntax::front_matter;
use crate::syntax::id::Id;
use crate::syntax::yaml::Node;

pub fn read(file: &SourceFile, id: Id, diags: &mut Vec<Diagnostic>) -> Option<Artefact> {
    let mut problems = Vec::new();
    let artefact = read_inner(file, id, &mut problems);
    diags.extend(problems.into_iter().map(|p| p.into_diagnostic(file)));
    artefact
}

fn read_inner(file: &SourceFile, id: Id, problems: &mut Problems) -> Option<Artefact> {
    let split = match front_matter::split(&file.text) {
        Ok(s) => s,
        Err(p) => {
            problems.push(p);
            return None;
        }
    };
    let node = super::parse_yaml(split.yaml, split.yaml_line, problems)?;
    let mut refs = scan_body(split.body, split.body_line, problems);
    let narrative = Narrative::new(split.body.to_owned());
    let mut f = Fields::of(&node, "the front matter", problems)?;
    let title = f.required("title", fields::nonempty_text);
    let short_title = f.optional("short_title", fields::nonempty_text);
    let date = f.optional("date", fields::date);
    let period = f.optional("period", period);
    let summary = f.optional("summary", fields::nonempty_text);
    let role = f.optional("role", fields::nonempty_text);
    let competencies = f.list("competencies", fields::id);
    let metrics = f.list("metrics", fields::id);
    let testimonials = f.list("testimonials", fields::id);
    let tags = f.list("tags", fields::nonempty_text);
    let status = f.optional("status", |n, p| {
        fields::one_of(
            n,
            p,
            &[
                ("published", Status::Published),
                ("draft", Status::Draft),
                ("private", Status::Private),
            ],
        )
    });
    let featured = f.optional("featured", fields::boolean).unwrap_or(false);
    let weight = f.optional("weight", fields::integer);
    let attachments = f.list("attachments", attachment);
    let reflection = f.optional("reflection", fields::nonempty_text);
    f.finish();
    // The reflection is Markdown on the same page: its links and shortcodes are
    // checked and used like the narrative's.
    let reflection = match (reflection, node.get("reflection")) {
        (Some(text), Some(field)) => {
            refs.extend(scan_field(&text, field.pos, &file.text, problems));
            Some(Narrative::new(text))
        }
        _ => None,
    };
    // Reported only when neither is written at all; a wrong one has its own message.
    let written = |key: &str| node.get(key).is_some_and(|n| !n.is_null());
    if !written("date") && !written("period") {
        problems.push(
            Problem::new(node.pos, "the front matter needs a `date` or a `period`")
                .hint("add `date: 2025-03-14`, or `period: { from: 2024-09, to: 2025-03 }`"),
        );
    }
    Some(Artefact {
        id,
        path: file.path.clone(),
        title: title?,
        short_title,
        date,
        period,
        summary,
        role,
        competencies,
        metrics,
        testimonials,
        tags,
        status: status.unwrap_or(Status::Published),
        featured,
        weight,
        attachments,
        reflection,
        narrative,
        refs,
    })
}

fn period(node: &Node, problems: &mut Problems) -> Option<Period> {
    let mut f = Fields::of(node, "period", problems)?;
    let from = f.required("from", fields::date);
    let to = f.optional("to", fields::date);
    f.finish();
    let from = from?;
    if to.is_some_and(|to| to < from) {
        problems.push(
            Problem::new(node.pos, "this period ends before it starts")
                .hint("swap `from` and `to`"),
        );
    }
    Some(Period { from, to })
}

fn attachment(node: &Node, problems: &mut Problems) -> Option<Attachment> {
    let mut f = Fields::of(node, "an attachment", problems)?;
    let title = f.required("title", fields::nonempty_text);
    let path = f.required("path", |n, p| {
        let written = fields::text(n, p)?;
        if written.starts_with("https://") || written.starts_with("http://") {
            Some(fields::Spanned {
                value: fields::link(n, p)?,
                pos: n.pos,
            })
        } else {
            portfolio_file(n, p)
        }
    });
    f.finish();
    Some(Attachment {
        title: title?,
        path: path?,
    })
}
