//! The command line: help, exit codes, `new` and `frameworks`.

use crate::support::Fixture;

#[test]
fn help_lists_every_command() {
    let run = Fixture::empty().run(&["--help"]);
    assert_eq!(run.code, 0);
    for command in ["new", "build", "check", "frameworks"] {
        assert!(run.stdout.contains(command), "{}", run.stdout);
    }
}

#[test]
fn a_wrong_command_line_exits_2() {
    let f = Fixture::empty();
    assert_eq!(f.run(&["publish"]).code, 2);
    assert_eq!(f.run(&["build", "--no-such-flag"]).code, 2);
}

#[test]
fn a_folder_without_portfolio_yaml_exits_1_and_says_what_to_do() {
    let run = Fixture::empty().run(&["build"]);
    assert_eq!(run.code, 1);
    run.assert_said("there is no portfolio.yaml");
    run.assert_said("leadfolio new");
}

#[test]
fn frameworks_lists_every_bundled_id() {
    let run = Fixture::empty().run(&["frameworks"]);
    assert_eq!(run.code, 0);
    for id in [
        "psel-2015",
        "uk-headteachers-2020",
        "aitsl-principal",
        "ontario-olf",
        "generic",
        "mission-vision-values",
        "send",
        "securing-accountability",
    ] {
        assert!(run.stdout.contains(id), "missing {id}");
    }
}

#[test]
fn new_starts_a_portfolio_that_builds_cleanly() {
    let f = Fixture::empty();
    let run = f.run(&["new", "mine"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let build = f.run(&["build", "mine"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    assert_eq!(
        build.stderr, "",
        "the starter should build without warnings"
    );
    assert!(f.path().join("mine/public/index.html").exists());
    // A ready workflow to publish it, which builds with a command that exists.
    let workflow = f.read("mine/.github/workflows/publish.yml");
    let parsed: serde_yaml::Value = serde_yaml::from_str(&workflow).unwrap();
    assert!(parsed["jobs"]["build"]["steps"].as_sequence().is_some());
    assert!(workflow.contains("run: leadfolio build . -o public"));
    assert_eq!(f.read("mine/.gitignore"), "public/\n");
    assert!(
        !f.path().join("mine/public/assets/README.txt").exists(),
        "the starter's note for the author is not published"
    );
}

#[test]
fn new_refuses_a_folder_that_has_files() {
    let f = Fixture::empty();
    f.write("mine/notes.txt", "keep me");
    let run = f.run(&["new", "mine"]);
    assert_eq!(run.code, 2);
    assert_eq!(f.read("mine/notes.txt"), "keep me");
}

#[test]
fn check_reports_and_writes_nothing() {
    let f = Fixture::copy("minimal");
    let run = f.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("No errors"), "{}", run.stdout);
    assert!(!f.path().join("public").exists());
}

#[test]
fn output_folders_that_would_destroy_content_are_refused() {
    let f = Fixture::copy("minimal");
    assert_eq!(f.run(&["build", "-o", "."]).code, 2);
    assert_eq!(f.run(&["build", "-o", "artefacts/site"]).code, 2);
    assert!(f.path().join("artefacts/alpha.md").exists());
}

#[test]
fn a_non_empty_folder_not_made_by_leadfolio_is_not_replaced() {
    let f = Fixture::copy("minimal");
    let elsewhere = Fixture::empty();
    elsewhere.write("important.txt", "mine");
    let run = f.run(&["build", "-o", elsewhere.path().to_str().unwrap()]);
    assert_eq!(run.code, 1);
    run.assert_said("not made by leadfolio");
    assert_eq!(elsewhere.read("important.txt"), "mine");
}
