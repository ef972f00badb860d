//! Privacy holds across every output file: private work, drafts, testimonials without
//! consent, anonymous authors and small cells never reach the site.

use crate::support::{files_containing, Fixture};

/// Text that must appear in no file of a normal build.
const NEVER: [&str; 8] = [
    "Private Secret Title",
    "PRIVATE-SECRET-TEXT",
    "delta-private",
    "Draft Plan Title",
    "DRAFT-SECRET-TEXT",
    "NO-CONSENT-QUOTE",
    "Unconsented Author",
    "Hidden Person Name",
];

#[test]
fn nothing_private_draft_or_unconsented_reaches_any_file() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    let site = f.site();
    for secret in NEVER {
        assert_eq!(
            files_containing(&site, secret),
            Vec::<String>::new(),
            "{secret} leaked"
        );
    }
    assert!(!site
        .keys()
        .any(|p| p.contains("gamma-draft") || p.contains("delta-private")));
    // What is published is there, so the absences above are not of an empty site.
    for shown in ["Reading fluency programme", "Library audit"] {
        assert!(
            files_containing(&site, shown).len() >= 3,
            "{shown} is on its page, the evidence page and the home page"
        );
    }
    assert!(site.contains_key("evidence/alpha/index.html"));
}

#[test]
fn a_link_to_an_unpublished_artefact_keeps_only_its_text() {
    let f = Fixture::copy("minimal");
    let run = f.build(&[]);
    let html = f.read("public/evidence/alpha/index.html");
    assert!(html.contains("and the plan."), "the link text stays");
    assert!(!html.contains("gamma-draft"));
    run.assert_said("`@/gamma-draft` is a draft, so this link is shown as plain text");
}

#[test]
fn the_build_says_what_it_held_back() {
    let f = Fixture::copy("minimal");
    let run = f.build(&[]);
    run.assert_said("not published: this testimonial has no recorded consent");
    run.assert_said("testimonials/noconsent.yaml");
    run.assert_said(
        "suppressed: \"Pupils new to English\" at Sep 2024 summarises fewer than 10 people",
    );
}

#[test]
fn drafts_are_built_on_request_and_marked_everywhere() {
    let f = Fixture::copy("minimal");
    f.build(&["--drafts"]);
    let site = f.site();
    let draft = String::from_utf8_lossy(&site["evidence/gamma-draft/index.html"]).into_owned();
    assert!(draft.contains("badge-draft"), "the draft page is marked");
    assert!(draft.contains("This is a draft"));
    for page in [
        "evidence/index.html",
        "matrix/index.html",
        "competencies/vision/index.html",
    ] {
        let html = String::from_utf8_lossy(&site[page]).into_owned();
        assert!(html.contains("Draft Plan Title"), "{page} lists the draft");
        assert!(html.contains("badge-draft"), "{page} marks the draft");
    }
    for page in site.keys().filter(|p| p.ends_with(".html")) {
        assert!(
            String::from_utf8_lossy(&site[page]).contains("Draft build."),
            "{page} lacks the draft banner"
        );
    }
    for secret in [
        "Private Secret Title",
        "PRIVATE-SECRET-TEXT",
        "NO-CONSENT-QUOTE",
        "Hidden Person Name",
    ] {
        assert_eq!(
            files_containing(&site, secret),
            Vec::<String>::new(),
            "{secret} leaked with --drafts"
        );
    }
}

#[test]
fn anonymous_testimonials_are_shown_by_role_alone() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    let html = f.read("public/testimonials/index.html");
    assert!(html.contains("The pupils ask for more."));
    assert!(
        html.contains(r#"<span class="quote-author">Teaching assistant</span>"#),
        "{html}"
    );
    assert!(
        !html.contains("Private Secret Title"),
        "an anonymous testimonial's link to private work is dropped"
    );
}

#[test]
fn small_cells_are_suppressed_in_every_output() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    let site = f.site();
    for value in ["4321.5", "4,321.5", "4321", "4,321"] {
        assert_eq!(
            files_containing(&site, value),
            Vec::<String>::new(),
            "{value} leaked"
        );
    }
    let impact = f.read("public/impact/index.html");
    assert!(
        impact.contains("suppressed (n &lt; 10)"),
        "the table says why"
    );
    assert!(
        impact.contains("52%"),
        "a value with enough people is shown"
    );
}

#[test]
fn the_threshold_follows_min_n() {
    let f = Fixture::copy("minimal");
    f.write(
        "portfolio.yaml",
        &f.read("portfolio.yaml").replace(
            "framework: generic",
            "framework: generic\nprivacy:\n  min_n: 20",
        ),
    );
    f.build(&[]);
    let impact = f.read("public/impact/index.html");
    assert!(!impact.contains("52%"), "n = 12 is below 20");
    assert!(impact.contains("suppressed (n &lt; 20)"));
}

#[test]
fn a_draft_left_out_is_named() {
    let f = Fixture::copy("minimal");
    let run = f.build(&[]);
    run.assert_said(
        "warning: left out of this build: it is a draft\n --> artefacts/gamma-draft.md",
    );
    run.assert_said("`--drafts` builds drafts too");
    let run = f.build(&["--drafts"]);
    assert!(
        !run.stderr.contains("left out of this build"),
        "{}",
        run.stderr
    );
}

/// A value about people without `n` cannot be checked against `min_n`: the build
/// names the metric at its first such point, or refuses it with `require_n`.
#[test]
fn values_without_a_count_are_named_or_refused() {
    let f = Fixture::copy("minimal");
    f.write(
        "metrics/attendance.yaml",
        "title: Attendance\nunit: \"%\"\npoints:\n  - { x: 2024-09, y: 91, n: 300 }\n  - { x: 2025-03, y: 81.5 }\n",
    );
    let run = f.build(&[]);
    run.assert_said("warning: \"Attendance\" at Mar 2025 has no `n`");
    run.assert_said("--> metrics/attendance.yaml:5:5");
    run.assert_said("`about_people: false`");
    let settings = f.read("portfolio.yaml");
    f.write(
        "portfolio.yaml",
        &format!("{settings}privacy:\n  require_n: true\n"),
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    run.assert_said("error: \"Attendance\" at Mar 2025 has no `n`");
    let metric = f.read("metrics/attendance.yaml");
    f.write(
        "metrics/attendance.yaml",
        &metric.replace("unit:", "about_people: false\nunit:"),
    );
    let run = f.build(&[]);
    assert!(!run.stderr.contains("has no `n`"), "{}", run.stderr);
}

/// Consent is given for a time and can be taken back. The build's day is
/// `SOURCE_DATE_EPOCH` when set: past `until`, or withdrawn, a testimonial is not
/// published, and the build names the file, never the quote.
#[test]
fn consent_that_ended_or_was_withdrawn_publishes_nothing() {
    // 2026-07-01, the day after consent until 2026-06-30 ends.
    let first_of_july = "1782864000";
    let build = |f: &Fixture, day: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_leadfolio"))
            .args(["build"])
            .current_dir(f.path())
            .env("NO_COLOR", "1")
            .env("SOURCE_DATE_EPOCH", day)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let cases = [
        (
            "{ given: 2025-01-15, until: 2026-06-30 }",
            Some("ended on 2026-06-30"),
        ),
        (
            "{ given: 2025-01-15, until: 2026-06 }",
            Some("ended on 2026-06-30"),
        ),
        (
            "withdrawn",
            Some("consent to publish this testimonial was withdrawn"),
        ),
        ("{ given: 2026-08-01 }", Some("starts on 2026-08-01")),
        ("{ given: 2025-01-15, until: 2026-07-01 }", None),
    ];
    for (consent, refused) in cases {
        let f = Fixture::copy("minimal");
        let named = f
            .read("testimonials/named.yaml")
            .replace("consent: true", &format!("consent: {consent}"));
        f.write("testimonials/named.yaml", &named);
        let said = build(&f, first_of_july);
        let site = f.site();
        let quote = "CONSENTED-QUOTE";
        f.write(
            "testimonials/named.yaml",
            &named.replace("quote: ", &format!("quote: {quote} ")),
        );
        let said_again = build(&f, first_of_july);
        let site_again = f.site();
        match refused {
            Some(why) => {
                assert!(said.contains(why), "{consent}: {said}");
                assert!(
                    said.contains("--> testimonials/named.yaml"),
                    "{consent}: the file is named"
                );
                assert!(
                    !said_again.contains(quote),
                    "{consent}: the quote is never printed"
                );
                assert!(
                    files_containing(&site_again, quote).is_empty(),
                    "{consent}: published"
                );
                assert!(!site.is_empty());
            }
            None => {
                assert!(
                    !files_containing(&site_again, quote).is_empty(),
                    "{consent}: still holds"
                );
            }
        }
    }
}

/// A phone's photo carries its camera, its time and where it was taken. The portfolio's
/// photo and an image a narrative shows are published, on the site and in the pack,
/// without them: the same pixels, and the orientation, and nothing else of the EXIF.
#[test]
fn a_photos_camera_time_and_position_reach_no_output() {
    let original =
        std::fs::read(crate::support::fixtures().join("images/photo-with-gps.jpg")).unwrap();
    let f = Fixture::copy("minimal");
    std::fs::write(f.path().join("assets/photo.jpg"), &original).unwrap();
    std::fs::write(f.path().join("assets/garden.jpg"), &original).unwrap();
    let settings = f.read("portfolio.yaml").replace(
        "  email: sam@example.org\n",
        "  email: sam@example.org\n  photo: assets/photo.jpg\n",
    );
    f.write("portfolio.yaml", &settings);
    let alpha = f.read("artefacts/alpha.md");
    f.write(
        "artefacts/alpha.md",
        &format!("{alpha}\n![The school garden](assets/garden.jpg)\n"),
    );
    f.build(&[]);
    let mut site = f.site();
    let pack = f.path().join("public/panel-pack.pdf");
    site.insert(
        "pack".into(),
        crate::support::pdf_readable(&pack, std::fs::read(&pack).unwrap()),
    );
    let tiff = original.windows(6).position(|w| w == b"Exif\0\0").unwrap() + 6;
    for marker in [
        &b"CAMERA-SECRET"[..],
        b"2025:03:14 08:15:00",
        &original[tiff..tiff + 64],
    ] {
        let found: Vec<&String> = site
            .iter()
            .filter(|(_, bytes)| bytes.windows(marker.len()).any(|w| w == marker))
            .map(|(path, _)| path)
            .collect();
        assert!(
            found.is_empty(),
            "{:?} in {found:?}",
            String::from_utf8_lossy(marker)
        );
    }
    let scan = |jpeg: &[u8]| {
        let at = jpeg.windows(2).position(|w| w == [0xFF, 0xDA]).unwrap();
        jpeg[at..].to_vec()
    };
    for published in ["assets/photo.jpg", "assets/garden.jpg"] {
        let bytes = &site[published];
        assert_eq!(scan(bytes), scan(&original), "{published}: the same pixels");
        assert!(
            bytes.windows(10).any(|w| w == b"Exif\0\0MM\0*"),
            "{published}: the orientation is kept"
        );
    }
}

/// A whole and its parts: with one part suppressed, the whole, the other parts and
/// their `n` would give it away ((60.26 × 150 − 44.44 × 18 − 61.92 × 125) / 7 = 71.3).
/// The next smallest part is withheld too, everywhere a value can appear, and no page
/// says which group is the small one.
#[test]
fn a_suppressed_part_cannot_be_computed_from_the_whole_and_the_rest() {
    let f = Fixture::copy("minimal");
    f.write(
        "metrics/groups.yaml",
        "title: Reading by group\nunit: \"%\"\nchart: bar\nparts_of: All students\nseries:\n\
         \x20 - name: All students\n    points: [{ x: 2025-03, y: 60.26, n: 150 }]\n\
         \x20 - name: English learners\n    points: [{ x: 2025-03, y: 44.44, n: 18 }]\n\
         \x20 - name: Students with IEPs\n    points: [{ x: 2025-03, y: 71.3, n: 7 }]\n\
         \x20 - name: Other students\n    points: [{ x: 2025-03, y: 61.92, n: 125 }]\n",
    );
    let alpha = f.read("artefacts/alpha.md");
    f.write(
        "artefacts/alpha.md",
        &format!("{alpha}\n{{{{ chart(metric=\"groups\") }}}}\n"),
    );
    let run = f.build(&[]);
    run.assert_said("withheld: \"English learners\" at Mar 2025");
    // The pages, charts and files as text, and the pack's words (its streams hold
    // coordinates that can read like any number).
    let mut site = f.site();
    site.retain(|path, _| !path.ends_with(".pdf"));
    let pack = crate::support::pdf_text(&f.path().join("public/panel-pack.pdf"));
    site.insert("pack".into(), pack.into_bytes());
    for hidden in ["71.3", "44.4"] {
        assert!(
            files_containing(&site, hidden).is_empty(),
            "{hidden}: {:?}",
            files_containing(&site, hidden)
        );
    }
    assert!(
        !files_containing(&site, "60.26").is_empty(),
        "the whole is shown"
    );
    assert!(
        !files_containing(&site, "61.92").is_empty(),
        "the largest part is shown"
    );
    let impact = f.read("public/impact/index.html");
    let start = impact.find("id=\"metric-groups\"").expect("the metric");
    let section = &impact[start..];
    let section = &section[..section.find("</section>").unwrap_or(section.len())];
    assert!(
        section.contains("withheld to protect a small group"),
        "{section}"
    );
    assert!(
        !section.contains("n &lt; 10") && !section.contains("n < 10"),
        "which group is small is not said"
    );
    let chart = f.read("public/charts/groups.svg");
    assert!(chart.contains("2 values are withheld to protect a small group."));
}

/// `check --privacy` is one table of what stays home and why, with files and
/// positions, and no quote or value.
#[test]
fn the_privacy_report_lists_what_stays_home() {
    let f = Fixture::copy("minimal");
    let photo =
        std::fs::read(crate::support::fixtures().join("images/photo-with-gps.jpg")).unwrap();
    std::fs::write(f.path().join("assets/photo.jpg"), photo).unwrap();
    let run = f.run(&["check", "--privacy"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = &run.stdout;
    for (kind, place) in [
        ("private work", "artefacts/delta-private.md"),
        ("draft", "artefacts/gamma-draft.md"),
        ("no consent", "testimonials/noconsent.yaml"),
        ("small group", "metrics/reading.yaml:13:9"),
        ("image metadata", "assets/photo.jpg"),
    ] {
        let line = report
            .lines()
            .find(|l| l.contains(place))
            .unwrap_or_else(|| panic!("{place} missing:\n{report}"));
        assert!(line.trim_start().starts_with(kind), "{line}");
    }
    assert!(!report.contains("4321.5"), "no suppressed value is printed");
    assert!(!report.contains("PRIVATE-SECRET-TEXT"));
    assert!(!f.path().join("public").exists(), "nothing is written");
}
