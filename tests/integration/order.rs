//! The order the candidate controls: metrics by `highlights`, then by the order the
//! artefacts use them, then by `weight`; testimonials featured first, then by
//! `weight`, then newest first. The same order on the site's pages and in the pack.

use crate::support::{main_of, pdf_text, Fixture};

/// Where each of `needles` first appears in `text`, panicking if one is missing.
fn positions(text: &str, needles: &[&str]) -> Vec<usize> {
    needles
        .iter()
        .map(|n| text.find(n).unwrap_or_else(|| panic!("{n:?} is not shown")))
        .collect()
}

fn assert_in_order(text: &str, needles: &[&str], what: &str) {
    let at = positions(text, needles);
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "{what}: expected {needles:?} in that order, found at {at:?}"
    );
}

fn metric(title: &str, extra: &str) -> String {
    format!(
        "title: {title}\nunit: \"%\"\nabout_people: false\n{extra}series:\n  - name: All\n    points:\n      - {{ x: 2024-09, y: 40 }}\n      - {{ x: 2025-03, y: 50 }}\n"
    )
}

#[test]
fn metrics_follow_highlights_then_use_then_weight_then_file_name() {
    let f = Fixture::copy("minimal");
    let settings = f.read("portfolio.yaml");
    f.write(
        "portfolio.yaml",
        &format!("{settings}highlights: [y-headline]\n"),
    )
    // Named by nothing, in file-name order before the weighted one.
    .write("metrics/a-budget.yaml", &metric("Budget share A", ""))
    .write(
        "metrics/b-weighted.yaml",
        &metric("Weighted share B", "weight: 1\n"),
    )
    .write("metrics/y-headline.yaml", &metric("Headline share Y", ""))
    .write("metrics/z-audit.yaml", &metric("Audit share Z", ""));
    // The library audit is not featured: its metric comes after the featured piece's.
    let beta = f.read("artefacts/beta.md");
    f.write(
        "artefacts/beta.md",
        &beta.replacen("competencies:", "metrics: [z-audit]\ncompetencies:", 1),
    );
    f.build(&[]);
    let expected = [
        "Headline share Y",
        "Pupils reading at expected fluency",
        "Audit share Z",
        "Weighted share B",
        "Budget share A",
    ];
    let impact = f.read("public/impact/index.html");
    assert_in_order(main_of(&impact), &expected, "impact page");
    let panel = f.read("public/panel/index.html");
    assert_in_order(main_of(&panel), &expected[..1], "panel page");
    let pack = pdf_text(&f.path().join("public/panel-pack.pdf"));
    assert_in_order(
        &pack,
        &["Headline share Y", "Pupils reading at expected fluency"],
        "panel pack",
    );
}

#[test]
fn testimonials_come_featured_then_by_weight_then_newest_first() {
    let f = Fixture::copy("minimal");
    let quote = |author: &str, extra: &str| {
        format!("author: {author}\nrole: Teacher\nconsent: true\n{extra}quote: Said by {author}.\n")
    };
    // File names in the opposite order to the one expected.
    f.write(
        "testimonials/a-old.yaml",
        &quote("Olga Older", "date: 2019-05-01\n"),
    )
    .write("testimonials/b-undated.yaml", &quote("Uma Undated", ""))
    .write(
        "testimonials/c-new.yaml",
        &quote("Nia Newer", "date: 2025-06-01\n"),
    )
    .write(
        "testimonials/d-weighted.yaml",
        &quote("Wes Weighted", "weight: 1\n"),
    )
    .write(
        "testimonials/e-featured.yaml",
        &quote("Fay Featured", "featured: true\ndate: 2018-01-01\n"),
    );
    f.build(&[]);
    let page = f.read("public/testimonials/index.html");
    assert_in_order(
        main_of(&page),
        &[
            "Fay Featured",
            "Wes Weighted",
            "Nia Newer",
            "Olga Older",
            "Uma Undated",
        ],
        "testimonials page",
    );
    // The home page quotes the featured one.
    assert!(main_of(&f.read("public/index.html")).contains("Fay Featured"));
}
