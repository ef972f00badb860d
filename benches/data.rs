//! Reading a metric's data file: a 100,000-row CSV export and a 100,000-row workbook,
//! each a row per point over 50 series. Files are written to tmpfs (/dev/shm) when it
//! exists, so the disk's noise does not hide the reading. Run with
//! `cargo bench --bench data`; prints the time of each read, best of five.

use leadfolio::stages::diagnostic::source_file::Pos;
use leadfolio::stages::model::metric::{Columns, DataSource};
use std::path::{Path, PathBuf};
use std::time::Instant;

const ROWS: usize = 100_000;
const SERIES: usize = 50;

/// Row `i`: a day of one series (2,000 days from 2019), its value and count.
fn row(i: usize) -> (String, String, f64, f64) {
    let series = format!("School {}", i % SERIES);
    let day = i / SERIES;
    let date = format!(
        "{}-{:02}-{:02}",
        2019 + day / 336,
        1 + (day / 28) % 12,
        1 + day % 28
    );
    (
        date,
        series,
        40.0 + (i % 37) as f64,
        20.0 + (i % 200) as f64,
    )
}

fn write_csv(path: &Path) {
    let mut text = String::from("Date,School,Score,Pupils,Pupil name\n");
    for i in 0..ROWS {
        let (date, series, y, n) = row(i);
        text.push_str(&format!("{date},{series},{y},{n},Name {i}\n"));
    }
    std::fs::write(path, text).unwrap();
}

fn write_xlsx(path: &Path) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet().set_name("Scores").unwrap();
    for (c, h) in ["Date", "School", "Score", "Pupils"].iter().enumerate() {
        sheet.write(0, c as u16, *h).unwrap();
    }
    for i in 0..ROWS {
        let (date, series, y, n) = row(i);
        let r = i as u32 + 1;
        sheet.write(r, 0, date).unwrap();
        sheet.write(r, 1, series).unwrap();
        sheet.write(r, 2, y).unwrap();
        sheet.write(r, 3, n).unwrap();
    }
    book.save(path).unwrap();
}

fn named(name: &str) -> leadfolio::stages::syntax::fields::Spanned<String> {
    leadfolio::stages::syntax::fields::Spanned {
        value: name.to_owned(),
        pos: Pos::START,
    }
}

fn time_read(root: &Path, file: &str) -> (f64, usize) {
    let source = DataSource {
        path: PathBuf::from(file),
        sheet: None,
        range: None,
        columns: Columns {
            x: Some(named("Date")),
            y: Some(named("Score")),
            n: Some(named("Pupils")),
            series: Some(named("School")),
        },
        date_order: None,
        scale: None,
        pos: Pos::START,
    };
    let mut best = f64::MAX;
    let mut points = 0;
    for _ in 0..5 {
        let mut problems = Vec::new();
        let start = Instant::now();
        let series = leadfolio::stages::data::read(
            root,
            Path::new("m.yaml"),
            &source,
            "Score",
            &mut problems,
        )
        .expect("the file reads");
        best = best.min(start.elapsed().as_secs_f64());
        assert!(problems.is_empty(), "{problems:?}");
        points = series.iter().map(|s| s.points.len()).sum();
    }
    (best, points)
}

fn main() {
    let base = if Path::new("/dev/shm").is_dir() {
        PathBuf::from("/dev/shm")
    } else {
        std::env::temp_dir()
    };
    let root = tempfile::tempdir_in(base).unwrap();
    write_csv(&root.path().join("scores.csv"));
    write_xlsx(&root.path().join("scores.xlsx"));
    for file in ["scores.csv", "scores.xlsx"] {
        let bytes = std::fs::metadata(root.path().join(file)).unwrap().len();
        let (seconds, points) = time_read(root.path(), file);
        println!(
            "{file:<12} {ROWS} rows, {:>5.1} MB: {:>6.0} ms ({points} points, {:.2} µs a row)",
            bytes as f64 / 1e6,
            seconds * 1e3,
            seconds * 1e6 / ROWS as f64
        );
    }
}
