//! A testimonial: what a colleague says, and whether we may publish it.

use crate::syntax::date::PartialDate;
use crate::syntax::fields::Spanned;
use crate::syntax::id::Id;
use std::path::PathBuf;

#[derive(Debug)]
pub struct Testimonial {
    pub id: Id,
    pub path: PathBuf,
    /// Absent only for anonymous testimonials; never published when `anonymous`.
    pub author: Option<String>,
    pub role: Option<String>,
    pub relationship: Option<String>,
    pub date: Option<PartialDate>,
    /// Whether written permission is on record, and for how long; without it the
    /// testimonial is never published.
    pub consent: Consent,
    pub anonymous: bool,
    pub featured: bool,
    /// Order among testimonials alike in `featured`: lowest first, then those without.
    pub weight: Option<i64>,
    pub artefacts: Vec<Spanned<Id>>,
    /// The quote, parsed from its Markdown.
    pub quote: super::Narrative,
    /// What the quote links to and embeds.
    pub quote_refs: Vec<super::BodyRef>,
}

/// A testimonial's `consent:`: `true`, `false`, `withdrawn`, or given for a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consent {
    /// `false`, or not written.
    Missing,
    /// `true`, or `{ given: DATE, until: DATE }` (each optional).
    Given {
        given: Option<PartialDate>,
        until: Option<PartialDate>,
    },
    Withdrawn,
}

/// Whether consent lets a testimonial be published on a day, and if not, why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentOn {
    Holds,
    Missing,
    Withdrawn,
    /// Past its `until`.
    Ended(PartialDate),
    /// Before its `given`.
    NotYet(PartialDate),
}

impl Consent {
    /// On `today`: consent given on a day holds from that day, and consent until a
    /// day, a month or a year holds through the whole of it.
    pub fn on(&self, today: PartialDate) -> ConsentOn {
        match *self {
            Consent::Missing => ConsentOn::Missing,
            Consent::Withdrawn => ConsentOn::Withdrawn,
            Consent::Given { given, until } => {
                let day = today.ordinal();
                if let Some(given) = given.filter(|g| g.ordinal() > day) {
                    return ConsentOn::NotYet(given);
                }
                match until.filter(|u| u.last_day_ordinal() < day) {
                    Some(until) => ConsentOn::Ended(until),
                    None => ConsentOn::Holds,
                }
            }
        }
    }

    /// Whether consent was given at all, whatever the day.
    pub fn is_given(&self) -> bool {
        matches!(self, Consent::Given { .. })
    }
}
