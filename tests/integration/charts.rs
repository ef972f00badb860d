//! Charts in the built site: a standalone SVG per metric, the same SVG inline beside
//! its data table, readable as text, and free of suppressed values.

use crate::support::Fixture;

#[test]
fn every_metric_has_a_standalone_accessible_chart() {
    let f = Fixture::copy("/example-portfolio");
    f.build(&[]);
    let site = f.site();
    let metrics: Vec<String> = std::fs::read_dir(f.path().join("metrics"))
        .unwrap()
        .map(|e| {
            e.unwrap()
                .path()
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert!(metrics.len() >= 5);
    for id in metrics {
        let path = format!("charts/{id}.svg");
        let svg = String::from_utf8(
            site.get(&path)
                .unwrap_or_else(|| panic!("no {path}"))
                .clone(),
        )
        .unwrap();
        let doc = roxmltree::Document::parse(&svg)
            .unwrap_or_else(|e| panic!("{path} is not well-formed: {e}"));
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "svg");
        assert_eq!(root.attribute("role"), Some("img"), "{path}");
        let title = doc
            .descendants()
            .find(|n| n.has_tag_name("title"))
            .and_then(|n| n.text())
            .unwrap_or("");
        let desc = doc
            .descendants()
            .find(|n| n.has_tag_name("desc"))
            .and_then(|n| n.text())
            .unwrap_or("");
        assert!(
            !title.is_empty() && desc.len() > title.len(),
            "{path}: title {title:?}, desc {desc:?}"
        );
    }
}

#[test]
fn the_chart_sits_beside_its_table_and_states_the_headline() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    let page = f.read("public/evidence/alpha/index.html");
    let svg_at = page.find("<svg").expect("an inline chart");
    let table_at = page[svg_at..]
        .find("<table class=\"data\">")
        .expect("its data table after it");
    assert!(table_at > 0);
    let standalone = f.read("public/charts/reading.svg");
    assert!(standalone.contains("Change against the baseline: +17 percentage points, from 61% to 78%, an improvement. Target 75%: met."), "{standalone}");
    assert!(
        standalone.contains("1 value is suppressed because it summarises fewer than 10 people.")
    );
    assert!(
        page.contains(&standalone[standalone.find("<svg").unwrap()..]),
        "inline and standalone charts are the same drawing"
    );
}

#[test]
fn a_suppressed_value_is_in_no_chart() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    let svg = f.read("public/charts/reading.svg");
    for leak in ["4321", "4,321"] {
        assert!(!svg.contains(leak), "{leak} in the chart");
    }
    let doc = roxmltree::Document::parse(&svg).unwrap();
    // Year 4 has two published points; "Pupils new to English" one of two.
    let filled = |colour: &str| {
        doc.descendants()
            .filter(|n| {
                matches!(n.tag_name().name(), "circle" | "rect" | "polygon")
                    && n.attribute("fill") == Some(colour)
            })
            .count()
    };
    assert_eq!(
        filled("#0B5C8A"),
        2 + 1,
        "one mark per published point, and the legend's"
    );
    assert_eq!(filled("#A64B12"), 1 + 1, "the suppressed point has no mark");
}

#[test]
fn chart_snapshot() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    insta::assert_snapshot!("reading_svg", f.read("public/charts/reading.svg"));
}
