//! Reading a testimonial, as YAML or as Markdown with front matter.

use crate::diagnostic::Diagnostic;
use crate::fields::{self, Fields, Problem, Problems};
use crate::front_matter;
use crate::id::Id;
use crate::model::Testimonial;
use crate::source_file::SourceFile;

pub fn read(file: &SourceFile, id: Id, diags: &mut Vec<Diagnostic>) -> Option<Testimonial> {
    let mut problems = Vec::new();
    let testimonial = read_inner(file, id, &mut problems);
    diags.extend(problems.into_iter().map(|p| p.into_diagnostic(file)));
    testimonial
}

fn read_inner(file: &SourceFile, id: Id, problems: &mut Problems) -> Option<Testimonial> {
    let is_markdown = file.path.extension().is_some_and(|e| e == "md");
    let (yaml, yaml_line, body) = if is_markdown {
        match front_matter::split(&file.text) {
            Ok(s) => (s.yaml, s.yaml_line, Some(s.body)),
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
    let consent = f.optional("consent", fields::boolean).unwrap_or(false);
    let featured = f.optional("featured", fields::boolean).unwrap_or(false);
    let artefacts = f.list("artefacts", fields::id);
    let quote = match body {
        Some(body) => Some(body.trim().to_owned()).filter(|q| !q.is_empty()),
        None => f.required("quote", fields::nonempty_text),
    };
    f.finish();
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
        artefacts,
        quote: quote?,
    })
}
