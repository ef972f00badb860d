//! Building a site: every URL of the contract, links that work from disk,
//! deterministic bytes, and a failed build that leaves the previous site alone.

use crate::support::{broken_links, main_of, main_without_charts, Fixture};

/// The URLs FORMAT.md promises, for the example portfolio.
const CONTRACT: [&str; 11] = [
    "index.html",
    "evidence/index.html",
    "evidence/formative-pilot/index.html",
    "competencies/school-improvement/index.html",
    "matrix/index.html",
    "impact/index.html",
    "testimonials/index.html",
    "about/index.html",
    "panel/index.html",
    "sitemap.xml",
    "404.html",
];

#[test]
fn the_example_portfolio_builds_every_promised_page() {
    let f = Fixture::copy("/example-portfolio");
    let run = f.build(&[]);
    assert!(run.stdout.starts_with("Built "), "{}", run.stdout);
    let site = f.site();
    for url in CONTRACT {
        assert!(site.contains_key(url), "missing {url}");
    }
    for id in [
        "formative-pilot",
        "pd-redesign",
        "data-dashboard",
        "tool-audit",
        "family-data-nights",
        "new-teacher-induction",
    ] {
        assert!(
            site.contains_key(&format!("evidence/{id}/index.html")),
            "missing artefact {id}"
        );
    }
    let psel = [
        "mission-vision-values",
        "ethics-norms",
        "equity-cultural-responsiveness",
        "curriculum-instruction-assessment",
        "care-support-students",
        "professional-capacity",
        "professional-community",
        "family-community-engagement",
        "operations-management",
        "school-improvement",
    ];
    for id in psel {
        assert!(
            site.contains_key(&format!("competencies/{id}/index.html")),
            "missing competency {id}"
        );
    }
    assert!(
        site.contains_key("assets/pilot-plan.pdf"),
        "assets are copied"
    );
    assert_eq!(broken_links(&site), Vec::<String>::new());
}

#[test]
fn links_are_relative_and_resolve_on_every_page() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    let site = f.site();
    assert_eq!(broken_links(&site), Vec::<String>::new());
    let artefact = String::from_utf8_lossy(&site["evidence/alpha/index.html"]).into_owned();
    assert!(artefact.contains(r#"href="../../style.css""#));
    assert!(
        artefact.contains(r#"href="../../evidence/beta/index.html#findings""#),
        "@/ links resolve"
    );
}

#[test]
fn the_sitemap_and_canonical_links_use_base_url() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    let sitemap = f.read("public/sitemap.xml");
    assert!(
        sitemap.contains("<loc>https://example.org/sam/evidence/alpha/</loc>"),
        "{sitemap}"
    );
    assert!(
        sitemap.contains("<loc>https://example.org/sam/</loc>"),
        "{sitemap}"
    );
    assert!(!sitemap.contains("404"), "{sitemap}");
    let home = f.read("public/index.html");
    assert!(
        home.contains(r#"<link rel="canonical" href="https://example.org/sam/">"#),
        "{home}"
    );
}

#[test]
fn the_same_input_builds_the_same_bytes() {
    let f = Fixture::copy("/example-portfolio");
    f.build(&[]);
    let first = f.site();
    f.build(&[]);
    assert!(first == f.site(), "two builds differ");
    let g = Fixture::copy("/example-portfolio");
    g.build(&[]);
    assert!(first == g.site(), "builds in two folders differ");
}

#[test]
fn a_parallel_build_gives_the_bytes_of_a_sequential_one() {
    for folder in ["example-portfolio", "example-showcase"] {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
        let build = |threads: usize| {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            pool.install(|| leadfolio::stages::pipeline::run(&root, Default::default()).files)
                .expect("the example builds")
        };
        let sequential = build(1);
        assert!(
            sequential.len() > 20,
            "{folder}: {} files",
            sequential.len()
        );
        for threads in [2, 4] {
            assert!(
                build(threads) == sequential,
                "{folder}: {threads} threads built other bytes than one"
            );
        }
    }
}

#[test]
fn a_failed_build_leaves_the_previous_site_untouched() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    let before = f.site();
    f.write(
        "artefacts/beta.md",
        "---\ntitle: Broken\ncompetencies: [nope]\n---\n",
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1);
    run.assert_said("is unchanged");
    assert!(before == f.site(), "the previous site changed");
}

#[test]
fn a_rebuild_removes_pages_that_no_longer_exist() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    assert!(f.path().join("public/evidence/beta/index.html").exists());
    f.remove("artefacts/beta.md").write(
        "artefacts/alpha.md",
        &f.read("artefacts/alpha.md")
            .replace("@/beta#findings", "https://example.org"),
    );
    f.build(&[]);
    assert!(!f.path().join("public/evidence/beta/index.html").exists());
}

#[test]
fn the_artefact_page_pairs_story_and_proof() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    let html = f.read("public/evidence/alpha/index.html");
    insta::assert_snapshot!("artefact_main", main_without_charts(&html));
}

#[test]
fn the_matrix_shows_coverage_and_gaps() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    let html = f.read("public/matrix/index.html");
    assert!(
        html.contains("evidence for 3 of 6 competencies; 3 without evidence yet."),
        "{}",
        main_of(&html)
    );
    assert_eq!(
        html.matches(r#"<tr class="gap">"#).count(),
        3,
        "vision, people and community have no published evidence"
    );
    insta::assert_snapshot!("matrix_main", main_of(&html));
}

#[test]
fn headline_figures_say_what_changed() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    let impact = f.read("public/impact/index.html");
    assert!(
        impact
            .contains("+17 percentage points</strong> <span class=\"detail\">(<span aria-hidden=\"true\">61% → 78%</span><span class=\"visually-hidden\">from 61% to 78%</span>)</span>"),
        "{}",
        main_of(&impact)
    );
    assert!(impact.contains("Target 75%: met"));
    let home = f.read("public/index.html");
    assert!(
        home.contains("+17 percentage points"),
        "home shows the featured figure"
    );
}

/// A quote placed in the narrative by shortcode, and also attached to the artefact (it
/// names the artefact), is shown once on the artefact's page and in the panel pack.
#[test]
fn a_page_shows_each_quote_once() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    for page in [
        "public/evidence/alpha/index.html",
        "public/panel/index.html",
    ] {
        let html = f.read(page);
        assert_eq!(
            main_of(&html).matches("The pupils ask for more.").count(),
            1,
            "{page}: {}",
            main_of(&html)
        );
    }
}

/// Files for the author beside what the site publishes are not copied.
#[test]
fn notes_and_litter_in_assets_are_not_published() {
    let f = Fixture::copy("minimal");
    for name in [
        "README.txt",
        "readme.md",
        ".DS_Store",
        "Thumbs.db",
        "plan.pdf~",
        ".hidden.pdf",
    ] {
        f.write(&format!("assets/{name}"), "FOR-THE-AUTHOR-ONLY");
    }
    f.write("static/README.md", "FOR-THE-AUTHOR-ONLY");
    f.build(&[]);
    let site = f.site();
    assert!(
        site.contains_key("assets/chart.png"),
        "real assets are still copied"
    );
    assert!(
        crate::support::files_containing(&site, "FOR-THE-AUTHOR-ONLY").is_empty(),
        "{:?}",
        crate::support::files_containing(&site, "FOR-THE-AUTHOR-ONLY")
    );
}

/// A portfolio saved on Windows: every text file with CRLF line ends and a byte-order
/// mark builds the same site, byte for byte, as the original.
#[test]
fn a_portfolio_saved_on_windows_builds_the_same_site() {
    let original = Fixture::copy("/example-portfolio");
    original.build(&[]);
    let windows = Fixture::copy("/example-portfolio");
    let mut converted = 0;
    for entry in walkdir::WalkDir::new(windows.path()) {
        let entry = entry.unwrap();
        let path = entry.path();
        let text_file = matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("md" | "yaml" | "csv" | "ftl")
        );
        if !entry.file_type().is_file()
            || !text_file
            || path.components().any(|c| c.as_os_str() == "public")
        {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        std::fs::write(path, format!("\u{feff}{}", text.replace('\n', "\r\n"))).unwrap();
        converted += 1;
    }
    assert!(converted > 10, "{converted} files converted");
    windows.build(&[]);
    let (a, b) = (original.site(), windows.site());
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (path, bytes) in &a {
        assert!(bytes == &b[path], "{path} differs");
    }
}
