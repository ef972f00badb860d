//! One narrative to safe HTML: Markdown with our extensions, `@/id` links resolved,
//! heading and footnote ids made unique, raw HTML sanitised, and shortcodes put in
//! place last, so their trusted HTML never passes through (or around) the sanitiser.

use super::sanitize;
use crate::id::slug;
use crate::mark::MARK;
use crate::narrative::{self, Piece};
use crate::shortcode::Shortcode;
use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, Tag, TagEnd};
use std::collections::HashMap;

/// What a narrative needs from the page it is rendered into.
pub struct Page<'a> {
    /// The way back to the site root from this page (`../../`).
    pub root: &'a str,
    /// Prepended to heading and footnote ids, so two narratives can share a page.
    pub id_prefix: &'a str,
    /// The smallest heading level the narrative may use (the page owns the `h1`).
    pub min_heading: u8,
    /// The site path of a published artefact, `None` if it is not published.
    pub artefact_path: &'a dyn Fn(&str) -> Option<String>,
    /// Writes the HTML of a shortcode, built by the caller from trusted templates.
    pub shortcode: &'a dyn Fn(&Shortcode, bool, &mut String),
}

pub fn render(body: &str, page: &Page<'_>) -> String {
    let (mut pieces, _broken) = narrative::parse(body);
    let seal = seal_of(body);
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut shortcodes: Vec<(Shortcode, bool)> = Vec::new();
    let mut events: Vec<Event<'_>> = Vec::with_capacity(pieces.len());
    let mut dropped_links: Vec<bool> = Vec::new();
    let mut dropped_images: Vec<bool> = Vec::new();
    let mut raw_html = false;
    let mut i = 0;
    while i < pieces.len() {
        // Taken, not cloned: only the pieces after it are read again (a heading's text).
        let piece = std::mem::replace(&mut pieces[i].0, Piece::Markdown(Event::Rule));
        i += 1;
        let event = match piece {
            Piece::Shortcode { code, block } => {
                // Marks where the shortcode goes until the sanitiser has run.
                let marker = format!("{MARK}{}.{seal:016x}{MARK}", shortcodes.len());
                shortcodes.push((code, block));
                events.push(if block {
                    Event::Html(format!("\n{marker}\n").into())
                } else {
                    Event::Text(marker.into())
                });
                continue;
            }
            Piece::Markdown(e) => e,
        };
        match event {
            Event::Html(_) | Event::InlineHtml(_) => {
                raw_html = true;
                events.push(event);
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let resolved = resolve_link(&dest_url, page);
                let resolved = resolved.and_then(|url| {
                    sanitize::safe_url(&url, page.root).map(|u| CowStr::from(u.into_owned()))
                });
                dropped_links.push(resolved.is_none());
                if let Some(dest_url) = resolved {
                    events.push(Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }));
                }
            }
            Event::End(TagEnd::Link) => {
                if !dropped_links.pop().unwrap_or(false) {
                    events.push(Event::End(TagEnd::Link));
                }
            }
            // An image whose source may not be shown becomes its text alternative.
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let safe = Some(dest_url.as_ref())
                    .filter(|url| !url.is_empty())
                    .and_then(|url| sanitize::safe_url(url, page.root));
                dropped_images.push(safe.is_none());
                if let Some(url) = safe {
                    events.push(Event::Start(Tag::Image {
                        link_type,
                        dest_url: url.into_owned().into(),
                        title,
                        id,
                    }));
                }
            }
            Event::End(TagEnd::Image) => {
                if !dropped_images.pop().unwrap_or(false) {
                    events.push(Event::End(TagEnd::Image));
                }
            }
            // Classes and attributes on headings and code would be stripped by the
            // sanitiser anyway; dropping them here makes both ways give the same HTML.
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_))) => events.push(Event::Start(
                Tag::CodeBlock(CodeBlockKind::Fenced("".into())),
            )),
            Event::Start(Tag::Heading { level, id, .. }) => {
                let text = heading_text(&pieces[i..]);
                let base = id
                    .map(|s| slug(&s))
                    .filter(|s| !s.is_empty())
                    .unwrap_or_else(|| slug(&text));
                let unique = unique_id(
                    page.id_prefix,
                    if base.is_empty() { "section" } else { &base },
                    &mut ids,
                );
                events.push(Event::Start(Tag::Heading {
                    level: shift(level, page.min_heading),
                    id: Some(unique.into()),
                    classes: Vec::new(),
                    attrs: Vec::new(),
                }));
            }
            Event::End(TagEnd::Heading(level)) => {
                events.push(Event::End(TagEnd::Heading(shift(level, page.min_heading))))
            }
            Event::FootnoteReference(name) => {
                events.push(Event::FootnoteReference(footnote_id(page, &name).into()))
            }
            Event::Start(Tag::FootnoteDefinition(name)) => {
                let id = footnote_id(page, &name);
                *ids.entry(id.clone()).or_insert(0) = 1;
                events.push(Event::Start(Tag::FootnoteDefinition(id.into())));
            }
            Event::TaskListMarker(done) => {
                events.push(Event::Text(if done { "☑ " } else { "☐ " }.into()))
            }
            other => events.push(other),
        }
    }
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    // Without raw HTML every tag is pulldown-cmark's own, every text escaped and every
    // URL checked above: the sanitiser would return the same markup, so it only runs
    // (and it is the costliest step) when the author wrote HTML.
    if raw_html {
        html = sanitize::clean(&html, page.root, ids);
    }
    substitute(html, &shortcodes, seal, page)
}

/// A shortcode's mark carries a seal made from the narrative it is in. Raw HTML may
/// spell the mark character as an entity, which the sanitiser decodes; text cannot
/// carry the seal of the very text it is part of, so it cannot pose as a shortcode.
fn seal_of(body: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    body.hash(&mut hasher);
    hasher.finish()
}

/// `@/id#part` -> the artefact's page; `None` drops the link and keeps its text (the
/// artefact is not published). Other URLs are returned as written.
fn resolve_link<'a>(url: &CowStr<'a>, page: &Page<'_>) -> Option<CowStr<'a>> {
    let Some(rest) = url.strip_prefix("@/") else {
        return Some(url.clone());
    };
    let (id, fragment) = rest
        .split_once('#')
        .map_or((rest, None), |(i, f)| (i, Some(f)));
    let path = (page.artefact_path)(id.trim_end_matches('/'))?;
    let fragment = fragment.map(|f| format!("#{f}")).unwrap_or_default();
    Some(format!("{}{path}{fragment}", page.root).into())
}

fn heading_text(rest: &[(Piece<'_>, std::ops::Range<usize>)]) -> String {
    let mut text = String::new();
    for (piece, _) in rest {
        match piece {
            Piece::Markdown(Event::End(TagEnd::Heading(_))) => break,
            Piece::Markdown(Event::Text(t) | Event::Code(t)) => text.push_str(t),
            _ => {}
        }
    }
    text
}

/// Template ids start with `lf-`; narrative ids never do, so they cannot collide.
fn unique_id(prefix: &str, base: &str, ids: &mut HashMap<String, usize>) -> String {
    let base = if base.starts_with("lf-") {
        format!("h-{base}")
    } else {
        base.to_owned()
    };
    let mut candidate = format!("{prefix}{base}");
    let mut n = 1;
    while ids.contains_key(&candidate) {
        candidate = format!("{prefix}{base}-{n}");
        n += 1;
    }
    ids.insert(candidate.clone(), 1);
    candidate
}

fn footnote_id(page: &Page<'_>, name: &str) -> String {
    format!("{}fn-{}", page.id_prefix, slug(name))
}

/// The page's own title is the `h1`: a narrative's headings start at `min`, keeping
/// their hierarchy.
fn shift(level: HeadingLevel, min: u8) -> HeadingLevel {
    let n = (level as u8 + min.saturating_sub(2)).clamp(min, 6);
    HeadingLevel::try_from(n as usize).unwrap_or(HeadingLevel::H6)
}

fn substitute(
    html: String,
    shortcodes: &[(Shortcode, bool)],
    seal: u64,
    page: &Page<'_>,
) -> String {
    if shortcodes.is_empty() {
        return html;
    }
    let seal = format!(".{seal:016x}");
    let mut out = String::with_capacity(html.len());
    let mut rest = html.as_str();
    while let Some(start) = rest.find(MARK) {
        out.push_str(&rest[..start]);
        let after = &rest[start + MARK.len_utf8()..];
        let sealed = after.find(MARK).and_then(|end| {
            let index = after[..end].strip_suffix(seal.as_str())?;
            Some((shortcodes.get(index.parse::<usize>().ok()?)?, end))
        });
        match sealed {
            Some(((code, block), end)) => {
                (page.shortcode)(code, *block, &mut out);
                rest = &after[end + MARK.len_utf8()..];
            }
            // Not one of ours: a stray mark is dropped, the text after it kept.
            None => rest = after,
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render_simple(body: &str) -> String {
        let published = |id: &str| (id == "audit").then(|| "evidence/audit/index.html".to_owned());
        let shortcode = |s: &Shortcode, block: bool, out: &mut String| {
            out.push_str(&format!("<figure data-block=\"{block}\">{}</figure>", s.id));
        };
        let page = Page {
            root: "../../",
            id_prefix: "",
            min_heading: 2,
            artefact_path: &published,
            shortcode: &shortcode,
        };
        render(body, &page)
    }

    #[test]
    fn extensions_render() {
        let html = render_simple("# Context\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n~~old~~ new[^1]\n\n- [x] done\n\n[^1]: A note.\n");
        assert!(html.contains(r#"<h2 id="context">Context</h2>"#), "{html}");
        assert!(html.contains("<table>"), "{html}");
        assert!(html.contains(r#"style="text-align: left""#), "{html}");
        assert!(html.contains("<del>old</del>"), "{html}");
        assert!(html.contains("☑ done"), "{html}");
        assert!(html.contains(r#"id="fn-1""#), "{html}");
    }

    #[test]
    fn artefact_links_resolve_or_become_text() {
        let html = render_simple("See [the audit](@/audit#findings) and [the draft](@/secret).\n");
        assert!(
            html.contains(r#"<a href="../../evidence/audit/index.html#findings">the audit</a>"#),
            "{html}"
        );
        assert!(html.contains("and the draft."), "{html}");
        assert!(!html.contains("secret"), "{html}");
    }

    #[test]
    fn shortcodes_are_placed_after_sanitising() {
        let html = render_simple("Intro\n\n{{ chart(metric=\"growth\") }}\n\n<script>x</script>\n");
        assert!(
            html.contains(r#"<figure data-block="true">growth</figure>"#),
            "{html}"
        );
        assert!(!html.contains("<script"), "{html}");
    }

    #[test]
    fn without_raw_html_urls_attributes_and_images_are_still_made_safe() {
        let html = render_simple(
            "## Plan {.evil data-x=1}\n\n[click](javascript:alert(1)) [mail](mailto:a@e.org) [doc](assets/p.pdf)\n\n![chart](javascript:x) ![](<>) ![ok](assets/a.png)\n\n```js\nlet a = 1;\n```\n",
        );
        assert!(html.contains(r#"<h2 id="plan">Plan</h2>"#), "{html}");
        assert!(html.contains("<p>click "), "{html}");
        assert!(
            html.contains(r#"<a href="mailto:a@e.org">mail</a>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<a href="../../assets/p.pdf">doc</a>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<img src="../../assets/a.png" alt="ok" />"#),
            "{html}"
        );
        assert!(html.contains("<p>chart  <img"), "{html}");
        assert!(html.contains("<pre><code>let a = 1;"), "{html}");
        for bad in ["javascript", "evil", "data-x", "language-js", r#"src="""#] {
            assert!(!html.contains(bad), "{bad} survived: {html}");
        }
    }

    #[test]
    fn raw_html_takes_the_same_rules_through_the_sanitiser() {
        let html =
            render_simple("<em>hi</em> [click](javascript:alert(1)) ![chart](javascript:x)\n");
        assert!(html.contains("<em>hi</em> click chart"), "{html}");
    }

    #[test]
    fn user_text_cannot_forge_a_shortcode_marker() {
        let html =
            render_simple("{{ chart(metric=\"m\") }}\n\na &#xFFFC;0&#xFFFC; `\u{FFFC}0\u{FFFC}` b");
        assert_eq!(html.matches("<figure").count(), 1, "{html}");
        // Raw HTML goes through the sanitiser, which decodes an entity in an attribute.
        let html = render_simple(
            "{{ chart(metric=\"m\") }}\n\n<img src=\"a.png\" alt=\"&#xFFFC;0&#65532; &#xFFFC;\">\n",
        );
        assert_eq!(html.matches("<figure").count(), 1, "{html}");
        assert!(!html.contains(MARK), "{html}");
    }

    #[test]
    fn duplicate_headings_get_distinct_ids() {
        let html = render_simple("## Notes\n\n## Notes\n\n## lf-main\n");
        assert!(
            html.contains(r#"id="notes""#) && html.contains(r#"id="notes-1""#),
            "{html}"
        );
        assert!(html.contains(r#"id="h-lf-main""#), "{html}");
    }
}
