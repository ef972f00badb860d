//! A district-sized showcase: by default 2,000 generated leaders with 30 pieces each
//! (60,000 pieces), built by the binary as a user builds it, to tmpfs where there is
//! one: with packs and search, without search, without packs, and without both. Prints
//! each build's time and peak memory, the search index's size on disk, what one search
//! downloads, and the size of the index page. Run with `cargo bench --bench showcase
//! [-- LEADERS [PIECES]]`.

use std::fmt::Write as _;
use std::path::Path;

mod common;
use common::{describe, measure, psel_ids, settle, write};

const ROLES: [&str; 5] = [
    "Instructional Coach",
    "Assistant Principal",
    "Principal",
    "Teacher Leader",
    "Dean of Students",
];
/// A realistic portfolio: `pieces` artefacts of about 2 KB, 2 metrics, 2 testimonials.
fn portfolio(dir: &Path, i: usize, pieces: usize, psel: &[String]) {
    let role = ROLES[i % ROLES.len()];
    write(&dir.join("portfolio.yaml"), &format!(
        "title: Leader {i}, Portfolio\nperson:\n  name: Leader Number{i}\n  role: {role}\n  organisation: School {}\n  headline: Raised outcomes in school {i}\nseeking: Principal\n",
        i % 40
    ));
    for a in 0..pieces {
        let comps = format!("[{}, {}]", psel[(i + a) % 10], psel[(i + a * 3 + 1) % 10]);
        let mut body = String::new();
        for section in ["Context", "What I did", "What changed", "Why it changed"] {
            let _ = write!(body, "## {section}\n\nA paragraph of evidence about the work, the people involved and the results, with **emphasis** and a [link](https://example.org).\n\n- first step taken with the team\n- second step, measured weekly\n- third step, reviewed with families\n\n");
        }
        body.push_str("| Term | Value |\n|---|---|\n| Fall | 40 |\n| Spring | 55 |\n\n{{ chart(metric=\"m0\") }}\n");
        write(&dir.join(format!("artefacts/a{a}.md")), &format!(
            "---\ntitle: Artefact {a} of leader {i}\ndate: 2024-{:02}-15\nsummary: What changed in project {a}.\ncompetencies: {comps}\nmetrics: [m{}]\ntestimonials: [t{}]\nfeatured: {}\n---\n{body}",
            a % 12 + 1, a % 2, a % 2, a == 0
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

/// The numbers on the command line: leaders, then pieces per leader.
fn sizes() -> (usize, usize) {
    let pieces = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .nth(1);
    (common::size(2_000), pieces.unwrap_or(30))
}

/// Bytes of every file under `dir` whose name passes `keep`.
fn bytes_under(dir: &Path, keep: impl Fn(&str) -> bool) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && keep(&e.file_name().to_string_lossy()))
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .sum()
}

/// What a search downloads, at most: Pagefind's script, its worker and its
/// WebAssembly, every part's entry and page list, a chunk of every part's word index
/// (the largest, for one word), and the fragments of the first results shown (ten, of the mean
/// size); with filters, every filter file too.
fn one_search(index: &Path) -> (u64, u64) {
    let size = |name: &str| std::fs::metadata(index.join(name)).map_or(0, |m| m.len());
    let largest = |folder: &str| {
        std::fs::read_dir(index.join(folder))
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok()?.metadata().ok())
            .map(|m| m.len())
            .max()
            .unwrap_or(0)
    };
    let fragments: Vec<u64> = std::fs::read_dir(index.join("fragment"))
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .collect();
    let mean_fragment = fragments.iter().sum::<u64>() / fragments.len().max(1) as u64;
    let meta = bytes_under(index, |n| {
        n.ends_with(".pf_meta") || n == "pagefind-entry.json"
    });
    let wasm = bytes_under(index, |n| n.starts_with("wasm.") && !n.contains("unknown"));
    let plain = size("pagefind.js")
        + size("pagefind-worker.js")
        + wasm
        + meta
        + largest("index")
            * walkdir::WalkDir::new(index)
                .into_iter()
                .filter_map(Result::ok)
                .filter(|e| e.file_name() == "pagefind-entry.json")
                .count() as u64
        + 10 * mean_fragment;
    (
        plain,
        plain + bytes_under(index, |n| n.ends_with(".pf_filter")),
    )
}

fn main() {
    let (leaders, pieces) = sizes();
    let tmp = tempfile::tempdir().unwrap();
    // For profiling: keep the generated showcase to build by hand.
    let work = std::env::var_os("LEADFOLIO_BENCH_KEEP")
        .map_or_else(|| tmp.path().to_owned(), std::path::PathBuf::from);
    let dir = work.join("showcase");
    write(&dir.join("showcase.yaml"), "title: District showcase\norganisation: A district\nframework: psel-2015\ntheme: district\n");
    let psel = psel_ids();
    for i in 0..leaders {
        portfolio(&dir.join(format!("leader-{i:04}")), i, pieces, &psel);
    }
    settle();
    println!(
        "showcase of {leaders} leaders with {pieces} pieces each ({} pieces)",
        leaders * pieces
    );
    // tmpfs, where the disk's noise does not hide the program.
    let out_root =
        tempfile::tempdir_in("/dev/shm").unwrap_or_else(|_| tempfile::tempdir().unwrap());
    let out = out_root.path().join("public");
    let builds: [(&str, &[&str]); 4] = [
        ("packs and search", &[]),
        ("packs, no search", &["--no-search"]),
        ("search, no packs", &["--no-pdf"]),
        ("no packs, no search", &["--no-pdf", "--no-search"]),
    ];
    for (name, extra) in builds {
        let mut args = vec![
            "build",
            dir.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--quiet",
        ];
        args.extend_from_slice(extra);
        let Some(run) = measure(env!("CARGO_BIN_EXE_leadfolio"), &args) else {
            continue;
        };
        println!("  {name:<20} {}", describe(&run));
        if name == "packs and search" {
            let pages = bytes_under(&out, |n| n.ends_with(".html"));
            let count = walkdir::WalkDir::new(&out)
                .into_iter()
                .filter_map(Result::ok)
                .filter(|e| e.file_name().to_string_lossy().ends_with(".html"))
                .count();
            let index = out.join("pagefind");
            let (plain, filtered) = one_search(&index);
            let kb = |b: u64| b as f64 / 1024.0;
            println!(
                "    {count} pages, {:.0} MB of HTML; site {:.0} MB",
                pages as f64 / 1e6,
                bytes_under(&out, |_| true) as f64 / 1e6
            );
            println!(
                "    search index on disk: {:.1} MB",
                bytes_under(&index, |_| true) as f64 / 1e6
            );
            println!(
                "    one search downloads at most {:.0} KB ({:.0} KB with filters)",
                kb(plain),
                kb(filtered)
            );
            println!("    the index page: {:.0} KB (leaders on its first page; {} more pages of leaders)", kb(std::fs::metadata(out.join("index.html")).map_or(0, |m| m.len())), std::fs::read_dir(out.join("leaders")).map_or(0, |d| d.count()));
        }
    }
}
