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
    // It builds as it is, and says what is still the starter's: each placeholder at
    // its line, and the sample quote, which has no consent until the author records it.
    let check = f.run(&["check", "mine"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    for said in [
        "\"Your Name\" is the starter's placeholder, still here",
        "--> portfolio.yaml:4:9",
        "\"What they said about the work, in their own words.\" is the starter's placeholder",
        "--> testimonials/colleague.yaml:",
        "--> artefacts/first-project.md:2:8",
        "not published: this testimonial has no recorded consent",
    ] {
        assert!(check.stderr.contains(said), "{said}:\n{}", check.stderr);
    }
    assert!(!check.stderr.contains("error:"), "{}", check.stderr);
    assert!(f.path().join("mine/public/index.html").exists());
    // A ready workflow to publish it, which builds with a command that exists.
    let workflow = f.read("mine/.github/workflows/publish.yml");
    let parsed: serde_yaml::Value = serde_yaml::from_str(&workflow).unwrap();
    let steps = parsed["jobs"]["build"]["steps"].as_sequence().unwrap();
    // It builds with leadfolio's action, a release binary at a pinned version: nothing
    // is compiled on every push.
    let build = steps
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("leadfolio/leadfolio@"))
        })
        .expect("a step that uses leadfolio's action");
    assert!(build["with"]["version"]
        .as_str()
        .is_some_and(|v| v.chars().next().is_some_and(|c| c.is_ascii_digit())));
    assert_eq!(build["with"]["args"].as_str(), Some("-o public"));
    assert!(!workflow.contains("cargo install"));
    assert!(workflow.contains("persist-credentials: false"));
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

#[test]
fn a_folder_that_does_not_exist_is_named_and_nothing_is_made() {
    let f = Fixture::empty();
    for command in ["build", "check"] {
        let run = f.run(&[command, "nowhere"]);
        assert_eq!(run.code, 2, "{command}: {}", run.stderr);
        run.assert_said("nowhere does not exist");
        assert!(!run.stderr.contains("portfolio.yaml\n"), "{}", run.stderr);
        assert!(
            !f.path().join("nowhere").exists(),
            "{command} made the folder"
        );
    }
}

#[test]
fn quiet_prints_nothing_on_success() {
    let f = Fixture::copy("minimal");
    for command in ["build", "check"] {
        let run = f.run(&[command, "--quiet"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_eq!(run.stdout, "", "{command} --quiet");
        assert_eq!(
            run.stderr, "",
            "{command} --quiet (warnings are not errors)"
        );
    }
}

#[test]
fn open_without_a_browser_says_where_the_site_is() {
    let f = Fixture::copy("minimal");
    let empty = f.path().join("no-programs");
    std::fs::create_dir_all(&empty).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_leadfolio"))
        .args(["build", "--open"])
        .current_dir(f.path())
        .env("PATH", &empty)
        .env_remove("BROWSER")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("No browser could be opened here; open "),
        "{stderr}"
    );
    assert!(stderr.contains("public/index.html yourself."), "{stderr}");
    assert!(
        !stderr.contains("Launcher") && !stderr.contains("ExitStatus"),
        "{stderr}"
    );
}
