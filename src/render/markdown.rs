//! One narrative to safe HTML for one page: Markdown with our extensions, `@/id`
//! links resolved against what is published, heading and footnote ids made unique,
//! raw HTML sanitised, and shortcodes' figures, which leadfolio's own templates make,
//! put in place without passing through the sanitiser.

use super::sanitize::{self, PLACEHOLDER};
use crate::syntax::id::slug;
use crate::syntax::narrative::Piece;
use crate::syntax::shortcode::Shortcode;
use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, Tag, TagEnd};
use std::borrow::Cow;
use std::collections::HashMap;

/// Where a narrative is shown.
pub struct Place<'a> {
    /// The way back to the site root from the page (`../../`).
    pub root: &'a str,
    /// Prepended to heading and footnote ids, so two narratives can share a page.
    pub id_prefix: &'a str,
    /// The smallest heading level the narrative may use (the page owns the `h1`).
    pub min_heading: u8,
    /// The page's language, for the words a task list's boxes say to a screen reader.
    pub locale: &'a crate::i18n::Locale,
}

/// What rendering a narrative needs from the published site.
pub struct Page<'a> {
    /// The site path of a published artefact, `None` if it is not published.
    pub artefact_path: &'a dyn Fn(&str) -> Option<String>,
    /// Writes the HTML of a shortcode, built by the caller from trusted templates.
    pub shortcode: &'a dyn Fn(&Shortcode, bool, &mut String),
}

/// Pieces as safe HTML at `place`, where they may neither link to an artefact nor
/// embed a figure: a quote, a showcase's introduction.
pub fn render_plain<P: AsPiece>(pieces: &[P], place: &Place<'_>) -> String {
    let page = Page {
        artefact_path: &|_: &str| None,
        shortcode: &|_: &Shortcode, _: bool, _: &mut String| {},
    };
    render(pieces, place, &page)
}

/// A narrative's `pieces`, parsed when it was loaded, as safe HTML at `place` on
/// `page`. The pieces may carry their source ranges or not.
pub fn render<P: AsPiece>(pieces: &[P], place: &Place<'_>, page: &Page<'_>) -> String {
    // Without raw HTML every tag is pulldown-cmark's own, every text escaped and every
    // URL checked here: the sanitiser would return the same markup, so it runs (it is
    // the costliest step) only when the author wrote HTML.
    let raw_html = pieces.iter().any(|p| {
        matches!(
            p.piece(),
            Piece::Markdown(Event::Html(_) | Event::InlineHtml(_))
        )
    });
    let mut ids: HashMap<String, usize> = HashMap::new();
    // Under the sanitiser, each figure waits in a placeholder element (below).
    let mut figures: Vec<String> = Vec::new();
    let mut events: Vec<Event<'_>> = Vec::with_capacity(pieces.len());
    // How each open link is closed.
    let mut open_links: Vec<bool> = Vec::new();
    let mut dropped_images: Vec<bool> = Vec::new();
    for (i, piece) in pieces.iter().enumerate() {
        let event = match piece.piece() {
            Piece::Shortcode { code, block } => {
                let mut html = String::new();
                (page.shortcode)(code, *block, &mut html);
                let html = if raw_html {
                    figures.push(html);
                    placeholder(figures.len() - 1)
                } else {
                    html
                };
                events.push(if *block {
                    Event::Html(format!("\n{html}\n").into())
                } else {
                    Event::InlineHtml(html.into())
                });
                continue;
            }
            Piece::Markdown(e) => borrowed(e),
        };
        match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let resolved = if dest_url.starts_with("@/") {
                    // Inside an image's text a link is only words.
                    resolve_link(&dest_url, place.root, page.artefact_path)
                        .filter(|_| dropped_images.is_empty())
                        .and_then(|url| safe_url(url.into(), place.root))
                } else {
                    safe_url(dest_url, place.root)
                };
                open_links.push(resolved.is_some());
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
                if open_links.pop().unwrap_or(false) {
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
                let safe = Some(dest_url)
                    .filter(|url| !url.is_empty())
                    .and_then(|url| safe_url(url, place.root));
                dropped_images.push(safe.is_none());
                if let Some(dest_url) = safe {
                    events.push(Event::Start(Tag::Image {
                        link_type,
                        dest_url,
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
                let text = heading_text(&pieces[i + 1..]);
                let base = id
                    .map(|s| slug(&s))
                    .filter(|s| !s.is_empty())
                    .unwrap_or_else(|| slug(&text));
                let unique = unique_id(
                    place.id_prefix,
                    if base.is_empty() { "section" } else { &base },
                    &mut ids,
                );
                events.push(Event::Start(Tag::Heading {
                    level: shift(level, place.min_heading),
                    id: Some(unique.into()),
                    classes: Vec::new(),
                    attrs: Vec::new(),
                }));
            }
            Event::End(TagEnd::Heading(level)) => {
                events.push(Event::End(TagEnd::Heading(shift(level, place.min_heading))))
            }
            Event::FootnoteReference(name) => {
                events.push(Event::FootnoteReference(footnote_id(place, &name).into()))
            }
            Event::Start(Tag::FootnoteDefinition(name)) => {
                let id = footnote_id(place, &name);
                *ids.entry(id.clone()).or_insert(0) = 1;
                events.push(Event::Start(Tag::FootnoteDefinition(id.into())));
            }
            // A box to see and a word to hear; the item loses its bullet (style.css),
            // so it shows one mark, not two.
            Event::TaskListMarker(done) => {
                let (mark, word) = if done {
                    ("☑", "task-done")
                } else {
                    ("☐", "task-to-do")
                };
                let word = crate::output::escape::escape_html(&place.locale.t(word));
                events.push(Event::InlineHtml(
                    format!("<span class=\"task-marker\" aria-hidden=\"true\">{mark}</span><span class=\"visually-hidden\">{word} </span> ").into(),
                ))
            }
            other => events.push(other),
        }
    }
    let mut html = String::with_capacity(events.len() * 24);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    if !raw_html {
        return html;
    }
    let clean = sanitize::clean(&html, place.root, ids);
    put_figures(&clean, &figures)
}

/// `e` with its text borrowed from the piece it is read from: the model's pieces own
/// their text, and copying it again for each page that shows it would only allocate.
fn borrowed<'a>(e: &'a Event<'_>) -> Event<'a> {
    let text = |s: &'a CowStr<'_>| CowStr::Borrowed(s);
    match e {
        Event::Text(t) => Event::Text(text(t)),
        Event::Code(t) => Event::Code(text(t)),
        Event::Html(t) => Event::Html(text(t)),
        Event::InlineHtml(t) => Event::InlineHtml(text(t)),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type: *link_type,
            dest_url: text(dest_url),
            title: text(title),
            id: text(id),
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type: *link_type,
            dest_url: text(dest_url),
            title: text(title),
            id: text(id),
        }),
        other => other.clone(),
    }
}

/// A narrative's piece, with or without the range of source it came from.
pub trait AsPiece {
    fn piece(&self) -> &Piece<'_>;
}

impl AsPiece for Piece<'_> {
    fn piece(&self) -> &Piece<'_> {
        self
    }
}

impl AsPiece for (Piece<'_>, std::ops::Range<usize>) {
    fn piece(&self) -> &Piece<'_> {
        &self.0
    }
}

/// Where the figure `n` of a narrative with raw HTML waits while the sanitiser runs:
/// an element it keeps (`sanitize.rs`), so the figure, made by leadfolio's own
/// templates, never passes through it. Raw HTML may write the same element, and so
/// can place one of its own narrative's figures (each shows once) and nothing else.
fn placeholder(n: usize) -> String {
    format!("<{PLACEHOLDER} data-n=\"{n}\"></{PLACEHOLDER}>")
}

/// `html` with each placeholder replaced by its figure: the first of each number, if
/// the narrative has that figure; any other is dropped.
fn put_figures(html: &str, figures: &[String]) -> String {
    let open = format!("<{PLACEHOLDER} data-n=\"");
    let close = format!("\"></{PLACEHOLDER}>");
    let mut shown = vec![false; figures.len()];
    let mut out =
        String::with_capacity(html.len() + figures.iter().map(String::len).sum::<usize>());
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        out.push_str(&rest[..start]);
        let after = &rest[start + open.len()..];
        let Some(end) = after.find(&close) else {
            rest = after;
            continue;
        };
        if let Ok(n) = after[..end].parse::<usize>() {
            if n < figures.len() && !shown[n] {
                shown[n] = true;
                out.push_str(&figures[n]);
            }
        }
        rest = &after[end + close.len()..];
    }
    out.push_str(rest);
    out
}

/// `url` as it may appear on the page at `root` ([`sanitize::safe_url`]), kept as
/// written when it needs no change: most do, and copying each cost 7% of compiling.
fn safe_url<'a>(url: CowStr<'a>, root: &str) -> Option<CowStr<'a>> {
    match sanitize::safe_url(&url, root)? {
        Cow::Borrowed(_) => Some(url),
        Cow::Owned(changed) => Some(changed.into()),
    }
}

/// `@/id#part` -> the artefact's page; `None` drops the link and keeps its text (the
/// artefact is not published).
fn resolve_link(
    url: &str,
    root: &str,
    artefact_path: &dyn Fn(&str) -> Option<String>,
) -> Option<String> {
    let rest = url.strip_prefix("@/")?;
    let (id, fragment) = rest
        .split_once('#')
        .map_or((rest, None), |(i, f)| (i, Some(f)));
    let path = artefact_path(id.trim_end_matches('/'))?;
    let fragment = fragment.map(|f| format!("#{f}")).unwrap_or_default();
    Some(format!("{root}{path}{fragment}"))
}

fn heading_text<P: AsPiece>(rest: &[P]) -> String {
    let mut text = String::new();
    for piece in rest {
        match piece.piece() {
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

fn footnote_id(place: &Place<'_>, name: &str) -> String {
    format!("{}fn-{}", place.id_prefix, slug(name))
}

/// The page's own title is the `h1`: a narrative's headings start at `min`, keeping
/// their hierarchy.
fn shift(level: HeadingLevel, min: u8) -> HeadingLevel {
    let n = (level as u8 + min.saturating_sub(2)).clamp(min, 6);
    HeadingLevel::try_from(n as usize).unwrap_or(HeadingLevel::H6)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render_simple(body: &str) -> String {
        let published = |id: &str| (id == "audit").then(|| "evidence/audit/index.html".to_owned());
        let shortcode = |s: &Shortcode, block: bool, out: &mut String| {
            out.push_str(&format!("<figure data-block=\"{block}\">{}</figure>", s.id));
        };
        let place = Place {
            root: "../../",
            id_prefix: "",
            min_heading: 2,
            locale: crate::i18n::Locale::english_shared(),
        };
        let page = Page {
            artefact_path: &published,
            shortcode: &shortcode,
        };
        render(&crate::syntax::narrative::parse(body).0, &place, &page)
    }

    #[test]
    fn extensions_render() {
        let html = render_simple("# Context\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n~~old~~ new[^1]\n\n- [x] done\n\n[^1]: A note.\n");
        assert!(html.contains(r#"<h2 id="context">Context</h2>"#), "{html}");
        assert!(html.contains("<table>"), "{html}");
        assert!(html.contains(r#"style="text-align: left""#), "{html}");
        assert!(html.contains("<del>old</del>"), "{html}");
        assert!(
            html.contains(r#"<li><span class="task-marker" aria-hidden="true">☑</span><span class="visually-hidden">Done: </span> done</li>"#),
            "one box to see, one word to hear: {html}"
        );
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
    fn artefact_links_are_made_inside_raw_html_and_left_as_text_in_an_image() {
        let html = render_simple("<em>see</em> [the audit](@/audit) [gone](@/secret)\n");
        assert!(
            html.contains(
                r#"<em>see</em> <a href="../../evidence/audit/index.html">the audit</a> gone"#
            ),
            "{html}"
        );
        let html = render_simple("![the [audit](@/audit) chart](https://e.org/a.png)\n");
        assert!(html.contains(r#"alt="the audit chart""#), "{html}");
        assert!(!html.contains("<a"), "{html}");
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
    fn a_users_characters_arrive_as_written() {
        let html = render_simple("a \u{FFFC}0\u{FFFC} b {{ chart(metric=\"m\") }}\n");
        assert!(html.contains("a \u{FFFC}0\u{FFFC} b"), "{html}");
        let html = render_simple("<b>raw</b> \u{FFFC} {{ metric(id=\"m\") }}\n");
        assert!(html.contains("\u{FFFC}"), "{html}");
        assert_eq!(html.matches("<figure").count(), 1, "{html}");
    }

    #[test]
    fn raw_html_can_place_only_its_own_figures_each_once() {
        let html = render_simple(
            "<lf-figure data-n=\"0\"></lf-figure> <lf-figure data-n=\"7\"></lf-figure>\n\n{{ chart(metric=\"m\") }}\n\n<lf-figure data-n=\"0\"></lf-figure>\n",
        );
        assert_eq!(html.matches("<figure").count(), 1, "{html}");
        assert!(!html.contains("lf-figure"), "{html}");
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
