//! Reading a testimonial, as YAML or as Markdown with front matter.

use super::references::{scan_body, scan_field};
use crate::diagnostic::source_file::SourceFile;
use crate::diagnostic::Diagnostic;
use crate::model::testimonial::Consent;
use crate::model::{Narrative, RefKind, Testimonial};
use crate::syntax::fields::{self, Fields, Problem, Problems};
use crate::syntax::front_matter;
use crate::syntax::id::Id;
use crate::syntax::yaml::{Node, Value};

pub fn read(file: &SourceFile, id: Id, diags: &mut Vec<Diagnostic>) -> Option<Testimonial> {
    let mut problems = Vec::new();
    let testimonial = read_inner(file, id, &mut problems);
    diags.extend(problems.into_iter().map(|p| p.into_diagnostic(file)));
    if let Some(t) = &testimonial {
        diags.extend(unshown(t, file));
    }
    testimonial
}

/// A quote is a colleague's words, shown on several pages: it links only to files
/// (checked like a narrative's), never to artefacts, and holds no charts or other
/// quotes. Say so where the quote tries, rather than drop it without a word.
fn unshown<'a>(t: &'a Testimonial, file: &'a SourceFile) -> impl Iterator<Item = Diagnostic> + 'a {
    t.quote_refs
        .iter()
        .filter(|r| r.kind != RefKind::Asset)
        .map(move |r| {
            let (what, hint) = if r.kind == RefKind::Link {
                ("a link to an artefact", "name the evidence the quote is about with `artefacts: [id]`: the quote then links to it")
            } else {
                ("a shortcode", "charts, figures and quotes go in the narrative of the artefact they support")
            };
            Diagnostic::error_at(file, r.pos, format!("{what} is not shown in a quote"))
                .with_hint(hint)
                .warning()
        })
}

fn read_inner(file: &SourceFile, id: Id, problems: &mut Problems) -> Option<Testimonial> {
    let is_markdown = file.path.extension().is_some_and(|e| e == "md");
    let (yaml, yaml_line, body) = if is_markdown {
        match front_matter::split(&file.text) {
            Ok(s) => (s.yaml, s.yaml_line, Some((s.body, s.body_line))),
            Err(p) => {
                problems.push(p);
                return None;
            }
        }
    } else {
        (file.text.as_str(), 1, None)
    };
    let node = super::parse_yaml(yaml, yaml_line, problems)?;
    let mut f = Fields::of(&node, "the testimonial", problems)?;
    let anonymous = f.optional("anonymous", fields::boolean).unwrap_or(false);
    let author = if anonymous {
        f.optional("author", fields::nonempty_text)
    } else {
        f.required("author", fields::nonempty_text)
    };
    let role = if anonymous {
        f.required("role", fields::nonempty_text)
    } else {
        f.optional("role", fields::nonempty_text)
    };
    let relationship = f.optional("relationship", fields::nonempty_text);
    let date = f.optional("date", fields::date);
    let consent = f.optional("consent", consent).unwrap_or(Consent::Missing);
    let featured = f.optional("featured", fields::boolean).unwrap_or(false);
    let weight = f.optional("weight", fields::integer);
    let artefacts = f.list("artefacts", fields::id);
    let quote = match body {
        Some((body, _)) => Some(body.trim().to_owned()).filter(|q| !q.is_empty()),
        None => f.required("quote", fields::nonempty_text),
    };
    f.finish();
    let mut quote_refs = Vec::new();
    let quote = match (body, quote, node.get("quote")) {
        // Scanned where it is written, for positions; kept trimmed.
        (Some((body, line)), Some(text), _) => {
            quote_refs = scan_body(body, line, problems);
            Some(Narrative::new(text))
        }
        (None, Some(text), Some(field)) => {
            quote_refs = scan_field(&text, field.pos, &file.text, problems);
            Some(Narrative::new(text))
        }
        _ => None,
    };
    if is_markdown && quote.is_none() {
        problems.push(
            Problem::new(node.pos, "the testimonial has no quote")
                .hint("write the quote below the closing `---`"),
        );
    }
    if !anonymous && author.is_none() {
        return None;
    }
    Some(Testimonial {
        id,
        path: file.path.clone(),
        author,
        role,
        relationship,
        date,
        consent,
        anonymous,
        featured,
        weight,
        artefacts,
        quote: quote?,
        quote_refs,
    })
}

/// `consent: true | false | withdrawn | { given: DATE, until: DATE }`.
fn consent(node: &Node, problems: &mut Problems) -> Option<Consent> {
    let wanted = "`true`, `false`, `withdrawn`, or `{ given: 2025-01-15, until: 2026-06-30 }`";
    match &node.value {
        Value::Bool(true) => Some(Consent::Given {
            given: None,
            until: None,
        }),
        Value::Bool(false) => Some(Consent::Missing),
        Value::Str(s) if s.trim().eq_ignore_ascii_case("withdrawn") => Some(Consent::Withdrawn),
        Value::Map(_) => {
            let mut f = Fields::of(node, "`consent`", problems)?;
            let given = f.optional("given", fields::date);
            let until = f.optional("until", fields::date);
            f.finish();
            if let (Some(g), Some(u)) = (given, until) {
                if u.last_day_ordinal() < g.ordinal() {
                    problems.push(
                        Problem::new(node.pos, "consent ends before it is given")
                            .hint("`until` is the last day it holds; write it after `given`"),
                    );
                    return None;
                }
            }
            Some(Consent::Given { given, until })
        }
        _ => {
            problems.push(
                Problem::new(node.pos, format!("`consent` is {wanted}"))
                    .hint("`true` once written permission is on record"),
            );
            None
        }
    }
}
