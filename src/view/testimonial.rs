//! A testimonial as shown: who said it (by role alone when anonymous), when, and the
//! pieces it speaks of. Each renderer writes the quote itself its own way.

use super::{DateView, LinkView};
use crate::publish::{PublishedTestimonial, Site};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct TestimonialView {
    pub id: String,
    /// The name, or "A Grade 4 teacher" when anonymous.
    pub attribution: String,
    pub role: Option<String>,
    pub relationship: Option<String>,
    pub date: Option<DateView>,
    pub anonymous: bool,
    pub artefacts: Vec<LinkView>,
}

pub fn testimonial_view(site: &Site<'_>, t: &PublishedTestimonial<'_>) -> TestimonialView {
    let attribution = match (t.author, t.role) {
        (Some(name), _) => name.to_owned(),
        (None, Some(role)) => role.to_owned(),
        (None, None) => site.locale.t("a-colleague"),
    };
    TestimonialView {
        id: t.id.to_string(),
        attribution,
        role: if t.author.is_some() {
            t.role.map(str::to_owned)
        } else {
            None
        },
        relationship: t.relationship.map(str::to_owned),
        date: t.date.map(|d| DateView::new(d, site.locale)),
        anonymous: t.author.is_none(),
        artefacts: t
            .artefacts
            .iter()
            .filter_map(|id| site.artefact(id.as_str()))
            .map(LinkView::from)
            .collect(),
    }
}

/// The testimonials shown with an artefact: those it lists, then those that name it,
/// except those its narrative or reflection already quotes: a page shows each quote
/// once.
pub fn for_artefact<'s, 'a>(
    site: &'s Site<'a>,
    a: &crate::model::Artefact,
) -> Vec<&'s PublishedTestimonial<'a>> {
    let quoted = |id: &str| {
        a.refs
            .iter()
            .any(|r| r.kind == crate::model::RefKind::Testimonial && r.target == id)
    };
    let listed = a
        .testimonials
        .iter()
        .filter_map(|id| site.testimonial(id.value.as_str()));
    let mut out: Vec<&PublishedTestimonial<'_>> = Vec::new();
    for t in listed.chain(site.testimonials_naming(a.id.as_str())) {
        if !quoted(t.id.as_str()) && !out.iter().any(|o| o.id == t.id) {
            out.push(t);
        }
    }
    out
}
