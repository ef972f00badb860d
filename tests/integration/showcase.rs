//! Showcases: many portfolios in one site, frameworks inherited, every member checked,
//! privacy held for each, and a panel two clicks from the index to a leader's evidence
//! for a standard.

use crate::support::{broken_links, copy_tree, files_containing, fixtures, Fixture};

#[test]
fn the_example_showcase_builds_every_page() {
    let f = Fixture::copy("/example-showcase");
    f.build(&[]);
    let site = f.site();
    for page in [
        "index.html",
        "404.html",
        "sitemap.xml",
        "theme.css",
        "competencies/psel-2015-school-improvement/index.html",
        "roles/assistant-principal/index.html",
        "amara-patel/index.html",
        "amara-patel/evidence/formative-pilot/index.html",
        "amara-patel/charts/growth-percentile.svg",
        "marcus-lee/competencies/care-support-students/index.html",
        "priya-raman/competencies/send/index.html",
    ] {
        assert!(site.contains_key(page), "missing {page}");
    }
    assert!(
        !site.contains_key("amara-patel/404.html") && !site.contains_key("amara-patel/sitemap.xml"),
        "one 404 and one sitemap per site"
    );
    assert_eq!(broken_links(&site), Vec::<String>::new());
    let sitemap = f.read("public/sitemap.xml");
    assert!(
        sitemap.contains(
            "<loc>https://example.org/riverside-leaders/marcus-lee/evidence/attendance-team/</loc>"
        ),
        "{sitemap}"
    );
}

#[test]
fn a_panel_reaches_a_leaders_evidence_for_a_standard_in_two_clicks() {
    let f = Fixture::copy("/example-showcase");
    f.build(&[]);
    let index = f.read("public/index.html");
    // Click 1: the standard on the leader's card.
    assert!(
        index.contains(r#"href="marcus-lee/competencies/care-support-students/index.html""#),
        "no link from the index"
    );
    // Click 2: the evidence on that leader's page for the standard.
    let standard = f.read("public/marcus-lee/competencies/care-support-students/index.html");
    assert!(
        standard.contains(r#"href="../../evidence/attendance-team/index.html""#),
        "no link to the evidence"
    );
}

#[test]
fn members_inherit_the_showcase_framework_unless_they_set_their_own() {
    let f = Fixture::copy("/example-showcase");
    f.build(&[]);
    let site = f.site();
    assert!(
        site.contains_key("marcus-lee/competencies/mission-vision-values/index.html"),
        "PSEL from the showcase"
    );
    assert!(
        site.contains_key("priya-raman/competencies/school-culture/index.html"),
        "her own framework"
    );
    assert!(!site.contains_key("priya-raman/competencies/mission-vision-values/index.html"));
    // Each framework's standard of the same id has a page of its own, headed by the
    // framework that defines it.
    let psel = f.read("public/competencies/psel-2015-school-improvement/index.html");
    assert!(
        psel.contains("<h1>Standard 10: School Improvement</h1>"),
        "{psel}"
    );
    assert!(
        psel.contains(">Professional Standards for Educational Leaders (PSEL 2015)</h2>"),
        "headed by its framework"
    );
    let uk = f.read("public/competencies/uk-headteachers-2020-school-improvement/index.html");
    assert!(
        uk.contains("Headteachers&#39; standards 2020 (England)"),
        "{uk}"
    );
}

#[test]
fn member_pages_link_back_to_the_showcase_in_its_theme() {
    let f = Fixture::copy("/example-showcase");
    f.build(&[]);
    let page = f.read("public/amara-patel/evidence/formative-pilot/index.html");
    assert!(
        page.contains(r#"<a href="../../../index.html">← Riverside USD Leadership Showcase</a>"#),
        "{}",
        &page[..2000]
    );
    assert!(
        f.read("public/theme.css").contains("district"),
        "the showcase chose the district theme"
    );
    assert!(
        f.read("public/amara-patel/theme.css").contains("district"),
        "members inherit it"
    );
}

#[test]
fn one_members_error_stops_the_build_and_names_the_folder() {
    let f = Fixture::copy("/example-showcase");
    f.build(&[]);
    let before = f.site();
    f.write(
        "marcus-lee/artefacts/attendance-team.md",
        &f.read("marcus-lee/artefacts/attendance-team.md")
            .replace("school-improvement]", "school-improvment]"),
    );
    f.write(
        "priya-raman/metrics/early-reading.yaml",
        "title: x\npoints: []\n",
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1);
    run.assert_said("--> marcus-lee/artefacts/attendance-team.md:6:68");
    run.assert_said("did you mean `school-improvement`?");
    assert!(
        run.stderr
            .contains("--> priya-raman/metrics/early-reading.yaml"),
        "check reports every member:\n{}",
        run.stderr
    );
    assert!(before == f.site(), "the previous site changed");
}

#[test]
fn privacy_holds_for_every_member() {
    let f = Fixture::empty();
    f.write(
        "showcase.yaml",
        "title: Privacy showcase\nframework: generic\n",
    );
    copy_tree(&fixtures().join("minimal"), &f.path().join("sam"));
    copy_tree(&fixtures().join("minimal"), &f.path().join("second"));
    let run = f.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.assert_said("--> second/testimonials/noconsent.yaml");
    let site = f.site();
    assert!(
        site.contains_key("sam/evidence/alpha/index.html")
            && site.contains_key("second/evidence/alpha/index.html")
    );
    for secret in [
        "Private Secret Title",
        "PRIVATE-SECRET-TEXT",
        "DRAFT-SECRET-TEXT",
        "NO-CONSENT-QUOTE",
        "Hidden Person Name",
        "4,321.5",
        "4321.5",
    ] {
        assert_eq!(
            files_containing(&site, secret),
            Vec::<String>::new(),
            "{secret} leaked"
        );
    }
}

#[test]
fn folders_must_be_usable_as_addresses() {
    let f = Fixture::empty();
    f.write(
        "showcase.yaml",
        "title: S\nportfolios: [Sam Rivera, roles, missing]\n",
    );
    copy_tree(&fixtures().join("minimal"), &f.path().join("Sam Rivera"));
    copy_tree(&fixtures().join("minimal"), &f.path().join("roles"));
    let run = f.run(&["check"]);
    assert_eq!(run.code, 1);
    run.assert_said("`Sam Rivera` cannot be a portfolio folder in a showcase");
    run.assert_said("`roles` is a name the showcase uses for its own pages");
    run.assert_said("there is no portfolio in `missing`");
}

#[test]
fn browsing_by_standard_groups_frameworks_and_never_links_to_an_empty_page() {
    let f = Fixture::copy("/example-showcase");
    f.build(&[]);
    let index = f.read("public/index.html");
    let standards = &index[index
        .find("id=\"lf-standards\"")
        .expect("browse by standard")..];
    let standards = &standards[..standards.find("</section>").unwrap()];
    assert!(
        standards.contains("<h3>Professional Standards for Educational Leaders (PSEL 2015)</h3>")
    );
    assert!(standards.contains("<h3>Headteachers&#39; standards 2020 (England)</h3>"));
    assert!(
        !standards.contains("(0 leaders)"),
        "a link to an empty page: {standards}"
    );
    let gaps = standards.matches("<li class=\"gap\">").count();
    assert!(gaps > 0, "the example has competencies no leader shows yet");
    let site = f.site();
    let pages: Vec<&String> = site
        .keys()
        .filter(|p| p.starts_with("competencies/") && p.ends_with("index.html"))
        .collect();
    assert!(!pages.is_empty());
    for page in pages {
        let html = String::from_utf8_lossy(&site[page]);
        assert!(!html.contains("Evidence from 0 leaders"), "{page} is empty");
        // Each page is linked from the index.
        assert!(
            standards.contains(&format!("href=\"{page}\"")),
            "{page} is not linked"
        );
    }
    assert_eq!(broken_links(&site), Vec::<String>::new());
}

/// Two frameworks with the same competency id (PSEL's and England's
/// `school-improvement`) are two standards: each has its own page, title and count,
/// and the filter tells them apart.
#[test]
fn a_competency_is_known_by_its_framework_and_its_id() {
    let f = Fixture::copy("/example-showcase");
    f.build(&[]);
    let psel = f.read("public/competencies/psel-2015-school-improvement/index.html");
    let uk = f.read("public/competencies/uk-headteachers-2020-school-improvement/index.html");
    assert!(psel.contains("<h1>Standard 10: School Improvement"));
    assert!(uk.contains("<h1>Continuous school improvement"));
    assert!(
        !psel.contains("Continuous school improvement"),
        "one framework a page"
    );
    assert!(!f
        .path()
        .join("public/competencies/school-improvement")
        .exists());
    let index = f.read("public/index.html");
    assert!(index.contains("value=\"psel-2015-school-improvement\""));
    assert!(index.contains("value=\"uk-headteachers-2020-school-improvement\""));
    let links = crate::support::broken_links(&f.site());
    assert!(links.is_empty(), "{links:?}");
}

#[test]
fn a_district_of_fifty_two_leaders_is_listed_48_to_a_page() {
    let f = Fixture::copy("/example-showcase");
    let yaml = f.read("showcase.yaml");
    f.write(
        "showcase.yaml",
        &yaml.replace("portfolios: [amara-patel, marcus-lee, priya-raman]\n", ""),
    );
    for i in 0..49 {
        copy_tree(
            &f.path().join("marcus-lee"),
            &f.path().join(format!("leader-{i:02}")),
        );
    }
    f.build(&["--no-pdf", "--no-search"]);
    let site = f.site();
    let index = String::from_utf8_lossy(&site["index.html"]).into_owned();
    let page_two = String::from_utf8_lossy(&site["leaders/2/index.html"]).into_owned();
    assert_eq!(index.matches("class=\"card leader-card\"").count(), 48);
    assert_eq!(page_two.matches("class=\"card leader-card\"").count(), 4);
    assert!(index.contains("Leaders 1–48 of 52"), "no place in the list");
    assert!(
        index.contains("href=\"leaders/2/index.html\""),
        "no way to page 2"
    );
    assert!(
        page_two.contains("aria-current=\"page\">2</a>"),
        "page 2 is not marked"
    );
    // The instant filter could filter only the page shown: split into pages, it goes.
    assert!(!index.contains("id=\"lf-filter\""));
    // A role of 48 assistant principals and more pages the same way.
    let role = String::from_utf8_lossy(&site["roles/assistant-principal/index.html"]).into_owned();
    assert!(role.contains("Leaders 1–48 of"), "{role}");
    assert!(site.contains_key("roles/assistant-principal/2/index.html"));
    assert_eq!(broken_links(&site), Vec::<String>::new());
}
