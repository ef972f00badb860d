//! Malformed and hostile input: every case ends in a clear message or a clean build,
//! never a panic, a hang or a partial site.

use crate::support::Fixture;

/// `check` on the minimal portfolio with one file replaced; the run must end with
/// exit 1 and no panic.
fn check_with(path: &str, bytes: &[u8]) -> crate::support::Run {
    let f = Fixture::copy("minimal");
    std::fs::write(f.path().join(path), bytes).unwrap();
    let run = f.run(&["check"]);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run
}

#[test]
fn a_billion_laughs_is_refused() {
    let mut yaml =
        String::from("title: x\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        yaml.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n",
            p = i - 1
        ));
    }
    let run = check_with("metrics/reading.yaml", yaml.as_bytes());
    assert_eq!(run.code, 1);
    run.assert_said("--> metrics/reading.yaml");
    run.assert_said("invalid YAML");
}

#[test]
fn deeply_nested_yaml_is_refused() {
    let yaml = format!("title: {}x{}\n", "[".repeat(20_000), "]".repeat(20_000));
    let run = check_with("metrics/reading.yaml", yaml.as_bytes());
    assert_eq!(run.code, 1);
    run.assert_said("invalid YAML");
}

#[test]
fn deeply_nested_markdown_builds() {
    let body = format!(
        "---\ntitle: Deep\ndate: 2024-01-01\ncompetencies: [operations]\n---\n{}deep\n\n{}item\n",
        ">".repeat(5_000),
        "- ".repeat(2_000)
    );
    let f = Fixture::copy("minimal");
    f.write("artefacts/beta.md", &body);
    let run = f.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(f.read("public/evidence/beta/index.html").contains("deep"));
}

#[test]
fn a_huge_front_matter_scalar_is_refused_by_size() {
    let mut text = b"---\ntitle: ".to_vec();
    text.extend(std::iter::repeat_n(b'a', 50 * 1024 * 1024));
    text.extend(b"\ndate: 2024-01-01\n---\nBody\n");
    let run = check_with("artefacts/beta.md", &text);
    assert_eq!(run.code, 1);
    run.assert_said("text files are limited to 5 MB");
    run.assert_said("artefacts/beta.md");
}

#[test]
fn a_20_mb_artefact_is_refused_by_size() {
    let mut text = b"---\ntitle: Big\ndate: 2024-01-01\ncompetencies: [operations]\n---\n".to_vec();
    text.extend(b"A paragraph of evidence.\n".repeat(20 * 1024 * 1024 / 25));
    let run = check_with("artefacts/beta.md", &text);
    assert_eq!(run.code, 1);
    run.assert_said("this file is 21.0 MB; text files are limited to 5 MB");
}

#[test]
fn invalid_utf8_is_located() {
    let run = check_with(
        "artefacts/beta.md",
        b"---\ntitle: Caf\xe9\ndate: 2024-01-01\n---\n",
    );
    assert_eq!(run.code, 1);
    run.assert_said("this file is not UTF-8 text");
    run.assert_said("--> artefacts/beta.md:2:11");
}

/// The parser runs out of text after the last line; the report points at the end of
/// that line, which the user's editor shows, not at a line after it.
#[test]
fn a_yaml_file_cut_short_is_located_at_its_end() {
    let run = check_with("metrics/reading.yaml", b"title: Reading\nunit: \"%\"\nsour");
    assert_eq!(run.code, 1);
    run.assert_said("invalid YAML");
    run.assert_said("--> metrics/reading.yaml:3:5");
    run.assert_said("3 | sour");
}

#[test]
fn a_nul_byte_is_located() {
    let run = check_with(
        "testimonials/named.yaml",
        b"author: Pat\nrole: x\x00y\nconsent: true\nquote: hi\n",
    );
    assert_eq!(run.code, 1);
    run.assert_said("this file contains a NUL byte");
    run.assert_said("--> testimonials/named.yaml:2:8");
}

#[test]
fn duplicate_keys_are_refused() {
    let run = check_with(
        "testimonials/named.yaml",
        b"author: Pat\nauthor: Sam\nconsent: true\nquote: hi\n",
    );
    assert_eq!(run.code, 1);
    run.assert_said("duplicate entry with key \"author\"");
    run.assert_said("each field may appear only once");
}

#[test]
fn ids_that_differ_only_in_case_cannot_collide() {
    let f = Fixture::copy("minimal");
    f.write("artefacts/Beta.md", &f.read("artefacts/beta.md"));
    let run = f.run(&["check"]);
    assert_eq!(run.code, 1);
    run.assert_said("`Beta` cannot be used as an id");
    run.assert_said("rename the file: ids use lower-case letters, digits, `-` and `_`: try `beta`");
}

#[cfg(unix)]
#[test]
fn symlinks_are_not_followed_out_of_the_portfolio_or_round_a_loop() {
    let f = Fixture::copy("minimal");
    let outside = Fixture::empty();
    outside.write(
        "secret.md",
        "---\ntitle: OUTSIDE-SECRET\ndate: 2024-01-01\ncompetencies: [data]\n---\nOUTSIDE-SECRET\n",
    );
    std::os::unix::fs::symlink(
        outside.path().join("secret.md"),
        f.path().join("artefacts/linked.md"),
    )
    .unwrap();
    std::os::unix::fs::symlink(f.path().join("artefacts"), f.path().join("artefacts/loop"))
        .unwrap();
    std::os::unix::fs::symlink("/etc/passwd", f.path().join("assets/passwd")).unwrap();
    let run = f.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.assert_said("warning: symbolic links are not followed");
    for link in ["artefacts/linked.md", "artefacts/loop", "assets/passwd"] {
        assert!(
            run.stderr.contains(&format!("--> {link}")),
            "{link} not reported:\n{}",
            run.stderr
        );
    }
    let site = f.site();
    assert!(crate::support::files_containing(&site, "OUTSIDE-SECRET").is_empty());
    assert!(!site.contains_key("assets/passwd"));
}

#[test]
fn an_output_folder_that_cannot_be_created_leaves_the_previous_site() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    let before = f.site();
    f.write("blocker", "a file where a folder should be");
    let run = f.run(&["build", "-o", "blocker/site"]);
    assert_eq!(run.code, 1);
    run.assert_said("error: ");
    assert!(before == f.site());
}
