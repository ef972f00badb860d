//! An artefact as a card in lists, and the parts of its own page.

use super::metric::{headline_view, HeadlineView};
use super::DateView;
use crate::model::{Artefact, Competency, Period, Status};
use crate::publish::Site;
use crate::view::urls;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct CompetencyChip {
    pub id: String,
    pub title: String,
    pub href: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FigureView {
    pub metric: String,
    pub href: String,
    pub headline: HeadlineView,
}

#[derive(Debug, Clone, Serialize)]
pub struct ArtefactCard {
    pub id: String,
    /// "E1", "E2" ... in portfolio order: how the matrix names columns.
    pub number: String,
    pub title: String,
    /// `short_title`, else the title: the matrix's column head.
    pub short_title: String,
    pub href: String,
    pub date: Option<DateView>,
    pub period: Option<String>,
    pub when: String,
    pub summary: Option<String>,
    pub role: Option<String>,
    pub competencies: Vec<CompetencyChip>,
    pub tags: Vec<String>,
    pub draft: bool,
    pub featured: bool,
    /// The headline of its first metric, if it has one.
    pub figure: Option<FigureView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AttachmentView {
    pub title: String,
    pub href: String,
    pub external: bool,
    pub kind: String,
}

pub fn period_text(p: &Period, l: &crate::i18n::Locale) -> String {
    let from = l.date(p.from);
    match p.to {
        Some(to) if to == p.from => from,
        Some(to) => l.t_with(
            "period-to",
            &[("from", from.into()), ("to", l.date(to).into())],
        ),
        None => l.t_with("period-present", &[("from", from.into())]),
    }
}

impl From<&Competency> for CompetencyChip {
    fn from(c: &Competency) -> Self {
        CompetencyChip {
            id: c.id.to_string(),
            title: c.title.clone(),
            href: urls::competency(c.id.as_str()),
        }
    }
}

pub fn chips(site: &Site<'_>, a: &Artefact) -> Vec<CompetencyChip> {
    site.framework
        .competencies
        .iter()
        .filter(|c| a.competencies.iter().any(|id| id.value == c.id))
        .map(CompetencyChip::from)
        .collect()
}

pub fn card(site: &Site<'_>, a: &Artefact, index: usize) -> ArtefactCard {
    let l = site.locale;
    let period = a.period.as_ref().map(|p| period_text(p, l));
    let date = a.date.map(|d| DateView::new(d, l));
    let when = match (&date, &period) {
        (_, Some(p)) => p.clone(),
        (Some(d), None) => d.text.clone(),
        (None, None) => String::new(),
    };
    let figure = a.metrics.iter().find_map(|id| {
        let m = site.metric(id.value.as_str())?;
        Some(FigureView {
            metric: m.title.to_owned(),
            href: urls::metric(m.id.as_str()),
            headline: headline_view(m)?,
        })
    });
    ArtefactCard {
        id: a.id.to_string(),
        number: l.t_with("evidence-number", &[("number", (index + 1).into())]),
        title: a.title.clone(),
        short_title: a.short_title.clone().unwrap_or_else(|| a.title.clone()),
        href: urls::artefact(a.id.as_str()),
        date,
        period,
        when,
        summary: a.summary.clone(),
        role: a.role.clone(),
        competencies: chips(site, a),
        tags: a.tags.clone(),
        draft: a.status == Status::Draft,
        featured: a.featured,
        figure,
    }
}

pub fn attachments(a: &Artefact) -> Vec<AttachmentView> {
    a.attachments
        .iter()
        .map(|att| {
            let external = att.path.value.starts_with("http");
            let kind = att
                .path
                .value
                .rsplit_once('.')
                .map(|(_, ext)| ext.to_ascii_uppercase());
            let kind = kind.filter(|k| {
                k.len() <= 4 && !external && !att.title.to_ascii_uppercase().contains(k.as_str())
            });
            AttachmentView {
                title: att.title.clone(),
                href: att.path.value.clone(),
                external,
                kind: kind.unwrap_or_default(),
            }
        })
        .collect()
}
