//! Search: where it is on, what its index holds, and what it never holds. (That a
//! reader finds a piece in a browser is `scripts/site-check/search.mjs`'s job.)

use crate::support::{files_containing, Fixture};
use std::collections::BTreeMap;

/// The index's files, gzip streams on disk, as their text (`site()` unpacks them).
fn index_text(site: &BTreeMap<String, Vec<u8>>) -> String {
    site.iter()
        .filter(|(path, _)| path.starts_with("pagefind/") && path.contains(".pf_"))
        .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
        .collect()
}

#[test]
fn a_showcase_searches_every_leader_and_nothing_private() {
    let f = Fixture::copy("/example-showcase");
    f.write(
        "marcus-lee/artefacts/withheld.md",
        "---\ntitle: Kept at home\ndate: 2024-05-01\nstatus: private\n---\nQuillfeather is a private marker.\n",
    );
    f.build(&[]);
    let site = f.site();
    for file in [
        "pagefind/pagefind.js",
        "pagefind/pagefind-entry.json",
        "search/index.html",
        "search.js",
    ] {
        assert!(site.contains_key(file), "missing {file}");
    }
    let index = index_text(&site);
    // Every leader's pieces, with their leader and standards to filter by.
    for word in [
        "Restorative practices",
        "Marcus Lee",
        "Amara Patel",
        "Priya Raman",
    ] {
        assert!(index.contains(word), "the index lacks {word:?}");
    }
    assert!(index.contains("\"standard\""), "no standard filter");
    // Not what a reader does not search: the navigation, the footer.
    assert!(
        !index.contains("Skip to content"),
        "the index holds navigation"
    );
    assert_eq!(
        files_containing(&site, "Quillfeather"),
        Vec::<String>::new()
    );

    let search = String::from_utf8_lossy(&site["search/index.html"]).into_owned();
    for leader in ["Amara Patel", "Marcus Lee", "Priya Raman"] {
        assert!(
            search.contains(&format!("<option>{leader}</option>")),
            "{leader} cannot be chosen"
        );
    }
    assert!(
        search.contains("data-index=\"../pagefind/pagefind.js\""),
        "{search}"
    );
    // A member's page searches the whole showcase, from a box that the script shows.
    let member =
        String::from_utf8_lossy(&site["marcus-lee/evidence/restorative-practices/index.html"])
            .into_owned();
    assert!(
        member
            .contains("action=\"../../../search/index.html\" method=\"get\" hidden data-lf-search"),
        "{member}"
    );
    assert!(member.contains("<script src=\"../../search.js\" defer>"));
    assert!(member.contains("data-pagefind-meta=\"leader\""));
}

#[test]
fn no_search_and_search_false_leave_search_out() {
    for (how, args) in [
        ("--no-search", vec!["--no-search"]),
        ("search: false", vec![]),
    ] {
        let f = Fixture::copy("/example-showcase");
        if how == "search: false" {
            let yaml = f.read("showcase.yaml");
            f.write("showcase.yaml", &format!("{yaml}search: false\n"));
        }
        f.build(&args);
        let site = f.site();
        assert!(site.contains_key("index.html"));
        assert!(
            !site.keys().any(|p| p.starts_with("pagefind/")),
            "{how}: an index"
        );
        assert!(
            !site.contains_key("search/index.html"),
            "{how}: a search page"
        );
        let boxes: Vec<String> = files_containing(&site, "data-lf-search")
            .into_iter()
            .filter(|p| p.ends_with(".html"))
            .collect();
        assert_eq!(boxes, Vec::<String>::new(), "{how}: a box");
    }
}

#[test]
fn a_portfolio_is_searched_past_three_dozen_pieces_or_when_it_says_so() {
    // The example has a handful of pieces: a reader scans them by eye.
    let f = Fixture::copy("/example-portfolio");
    f.build(&[]);
    assert!(!f.site().contains_key("pagefind/pagefind.js"));
    let yaml = f.read("portfolio.yaml");
    f.write("portfolio.yaml", &format!("{yaml}search: true\n"));
    f.build(&[]);
    let site = f.site();
    assert!(site.contains_key("pagefind/pagefind.js"));
    let search = String::from_utf8_lossy(&site["search/index.html"]).into_owned();
    // Its own pieces by standard; no leader to choose.
    assert!(search.contains("id=\"lf-search-standard\""));
    assert!(!search.contains("id=\"lf-search-leader\""));
    assert!(
        search.contains("href=\"../evidence/index.html\""),
        "no way to the list"
    );

    // Thirty-seven pieces: searched without asking.
    let f = Fixture::copy("minimal");
    let yaml = f.read("portfolio.yaml").replace("search: true\n", "");
    f.write("portfolio.yaml", &yaml);
    for i in 0..37 {
        f.write(
            &format!("artefacts/extra-{i:02}.md"),
            &format!("---\ntitle: Extra piece {i}\ndate: 2024-01-{:02}\ncompetencies: [instruction]\n---\nWork number {i}.\n", i % 28 + 1),
        );
    }
    f.build(&[]);
    let site = f.site();
    assert!(
        site.contains_key("pagefind/pagefind.js"),
        "not searched past three dozen pieces"
    );
    assert!(index_text(&site).contains("Extra piece 36"));
}

#[test]
fn search_that_is_not_yes_or_no_is_an_error_at_its_line() {
    let f = Fixture::copy("minimal");
    let yaml = f
        .read("portfolio.yaml")
        .replace("search: true", "search: sometimes");
    f.write("portfolio.yaml", &yaml);
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("portfolio.yaml:"), "{}", run.stderr);
    assert!(run.stderr.contains("search"), "{}", run.stderr);
    assert!(!f.path().join("public").exists());
}
