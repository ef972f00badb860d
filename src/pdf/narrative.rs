//! A narrative as Typst content: the same parsed pieces the HTML renderer reads, made
//! into a tree of blocks and inlines that the pack's template lays out. Every word
//! stays a JSON string and Typst shows a string as the characters it holds, so text
//! such as `#read("/etc/passwd")`, `$x$` or `*` prints as written and is never code.

use super::raw_html;
use crate::model::RefKind;
use crate::syntax::narrative::Piece;
use pulldown_cmark::{Alignment, Event, HeadingLevel, Tag};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Default, Serialize, PartialEq)]
pub struct Content {
    pub blocks: Vec<Block>,
    /// Footnote bodies by name; `Inline::Note` refers to them.
    pub notes: BTreeMap<String, Vec<Block>>,
}

#[derive(Debug, Serialize, PartialEq)]
#[serde(tag = "k", rename_all = "kebab-case")]
pub enum Block {
    Par {
        body: Vec<Inline>,
    },
    /// `level` 1 is the level just below the section the narrative is printed in.
    Heading {
        level: u8,
        body: Vec<Inline>,
    },
    List {
        /// The first number of an ordered list; `None` for bullets.
        start: Option<u64>,
        items: Vec<Item>,
    },
    Quote {
        body: Vec<Block>,
    },
    #[serde(rename = "code-block")]
    Code {
        text: String,
    },
    Table {
        align: Vec<&'static str>,
        head: Vec<Vec<Inline>>,
        rows: Vec<Vec<Vec<Inline>>>,
    },
    Rule,
    /// A shortcode's figure: `kind` is `chart`, `metric` or `testimonial`.
    Figure {
        kind: &'static str,
        id: String,
    },
    /// Where a narrative longer than paper holds stops: the rest is on the site.
    More,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct Item {
    /// A task list's box: done or not.
    pub task: Option<bool>,
    pub body: Vec<Block>,
}

#[derive(Debug, Serialize, PartialEq)]
#[serde(tag = "k", rename_all = "kebab-case")]
pub enum Inline {
    Text {
        t: String,
    },
    Code {
        t: String,
    },
    Emph {
        body: Vec<Inline>,
    },
    Strong {
        body: Vec<Inline>,
    },
    Strike {
        body: Vec<Inline>,
    },
    /// `url` is an address on the web; `to` a piece of evidence inside the pack.
    Link {
        url: Option<String>,
        to: Option<String>,
        body: Vec<Inline>,
    },
    /// `src` is the image's path in the pack's files.
    Image {
        src: String,
        alt: String,
    },
    Note {
        name: String,
    },
    Break,
    /// A metric named inside a sentence: its change, in words.
    Metric {
        id: String,
    },
}

/// Where a link or an image of the narrative goes in the pack.
pub struct Targets<'a> {
    /// A link's destination as written -> where it goes in the pack, or `None` to keep
    /// only its words.
    pub link: &'a dyn Fn(&str) -> Option<Target>,
    /// An image's source as written -> its path among the pack's files, or `None` to
    /// print its description instead.
    pub image: &'a dyn Fn(&str) -> Option<String>,
}

pub enum Target {
    Url(String),
    Evidence(String),
}

/// One container being filled: the blocks and the words it holds so far.
struct Frame {
    open: Open,
    blocks: Vec<Block>,
    inlines: Vec<Inline>,
    /// A table's header or row: its cells.
    cells: Vec<Vec<Inline>>,
    /// A table: its header, then its rows.
    head: Vec<Vec<Inline>>,
    rows: Vec<Vec<Vec<Inline>>>,
    /// A list: its items.
    items: Vec<Item>,
    task: Option<bool>,
}

enum Open {
    Root,
    Paragraph,
    Heading(u8),
    Quote,
    List(Option<u64>),
    Item,
    Code,
    Table(Vec<&'static str>),
    TableHead,
    TableRow,
    TableCell,
    Emph,
    Strong,
    Strike,
    Link(Option<Target>),
    Image(Option<String>),
    Note(String),
    /// Anything printed as its contents alone (a definition list's parts, a math span).
    Transparent,
    /// What the site does not show (inside a comment, a script, a template): dropped.
    Hidden,
    /// A quote, a list or an item nested deeper than paper shows: its blocks, and its
    /// words as a paragraph of their own.
    Flattened,
}

/// How deeply the pack nests quotes and lists (an item counts with its list), and
/// styles and links inside each other. The site shows thousands of levels; a page of
/// paper cannot, and each level is a level of the pack's data and of its template's
/// calls, which have bounds of their own.
const MAX_BLOCK_DEPTH: usize = 8;
const MAX_INLINE_DEPTH: usize = 6;

impl Open {
    fn is_block(&self) -> bool {
        matches!(self, Open::Quote | Open::List(_) | Open::Item)
    }

    fn is_inline(&self) -> bool {
        matches!(
            self,
            Open::Emph | Open::Strong | Open::Strike | Open::Link(_)
        )
    }
}

impl Frame {
    fn new(open: Open) -> Frame {
        Frame {
            open,
            blocks: Vec::new(),
            inlines: Vec::new(),
            cells: Vec::new(),
            head: Vec::new(),
            rows: Vec::new(),
            items: Vec::new(),
            task: None,
        }
    }

    /// Words outside a paragraph (a tight list's item) become one.
    fn settle(&mut self) {
        if !self.inlines.is_empty() {
            let body = std::mem::take(&mut self.inlines);
            self.blocks.push(Block::Par { body });
        }
    }

    fn push_block(&mut self, block: Block) {
        self.settle();
        self.blocks.push(block);
    }

    fn into_blocks(mut self) -> Vec<Block> {
        self.settle();
        self.blocks
    }
}

/// The narrative's pieces as content; `levels` shifts its headings so that its
/// largest one sits at level 1 under the section that prints it, and none skips a
/// level (a tagged PDF's headings go in order).
pub fn content(pieces: &[Piece<'_>], targets: &Targets<'_>) -> Content {
    let mut builder = Builder {
        stack: vec![Frame::new(Open::Root)],
        notes: BTreeMap::new(),
        levels: Levels::new(pieces),
        targets,
        html_words: String::new(),
        budget: Budget::default(),
    };
    let shown = raw_html::shown(pieces);
    for (n, piece) in pieces.iter().enumerate() {
        if builder.budget.spent() {
            // Past what paper holds, only the ends of what was open are taken.
            match piece {
                Piece::Markdown(Event::Start(_)) => builder.budget.skipped += 1,
                Piece::Markdown(Event::End(_)) if builder.budget.skipped > 0 => {
                    builder.budget.skipped -= 1;
                }
                Piece::Markdown(Event::End(_)) => builder.close(),
                _ => {}
            }
            continue;
        }
        if !matches!(piece, Piece::Markdown(Event::Html(_))) {
            builder.settle_html();
        }
        if let Some(shown) = &shown {
            match piece {
                Piece::Markdown(Event::Html(_)) => {
                    builder.html_words.push(' ');
                    builder.html_words.push_str(&shown.words[n]);
                    continue;
                }
                Piece::Markdown(Event::InlineHtml(html)) if shown.visible[n] => {
                    if is_line_break(html) {
                        builder.inline(Inline::Break);
                    } else if !shown.words[n].trim().is_empty() {
                        builder.text(&shown.words[n]);
                    }
                    continue;
                }
                // Everything the site hides: what it opens is gathered and dropped,
                // and its end still closes it.
                Piece::Markdown(Event::Start(_)) if !shown.visible[n] => {
                    builder.open(Open::Hidden);
                    continue;
                }
                Piece::Markdown(Event::End(_)) => {}
                _ if !shown.visible[n] => continue,
                _ => {}
            }
        }
        match piece {
            Piece::Shortcode { code, block } if !block && code.kind == RefKind::Metric => builder
                .inline(Inline::Metric {
                    id: code.id.to_string(),
                }),
            Piece::Shortcode { code, .. } => {
                let kind = match code.kind {
                    RefKind::Chart => "chart",
                    RefKind::Metric => "metric",
                    RefKind::Testimonial => "testimonial",
                    RefKind::Link | RefKind::Asset => continue,
                };
                builder.figure(kind, code.id.to_string());
            }
            Piece::Markdown(event) => builder.event(event),
        }
    }
    builder.settle_html();
    // Well-formed events close everything they open; should they not, what is open
    // still prints.
    while builder.stack.len() > 1 {
        builder.close();
    }
    if builder.budget.spent() {
        builder.top().push_block(Block::More);
    }
    let root = builder
        .stack
        .pop()
        .map(Frame::into_blocks)
        .unwrap_or_default();
    Content {
        blocks: root,
        notes: builder.notes,
    }
}

struct Builder<'t> {
    stack: Vec<Frame>,
    notes: BTreeMap<String, Vec<Block>>,
    levels: Levels,
    targets: &'t Targets<'t>,
    /// The words shown by a run of raw HTML lines, printed as one paragraph when the
    /// run ends.
    html_words: String,
    budget: Budget,
}

/// What of a narrative the pack prints: as much as a dozen pages hold. The site shows
/// the whole of any narrative; the pack is read on paper, and its typesetting grows
/// faster than the text (20,000 links took seconds), so a longer one stops, saying
/// the rest is on the site.
const MAX_CHARACTERS: usize = 40_000;
/// Inline pieces (a link, a metric, a styled word) each cost a node of the layout.
const MAX_INLINES: usize = 4_000;
/// Rows of one table, and items of one list, that paper holds.
const MAX_ROWS: usize = 120;
/// A paragraph is broken after this many characters at the next space: the line
/// breaker weighs every way to break a paragraph, so one paragraph of a whole
/// narrative cost more than the narrative in many.
const PARAGRAPH: usize = 2_000;

#[derive(Default)]
struct Budget {
    characters: usize,
    inlines: usize,
    /// Characters of the paragraph being filled.
    paragraph: usize,
    /// Elements opened after the budget was spent, whose ends are not taken.
    skipped: usize,
}

impl Budget {
    fn spent(&self) -> bool {
        self.characters > MAX_CHARACTERS || self.inlines > MAX_INLINES
    }
}

impl Builder<'_> {
    fn settle_html(&mut self) {
        let words = std::mem::take(&mut self.html_words);
        let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
        if !words.is_empty() {
            self.top().push_block(Block::Par {
                body: vec![Inline::Text { t: words }],
            });
        }
    }

    fn top(&mut self) -> &mut Frame {
        self.stack
            .last_mut()
            .expect("the root frame is never closed")
    }

    fn open(&mut self, open: Open) {
        if matches!(open, Open::Paragraph) {
            self.budget.paragraph = 0;
        }
        self.stack.push(Frame::new(open));
    }

    fn inline(&mut self, inline: Inline) {
        self.budget.inlines += 1;
        let top = self.top();
        if let Open::Image(_) = top.open {
            // An image's words are its description, gathered as text.
            let t = plain(std::slice::from_ref(&inline));
            top.inlines.push(Inline::Text { t });
            return;
        }
        top.inlines.push(inline);
    }

    /// Inlines put back into the frame below, text joined to text.
    fn words(&mut self, inlines: Vec<Inline>) {
        for inline in inlines {
            match inline {
                Inline::Text { t } => self.text(&t),
                other => self.inline(other),
            }
        }
    }

    fn text(&mut self, t: &str) {
        self.budget.characters += t.len();
        self.budget.paragraph += t.len();
        if self.budget.paragraph > PARAGRAPH && matches!(self.top().open, Open::Paragraph) {
            if let Some(space) = t.find(' ') {
                // The paragraph ends at this space and a new one goes on.
                let (head, rest) = t.split_at(space);
                self.text(head);
                self.close();
                self.open(Open::Paragraph);
                return self.text(rest.trim_start());
            }
        }
        if let Some(Inline::Text { t: last }) = self.top().inlines.last_mut() {
            last.push_str(t);
            return;
        }
        self.inline(Inline::Text { t: t.to_owned() });
    }

    /// A figure stands between paragraphs: one that was written inside a sentence
    /// ends the paragraph before it, which goes on after it.
    fn figure(&mut self, kind: &'static str, id: String) {
        let in_paragraph = matches!(self.top().open, Open::Paragraph);
        if in_paragraph {
            self.close();
        }
        self.top().push_block(Block::Figure { kind, id });
        if in_paragraph {
            self.open(Open::Paragraph);
        }
    }

    fn event(&mut self, event: &Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            // Events nest: an end closes what was opened last.
            Event::End(_) => self.close(),
            Event::Text(t) => self.text(t),
            Event::Code(t) => self.inline(Inline::Code { t: t.to_string() }),
            Event::InlineMath(t) | Event::DisplayMath(t) => self.text(t),
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.inline(Inline::Break),
            Event::Rule => self.top().push_block(Block::Rule),
            Event::FootnoteReference(name) => self.inline(Inline::Note {
                name: name.to_string(),
            }),
            Event::TaskListMarker(done) => self.top().task = Some(*done),
            // A narrative with raw HTML has it read with the site's sanitiser (above).
            Event::Html(_) | Event::InlineHtml(_) => {}
        }
    }

    fn start(&mut self, tag: &Tag<'_>) {
        let open = match tag {
            // Paper holds a few levels: deeper quotes and lists print their words at
            // the deepest level kept, and deeper styles as the text they style.
            Tag::BlockQuote(_) | Tag::List(_) if self.nested(Open::is_block) >= MAX_BLOCK_DEPTH => {
                Open::Flattened
            }
            Tag::Item if !matches!(self.top().open, Open::List(_)) => Open::Flattened,
            Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. }
                if self.nested(Open::is_inline) >= MAX_INLINE_DEPTH =>
            {
                Open::Transparent
            }
            Tag::Paragraph => Open::Paragraph,
            Tag::Heading { level, .. } => Open::Heading(self.levels.shift(*level)),
            Tag::BlockQuote(_) => Open::Quote,
            Tag::CodeBlock(_) => Open::Code,
            Tag::List(start) => Open::List(*start),
            Tag::Item => Open::Item,
            Tag::FootnoteDefinition(name) => Open::Note(name.to_string()),
            Tag::Table(align) => Open::Table(align.iter().map(alignment).collect()),
            Tag::TableHead => Open::TableHead,
            Tag::TableRow => Open::TableRow,
            Tag::TableCell => Open::TableCell,
            Tag::Emphasis => Open::Emph,
            Tag::Strong => Open::Strong,
            Tag::Strikethrough => Open::Strike,
            Tag::Link { dest_url, .. } => Open::Link((self.targets.link)(dest_url)),
            Tag::Image { dest_url, .. } => Open::Image((self.targets.image)(dest_url)),
            _ => Open::Transparent,
        };
        self.open(open);
    }

    /// How many of the open frames are of a kind.
    fn nested(&self, kind: fn(&Open) -> bool) -> usize {
        self.stack.iter().filter(|f| kind(&f.open)).count()
    }

    fn close(&mut self) {
        let Some(mut frame) = self.stack.pop() else {
            return;
        };
        if self.stack.is_empty() {
            // The root is never closed by an event.
            self.stack.push(frame);
            return;
        }
        let inlines = std::mem::take(&mut frame.inlines);
        match std::mem::replace(&mut frame.open, Open::Transparent) {
            Open::Hidden => {}
            Open::Flattened => {
                frame.inlines = inlines;
                for block in frame.into_blocks() {
                    self.top().push_block(block);
                }
            }
            Open::Root | Open::Transparent => {
                for block in frame.blocks {
                    self.top().push_block(block);
                }
                self.words(inlines);
            }
            Open::Paragraph => self.top().push_block(Block::Par { body: inlines }),
            // A heading with no words would be an empty heading, which PDF/UA
            // forbids: what it holds (an image, say) is printed as a paragraph.
            Open::Heading(_) if plain(&inlines).trim().is_empty() => {
                self.top().push_block(Block::Par { body: inlines })
            }
            Open::Heading(level) => self.top().push_block(Block::Heading {
                level,
                body: inlines,
            }),
            Open::Quote => {
                frame.inlines = inlines;
                let body = frame.into_blocks();
                self.top().push_block(Block::Quote { body });
            }
            Open::Code => {
                let text = plain(&inlines);
                self.top().push_block(Block::Code { text });
            }
            Open::List(start) => {
                let items = frame.items;
                self.top().push_block(Block::List { start, items });
            }
            Open::Item => {
                let task = frame.task;
                frame.inlines = inlines;
                let body = frame.into_blocks();
                let list = self.top();
                if list.items.len() < MAX_ROWS {
                    list.items.push(Item { task, body });
                } else {
                    self.budget.inlines = MAX_INLINES + 1;
                }
            }
            Open::Note(name) => {
                frame.inlines = inlines;
                self.notes.insert(name, frame.into_blocks());
            }
            Open::Table(align) => self.top().push_block(Block::Table {
                align,
                head: frame.head,
                rows: frame.rows,
            }),
            Open::TableHead => self.top().head = frame.cells,
            Open::TableRow => {
                let table = self.top();
                if table.rows.len() < MAX_ROWS {
                    table.rows.push(frame.cells);
                } else {
                    self.budget.inlines = MAX_INLINES + 1;
                }
            }
            Open::TableCell => self.top().cells.push(inlines),
            Open::Emph => self.inline(Inline::Emph { body: inlines }),
            Open::Strong => self.inline(Inline::Strong { body: inlines }),
            Open::Strike => self.inline(Inline::Strike { body: inlines }),
            Open::Link(target) => match target {
                Some(Target::Url(url)) => self.inline(Inline::Link {
                    url: Some(url),
                    to: None,
                    body: inlines,
                }),
                Some(Target::Evidence(id)) => self.inline(Inline::Link {
                    url: None,
                    to: Some(id),
                    body: inlines,
                }),
                None => self.words(inlines),
            },
            Open::Image(src) => {
                let alt = plain(&inlines);
                match src {
                    Some(src) => self.inline(Inline::Image { src, alt }),
                    None if !alt.is_empty() => self.text(&alt),
                    None => {}
                }
            }
        }
    }
}

/// The words of `inlines`, without their styles.
fn plain(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text { t } | Inline::Code { t } => out.push_str(t),
            Inline::Emph { body }
            | Inline::Strong { body }
            | Inline::Strike { body }
            | Inline::Link { body, .. } => out.push_str(&plain(body)),
            Inline::Image { alt, .. } => out.push_str(alt),
            Inline::Break => out.push(' '),
            Inline::Note { .. } | Inline::Metric { .. } => {}
        }
    }
    out
}

fn alignment(a: &Alignment) -> &'static str {
    match a {
        Alignment::None | Alignment::Left => "left",
        Alignment::Center => "center",
        Alignment::Right => "right",
    }
}

/// Heading levels as printed: the narrative's largest heading becomes level 1, and a
/// heading that skips levels (a `####` under a `##`) comes one below the one before.
struct Levels {
    largest: u8,
    last: u8,
}

impl Levels {
    fn new(pieces: &[Piece<'_>]) -> Levels {
        let largest = pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Markdown(Event::Start(Tag::Heading { level, .. })) => Some(number(*level)),
                _ => None,
            })
            .min()
            .unwrap_or(1);
        Levels { largest, last: 0 }
    }

    fn shift(&mut self, level: HeadingLevel) -> u8 {
        let wanted = number(level) - self.largest + 1;
        self.last = wanted.min(self.last + 1);
        self.last
    }
}

fn number(level: HeadingLevel) -> u8 {
    level as u8
}

fn is_line_break(html: &str) -> bool {
    let tag = html.trim().trim_start_matches('<').trim_end_matches('>');
    let name = tag.trim_end_matches('/').trim();
    name.eq_ignore_ascii_case("br")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::narrative::pieces;

    fn convert(text: &str) -> Content {
        let pieces = pieces(text);
        let targets = Targets {
            link: &|url: &str| match url.strip_prefix("@/") {
                Some(id) => Some(Target::Evidence(id.to_owned())),
                None if url.starts_with("https://") => Some(Target::Url(url.to_owned())),
                None => None,
            },
            image: &|src: &str| (src == "assets/a.png").then(|| "/assets/a.png".to_owned()),
        };
        content(&pieces, &targets)
    }

    fn text(t: &str) -> Inline {
        Inline::Text { t: t.to_owned() }
    }

    #[test]
    fn typst_syntax_stays_text() {
        let c = convert("#read(\"/etc/passwd\") $x$ \\[a] @ref &lt;label&gt; `#include`");
        assert_eq!(
            c.blocks,
            vec![Block::Par {
                body: vec![
                    text("#read(\"/etc/passwd\") $x$ [a] @ref <label> "),
                    Inline::Code {
                        t: "#include".into()
                    }
                ]
            }]
        );
    }

    /// PDF/UA forbids an empty heading: a `##` with no words prints as a paragraph.
    #[test]
    fn a_heading_without_words_is_no_heading() {
        let c = convert("##\n\n### \n\nText.\n");
        assert!(
            !c.blocks.iter().any(|b| matches!(b, Block::Heading { .. })),
            "{:?}",
            c.blocks
        ); // The text after them is still printed.
        assert!(
            format!("{:?}", c.blocks).contains("Text."),
            "{:?}",
            c.blocks
        );
    }

    #[test]
    fn headings_start_at_one_and_skip_no_level() {
        let c = convert("### A\n\n##### B\n\n#### C\n");
        let levels: Vec<u8> = c
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { level, .. } => Some(*level),
                _ => None,
            })
            .collect();
        assert_eq!(levels, vec![1, 2, 2]);
    }

    #[test]
    fn a_tight_list_item_holds_a_paragraph_and_its_task_box() {
        let c = convert("- [x] done\n- [ ] to do\n");
        let Block::List { start, items } = &c.blocks[0] else {
            panic!("{:?}", c.blocks)
        };
        assert_eq!(*start, None);
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].task, Some(true));
        assert_eq!(items[1].task, Some(false));
        assert_eq!(
            items[1].body,
            vec![Block::Par {
                body: vec![text("to do")]
            }]
        );
    }

    #[test]
    fn links_go_to_evidence_or_the_web_or_keep_their_words() {
        let c = convert("[a](@/pilot) [b](https://example.org) [c](notes.txt)");
        let Block::Par { body } = &c.blocks[0] else {
            panic!()
        };
        assert!(matches!(&body[0], Inline::Link { to: Some(id), .. } if id == "pilot"));
        assert!(
            matches!(&body[2], Inline::Link { url: Some(u), .. } if u == "https://example.org")
        );
        assert_eq!(body[3], text(" c"));
    }

    #[test]
    fn an_image_keeps_its_description_and_an_unknown_one_prints_it() {
        let c = convert("![A *chart*](assets/a.png) ![Gone](assets/b.png)");
        let Block::Par { body } = &c.blocks[0] else {
            panic!()
        };
        assert_eq!(
            body[0],
            Inline::Image {
                src: "/assets/a.png".into(),
                alt: "A chart".into()
            }
        );
        assert_eq!(body[1], text(" Gone"));
    }

    #[test]
    fn a_table_has_its_header_and_rows() {
        let c = convert("| a | b |\n|:-|-:|\n| 1 | 2 |\n");
        assert_eq!(
            c.blocks,
            vec![Block::Table {
                align: vec!["left", "right"],
                head: vec![vec![text("a")], vec![text("b")]],
                rows: vec![vec![vec![text("1")], vec![text("2")]]],
            }]
        );
    }

    #[test]
    fn footnotes_are_kept_by_name() {
        let c = convert("Said so.[^src]\n\n[^src]: The *survey*.\n");
        assert!(c.notes.contains_key("src"));
        let Block::Par { body } = &c.blocks[0] else {
            panic!()
        };
        assert_eq!(body[1], Inline::Note { name: "src".into() });
    }

    #[test]
    fn a_shortcode_in_a_sentence_stands_between_its_halves() {
        let c = convert("Before {{ chart(metric=\"m\") }} after.");
        assert_eq!(c.blocks.len(), 3);
        assert!(matches!(&c.blocks[1], Block::Figure { kind: "chart", id } if id == "m"));
    }

    /// Sixteen quotes and a list forty deep print, their words at the deepest level
    /// kept: the site shows them all, and the pack must not fail on them.
    #[test]
    fn deep_nesting_is_flattened_with_every_word_kept() {
        fn depth(blocks: &[Block]) -> usize {
            blocks
                .iter()
                .map(|b| match b {
                    Block::Quote { body } => 1 + depth(body),
                    Block::List { items, .. } => {
                        1 + items.iter().map(|i| depth(&i.body)).max().unwrap_or(0)
                    }
                    _ => 0,
                })
                .max()
                .unwrap_or(0)
        }
        let quotes = format!("{} deepest words\n", ">".repeat(16));
        let c = convert(&quotes);
        assert_eq!(depth(&c.blocks), MAX_BLOCK_DEPTH);
        assert!(format!("{c:?}").contains("deepest words"));
        let list: String = (0..40)
            .map(|i| format!("{}- level {i}\n", "  ".repeat(i)))
            .collect();
        let c = convert(&list);
        assert!(depth(&c.blocks) <= MAX_BLOCK_DEPTH, "{}", depth(&c.blocks));
        let all = format!("{c:?}");
        for i in [0, 7, 39] {
            assert!(all.contains(&format!("level {i}")), "level {i}: {all}");
        }
        let styles = format!("{}deep{}", "*_".repeat(20), "_*".repeat(20));
        assert!(format!("{:?}", convert(&styles)).contains("deep"));
    }

    #[test]
    fn raw_html_gives_its_words_only() {
        let c = convert("<div>Tom &amp; <b>Jerry</b><script>alert(1)</script></div>\n");
        assert_eq!(
            c.blocks,
            vec![Block::Par {
                body: vec![text("Tom & Jerry")]
            }]
        );
    }
}
