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

/// `matrix: { gaps: hide }`: a candidate shows the standards their evidence covers,
/// on the site and in the pack, and no page counts or names the others.
#[test]
fn hidden_gaps_leave_the_matrix_the_home_page_and_the_pack() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    let matrix = f.read("public/matrix/index.html");
    assert!(
        matrix.contains("Vision and direction"),
        "by default the gaps show"
    );
    assert!(matrix.contains("badge-gap"));

    f.write(
        "portfolio.yaml",
        &(f.read("portfolio.yaml") + "matrix:\n  gaps: hide\n"),
    );
    f.build(&[]);
    let matrix = f.read("public/matrix/index.html");
    for shown in [
        "Instructional leadership",
        "Data-informed decision making",
        "Operations and resources",
    ] {
        assert!(
            matrix.contains(shown),
            "{shown} has evidence: {}",
            main_of(&matrix)
        );
    }
    for gap in [
        "Vision and direction",
        "Developing people",
        "Family and community engagement",
    ] {
        assert!(!matrix.contains(gap), "{gap} is left out");
    }
    assert!(!matrix.contains("badge-gap") && !matrix.contains(">Gap<"));
    assert!(!f
        .path()
        .join("public/competencies/vision/index.html")
        .exists());
    let home = f.read("public/index.html");
    assert!(
        home.contains("Evidence for 3 competencies of"),
        "{}",
        main_of(&home)
    );
    assert!(!home.contains("of 6 competencies"));
    let pack = crate::support::pdf_text(&f.path().join("public/panel-pack.pdf"));
    assert!(pack.contains("Instructional leadership"));
    assert!(!pack.contains("Vision and direction"), "{pack}");
    assert!(!pack.contains("Gap"));
    assert!(!pack.contains("3/6"));
}

#[test]
fn a_matrix_setting_it_does_not_know_is_named_at_its_line() {
    let f = Fixture::copy("minimal");
    f.write(
        "portfolio.yaml",
        &(f.read("portfolio.yaml") + "matrix:\n  gaps: sometimes\n"),
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1);
    run.assert_said("portfolio.yaml:");
    run.assert_said("sometimes");
    run.assert_said("show");
    run.assert_said("hide");
}
