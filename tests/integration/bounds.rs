//! Inputs that crashed or stalled a build, from the third attack review: workbooks
//! that expand past any memory, pictures whose headers claim billions of pixels,
//! narratives the pack could not typeset, series of hundreds of thousands of bars.
//! Each ends within seconds, with a site or with a message that names the file.

use crate::support::{pdf_text, Fixture};
use rust_xlsxwriter::Workbook;
use std::io::Write;

/// Processor seconds a build may take: a bound that catches a runaway step, not noise
/// (these took minutes or aborted, and a test binary may be a debug build). Bounded by
/// work, not by the clock: other jobs on the machine do not count against it.
const CPU_SECONDS: u32 = 60;

const HEAD: &str =
    "title: Pupils reading at expected fluency\nunit: \"%\"\nbaseline: 61\ntarget: 75\n";

/// `leadfolio build`, stopped past `seconds` of processor time (its code is then -1).
fn bounded_build(f: &Fixture, seconds: u32) -> crate::support::Run {
    let run = f.run_with_cpu_limit(&["build"], seconds);
    assert_ne!(run.code, -1, "stopped after {seconds} s of processor time");
    run
}

/// The metric `reading` read from `metrics/reading.xlsx`, which must be refused within
/// seconds, naming the file.
fn refused_workbook(f: &Fixture) -> crate::support::Run {
    f.write(
        "metrics/reading.yaml",
        &format!("{HEAD}data: reading.xlsx\n"),
    );
    let run = bounded_build(f, CPU_SECONDS);
    assert_eq!(run.code, 1, "{}", run.stderr);
    run.assert_said("metrics/reading.xlsx");
    run
}

/// The three rows of the minimal fixture's metric, in a sheet called Reading.
fn reading_book() -> Workbook {
    let mut book = Workbook::new();
    reading_sheet(book.add_worksheet());
    book
}

fn reading_sheet(sheet: &mut rust_xlsxwriter::Worksheet) {
    sheet.set_name("Reading").unwrap();
    for (c, head) in ["Term", "Year 4", "Year 4 (n)"].iter().enumerate() {
        sheet.write_string(0, c as u16, *head).unwrap();
    }
    for (r, (term, value, n)) in [("2024-09", 61.0, 90.0), ("2025-03", 78.0, 88.0)]
        .iter()
        .enumerate()
    {
        let row = r as u32 + 1;
        sheet.write_string(row, 0, *term).unwrap();
        sheet.write_number(row, 1, *value).unwrap();
        sheet.write_number(row, 2, *n).unwrap();
    }
}

#[test]
fn a_stray_cell_at_the_sheets_far_corner_is_named_not_allocated() {
    let f = Fixture::copy("minimal");
    let mut book = reading_book();
    book.worksheet_from_index(0)
        .unwrap()
        .write_string(1_048_575, 16_383, "stray")
        .unwrap();
    book.save(f.path().join("metrics/reading.xlsx")).unwrap();
    let run = refused_workbook(&f);
    run.assert_said("the sheet \"Reading\" has values from A1 to XFD1048576");
    run.assert_said("clear the stray cell XFD1048576");

    // `range:` reads what it names, however far it reaches, at the cost of its cells.
    f.write(
        "metrics/reading.yaml",
        &format!("{HEAD}data: reading.xlsx\nrange: A1:C3\n"),
    );
    let run = bounded_build(&f, CPU_SECONDS);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn a_range_over_the_whole_sheet_reads_the_cells_it_holds() {
    let f = Fixture::copy("minimal");
    reading_book()
        .save(f.path().join("metrics/reading.xlsx"))
        .unwrap();
    f.write(
        "metrics/reading.yaml",
        &format!("{HEAD}data: reading.xlsx\nrange: A1:XFD1048576\n"),
    );
    let run = bounded_build(&f, CPU_SECONDS);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let impact = f.read("public/impact/index.html");
    assert!(impact.contains("78%"), "the sheet's values are charted");
}

/// `book` saved at `path` with each part passed through `change` (its name, its bytes,
/// and where to write it).
fn rezipped(
    book: &mut Workbook,
    path: &std::path::Path,
    change: impl Fn(&str, Vec<u8>, &mut dyn Write),
) {
    let plain = book.save_to_buffer().unwrap();
    let mut original = zip::ZipArchive::new(std::io::Cursor::new(plain)).unwrap();
    let mut out = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..original.len() {
        let mut entry = original.by_index(i).unwrap();
        let name = entry.name().to_owned();
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut bytes).unwrap();
        out.start_file(&name, options).unwrap();
        change(&name, bytes, &mut out);
    }
    out.finish().unwrap();
}

/// A workbook whose shared strings unpack to `size` bytes from a few hundred
/// kilobytes on disk.
fn workbook_with_a_huge_string(path: &std::path::Path, size: usize) {
    rezipped(&mut reading_book(), path, |name, bytes, out| {
        if name != "xl/sharedStrings.xml" {
            return out.write_all(&bytes).unwrap();
        }
        out.write_all(b"<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>")
            .unwrap();
        let chunk = vec![b'a'; 1 << 20];
        for _ in 0..size >> 20 {
            out.write_all(&chunk).unwrap();
        }
        out.write_all(b"</t></si></sst>").unwrap();
    });
}

/// A program that writes formulas without calculating them leaves a cell with no
/// value: it is named, not read as a missing value.
#[test]
fn a_formula_saved_without_its_value_is_named() {
    let f = Fixture::copy("minimal");
    let mut book = reading_book();
    book.worksheet_from_index(0)
        .unwrap()
        .write_formula(2, 1, "=AVERAGE(B2:B2)+17")
        .unwrap();
    rezipped(
        &mut book,
        &f.path().join("metrics/reading.xlsx"),
        |name, bytes, out| {
            let text = String::from_utf8_lossy(&bytes);
            if name.starts_with("xl/worksheets/") {
                // No cached value, as such programs leave it.
                let cut = text.replace("<v>0</v>", "");
                return out.write_all(cut.as_bytes()).unwrap();
            }
            out.write_all(&bytes).unwrap();
        },
    );
    let run = refused_workbook(&f);
    run.assert_said(
        "cell B3 of sheet \"Reading\" holds the formula `=AVERAGE(B2:B2)+17` but not its value",
    );
    run.assert_said("open the file in Excel or LibreOffice Calc and save it again");
}

#[test]
fn a_workbook_that_unpacks_past_its_bound_is_refused_by_name() {
    let f = Fixture::copy("minimal");
    let path = f.path().join("metrics/reading.xlsx");
    workbook_with_a_huge_string(&path, 96 << 20);
    assert!(std::fs::metadata(&path).unwrap().len() < 2_000_000);
    let run = refused_workbook(&f);
    run.assert_said("the workbook's part xl/sharedStrings.xml unpacks to more than 64 MB");
}

#[test]
fn a_hidden_sheet_is_read_only_when_named() {
    let f = Fixture::copy("minimal");
    let mut book = Workbook::new();
    let old = book.add_worksheet().set_name("Old").unwrap();
    old.write_string(0, 0, "Nothing to see").unwrap();
    old.set_hidden(true);
    // A workbook opens at a sheet that is shown: the second.
    reading_sheet(book.add_worksheet().set_active(true));
    book.save(f.path().join("metrics/reading.xlsx")).unwrap();
    f.write(
        "metrics/reading.yaml",
        &format!("{HEAD}data: reading.xlsx\n"),
    );
    let run = f.build(&[]);
    assert!(
        f.read("public/impact/index.html").contains("78%"),
        "{}",
        run.stderr
    );
    f.write(
        "metrics/reading.yaml",
        &format!("{HEAD}data: reading.xlsx\nsheet: Old\n"),
    );
    let run = f.run(&["build"]);
    assert_eq!(
        run.code, 1,
        "the hidden sheet, named, is read: {}",
        run.stderr
    );
}

/// A PNG's signature and header chunk claiming `w` by `h` pixels, and nothing more.
fn png_header(w: u32, h: u32) -> Vec<u8> {
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    bytes.extend(w.to_be_bytes());
    bytes.extend(h.to_be_bytes());
    bytes.extend([8, 6, 0, 0, 0, 0, 0, 0, 0]);
    bytes
}

#[test]
fn a_picture_claiming_billions_of_pixels_is_refused_by_name() {
    for (w, h) in [(2_147_483_647, 2_147_483_647), (40_000, 40_000)] {
        let f = Fixture::copy("minimal");
        std::fs::write(f.path().join("assets/huge.png"), png_header(w, h)).unwrap();
        let alpha = f.read("artefacts/alpha.md");
        f.write(
            "artefacts/alpha.md",
            &format!("{alpha}\n![A huge picture](assets/huge.png)\n"),
        );
        let run = bounded_build(&f, CPU_SECONDS);
        assert_eq!(run.code, 1, "{}", run.stderr);
        run.assert_said("assets/huge.png");
        run.assert_said(&format!("it is {w} × {h} pixels"));
        run.assert_said("at most 16384 pixels a side");
    }
}

/// The featured piece of the minimal fixture with `body` after its narrative.
fn featured_with(f: &Fixture, body: &str) {
    let alpha = f.read("artefacts/alpha.md");
    f.write("artefacts/alpha.md", &format!("{alpha}\n{body}\n"));
}

#[test]
fn the_pack_typesets_many_links_and_figures_in_linear_time() {
    let links: String = (0..20_000)
        .map(|i| format!("[link {i}](https://example.org/{i}) "))
        .collect();
    let metrics: String = (0..8_000)
        .map(|_| "Fluency rose {{ metric(id=\"reading\") }} again. ")
        .collect();
    for body in [links, metrics] {
        let f = Fixture::copy("minimal");
        featured_with(&f, &body);
        let run = bounded_build(&f, CPU_SECONDS);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let text = pdf_text(&f.path().join("public/panel-pack.pdf"));
        assert!(
            text.contains("continued on the site") || text.contains("link 19999"),
            "the pack holds the narrative or says where the rest is"
        );
    }
}

#[test]
fn deep_quotes_and_lists_print_in_the_pack() {
    let f = Fixture::copy("minimal");
    let list: String = (0..40)
        .map(|i| format!("{}- level {i}\n", "  ".repeat(i)))
        .collect();
    featured_with(&f, &format!("{} sixteen deep\n\n{list}", "> ".repeat(16)));
    let run = bounded_build(&f, CPU_SECONDS);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = pdf_text(&f.path().join("public/panel-pack.pdf"));
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in ["sixteen deep", "level 0", "level 20", "level 39"] {
        assert!(words.contains(expected), "{expected} missing from the pack");
    }
}

#[test]
fn a_chart_of_two_hundred_thousand_bars_is_drawn_to_its_pixels() {
    let f = Fixture::copy("minimal");
    let mut csv = String::from("School,Fluency %,Pupils\n");
    for i in 0..200_000 {
        csv.push_str(&format!(
            "School number {i},{},{}\n",
            40 + i % 50,
            20 + i % 30
        ));
    }
    f.write("metrics/schools.csv", &csv);
    f.write(
        "metrics/schools.yaml",
        "title: Fluency by school\nunit: \"%\"\nchart: bar\ndata: schools.csv\ncolumns: { x: School, y: Fluency %, n: Pupils }\n",
    );
    featured_with(&f, "{{ chart(metric=\"schools\") }}");
    let run = bounded_build(&f, CPU_SECONDS);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let chart = f.read("public/charts/schools.svg");
    assert!(chart.len() < 300_000, "the chart: {} bytes", chart.len());
    assert!(
        chart.contains("200,000 categories are drawn as"),
        "the description says the bars stand for runs of categories"
    );
    let site: usize = f.site().values().map(Vec::len).sum();
    assert!(site < 20_000_000, "the site: {site} bytes");
    let csv_out = f.read("public/charts/schools.csv");
    assert_eq!(csv_out.lines().count(), 200_001, "every value as CSV");
}

/// A word longer than a line (a 400-letter headline) breaks across lines instead of
/// running off the page.
#[test]
fn a_word_longer_than_a_line_stays_on_the_page() {
    let f = Fixture::copy("minimal");
    let word = "Supercalifragilistic".repeat(20);
    let settings = f.read("portfolio.yaml").replace(
        "headline: Raised reading fluency across Key Stage 2",
        &format!("headline: {word}"),
    );
    f.write("portfolio.yaml", &settings);
    f.build(&[]);
    // The PDF's text, as a reader copies it: every letter in order, with nothing
    // added (a break opportunity starts a new run of text, read back with a space).
    let text = pdf_text(&f.path().join("public/panel-pack.pdf"));
    let letters: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(letters.contains(&word), "every letter is printed, in order");
    assert!(
        !text.contains('\u{200b}'),
        "no invisible character is added"
    );
    let longest = text
        .lines()
        .map(|l| l.chars().filter(|c| !c.is_whitespace()).count())
        .max()
        .unwrap_or(0);
    assert!(longest < 200, "a line holds {longest} letters");
}

/// A district of 200 leaders, each with a pack: the packs are typeset one leader
/// after another, so neither the stack nor the memory grows with the district.
#[test]
fn a_showcase_of_two_hundred_leaders_builds_its_packs() {
    let f = Fixture::empty();
    f.write(
        "showcase.yaml",
        "title: District showcase\norganisation: A district\nframework: generic\n",
    );
    for i in 0..200 {
        let dir = format!("leader-{i:03}");
        f.write(
            &format!("{dir}/portfolio.yaml"),
            &format!("title: Leader {i}\nperson:\n  name: Leader {i}\n  role: Coach\n  organisation: School {i}\n  headline: Raised reading in school {i}\nseeking: Principal\n"),
        );
        for a in 0..3 {
            f.write(
                &format!("{dir}/artefacts/a{a}.md"),
                &format!("---\ntitle: Piece {a} of leader {i}\ndate: 2024-0{}-15\ncompetencies: [instruction]\nfeatured: true\n---\n## Context\n\nWhat changed, and why, in **school {i}**.\n\n- a step\n- another\n", a + 1),
            );
        }
    }
    // 200 packs, each typeset on every core.
    let run = bounded_build(&f, 600);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for i in [0, 199] {
        let pack = f
            .path()
            .join(format!("public/leader-{i:03}/panel-pack.pdf"));
        assert!(pdf_text(&pack).contains(&format!("Piece 2 of leader {i}")));
    }
}
