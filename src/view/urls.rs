//! Where each page lives in the site. Paths are relative to the site root and end in
//! `index.html`, so links work from a server, a sub-folder, or a zip opened from disk.

pub const HOME: &str = "index.html";
pub const EVIDENCE: &str = "evidence/index.html";
pub const MATRIX: &str = "matrix/index.html";
pub const IMPACT: &str = "impact/index.html";
pub const TESTIMONIALS: &str = "testimonials/index.html";
pub const ABOUT: &str = "about/index.html";
pub const PANEL: &str = "panel/index.html";
pub const PLAN: &str = "plan/index.html";
pub const SEARCH: &str = "search/index.html";
pub const NOT_FOUND: &str = "404.html";
pub const SITEMAP: &str = "sitemap.xml";

pub fn artefact(id: &str) -> String {
    format!("evidence/{id}/index.html")
}

pub fn competency(id: &str) -> String {
    format!("competencies/{id}/index.html")
}

pub fn chart(id: &str) -> String {
    format!("charts/{id}.svg")
}

/// Every value of a metric whose table is too long for a page, as CSV.
pub fn data(id: &str) -> String {
    format!("charts/{id}.csv")
}

/// The anchor of a metric on the impact page.
pub fn metric_anchor(id: &str) -> String {
    format!("metric-{id}")
}

pub fn metric(id: &str) -> String {
    format!("{IMPACT}#{}", metric_anchor(id))
}

/// The relative prefix from a page back to the site root: `evidence/x/index.html`
/// -> `../../`.
pub fn root_of(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// The address people share: `evidence/x/index.html` -> `evidence/x/`.
pub fn pretty(path: &str) -> &str {
    path.strip_suffix("index.html").unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_climb_to_the_site_root() {
        assert_eq!(root_of(HOME), "");
        assert_eq!(root_of(MATRIX), "../");
        assert_eq!(root_of(&artefact("x")), "../../");
        assert_eq!(pretty(&artefact("x")), "evidence/x/");
        assert_eq!(pretty(HOME), "");
    }
}
