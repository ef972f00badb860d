//! The career the about page and the panel pack show: the timeline, the present role
//! first, and the credentials, newest first.

use crate::publish::Site;
use serde::Serialize;

/// One role of the career timeline on `about.html`, newest first.
#[derive(Serialize)]
pub struct TimelineView {
    pub role: String,
    pub organisation: Option<String>,
    pub summary: Option<String>,
    pub from: String,
    pub from_iso: String,
    /// "present" for the current role.
    pub to: String,
    pub current: bool,
}

#[derive(Serialize)]
pub struct CredentialView {
    pub title: String,
    pub issuer: Option<String>,
    pub year: Option<i64>,
}

/// `about.html`.
#[derive(Serialize)]
pub struct About {
    pub timeline: Vec<TimelineView>,
    /// Newest first.
    pub credentials: Vec<CredentialView>,
}

/// The career timeline, the present role first, and the credentials, newest
/// first: the about page and the panel pack show them.
pub fn career(site: &Site<'_>) -> About {
    let settings = site.settings;
    let l = site.locale;
    let mut entries: Vec<&crate::model::TimelineEntry> = settings.timeline.iter().collect();
    entries.sort_by_key(|e| std::cmp::Reverse((e.to.is_none(), e.from)));
    let timeline = entries
        .into_iter()
        .map(|e| TimelineView {
            role: e.role.clone(),
            organisation: e.organisation.clone(),
            summary: e.summary.clone(),
            from: l.date(e.from),
            from_iso: e.from.iso(),
            to: e.to.map_or_else(|| l.t("present"), |d| l.date(d)),
            current: e.to.is_none(),
        })
        .collect();
    let mut credentials: Vec<CredentialView> = settings
        .credentials
        .iter()
        .map(|c| CredentialView {
            title: c.title.clone(),
            issuer: c.issuer.clone(),
            year: c.year,
        })
        .collect();
    credentials.sort_by_key(|c| std::cmp::Reverse(c.year));
    About {
        timeline,
        credentials,
    }
}
