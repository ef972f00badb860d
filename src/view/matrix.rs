//! The evidence matrix: competencies down, evidence across, gaps in plain sight unless
//! the candidate hides them.

use super::artefact::{ArtefactCard, CompetencyChip};
use crate::publish::Site;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct MatrixView {
    pub columns: Vec<MatrixColumn>,
    pub rows: Vec<MatrixRow>,
    pub covered: usize,
    pub total: usize,
    pub gaps: Vec<CompetencyChip>,
    /// Whether a column head shortens its title, so the full titles need a key.
    pub shortened: bool,
    /// Whether the portfolio has a plan: the matrix then shows its goals beside the
    /// evidence.
    pub planning: bool,
    /// `matrix: { gaps: hide }`: only the evidenced standards are rows, and no page
    /// counts the others.
    pub gaps_hidden: bool,
}

/// A piece of evidence as the matrix names it: only what a column and the key show,
/// so the matrix's thousands of columns stay cheap to pass to templates.
#[derive(Debug, Clone, Serialize)]
pub struct MatrixColumn {
    pub number: String,
    pub title: String,
    /// What the column head shows: the short title, else the title.
    pub short_title: String,
    pub href: String,
    pub draft: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct MatrixRow {
    pub competency: CompetencyChip,
    pub description: String,
    pub cells: Vec<bool>,
    pub count: usize,
    /// How many of the plan's goals aim at this competency.
    pub planned: usize,
}

pub fn matrix(site: &Site<'_>, cards: &[ArtefactCard]) -> MatrixView {
    let hide_gaps = site.settings.hide_gaps;
    let mut rows: Vec<MatrixRow> = site
        .framework
        .competencies
        .iter()
        .map(|c| {
            let cells: Vec<bool> = cards
                .iter()
                .map(|card| {
                    card.competencies
                        .iter()
                        .any(|chip| chip.id == c.id.as_str())
                })
                .collect();
            MatrixRow {
                competency: CompetencyChip::from(c),
                description: c.description.clone(),
                count: cells.iter().filter(|hit| **hit).count(),
                planned: site.plan.map_or(0, |plan| {
                    plan.goals()
                        .filter(|(_, g)| g.competencies.iter().any(|id| id.value == c.id))
                        .count()
                }),
                cells,
            }
        })
        .collect();
    if hide_gaps {
        rows.retain(|r| r.count > 0);
    }
    let gaps: Vec<CompetencyChip> = rows
        .iter()
        .filter(|r| r.count == 0)
        .map(|r| r.competency.clone())
        .collect();
    MatrixView {
        columns: cards
            .iter()
            .map(|card| MatrixColumn {
                number: card.number.clone(),
                title: card.title.clone(),
                short_title: card.short_title.clone(),
                href: card.href.clone(),
                draft: card.draft,
            })
            .collect(),
        shortened: cards.iter().any(|c| c.short_title != c.title),
        planning: site.plan.is_some(),
        gaps_hidden: hide_gaps,
        covered: rows.len() - gaps.len(),
        total: rows.len(),
        rows,
        gaps,
    }
}
