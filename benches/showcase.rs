//! A district-sized showcase: 500 generated portfolios built with one command.
//! Run with `cargo bench --bench showcase [-- PORTFOLIOS]`; prints the build time,
//! pages per second and the size of the site.

use leadfolio::stages::publish::Options;
use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

mod common;
use common::{psel_ids, write};

const ROLES: [&str; 5] = [
    "Instructional Coach",
    "Assistant Principal",
    "Principal",
    "Teacher Leader",
    "Dean of Students",
];
/// A realistic small portfolio: 4 artefacts of about 2 KB, 2 metrics, 2 testimonials.
fn portfolio(dir: &Path, i: usize, psel: &[String]) {
    let role = ROLES[i % ROLES.len()];
    write(&dir.join("portfolio.yaml"), &format!(
        "title: Leader {i}, Portfolio\nperson:\n  name: Leader Number{i}\n  role: {role}\n  organisation: School {}\n  headline: Raised outcomes in school {i}\nseeking: Principal\n",
        i % 40
    ));
    for a in 0..4 {
        let comps = format!("[{}, {}]", psel[(i + a) % 10], psel[(i + a * 3 + 1) % 10]);
        let mut body = String::new();
        for section in ["Context", "What I did", "What changed", "Why it changed"] {
            let _ = write!(body, "## {section}\n\nA paragraph of evidence about the work, the people involved and the results, with **emphasis** and a [link](https://example.org).\n\n- first step taken with the team\n- second step, measured weekly\n- third step, reviewed with families\n\n");
        }
        body.push_str("| Term | Value |\n|---|---|\n| Fall | 40 |\n| Spring | 55 |\n\n{{ chart(metric=\"m0\") }}\n");
        write(&dir.join(format!("artefacts/a{a}.md")), &format!(
            "---\ntitle: Artefact {a} of leader {i}\ndate: 2024-{:02}-15\nsummary: What changed in project {a}.\ncompetencies: {comps}\nmetrics: [m{}]\ntestimonials: [t{}]\nfeatured: {}\n---\n{body}",
            a + 1, a % 2, a % 2, a == 0
        ));
    }
    for m in 0..2 {
        write(&dir.join(format!("metrics/m{m}.yaml")), &format!(
            "title: Measure {m}\nunit: \"%\"\nbaseline: 40\ntarget: 60\npoints:\n  - {{ x: 2024-09, y: 40, n: 120 }}\n  - {{ x: 2024-12, y: {}, n: 118 }}\n  - {{ x: 2025-03, y: {}, n: 8 }}\n",
            45 + i % 10, 50 + m * 5
        ));
    }
    for t in 0..2 {
        write(&dir.join(format!("testimonials/t{t}.yaml")), &format!(
            "author: Colleague {t}\nrole: Teacher\nconsent: true\nartefacts: [a{t}]\nquote: Working with leader {i} changed our practice.\n"
        ));
    }
}

fn main() {
    // As the binary does, so that builds in memory are timed as `serve` runs them.
    let count = common::size(500);
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("showcase.yaml"), "title: District showcase\norganisation: A district\nframework: psel-2015\ntheme: district\n");
    let psel = psel_ids();
    for i in 0..count {
        portfolio(&dir.path().join(format!("leader-{i:04}")), i, &psel);
    }
    let out = dir.path().join("public");
    let start = Instant::now();
    let outcome = leadfolio::stages::pipeline::run(dir.path(), Options::default());
    let rendered = start.elapsed();
    let files = outcome.files.expect("the generated showcase builds");
    leadfolio::stages::write::staging::write(&files, &out).unwrap();
    let total = start.elapsed();
    let counts = leadfolio::stages::output::count(files.iter().map(|f| f.path.as_str()));
    let bytes: u64 = walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(Result::ok)
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum();
    println!("showcase of {count} portfolios ({} artefacts)", count * 4);
    println!("  load + render: {:>8.2} s", rendered.as_secs_f64());
    println!("  with writing:  {:>8.2} s", total.as_secs_f64());
    println!(
        "  pages: {}  charts: {}  files: {}  ({:.0} pages/s)",
        counts.pages,
        counts.charts,
        counts.files,
        counts.pages as f64 / total.as_secs_f64()
    );
    println!("  site size: {:.1} MB", bytes as f64 / 1e6);
}
