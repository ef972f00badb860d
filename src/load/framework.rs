//! The bundled frameworks, and frameworks a portfolio writes inline.

use crate::model::framework::Translation;
use crate::model::{Competency, Framework};
use crate::syntax::fields::{self, Fields, Problems};
use crate::syntax::id::Id;
use crate::syntax::yaml::Node;

/// The bundled frameworks, in the order `leadfolio frameworks` lists them.
const BUNDLED: [(&str, &str); 5] = [
    ("psel-2015", include_str!("../../frameworks/psel-2015.yaml")),
    (
        "uk-headteachers-2020",
        include_str!("../../frameworks/uk-headteachers-2020.yaml"),
    ),
    (
        "aitsl-principal",
        include_str!("../../frameworks/aitsl-principal.yaml"),
    ),
    (
        "ontario-olf",
        include_str!("../../frameworks/ontario-olf.yaml"),
    ),
    ("generic", include_str!("../../frameworks/generic.yaml")),
];

pub const DEFAULT: &str = "generic";

pub fn bundled_ids() -> impl Iterator<Item = &'static str> {
    BUNDLED.iter().map(|(id, _)| *id)
}

/// A bundled framework by id. The files ship inside the binary and a unit test reads
/// every one, so `None` means only "no such id".
pub fn bundled(id: &str) -> Option<Framework> {
    let (_, text) = BUNDLED.iter().find(|(i, _)| *i == id)?;
    let node = crate::syntax::yaml::parse(text, 1).ok()?;
    let mut problems = Vec::new();
    let framework = read(&node, &mut problems)?;
    problems.is_empty().then_some(framework)
}

pub fn all_bundled() -> Vec<Framework> {
    bundled_ids().filter_map(bundled).collect()
}

/// A framework written as YAML (bundled file or inline in `portfolio.yaml`).
pub fn read(node: &Node, problems: &mut Problems) -> Option<Framework> {
    let mut f = Fields::of(node, "the framework", problems)?;
    let id = f.optional("id", fields::text);
    let name = f.required("name", fields::nonempty_text);
    let source = f.optional("source", fields::text);
    let competencies = f.required("competencies", |n, p| {
        Some(fields::list_of(n, p, competency))
    });
    let language = f.optional("language", fields::language);
    let translations = f.list("translations", translation);
    f.finish();
    let competencies = competencies?;
    if competencies.is_empty() {
        problems.push(
            fields::Problem::new(node.pos, "the framework has no competencies")
                .hint("list at least one under `competencies:`"),
        );
        return None;
    }
    let mut seen: Vec<&Id> = Vec::new();
    for (c, pos) in &competencies {
        if seen.contains(&&c.id) {
            problems.push(fields::Problem::new(
                *pos,
                format!("the competency id `{}` is used twice", c.id),
            ));
        }
        seen.push(&c.id);
    }
    Some(Framework {
        id,
        name: name?,
        source,
        competencies: competencies.into_iter().map(|(c, _)| c).collect(),
        language,
        translations,
    })
}

/// `translations:` items: a language and the framework's words in it.
fn translation(node: &Node, problems: &mut Problems) -> Option<Translation> {
    let mut f = Fields::of(node, "a translation", problems)?;
    let language = f.required("language", fields::language);
    let name = f.required("name", fields::nonempty_text);
    let source = f.optional("source", fields::text);
    let competencies = f.list("competencies", |n, p| competency(n, p).map(|(c, _)| c));
    f.finish();
    Some(Translation {
        language: language?.to_ascii_lowercase(),
        name: name?,
        source,
        competencies,
    })
}

fn competency(
    node: &Node,
    problems: &mut Problems,
) -> Option<(Competency, crate::diagnostic::source_file::Pos)> {
    let mut f = Fields::of(node, "a competency", problems)?;
    let id = f.required("id", fields::id);
    let title = f.required("title", fields::nonempty_text);
    let description = f.optional("description", fields::text).unwrap_or_default();
    f.finish();
    let id = id?;
    Some((
        Competency {
            id: id.value,
            title: title?,
            description,
        },
        id.pos,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_framework_loads_with_the_documented_ids() {
        let expect = [
            (
                "psel-2015",
                10,
                "mission-vision-values",
                "school-improvement",
            ),
            (
                "uk-headteachers-2020",
                10,
                "school-culture",
                "governance-accountability",
            ),
            (
                "aitsl-principal",
                5,
                "teaching-learning",
                "community-engagement",
            ),
            (
                "ontario-olf",
                5,
                "setting-directions",
                "securing-accountability",
            ),
            ("generic", 6, "vision", "operations"),
        ];
        for (id, count, first, last) in expect {
            let f = bundled(id).unwrap_or_else(|| panic!("{id} does not load"));
            assert_eq!(f.competencies.len(), count, "{id}");
            assert_eq!(f.competencies.first().unwrap().id.as_str(), first);
            assert_eq!(f.competencies.last().unwrap().id.as_str(), last);
            assert!(
                f.competencies.iter().all(|c| !c.description.is_empty()),
                "{id}"
            );
        }
    }
}
