//! Bad input: every problem in one run, each with file, line, column and a fix.
//! Each folder in tests/fixtures/errors is laid over the `minimal` fixture; the
//! report of `leadfolio check` is compared with its snapshot.

use crate::support::{copy_tree, fixtures, Fixture};

fn check_with(overlay: &str) -> (crate::support::Run, Fixture) {
    let f = Fixture::copy("minimal");
    copy_tree(&fixtures().join("errors").join(overlay), f.path());
    let run = f.run(&["check"]);
    (run, f)
}

#[test]
fn every_error_fixture_is_reported_with_positions_and_hints() {
    let mut names: Vec<String> = std::fs::read_dir(fixtures().join("errors"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 12, "{names:?}");
    for name in names {
        let (run, f) = check_with(&name);
        assert_eq!(run.code, 1, "{name}: expected exit 1\n{}", run.stderr);
        assert!(run.stderr.contains("error: "), "{name}: no error reported");
        assert!(
            run.stdout.is_empty(),
            "{name}: check printed to stdout on failure"
        );
        insta::assert_snapshot!(format!("errors__{name}"), run.stderr_normalised(&f));
    }
}

#[test]
fn problems_in_many_files_are_all_reported_in_one_run() {
    let f = Fixture::copy("minimal");
    for overlay in [
        "unknown-competency",
        "wrong-types",
        "yaml-syntax",
        "settings",
    ] {
        copy_tree(&fixtures().join("errors").join(overlay), f.path());
    }
    let run = f.run(&["check"]);
    assert_eq!(run.code, 1);
    for file in [
        "portfolio.yaml",
        "artefacts/beta.md",
        "metrics/reading.yaml",
        "testimonials/named.yaml",
    ] {
        assert!(
            run.stderr.contains(&format!("--> {file}")),
            "no problem reported in {file}:\n{}",
            run.stderr
        );
    }
    let count = run.stderr.matches("error: ").count();
    run.assert_said(&format!("{count} errors in the portfolio"));
}

#[test]
fn a_build_with_errors_writes_nothing() {
    let f = Fixture::copy("minimal");
    copy_tree(&fixtures().join("errors/unknown-competency"), f.path());
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1);
    assert!(!f.path().join("public").exists());
}

#[test]
fn crlf_line_endings_and_a_byte_order_mark_are_accepted() {
    let f = Fixture::copy("minimal");
    let text = f.read("artefacts/beta.md").replace('\n', "\r\n");
    f.write("artefacts/beta.md", &format!("\u{feff}{text}"));
    f.write(
        "metrics/reading.yaml",
        &f.read("metrics/reading.yaml").replace('\n', "\r\n"),
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(f
        .read("public/evidence/beta/index.html")
        .contains("Half the books were out of date."));
}

#[test]
fn positions_are_counted_in_the_users_file_with_crlf() {
    let f = Fixture::copy("minimal");
    f.write(
        "artefacts/beta.md",
        "---\r\ntitle: x\r\ndate: 2024-01-01\r\ncompetencies: [nope]\r\n---\r\nText\r\n",
    );
    let run = f.run(&["check"]);
    run.assert_said("--> artefacts/beta.md:4:16");
}

#[test]
fn a_quote_says_what_it_cannot_show() {
    let f = Fixture::copy("minimal");
    f.write(
        "testimonials/kim.yaml",
        "author: Kim Lee\nconsent: true\nquote: |\n  Sam's [audit](@/alpha) changed our year.\n  {{ chart(metric=\"reading\") }}\n",
    );
    let run = f.run(&["check"]);
    assert_eq!(run.code, 0, "warnings only:\n{}", run.stderr);
    for (what, at) in [
        ("a link to an artefact", "testimonials/kim.yaml:4:9"),
        ("a shortcode", "testimonials/kim.yaml:5:3"),
    ] {
        let said = format!("warning: {what} is not shown in a quote\n --> {at}");
        assert!(run.stderr.contains(&said), "{said}:\n{}", run.stderr);
    }
}

/// A date typed as people write it elsewhere is refused with the form to write,
/// underlined whole.
#[test]
fn a_typed_date_is_shown_rewritten() {
    let f = Fixture::copy("minimal");
    let beta = f.read("artefacts/beta.md");
    let date_line = beta
        .lines()
        .find(|l| l.starts_with("date:"))
        .unwrap()
        .to_owned();
    for (written, suggestion, carets) in [
        ("15/11/2024", "write `2024-11-15`", 10),
        ("January 10, 2025", "write `2025-01-10`", 16),
    ] {
        f.write(
            "artefacts/beta.md",
            &beta.replace(&date_line, &format!("date: {written}")),
        );
        let run = f.run(&["check"]);
        assert_eq!(run.code, 1, "{}", run.stderr);
        run.assert_said(suggestion);
        let underline = format!("| {}{} ", " ".repeat("date: ".len()), "^".repeat(carets));
        run.assert_said(&underline);
    }
    f.write(
        "artefacts/beta.md",
        &beta.replace(&date_line, "date: 03/04/2025"),
    );
    let run = f.run(&["check"]);
    run.assert_said("write YYYY-MM-DD, YYYY-MM or YYYY");
}

/// A shortcode with a typo or left open is an error at its place, not braces on the
/// page; `\{{` shows the braces as text.
#[test]
fn a_mistyped_or_open_shortcode_is_an_error_and_the_escape_is_text() {
    let f = Fixture::copy("minimal");
    let beta = f.read("artefacts/beta.md");
    f.write(
        "artefacts/beta.md",
        &format!(
            "{beta}\n{{{{ chrat(metric=\"reading\") }}}}\n\n{{{{ testimonial(id=\"named\" }}}}\n\nShown as text: \\{{{{ chart(metric=\"x\") }}}}\n"
        ),
    );
    let run = f.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    run.assert_said("`chrat` is not a shortcode");
    run.assert_said("did you mean `chart`?");
    run.assert_said("--> artefacts/beta.md:10:1");
    run.assert_said("the call of `testimonial` is not closed");
    run.assert_said("--> artefacts/beta.md:12:1");
    f.write(
        "artefacts/beta.md",
        &format!("{beta}\nShown as text: \\{{{{ chart(metric=\"x\") }}}}\n"),
    );
    f.build(&[]);
    let html = f.read("public/evidence/beta/index.html");
    assert!(
        html.contains("Shown as text: {{ chart(metric=\"x\") }}"),
        "{}",
        crate::support::main_of(&html)
    );
}
