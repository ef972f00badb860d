//! One large portfolio: N artefacts of about 5 KB of realistic Markdown, N/5 metrics
//! with 3-12 points, N/2 testimonials. Times a full build (load to files in memory,
//! as `serve` rebuilds on a save) and the same with writing, and prints pages per
//! second. Where `hugo` is installed, the same Markdown is built by Hugo (a minimal
//! site with a tags taxonomy), both tools run as processes under `/usr/bin/time` (best
//! of three runs each, writing to disk and, where `/dev/shm` is, to tmpfs), and each
//! tool's wall time, CPU time and peak memory are printed, with the ratios against the
//! targets (a quarter of Hugo's time to tmpfs, half its peak memory). Run with `cargo bench
//! --bench portfolio [-- N]` (default 10000); set `LEADFOLIO_BENCH_KEEP=DIR` to
//! generate (and keep) the sites in DIR for profiling.

use leadfolio::stages::output::InMemory;
use leadfolio::stages::pipeline;
use leadfolio::stages::publish::Options;
use leadfolio::stages::serve::incremental;
use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

mod common;
use common::{describe, measure, psel_ids, settle, write, Run};

/// About 5 KB of Markdown with headings, lists, a table, links and a chart.
fn narrative(i: usize, metrics: usize) -> String {
    let mut body = String::new();
    for (s, section) in [
        "Context",
        "What I did",
        "What changed",
        "Why it changed",
        "Next steps",
    ]
    .iter()
    .enumerate()
    {
        let _ = write!(body, "## {section}\n\n");
        for p in 0..3 {
            let _ = write!(body, "Paragraph {p} of section {s} in artefact {i}: the team met weekly, looked at **exit tickets** and planned one re-teach for the next morning. Teachers reported that the *routine* made data useful, and the [district guide](https://example.org/guide) describes it.\n\n");
        }
        body.push_str("- a first step, agreed with the team\n- a second step, measured each week\n- a third step, reviewed with families\n\n");
    }
    body.push_str("| Week | Teams | Lessons |\n|---:|---:|---:|\n| 1 | 3 | 11 |\n| 5 | 5 | 38 |\n| 10 | 6 | 52 |\n\n");
    let _ = write!(
        body,
        "{{{{ chart(metric=\"m{}\") }}}}\n\nSee also [an earlier piece](@/a{}).\n",
        i % metrics,
        (i + 1) % 100
    );
    body
}

/// The same artefacts as a minimal Hugo site: content, a tags taxonomy, two layouts.
fn generate_hugo(dir: &Path, n: usize) {
    let psel = psel_ids();
    write(&dir.join("hugo.toml"), "baseURL = 'https://example.org/pat/'\ntitle = 'Large portfolio'\n[taxonomies]\ntag = 'tags'\n");
    write(&dir.join("layouts/_default/baseof.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>{{ .Title }}</title></head><body>{{ block \"main\" . }}{{ end }}</body></html>\n");
    write(&dir.join("layouts/_default/single.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1><p>{{ .Summary }}</p>{{ .Content }}<ul>{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul>{{ end }}\n");
    write(&dir.join("layouts/_default/list.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Date.Format \"2006-01-02\" }}</li>{{ end }}</ul>{{ end }}\n");
    let metrics = (n / 5).max(1);
    for i in 0..n {
        write(&dir.join(format!("content/artefacts/a{i}.md")), &format!(
            "---\ntitle: Artefact {i}\ndate: {}-{:02}-{:02}\nsummary: What changed in project {i}.\ntags: [tag{}, {}]\n---\n{}",
            2015 + i % 10, 1 + i % 12, 1 + i % 28, i % 30, psel[i % 10], narrative(i, metrics)
        ));
    }
}

fn compare_with_hugo(dir: &Path, n: usize) {
    let hugo_found = std::process::Command::new("hugo")
        .arg("version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !hugo_found || !Path::new("/usr/bin/time").exists() {
        println!("  (hugo or /usr/bin/time not installed: no comparison)");
        return;
    }
    let site = dir.join("hugo-site");
    generate_hugo(&site, n);
    let portfolio = dir.join("portfolio");
    // Where the outputs go changes the numbers: a disk pays for every byte and file
    // (and a journal-less ext4 crawls when it makes files soon after deleting many),
    // memory only for the copying. Both are measured where there is a tmpfs.
    let shm = tempfile::tempdir_in("/dev/shm").ok();
    // The time target is set to tmpfs, where the disk's noise does not hide the
    // program; to disk the ratio is shown for comparison.
    let targets = [
        ("to disk", Some(dir.to_owned()), None),
        ("to tmpfs", shm.map(|d| d.keep()), Some(TIME_TARGET)),
    ];
    let mut page_bytes = None;
    for (name, out, time_target) in targets {
        let Some(out) = out else { continue };
        let ours = |o: &Path| {
            let args = [
                "build",
                portfolio.to_str().unwrap(),
                "-o",
                o.to_str().unwrap(),
                "--quiet",
                // Hugo makes no search index.
                "--no-search",
            ];
            measure(env!("CARGO_BIN_EXE_leadfolio"), &args)
        };
        let hugo = |o: &Path| {
            let args = [
                "--quiet",
                "-s",
                site.to_str().unwrap(),
                "-d",
                o.to_str().unwrap(),
            ];
            measure("hugo", &args)
        };
        // Best of three runs each, taken in turns, each into a fresh folder: neither
        // tool pays for deleting a previous output, and a slow moment of the disk or of
        // the other core does not decide the ratio.
        let (mut a, mut b) = (Vec::new(), Vec::new());
        for run in 0..RUNS {
            a.extend(ours(&out.join(format!("leadfolio-{run}"))));
            b.extend(hugo(&out.join(format!("hugo-{run}"))));
        }
        // Both targets hold the same pages: they are measured once.
        let bytes =
            *page_bytes.get_or_insert_with(|| mean_page_bytes(&out.join("leadfolio-0/evidence")));
        let floor = folders_and_pages(&out.join("floor"), n, bytes);
        if out != dir {
            let _ = std::fs::remove_dir_all(&out);
        }
        if let (Some(ours), Some(hugo)) = (best(&a), best(&b)) {
            println!("  {name}, best of {RUNS}:");
            println!("    leadfolio {}", describe(&ours));
            println!("    hugo      {}", describe(&hugo));
            let target = time_target.map_or_else(String::new, |t| format!(" (target <= {t:.2})"));
            println!(
                "    time ratio {:.3}{target}, memory ratio {:.2} (target <= {MEMORY_TARGET:.2})",
                ours.seconds / hugo.seconds,
                ours.peak_kb as f64 / hugo.peak_kb as f64
            );
        }
        println!(
            "    the file system alone: {n} folders with a {:.1} KB page in each take {floor:.3} s of one core",
            bytes as f64 / 1024.0
        );
    }
}

const RUNS: usize = 3;

/// At most this share of Hugo's time on the same Markdown, to tmpfs, and of its peak
/// memory.
const TIME_TARGET: f64 = 0.25;
const MEMORY_TARGET: f64 = 0.5;

/// The mean size of the pages in `evidence`'s sub-folders.
fn mean_page_bytes(evidence: &Path) -> usize {
    let sizes: Vec<u64> = std::fs::read_dir(evidence)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok()?.path().join("index.html").metadata().ok())
        .map(|m| m.len())
        .collect();
    (sizes.iter().sum::<u64>() / sizes.len().max(1) as u64) as usize
}

/// Seconds to make `n` folders in one, with a page of `bytes` in each, on one core:
/// what both tools pay the file system for the evidence pages, whatever they compute.
fn folders_and_pages(dir: &Path, n: usize, bytes: usize) -> f64 {
    let page = vec![b'x'; bytes];
    settle();
    let started = Instant::now();
    for i in 0..n {
        let folder = dir.join(format!("a{i}"));
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("index.html"), &page).unwrap();
    }
    started.elapsed().as_secs_f64()
}

/// The fastest of several runs (its CPU times with it), with the smallest peak
/// memory of them all.
fn best(runs: &[Run]) -> Option<Run> {
    let fastest = *runs.iter().min_by(|x, y| x.seconds.total_cmp(&y.seconds))?;
    let peak_kb = runs.iter().map(|r| r.peak_kb).min()?;
    Some(Run { peak_kb, ..fastest })
}

fn generate(dir: &Path, n: usize) {
    let psel = psel_ids();
    let metrics = (n / 5).max(1);
    let testimonials = (n / 2).max(1);
    write(&dir.join("portfolio.yaml"), "title: Large portfolio\nperson:\n  name: Pat Example\n  role: Principal\nframework: psel-2015\nbase_url: https://example.org/pat/\n");
    for i in 0..n {
        let comps = format!("[{}, {}]", psel[i % 10], psel[(i * 7 + 3) % 10]);
        write(&dir.join(format!("artefacts/y{}/a{i}.md", i % 20)), &format!(
            "---\ntitle: Artefact {i}\ndate: {}-{:02}-{:02}\nsummary: What changed in project {i}.\ncompetencies: {comps}\nmetrics: [m{}]\ntestimonials: [t{}]\ntags: [tag{}]\nfeatured: {}\n---\n{}",
            2015 + i % 10, 1 + i % 12, 1 + i % 28, i % metrics, i % testimonials, i % 30, i < 3, narrative(i, metrics)
        ));
    }
    for m in 0..metrics {
        let mut points = String::new();
        for p in 0..(3 + m % 10) {
            let _ = writeln!(
                points,
                "  - {{ x: {}-{:02}, y: {}, n: {} }}",
                2020 + p / 12,
                1 + p % 12,
                40 + (m + p * 3) % 50,
                if p == 1 && m % 7 == 0 { 5 } else { 100 }
            );
        }
        write(
            &dir.join(format!("metrics/m{m}.yaml")),
            &format!(
                "title: Measure {m}\nunit: \"%\"\nbaseline: 40\ntarget: 60\npoints:\n{points}"
            ),
        );
    }
    for t in 0..testimonials {
        write(&dir.join(format!("testimonials/t{t}.yaml")), &format!("author: Colleague {t}\nrole: Teacher\nconsent: true\nquote: Working with Pat changed how our team plans, week by week.\n"));
    }
}

fn main() {
    // As the binary does, so that builds in memory are timed as `serve` runs them.
    let n = common::size(10_000);
    note_a_recent_clean_up();
    let tmp = tempfile::tempdir().unwrap();
    // For profiling: keep the generated sites to build by hand.
    let keep = std::env::var_os("LEADFOLIO_BENCH_KEEP");
    let work = keep
        .clone()
        .map_or_else(|| tmp.path().to_owned(), std::path::PathBuf::from);
    let dir = work.join("portfolio");
    generate(&dir, n);
    // Write the generated files out first, so that the kernel writing them back does
    // not share the cores with the build being timed.
    settle();
    println!(
        "portfolio of {n} artefacts, {} metrics, {} testimonials",
        (n / 5).max(1),
        (n / 2).max(1)
    );
    let start = Instant::now();
    // As Hugo builds it, without a search index; the index's cost is timed below.
    let options = Options {
        no_search: true,
        ..Options::default()
    };
    let sink = InMemory::default();
    let (outcome, model) = pipeline::run_keeping_model(&dir, options, &sink);
    let build = start.elapsed();
    assert!(
        outcome.files.is_some(),
        "the generated portfolio builds: {:?}",
        outcome.diagnostics.iter().find(|d| d.is_error())
    );
    let files = sink.into_files();
    let counts = leadfolio::stages::output::count(files.iter().map(|f| f.path.as_str()));
    leadfolio::stages::write::staging::write(&files, &dir.join("public")).unwrap();
    let total = start.elapsed();
    println!(
        "  build in memory (a full serve rebuild): {:>7.0} ms",
        build.as_secs_f64() * 1e3
    );
    println!(
        "  build and write:                        {:>7.0} ms",
        total.as_secs_f64() * 1e3
    );
    println!(
        "  {} pages, {} charts, {} files: {:.0} pages/s",
        counts.pages,
        counts.charts,
        counts.files,
        counts.pages as f64 / total.as_secs_f64()
    );
    drop(files);
    // `serve` rebuilds in a process whose heap already grew once: a second build in
    // memory takes none from the system, which the first paid for page by page.
    let start = Instant::now();
    let again = pipeline::run_keeping_model(&dir, options, &InMemory::default());
    println!(
        "  the same, a second time in the process: {:>7.0} ms",
        start.elapsed().as_secs_f64() * 1e3
    );
    drop(again);
    // The same with its search index (on past three dozen pieces).
    let start = Instant::now();
    let searched = pipeline::run(&dir, Options::default());
    let index_files = searched
        .files
        .iter()
        .flatten()
        .filter(|f| f.path.starts_with("pagefind/"))
        .count();
    println!(
        "  the same with its search index:         {:>7.0} ms ({index_files} index files)",
        start.elapsed().as_secs_f64() * 1e3
    );
    drop(searched);
    // One artefact's narrative edited, as `serve` rebuilds it after a save.
    let root = dir.canonicalize().unwrap();
    let edited = root.join("artefacts/y10/a10.md");
    let text = std::fs::read_to_string(&edited)
        .unwrap()
        .replace("Paragraph 0", "Edited paragraph 0");
    std::fs::write(&edited, text).unwrap();
    let mut model = model.expect("the model of a good build");
    let start = Instant::now();
    let patch = incremental::rebuild(&mut model, &root, &[edited], options)
        .expect("a narrative edit is rebuilt incrementally");
    println!(
        "  serve rebuild after one narrative edit: {:>7.1} ms ({} page)",
        start.elapsed().as_secs_f64() * 1e3,
        patch.pages.len()
    );
    compare_with_hugo(&work, n);
    drop(tmp);
    if keep.is_none() {
        let _ = std::fs::write(clean_up_stamp(), "");
    }
}

/// Touched when a run has deleted the files it made (a few hundred thousand).
fn clean_up_stamp() -> std::path::PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("portfolio-bench-cleaned-up")
}

/// How long ext4 without a journal (as on the VM these numbers come from) makes files
/// slowly after a large delete: it passes over every inode freed in the last minute,
/// or six while the freeing is not yet written back. Measured: 10,000 folders with a
/// page each took 2.2-3.0 s of one core up to five minutes after a run's clean-up,
/// and 0.46 s six and a half minutes after.
const DISK_SETTLES: std::time::Duration = std::time::Duration::from_secs(7 * 60);

/// Say so when the last run cleaned up too recently for steady numbers to disk.
fn note_a_recent_clean_up() {
    let since = std::fs::metadata(clean_up_stamp())
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .filter(|since| *since < DISK_SETTLES);
    if let Some(since) = since {
        println!(
            "note: the last run deleted its files {} s ago. A file system that makes files slowly after a large delete (ext4 without a journal) may slow the disk numbers below; for steady ones, run again in {} s.",
            since.as_secs(),
            (DISK_SETTLES - since).as_secs()
        );
    }
}
