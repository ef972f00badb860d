//! One narrative to safe HTML: Markdown with our extensions, `@/id` links resolved,
//! heading and footnote ids made unique, raw HTML sanitised, and shortcodes put in
//! place last, so their trusted HTML never passes through (or around) the sanitiser.

use super::sanitize;
use crate::id::slug;
use crate::mark::{each_hole, Strays, MARK};
use crate::narrative::{self, Piece};
use crate::shortcode::Shortcode;
use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, Tag, TagEnd};
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasher as _;
use std::ops::Range;
use std::sync::LazyLock;

/// Where a narrative is shown, which decides its HTML before publishing does.
pub struct Place<'a> {
    /// The way back to the site root from the page (`../../`).
    pub root: &'a str,
    /// Prepended to heading and footnote ids, so two narratives can share a page.
    pub id_prefix: &'a str,
    /// The smallest heading level the narrative may use (the page owns the `h1`).
    pub min_heading: u8,
}

impl<'a> Place<'a> {
    /// An artefact's narrative on its own page, whose `h1` is the artefact's title.
    pub fn artefact_page(root: &'a str) -> Self {
        Place {
            root,
            id_prefix: "",
            min_heading: 2,
        }
    }
}

/// What filling a compiled narrative needs from the build.
pub struct Page<'a> {
    /// The site path of a published artefact, `None` if it is not published.
    pub artefact_path: &'a dyn Fn(&str) -> Option<String>,
    /// Writes the HTML of a shortcode, built by the caller from trusted templates.
    pub shortcode: &'a dyn Fn(&Shortcode, bool, &mut String),
}

/// A narrative as HTML for one [`Place`], with holes where publishing decides: links
/// to artefacts (a link to one that is not published becomes its text) and
/// shortcodes. The loader compiles each artefact's narrative for its own page while it
/// has it parsed, so a build parses a narrative once.
#[derive(Debug, Clone)]
pub struct Compiled {
    html: String,
    root: String,
    /// The `@/` links, by hole: each link's opening event as written.
    links: Vec<Event<'static>>,
    shortcodes: Vec<(Shortcode, bool)>,
    /// When the author wrote raw HTML, the sanitiser runs as the holes are filled (it
    /// must see the links), keeping only these ids.
    sanitise: Option<HashMap<String, usize>>,
}

/// `body` as safe HTML at `place`.
pub fn render(body: &str, place: &Place<'_>, page: &Page<'_>) -> String {
    compile_text(body, place).fill(page)
}

/// [`compile`] for Markdown not parsed before (all but narratives, which the loader
/// parses for their references).
pub fn compile_text(body: &str, place: &Place<'_>) -> Compiled {
    compile(body, narrative::parse(body).0, place)
}

/// `text` as safe HTML at `place`, where it may neither link to an artefact nor embed
/// a figure: a quote, a showcase's introduction.
pub fn render_plain(text: &str, place: &Place<'_>) -> String {
    let page = Page {
        artefact_path: &|_: &str| None,
        shortcode: &|_: &Shortcode, _: bool, _: &mut String| {},
    };
    render(text, place, &page)
}

/// The HTML of `body`, whose `pieces` are given, for `place`.
pub fn compile(body: &str, pieces: Vec<(Piece<'_>, Range<usize>)>, place: &Place<'_>) -> Compiled {
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut shortcodes: Vec<(Shortcode, bool)> = Vec::new();
    let mut links: Vec<Event<'static>> = Vec::new();
    let mut events: Vec<Event<'_>> = Vec::with_capacity(pieces.len());
    // How each open link is closed.
    let mut open_links: Vec<Close> = Vec::new();
    let mut dropped_images: Vec<bool> = Vec::new();
    let mut raw_html = false;
    let mut pieces = pieces.into_iter();
    // Each piece is moved out once; a heading reads the pieces after it for its text.
    while let Some((piece, _)) = pieces.next() {
        let event = match piece {
            Piece::Shortcode { code, block } => {
                // Marks where the shortcode goes until the sanitiser has run.
                let marker = mark(&shortcodes.len().to_string());
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
            // Whether an artefact is published is decided after loading: a hole.
            Event::Start(Tag::Link { ref dest_url, .. })
                if dest_url.starts_with("@/") && dropped_images.is_empty() =>
            {
                let hole = links.len().to_string();
                events.push(Event::Html(mark(&format!("a{hole}")).into()));
                open_links.push(Close::Hole(mark(&format!("/a{hole}"))));
                links.push(event.into_static());
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let resolved = safe_url(dest_url, place.root);
                open_links.push(if resolved.is_some() {
                    Close::Tag
                } else {
                    Close::Nothing
                });
                if let Some(dest_url) = resolved {
                    events.push(Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }));
                }
            }
            Event::End(TagEnd::Link) => match open_links.pop() {
                Some(Close::Tag) => events.push(Event::End(TagEnd::Link)),
                Some(Close::Hole(mark)) => events.push(Event::Html(mark.into())),
                Some(Close::Nothing) | None => {}
            },
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
                let text = heading_text(pieces.as_slice());
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
            Event::TaskListMarker(done) => events.push(Event::InlineHtml(
                if done {
                    "<span class=\"task-marker\" aria-hidden=\"true\">☑</span><span class=\"visually-hidden\">Done: </span> "
                } else {
                    "<span class=\"task-marker\" aria-hidden=\"true\">☐</span><span class=\"visually-hidden\">To do: </span> "
                }
                .into(),
            )),
            other => events.push(other),
        }
    }
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    Compiled {
        html,
        root: place.root.to_owned(),
        links,
        shortcodes,
        // Without raw HTML every tag is pulldown-cmark's own, every text escaped and
        // every URL checked above: the sanitiser would return the same markup, so it
        // only runs (and it is the costliest step) when the author wrote HTML.
        sanitise: raw_html.then_some(ids),
    }
}

/// How a link in a narrative is closed: a dropped link (an unsafe URL) keeps only
/// its text, and a link to an artefact is closed by a hole as it was opened by one.
enum Close {
    Tag,
    Hole(String),
    Nothing,
}

impl Compiled {
    /// The way back to the site root from the page it was compiled for.
    pub fn root(&self) -> &str {
        &self.root
    }

    /// The HTML with its holes filled for `page`.
    pub fn fill(&self, page: &Page<'_>) -> String {
        let linked = self.fill_links(page);
        let html = match &self.sanitise {
            Some(ids) => Cow::Owned(sanitize::clean(&linked, &self.root, ids.clone())),
            None => linked,
        };
        self.fill_shortcodes(html, page)
    }

    /// Each `@/` link made, or left out when its artefact is not published.
    fn fill_links(&self, page: &Page<'_>) -> Cow<'_, str> {
        if self.links.is_empty() {
            return Cow::Borrowed(&self.html);
        }
        let made: Vec<Option<String>> = self
            .links
            .iter()
            .map(|link| self.open_tag(link, page))
            .collect();
        let mut out = String::with_capacity(self.html.len() + 64 * made.len());
        // Shortcodes' marks are kept for `fill_shortcodes`.
        each_hole(&self.html, &mut out, Strays::Keep, |name, out| {
            let name = unsealed(name)?;
            let (closing, index) = match name.strip_prefix("/a") {
                Some(index) => (true, index),
                None => (false, name.strip_prefix('a')?),
            };
            if let Some(open) = made.get(index.parse::<usize>().ok()?)?.as_deref() {
                out.push_str(if closing { "</a>" } else { open });
            }
            Some(())
        });
        Cow::Owned(out)
    }

    /// Each shortcode's figure put in place; a stray mark is dropped.
    fn fill_shortcodes(&self, html: Cow<'_, str>, page: &Page<'_>) -> String {
        if self.shortcodes.is_empty() {
            return html.into_owned();
        }
        let mut out = String::with_capacity(html.len() + FIGURE_ROOM * self.shortcodes.len());
        each_hole(&html, &mut out, Strays::Drop, |name, out| {
            let index = unsealed(name)?;
            let (code, block) = self.shortcodes.get(index.parse::<usize>().ok()?)?;
            (page.shortcode)(code, *block, out);
            Some(())
        });
        out
    }

    /// `<a href="...">` for a link to an artefact, if it is published; written by
    /// pulldown-cmark, as every other link is.
    fn open_tag(&self, link: &Event<'static>, page: &Page<'_>) -> Option<String> {
        let Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) = link
        else {
            return None;
        };
        let url = resolve_link(dest_url, &self.root, page.artefact_path)?;
        let event = Event::Start(Tag::Link {
            link_type: *link_type,
            dest_url: safe_url(url.into(), &self.root)?,
            title: title.clone(),
            id: id.clone(),
        });
        let mut tag = String::new();
        pulldown_cmark::html::push_html(&mut tag, std::iter::once(event));
        Some(tag)
    }
}

/// Room made for each shortcode's figure as a narrative is filled in: a chart with
/// its data table runs to several kilobytes, often more than the narrative around it,
/// and growing the page's text for it would copy the text so far.
const FIGURE_ROOM: usize = 8 * 1024;

/// A hole's mark: its name and the seal between two [`MARK`]s.
fn mark(name: &str) -> String {
    format!("{MARK}{name}.{}{MARK}", *SEAL)
}

/// The name of a hole whose mark carries the seal; `None` for any other mark.
fn unsealed(name: &str) -> Option<&str> {
    name.strip_suffix(SEAL.as_str())?.strip_suffix('.')
}

/// The seal every mark carries: a secret drawn once per process. Raw HTML may spell
/// the mark character as an entity, which the sanitiser decodes, but no text can
/// carry a secret that nothing it is built into ever shows, so no text can pose as a
/// shortcode or a link hole. (A hash of each narrative did the same at the cost of
/// hashing every narrative's text.)
static SEAL: LazyLock<String> = LazyLock::new(|| {
    let secret = std::hash::RandomState::new().hash_one("leadfolio seal");
    format!("{secret:016x}")
});

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
        };
        let page = Page {
            artefact_path: &published,
            shortcode: &shortcode,
        };
        render(body, &place, &page)
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
    fn no_page_shows_the_seal() {
        // Each process draws its own: a page that showed it would differ between builds.
        for body in [
            "{{ chart(metric=\"m\") }}\n\nSee [the audit](@/audit) and [a draft](@/draft).\n",
            "Raw <b>HTML</b>, {{ metric(id=\"m\") }} inline and [a link](@/audit).\n",
        ] {
            let html = render_simple(body);
            assert!(html.contains("<figure"), "{html}");
            assert!(
                !html.contains(SEAL.as_str()) && !html.contains(MARK),
                "{html}"
            );
        }
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
