//! What the generating benchmarks share.

use std::path::Path;
use std::time::Instant;

pub fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// The size to generate: the first number on the command line (`cargo bench --bench
/// portfolio -- 1000`), else `default`.
pub fn size(default: usize) -> usize {
    std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(default)
}

/// The PSEL 2015 competency ids, from the bundled framework itself.
pub fn psel_ids() -> Vec<String> {
    let psel =
        leadfolio::stages::load::framework::bundled("psel-2015").expect("PSEL 2015 is bundled");
    psel.competencies.iter().map(|c| c.id.to_string()).collect()
}

/// One run of a tool as a process.
#[derive(Clone, Copy)]
pub struct Run {
    /// Wall seconds, measured here: `time` prints hundredths, too coarse for a build
    /// of 80 ms (the millisecond it adds to starting the command is the same for both
    /// tools).
    pub seconds: f64,
    /// The rest is measured by `/usr/bin/time`: peak memory (KB), and user and system
    /// CPU seconds. The system time is where a file system's cost shows.
    pub peak_kb: u64,
    pub user: f64,
    pub system: f64,
}

pub fn measure(program: &str, args: &[&str]) -> Option<Run> {
    // The kernel writes a run's files back to disk after it ends, on the same two
    // cores: what was written before is flushed first, so that no run pays for the
    // one before it (the other tool's, as they take turns).
    settle();
    let started = Instant::now();
    let out = std::process::Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%M %U %S")
        .arg(program)
        .args(args)
        .output()
        .ok()?;
    let seconds = started.elapsed().as_secs_f64();
    if !out.status.success() {
        eprintln!("{program} failed: {}", String::from_utf8_lossy(&out.stderr));
        return None;
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut fields = stderr.lines().last()?.split_whitespace();
    Some(Run {
        seconds,
        peak_kb: fields.next()?.parse().ok()?,
        user: fields.next()?.parse().ok()?,
        system: fields.next()?.parse().ok()?,
    })
}

/// Wait until every file written so far is on disk.
pub fn settle() {
    let _ = std::process::Command::new("sync").status();
}

pub fn describe(run: &Run) -> String {
    format!(
        "{:.3} s wall, CPU {:.2} s user + {:.2} s system, {:>4.0} MB peak",
        run.seconds,
        run.user,
        run.system,
        run.peak_kb as f64 / 1024.0
    )
}
