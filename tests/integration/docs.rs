//! The README and the guide in docs/ say what the software does: every command and
//! flag they show exists, every file they link to is there, and the README's two
//! set-up commands are the ones CI runs.

use crate::support::Fixture;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// README.md and every page of docs/.
fn pages() -> Vec<PathBuf> {
    let mut pages = vec![repo().join("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(repo().join("docs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    pages.extend(docs);
    pages
}

/// Each `leadfolio SUBCOMMAND ...` a page shows: a line of a code block, or code in
/// the text (between backticks).
fn commands(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut in_block = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_block = !in_block;
            continue;
        }
        let spans: Vec<&str> = if in_block {
            vec![line.trim_start()]
        } else {
            line.split('`').skip(1).step_by(2).collect()
        };
        for span in spans {
            let Some(rest) = span.strip_prefix("leadfolio ") else {
                continue;
            };
            let command = rest.split(['#', '|', '&']).next().unwrap_or("").trim();
            if command
                .split_whitespace()
                .next()
                .is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase()))
            {
                found.push(command.to_owned());
            }
        }
    }
    found
}

#[test]
fn every_command_and_flag_the_docs_show_exists() {
    let f = Fixture::empty();
    let subcommands: BTreeSet<&str> =
        ["new", "build", "check", "serve", "frameworks", "help"].into();
    let mut checked = 0;
    for page in pages() {
        let text = std::fs::read_to_string(&page).unwrap();
        for command in commands(&text) {
            let mut words = command.split_whitespace();
            let sub = words.next().unwrap();
            assert!(
                subcommands.contains(sub),
                "{}: `leadfolio {command}`",
                page.display()
            );
            if sub == "help" {
                continue;
            }
            let help = f.run(&[sub, "--help"]);
            assert_eq!(help.code, 0, "{sub} --help");
            for flag in words.filter(|w| w.starts_with('-')) {
                let flag =
                    flag.trim_matches(|c: char| c == ',' || c == '[' || c == ']' || c == ';');
                let flag = flag.split('=').next().unwrap();
                assert!(
                    help.stdout.contains(&format!("{flag} "))
                        || help.stdout.contains(&format!("{flag},"))
                        || help.stdout.contains(&format!("{flag}\n")),
                    "{}: `leadfolio {command}` names {flag}, which `leadfolio {sub}` does not have",
                    page.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 10, "only {checked} commands found");
}

#[test]
fn every_file_the_docs_link_to_exists() {
    for page in pages() {
        let text = std::fs::read_to_string(&page).unwrap();
        let folder = page.parent().unwrap();
        for (at, _) in text.match_indices("](") {
            let target = text[at + 2..].split(')').next().unwrap();
            let target = target.split('#').next().unwrap();
            if target.is_empty()
                || target.contains("://")
                || target.starts_with("mailto:")
                || target.starts_with("@/")
            {
                continue;
            }
            assert!(
                folder.join(target).exists(),
                "{} links to {target}, which does not exist",
                page.display()
            );
        }
    }
}

#[test]
fn the_readme_gives_the_two_commands_ci_runs() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let ci = std::fs::read_to_string(repo().join(".ci/run")).unwrap();
    assert!(readme.contains("cargo run --release -- build example-portfolio"));
    assert!(ci.contains("cargo run --release --locked -- build example-portfolio"));
    assert!(
        readme.contains("\ncargo test "),
        "the README's test command"
    );
    assert!(
        ci.contains("\ncargo test --locked\n"),
        "CI runs the README's test command"
    );
    assert!(
        readme.lines().count() <= 160,
        "the README stays a user's page"
    );
}
