//! What an attack review found, each as a user (or an attacker with write access to
//! part of a portfolio) would try it: symbolic links, template access to the
//! environment, what only private work uses, foreign staging folders, inputs that
//! would stall a build, and roles in other scripts.

use crate::support::{files_containing, Fixture};
use std::os::unix::fs::symlink;

/// A folder outside the portfolio with a file a build must never publish.
fn outside(f: &Fixture) -> std::path::PathBuf {
    let dir = f.path().join("elsewhere");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("secret.txt"), "OUTSIDE-SECRET").unwrap();
    std::fs::write(dir.join("secret.css"), "body{}/*OUTSIDE-SECRET*/").unwrap();
    dir
}

#[test]
fn a_symlinked_top_level_folder_is_refused_and_nothing_under_it_is_read() {
    for folder in [
        "static",
        "assets",
        "templates",
        "artefacts",
        "metrics",
        "testimonials",
    ] {
        let f = Fixture::copy("minimal");
        let portfolio = f.path().join("p");
        crate::support::copy_tree(&crate::support::fixtures().join("minimal"), &portfolio);
        let elsewhere = outside(&f);
        let target = portfolio.join(folder);
        let _ = std::fs::remove_dir_all(&target);
        symlink(&elsewhere, &target).unwrap();
        let run = f.run(&["build", "p"]);
        assert!(
            run.stderr.contains(&format!(
                "{folder}/ is a symbolic link, so nothing in it was read"
            )),
            "{folder}: {}",
            run.stderr
        );
        // Without the linked folder the portfolio may not build at all; either way,
        // nothing from outside is published.
        let public = portfolio.join("public");
        if !public.exists() {
            continue;
        }
        let site = crate::support::site_files(&public);
        assert!(
            files_containing(&site, "OUTSIDE-SECRET").is_empty(),
            "{folder}: published {:?}",
            files_containing(&site, "OUTSIDE-SECRET")
        );
    }
}

#[test]
fn a_template_cannot_read_the_environment() {
    let f = Fixture::copy("minimal");
    f.write("templates/about.html", "{% extends \"base.html\" %}\n{% block main %}\n<p>{{ get_env(name=\"LEADFOLIO_TEST_SECRET\") }}</p>{% endblock %}");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_leadfolio"))
        .args(["build"])
        .current_dir(f.path())
        .env("LEADFOLIO_TEST_SECRET", "ENV-SECRET-VALUE")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("--> templates/about.html:3:7"), "{stderr}");
    assert!(stderr.contains("calls `get_env`"), "{stderr}");
    assert!(!f.path().join("public").exists());
    assert!(!stderr.contains("ENV-SECRET-VALUE"));
}

#[test]
fn a_showcase_members_template_cannot_read_the_environment() {
    let f = Fixture::copy("/example-showcase");
    f.write(
        "marcus-lee/templates/about.html",
        "{{ get_env(name=\"HOME\") }}",
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    run.assert_said("--> marcus-lee/templates/about.html:1:4");
    assert!(!f.path().join("public").exists());
}

#[test]
fn what_only_private_work_uses_is_held_back_everywhere() {
    let f = Fixture::copy("minimal");
    f.write("assets/private-plan.pdf", "PRIVATE-ATTACHMENT-BYTES");
    f.write(
        "metrics/private-only.yaml",
        "title: PRIVATE-METRIC-TITLE\nunit: \"%\"\npoints:\n  - { x: 2024-09, y: 40, n: 50 }\n  - { x: 2025-03, y: 47, n: 50 }\n",
    );
    f.write(
        "testimonials/private-quote.yaml",
        "author: PRIVATE-QUOTE-AUTHOR\nconsent: true\nartefacts: [delta-private]\nquote: PRIVATE-QUOTE-TEXT\n",
    );
    f.write(
        "artefacts/delta-private.md",
        "---\ntitle: Private Secret Title\ndate: 2025-06-02\ncompetencies: [people]\nstatus: private\nmetrics: [private-only]\nattachments:\n  - { title: Plan, path: assets/private-plan.pdf }\n---\nPRIVATE-SECRET-TEXT lives here. {{ chart(metric=\"private-only\") }}\n",
    );
    let run = f.build(&[]);
    let site = f.site();
    for marker in [
        "PRIVATE-ATTACHMENT-BYTES",
        "PRIVATE-METRIC-TITLE",
        "PRIVATE-QUOTE-AUTHOR",
        "PRIVATE-QUOTE-TEXT",
    ] {
        assert!(
            files_containing(&site, marker).is_empty(),
            "{marker} in {:?}",
            files_containing(&site, marker)
        );
    }
    assert!(!site.contains_key("charts/private-only.svg"));
    assert!(!site.contains_key("assets/private-plan.pdf"));
    run.assert_said("not published: only unpublished artefacts use this metric");
    run.assert_said("not published: only unpublished artefacts use this testimonial");
    run.assert_said("not copied to the site: only unpublished artefacts use this file");
    // Named elsewhere, the metric is published again.
    f.write(
        "artefacts/beta.md",
        &format!(
            "{}\nSee {{{{ metric(id=\"private-only\") }}}}.\n",
            f.read("artefacts/beta.md")
        ),
    );
    f.build(&[]);
    assert!(!files_containing(&f.site(), "PRIVATE-METRIC-TITLE").is_empty());
}

#[test]
fn a_staging_folder_made_by_someone_else_is_left_alone() {
    let f = Fixture::copy("minimal");
    for name in [".public.leadfolio-old", ".public.leadfolio-new"] {
        f.write(&format!("{name}/keep.txt"), "SOMEONE-ELSES-FILE");
    }
    f.build(&[]);
    f.build(&[]);
    for name in [".public.leadfolio-old", ".public.leadfolio-new"] {
        assert_eq!(f.read(&format!("{name}/keep.txt")), "SOMEONE-ELSES-FILE");
    }
    assert!(f.path().join("public/index.html").exists());
}

#[test]
fn an_output_folder_inside_the_portfolio_through_a_link_is_refused() {
    let f = Fixture::copy("minimal");
    symlink(f.path().join("assets"), f.path().join("alink")).unwrap();
    let run = f.run(&["build", "-o", "alink/site"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    run.assert_said("inside the portfolio's assets/ folder");
    assert!(!f.path().join("assets/site").exists());
}

#[test]
fn inputs_that_stalled_a_build_end_in_seconds() {
    let deep_divs = format!(
        "---\ntitle: Deep\ndate: 2025-01-01\n---\n\n{}x{}\n",
        "<div>".repeat(200_000),
        "</div>".repeat(200_000)
    );
    let deep_list = format!(
        "title: Deep\nunit: points\npoints: {}\n",
        "[".repeat(100_000)
    );
    let many_points: String = (0..140_000)
        .map(|i| {
            format!(
                "- {{x: {}-{:02}-{:02}, y: {}, n: 50}}\n",
                1000 + i / 336,
                i / 28 % 12 + 1,
                i % 28 + 1,
                i % 97
            )
        })
        .collect();
    let cases = [
        (
            "artefacts/deep.md",
            deep_divs,
            Some("raw HTML here nests elements more than 256 levels deep"),
        ),
        (
            "metrics/deep.yaml",
            deep_list,
            Some("nested more than 100 levels deep"),
        ),
        (
            "metrics/many.yaml",
            format!("title: Many\nunit: points\npoints:\n{many_points}"),
            None,
        ),
    ];
    for (path, text, error) in cases {
        let f = Fixture::copy("minimal");
        f.write(path, &text);
        // Bounded by the work the build may do, not by the clock: these took from 11 s
        // to minutes of processor time; a debug build now takes a few. Other jobs on
        // the machine do not count against it.
        let run = f.run_with_cpu_limit(&["build"], 60);
        assert_ne!(run.code, -1, "{path}: stopped after 60 s of processor time");
        match error {
            Some(message) => {
                assert_eq!(run.code, 1, "{path}");
                run.assert_said(message);
                assert!(
                    run.stderr.len() < 20_000,
                    "{path}: quoted lines are cut to a window around the caret"
                );
            }
            None => {
                assert_eq!(run.code, 0, "{path}: {}", run.stderr);
                let impact = f.read("public/impact/index.html");
                assert!(
                    impact.len() < 600_000,
                    "the page holds a summary, not 140,000 rows: {}",
                    impact.len()
                );
                assert!(impact.contains("Download every value as CSV"));
                let csv = f.read("public/charts/many.csv");
                assert_eq!(csv.lines().count(), 140_001, "a header and every point");
                let chart = f.read("public/charts/many.svg");
                assert!(
                    chart.len() < 400_000,
                    "the chart is drawn to its pixels: {}",
                    chart.len()
                );
            }
        }
    }
}

#[test]
fn roles_in_any_script_each_get_a_page() {
    let f = Fixture::copy("/example-showcase");
    for (folder, role) in [("amara-patel", "校長"), ("marcus-lee", "Директор")] {
        let settings = f.read(&format!("{folder}/portfolio.yaml"));
        let line = settings
            .lines()
            .find(|l| l.trim_start().starts_with("role:"))
            .unwrap()
            .to_owned();
        let indent = &line[..line.len() - line.trim_start().len()];
        f.write(
            &format!("{folder}/portfolio.yaml"),
            &settings.replace(&line, &format!("{indent}role: {role}")),
        );
    }
    f.build(&[]);
    let site = f.site();
    let first = String::from_utf8_lossy(&site["roles/xiao-chang/index.html"]).into_owned();
    let second = String::from_utf8_lossy(&site["roles/direktor/index.html"]).into_owned();
    assert!(first.contains("校長") && !first.contains("Директор"));
    assert!(second.contains("Директор") && !second.contains("校長"));
    assert!(!site.contains_key("roles/index.html"));
    let index = String::from_utf8_lossy(&site["index.html"]).into_owned();
    assert!(!index.contains("roles//"), "no empty role folder is linked");
}

#[test]
fn what_raw_html_hides_on_the_site_is_hidden_in_the_pack() {
    let f = Fixture::copy("minimal");
    let alpha = f.read("artefacts/alpha.md");
    f.write(
        "artefacts/alpha.md",
        &format!(
            "{alpha}\n<!-- a note to myself\nCOMMENT-HIDDEN\n-->\n\n<script>\nSCRIPT-HIDDEN\n</script>\n\n\
             <style>\nSTYLE-HIDDEN\n</style>\n\n<template>\n\nTEMPLATE-HIDDEN in *Markdown*\n\n</template>\n\n\
             Inline <script>INLINE-HIDDEN</script> and <span>SHOWN-WORDS</span> too.\n\n<div>\nBLOCK-SHOWN\n</div>\n"
        ),
    );
    f.build(&[]);
    let page = f.read("public/evidence/alpha/index.html");
    let pack = crate::support::pdf_readable(
        &f.path().join("public/panel-pack.pdf"),
        std::fs::read(f.path().join("public/panel-pack.pdf")).unwrap(),
    );
    let pack = String::from_utf8_lossy(&pack);
    for hidden in ["COMMENT", "SCRIPT", "STYLE", "TEMPLATE", "INLINE"] {
        let marker = format!("{hidden}-HIDDEN");
        assert!(!page.contains(&marker), "the site shows {marker}");
        assert!(!pack.contains(&marker), "the pack prints {marker}");
    }
    for shown in ["SHOWN-WORDS", "BLOCK-SHOWN"] {
        assert!(page.contains(shown), "the site shows {shown}");
        assert!(pack.contains(shown), "the pack prints {shown}");
    }
}

#[test]
fn a_data_file_through_a_linked_folder_is_refused_at_its_line() {
    let f = Fixture::copy("minimal");
    let elsewhere = f.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(
        elsewhere.join("ext.csv"),
        "Term,Year 4,Year 4 (n)\n2024-09,OUTSIDE-SECRET,90\n2025-03,77,90\n",
    )
    .unwrap();
    symlink(&elsewhere, f.path().join("metrics/ld")).unwrap();
    f.write(
        "metrics/reading.yaml",
        "title: Reading\nunit: \"%\"\ndata: ld/ext.csv\n",
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    run.assert_said("--> metrics/reading.yaml:3:7");
    run.assert_said("metrics/ld is a symbolic link, which is not followed");
    assert!(
        !run.stderr.contains("OUTSIDE-SECRET"),
        "no line of it is quoted"
    );
    assert!(!f.path().join("public").exists(), "nothing was published");
}

#[test]
fn a_linked_message_folder_is_refused_and_its_words_unused() {
    let f = Fixture::copy("minimal");
    let elsewhere = outside(&f);
    std::fs::write(elsewhere.join("en.ftl"), "nav-evidence = OUTSIDE-SECRET\n").unwrap();
    symlink(&elsewhere, f.path().join("i18n")).unwrap();
    let run = f.build(&[]);
    run.assert_said("i18n/ is a symbolic link, so nothing in it was read");
    let site = f.site();
    assert!(files_containing(&site, "OUTSIDE-SECRET").is_empty());
    assert!(f.read("public/index.html").contains(">Evidence<"));
}
