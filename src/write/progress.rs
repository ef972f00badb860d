//! A progress bar for long builds: on a terminal only, never with `--quiet`, and only
//! once a build has run for a second, so a quick build prints just its summary line.

use crate::output::{OutputFile, Sink, Writer};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

const DELAY: Duration = Duration::from_secs(1);

/// Counts the files passing through to `inner`.
pub struct Progress<'s> {
    inner: &'s dyn Sink,
    bar: ProgressBar,
    started: Instant,
    /// Whether the bar may ever be drawn; it is drawn once [`DELAY`] has passed.
    wanted: bool,
    shown: AtomicBool,
}

impl<'s> Progress<'s> {
    pub fn new(inner: &'s dyn Sink, quiet: bool) -> Self {
        let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::hidden());
        if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} files  {elapsed}") {
            bar.set_style(style);
        }
        Progress {
            inner,
            bar,
            started: Instant::now(),
            wanted: !quiet && std::io::stderr().is_terminal(),
            shown: AtomicBool::new(false),
        }
    }

    /// Remove the bar, before the summary line is printed.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }

    /// One more file made; the bar shows itself once the build has run for a while.
    fn count_one(&self) {
        self.bar.inc(1);
        if self.wanted
            && self.started.elapsed() >= DELAY
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }
}

impl Sink for Progress<'_> {
    fn expect(&self, files: usize) {
        self.bar.inc_length(files as u64);
    }

    fn put(&self, file: OutputFile) {
        self.inner.put(file);
        self.count_one();
    }

    fn put_written(&self, path: &str, write: &mut Writer<'_>) {
        self.inner.put_written(path, write);
        self.count_one();
    }
}
