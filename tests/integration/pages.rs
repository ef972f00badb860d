//! What a panel looks for first on the pages: contact and credentials on the home
//! page, a CV to download, the matrix's columns named, breadcrumbs that say where the
//! reader is, a navigation that works without script.

use crate::support::{main_of, Fixture};

#[test]
fn the_home_page_gives_contact_credentials_and_the_cv() {
    let f = Fixture::copy("minimal");
    f.write("assets/sam-rivera-cv.pdf", "%PDF-1.7\n% a CV\n");
    let settings = f.read("portfolio.yaml");
    f.write(
        "portfolio.yaml",
        &settings.replacen(
            "  email: sam@example.org\n",
            "  email: sam@example.org\n  cv: assets/sam-rivera-cv.pdf\n",
            1,
        ),
    );
    f.build(&[]);
    let home = f.read("public/index.html");
    let main = main_of(&home);
    assert!(
        main.contains("href=\"mailto:sam@example.org\""),
        "no email on the home page"
    );
    assert!(main.contains("NPQSL (2022)"), "no credentials line");
    assert!(
        main.contains("href=\"assets/sam-rivera-cv.pdf\" download>Download CV <span class=\"file-note\">(PDF)</span>"),
        "no CV link"
    );
    assert!(f.path().join("public/assets/sam-rivera-cv.pdf").is_file());
}

#[test]
fn a_cv_that_is_not_there_is_named_at_its_line() {
    let f = Fixture::copy("minimal");
    let settings = f.read("portfolio.yaml");
    f.write(
        "portfolio.yaml",
        &settings.replacen(
            "  email: sam@example.org\n",
            "  email: sam@example.org\n  cv: assets/cv.pdf\n",
            1,
        ),
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1);
    run.assert_said("portfolio.yaml:8:");
    run.assert_said("`assets/cv.pdf` does not exist");
}

#[test]
fn matrix_columns_are_named_and_the_key_appears_only_for_short_titles() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    let matrix = f.read("public/matrix/index.html");
    // Each column head says which piece it is.
    assert!(
        matrix.contains("<span class=\"col-number\">E1</span> Reading fluency programme</span>")
    );
    assert!(
        !matrix.contains("class=\"matrix-key\""),
        "a key repeats titles the heads already show"
    );
    // The legend describes what is drawn: dots for evidence, shaded rows for gaps.
    assert!(matrix.contains("a competency with no evidence yet (its row is shaded)"));
    assert!(!matrix.contains("highlighted rows have no evidence yet"));

    let alpha = f.read("artefacts/alpha.md");
    f.write(
        "artefacts/alpha.md",
        &alpha.replacen(
            "title: Reading fluency programme\n",
            "title: Reading fluency programme\nshort_title: Fluency\n",
            1,
        ),
    );
    f.build(&[]);
    let matrix = f.read("public/matrix/index.html");
    assert!(matrix.contains("<span class=\"col-number\">E1</span> Fluency</span><span class=\"visually-hidden\">: Reading fluency programme</span>"));
    assert!(
        matrix.contains("class=\"matrix-key\""),
        "shortened heads need the key"
    );
}

#[test]
fn breadcrumbs_name_the_page_and_the_navigation_is_a_disclosure() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    let page = f.read("public/evidence/alpha/index.html");
    assert!(page.contains("<span aria-current=\"page\">E1 · Reading fluency programme</span>"));
    // No script needed to open the menu on a phone.
    assert!(page.contains("<details class=\"nav-menu\">\n        <summary>Menu</summary>"));
}

#[test]
fn the_panel_page_says_a_targets_value_and_whether_it_is_met_once() {
    let f = Fixture::copy("minimal");
    let settings = f.read("portfolio.yaml");
    f.write(
        "portfolio.yaml",
        &format!("{settings}highlights: [reading]\n"),
    );
    f.build(&[]);
    let panel = f.read("public/panel/index.html");
    let table = &panel[panel
        .find("<table class=\"figures-table\">")
        .expect("headline figures")..];
    let table = &table[..table.find("</table>").unwrap()];
    assert!(
        table.contains(">75%: met</span>"),
        "the target cell: {table}"
    );
    assert!(
        !table.contains("Target 75%"),
        "the column's name repeated in its cell: {table}"
    );
}
