//! `sitemap.xml`: every page's shareable address.

use crate::output::escape::escape_html;
use crate::output::OutputFile;
use crate::view::urls;

/// Addresses are absolute when `base_url` is; otherwise they start at `/`, which is
/// what a site served at a domain root needs.
pub fn sitemap(base_url: &str, pages: &[&str]) -> OutputFile {
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    let mut pages: Vec<&str> = pages
        .iter()
        .copied()
        .filter(|p| *p != urls::NOT_FOUND)
        .collect();
    pages.sort_unstable();
    for page in pages {
        xml.push_str(&format!(
            "  <url><loc>{}</loc></url>\n",
            escape_html(&format!("{base_url}{}", urls::pretty(page)))
        ));
    }
    xml.push_str("</urlset>\n");
    OutputFile::text(urls::SITEMAP, xml)
}
