//! The panel pack's PDF: what a panel reads on paper, made by the binary alone.

use crate::support::{files_containing, pdf_text, Fixture};

/// The pack's words with white space as one space, pages still ended by form feeds:
/// a change of font or line starts a new run of text in the PDF.
fn words(f: &Fixture) -> String {
    pdf_text(&f.path().join("public/panel-pack.pdf"))
        .split('\u{c}')
        .map(|page| page.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\u{c}")
}

fn pages(f: &Fixture) -> usize {
    let document = lopdf::Document::load(f.path().join("public/panel-pack.pdf")).unwrap();
    document.get_pages().len()
}

#[test]
fn the_example_pack_reads_in_order_within_eight_pages() {
    let f = Fixture::copy("/example-portfolio");
    f.build(&[]);
    let text = words(&f);
    let in_order = [
        "Amara Patel",
        "Applying for: Assistant Principal (elementary)",
        "Summary",
        "Headline figures",
        "+8 percentile points (48 → 56)",
        "55: met",
        "Standards at a glance",
        "Featured evidence",
        "E1. Formative assessment pilot across six PLCs",
        "Reflection and next steps",
        "Evidence matrix",
        "Career and credentials",
        "M.Ed. Educational Leadership",
    ];
    let mut from = 0;
    for expected in in_order {
        let at = text[from..]
            .find(expected)
            .unwrap_or_else(|| panic!("{expected:?} missing after byte {from}:\n{text}"));
        from += at + expected.len();
    }
    assert!(
        text.contains("Jordan Okafor"),
        "a quote's author is printed"
    );
    assert_eq!(
        text.matches("Dr. Elena Reyes").count(),
        1,
        "each quote is printed once"
    );
    // Each chart prints across the text, its words as large as the text's: a panel
    // still reads the whole in minutes.
    let n = pages(&f);
    assert!(n <= 8, "{n} pages");
    // The first page stands alone: the evidence starts on the second.
    let first_page = text.split('\u{c}').next().unwrap();
    assert!(first_page.contains("Standards at a glance"));
    assert!(!first_page.contains("Featured evidence"));
    assert!(text.contains(&format!("Page 1 of {n}")));
    // The home page and the panel page say what the download is.
    let said = format!("(PDF, {n} pages)");
    for page in ["public/index.html", "public/panel/index.html"] {
        let html = f.read(page);
        assert!(html.contains("panel-pack.pdf"), "{page} links to the pack");
        assert!(html.contains(&said), "{page} says {said}");
    }
}

#[test]
fn the_pack_is_tagged_with_a_described_figure_for_each_chart() {
    let f = Fixture::copy("/example-portfolio");
    f.build(&[]);
    let document = lopdf::Document::load(f.path().join("public/panel-pack.pdf")).unwrap();
    let catalog = document.catalog().unwrap();
    assert!(catalog.get(b"StructTreeRoot").is_ok(), "a structure tree");
    let lang = catalog.get(b"Lang").and_then(|l| l.as_str()).unwrap();
    assert_eq!(lang, b"en-US");
    let mut figures_with_alt = 0;
    for object in document.objects.values() {
        let Ok(dict) = object.as_dict() else { continue };
        let is_figure = dict
            .get(b"S")
            .and_then(|s| s.as_name())
            .is_ok_and(|s| s == b"Figure");
        if is_figure && dict.get(b"Alt").is_ok() {
            figures_with_alt += 1;
        }
    }
    // Five charts in the featured evidence, and the photo on the cover.
    let charts = f
        .site()
        .keys()
        .filter(|p| p.starts_with("charts/") && p.ends_with(".svg"))
        .count();
    assert!(charts >= 5);
    assert!(
        figures_with_alt >= 6,
        "{figures_with_alt} described figures"
    );
    assert!(
        words(&f).contains("Pilot classrooms"),
        "a chart's numbers are in a table"
    );
}

#[test]
fn two_builds_give_the_same_bytes() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    let first = std::fs::read(f.path().join("public/panel-pack.pdf")).unwrap();
    f.build(&[]);
    let second = std::fs::read(f.path().join("public/panel-pack.pdf")).unwrap();
    assert!(
        first == second,
        "the pack changed between two builds of one folder"
    );
}

#[test]
fn typst_syntax_in_a_narrative_prints_as_written() {
    let f = Fixture::copy("minimal");
    let alpha = f.read("artefacts/alpha.md").replacen(
        "## Context",
        "## Context\n\nTYPST #read(\"/etc/passwd\") #include \"x.typ\" $x^2$ *star* _under_ @ref \\<label> \\\\ [b] `tick` #set page(width: 1cm)\n",
        1,
    );
    f.write("artefacts/alpha.md", &alpha);
    let run = f.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = words(&f);
    let at = text.find("TYPST").unwrap_or_else(|| panic!("{text}"));
    let line = &text[at..];
    for literal in [
        "#read(\"/etc/passwd\")",
        "#include \"x.typ\"",
        "$x^2$",
        "@ref",
        "<label>",
        "\\",
        "[b]",
        "#set page(width: 1cm)",
    ] {
        assert!(line.contains(literal), "{literal:?} not in {line:?}");
    }
    assert!(!text.contains("root:x:0"), "a file of the machine was read");
}

#[test]
fn a_typst_error_in_an_override_names_its_place_and_keeps_the_site() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    let before = f.site();
    f.write(
        "templates/panel-pack.typ",
        "#let pack = json(\"/pack.json\")\n#set document(title: pack.title)\n= #pack.person.name\n#(1 + \"two\")\n",
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    run.assert_said("templates/panel-pack.typ:4:3");
    run.assert_said("cannot add integer and string");
    assert!(f.site() == before, "the previous site is untouched");
}

#[test]
fn an_override_can_read_only_what_the_build_hands_it() {
    let f = Fixture::copy("minimal");
    f.write(
        "templates/panel-pack.typ",
        "#set document(title: \"x\")\n#read(\"/etc/hostname\")\n#read(\"../portfolio.yaml\")\n",
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    run.assert_said("templates/panel-pack.typ:2:");
    run.assert_said("file not found");
}

#[test]
fn a_broken_image_is_an_error_that_names_it() {
    let f = Fixture::copy("minimal");
    f.write("assets/broken.png", "this is not a PNG");
    let alpha = f.read("artefacts/alpha.md").replacen(
        "## Context",
        "## Context\n\n![A photo](assets/broken.png)\n",
        1,
    );
    f.write("artefacts/alpha.md", &alpha);
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    run.assert_said("assets/broken.png");
    run.assert_said("cannot be printed in the panel pack");
}

#[test]
fn no_pdf_leaves_it_out_and_drafts_mark_every_page() {
    let f = Fixture::copy("minimal");
    f.build(&["--no-pdf"]);
    assert!(!f.path().join("public/panel-pack.pdf").exists());
    assert!(!f.read("public/index.html").contains("panel-pack.pdf"));
    f.build(&["--drafts"]);
    let text = words(&f);
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert!(!pages.is_empty());
    for page in pages {
        assert!(page.contains("Draft"), "a page without the mark: {page}");
    }
}

#[test]
fn paper_is_a4_unless_the_portfolio_says_letter() {
    let size = |f: &Fixture| {
        let document = lopdf::Document::load(f.path().join("public/panel-pack.pdf")).unwrap();
        let (_, page) = document.get_pages().into_iter().next().unwrap();
        let page = document.get_dictionary(page).unwrap();
        let media = page.get(b"MediaBox").unwrap().as_array().unwrap().clone();
        media[2].as_float().unwrap().round() as i64
    };
    let f = Fixture::copy("minimal");
    f.build(&[]);
    assert_eq!(size(&f), 595, "A4 is 595 points wide");
    let yaml = f.read("portfolio.yaml") + "paper: letter\n";
    f.write("portfolio.yaml", &yaml);
    f.build(&[]);
    assert_eq!(size(&f), 612, "US Letter is 612 points wide");
}

#[test]
fn a_showcase_writes_one_pack_per_member() {
    let f = Fixture::copy("/example-showcase");
    let run = f.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let site = f.site();
    let packs: Vec<&String> = site
        .keys()
        .filter(|p| p.ends_with("panel-pack.pdf"))
        .collect();
    assert_eq!(packs.len(), 3, "{packs:?}");
    assert!(
        packs.iter().all(|p| p.contains('/')),
        "each in its member's folder"
    );
    assert!(!files_containing(&site, "Page 1 of").is_empty());
}

#[test]
fn a_matrix_longer_than_a_page_breaks_between_rows_and_repeats_its_header() {
    let f = Fixture::copy("minimal");
    let competencies: String = (1..=90)
        .map(|i| {
            format!(
                "    - {{ id: c{i}, title: Competency number {i}, description: What {i} asks. }}\n"
            )
        })
        .collect();
    let settings = f.read("portfolio.yaml");
    f.write(
        "portfolio.yaml",
        &settings.replace(
            "framework: generic\n",
            &format!("framework:\n  name: A long framework\n  competencies:\n{competencies}"),
        ),
    );
    for name in ["alpha", "beta"] {
        let text = f.read(&format!("artefacts/{name}.md"));
        let line = text
            .lines()
            .find(|l| l.starts_with("competencies:"))
            .unwrap()
            .to_owned();
        f.write(
            &format!("artefacts/{name}.md"),
            &text.replace(&line, "competencies: [c1, c90]"),
        );
    }
    let delta = f.read("artefacts/delta-private.md");
    f.write(
        "artefacts/delta-private.md",
        &delta.replace("competencies: [people]", "competencies: [c2]"),
    );
    let gamma = f.read("artefacts/gamma-draft.md");
    f.write(
        "artefacts/gamma-draft.md",
        &gamma.replace("competencies: [vision]", "competencies: [c3]"),
    );
    f.build(&[]);
    let text = words(&f);
    assert!(
        text.contains("Competency number 90"),
        "every row is printed"
    );
    assert!(
        text.matches("Competency Pieces E1 E2").count() >= 2,
        "the header repeats: {text}"
    );
}

/// The pack prints on the paper of the portfolio language's region: Letter for
/// `en-US`, A4 for `en-GB`; `paper:` still decides where it is written.
#[test]
fn the_paper_follows_the_region_unless_written() {
    let size = |f: &Fixture| {
        let document = lopdf::Document::load(f.path().join("public/panel-pack.pdf")).unwrap();
        let (_, page) = document.get_pages().into_iter().next().unwrap();
        let page = document.get_dictionary(page).unwrap();
        let media = page.get(b"MediaBox").unwrap().as_array().unwrap().clone();
        let number = |o: &lopdf::Object| {
            o.as_float()
                .map(f64::from)
                .or_else(|_| o.as_i64().map(|i| i as f64))
                .unwrap()
        };
        (
            number(&media[2]).round() as i64,
            number(&media[3]).round() as i64,
        )
    };
    for (extra, expected) in [
        ("language: en-US\n", (612, 792)),
        ("language: en-GB\n", (595, 842)),
        ("language: en-US\npaper: a4\n", (595, 842)),
    ] {
        let f = Fixture::copy("minimal");
        let settings = f.read("portfolio.yaml");
        f.write("portfolio.yaml", &format!("{settings}{extra}"));
        f.build(&[]);
        assert_eq!(size(&f), expected, "{extra}");
    }
}

/// Page 1 lists the standards the evidence shows, with their counts; the gaps are in
/// the matrix, not on the page a panel reads first.
#[test]
fn page_one_lists_what_is_evidenced_and_leaves_gaps_to_the_matrix() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    let text = words(&f);
    let pages: Vec<&str> = text.split('\u{c}').collect();
    assert!(pages[0].contains("Standards at a glance"));
    assert!(
        pages[0].contains("Instructional leadership"),
        "an evidenced standard"
    );
    assert!(!pages[0].contains("Gap"), "{}", pages[0]);
    assert!(
        !pages[0].contains("Vision and direction"),
        "a standard without evidence"
    );
    assert!(
        pages[1..].iter().any(|p| p.contains("Gap")),
        "the matrix keeps its gaps"
    );
}
