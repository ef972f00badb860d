//! Metrics whose points come from a CSV export or a workbook: the same chart and table
//! as the YAML, every wrong cell at its place, and nothing else from the file published.

use crate::support::{files_containing, Fixture};
use rust_xlsxwriter::Workbook;

const HEAD: &str = "title: Pupils reading at expected fluency\nunit: \"%\"\nsource: Termly fluency checks\nbaseline: 61\ntarget: 75\n";

/// The chart, the table and the headline of the metric `reading`, as built.
fn reading_outputs(f: &Fixture) -> (String, String) {
    let chart = f.read("public/charts/reading.svg");
    let impact = f.read("public/impact/index.html");
    let start = impact
        .find("id=\"metric-reading\"")
        .expect("the metric on the impact page");
    let end = impact[start..]
        .find("</section>")
        .map_or(impact.len(), |e| start + e);
    (chart, impact[start..end].to_owned())
}

fn yaml_outputs() -> (String, String) {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    reading_outputs(&f)
}

/// The minimal fixture's `reading` points, a row per point, with a column that must
/// never be published.
const LONG_CSV: &str = "Term,Group,Fluency %,Pupils,Pupil names\n\
2024-09,Year 4,61,90,SECRET-NAME-ONE\n\
2025-03,Year 4,78,88,SECRET-NAME-ONE\n\
2024-09,Pupils new to English,\"4,321.5\",3,SECRET-NAME-TWO\n\
2025-03,Pupils new to English,52%,12,SECRET-NAME-TWO\n";

#[test]
fn a_long_csv_gives_the_same_chart_and_table_as_the_yaml() {
    let expected = yaml_outputs();
    let f = Fixture::copy("minimal");
    f.write("metrics/reading.csv", LONG_CSV);
    f.write(
        "metrics/reading.yaml",
        &format!("{HEAD}data: reading.csv\ncolumns: {{ x: term, series: GROUP, y: Fluency%, n: Pupils }}\n"),
    );
    let run = f.build(&[]);
    assert_eq!(reading_outputs(&f), expected);
    // Only the mapped columns are read: the names reach no file, nor does the file.
    let site = f.site();
    assert_eq!(files_containing(&site, "SECRET-NAME"), Vec::<String>::new());
    assert!(!site.keys().any(|p| p.ends_with("reading.csv")));
    // The small value is suppressed, and the build names its row.
    run.assert_said("metrics/reading.csv:4:");
    run.assert_said("suppressed: \"Pupils new to English\" at Sep 2024");
}

#[test]
fn a_wide_workbook_gives_the_same_chart_and_table_as_the_yaml() {
    let expected = yaml_outputs();
    let f = Fixture::copy("minimal");
    let mut book = Workbook::new();
    let notes = book.add_worksheet().set_name("Notes").unwrap();
    notes.write(0, 0, "SECRET-SHEET-NOTE").unwrap();
    let sheet = book.add_worksheet().set_name("Fluency").unwrap();
    let header = [
        "Term",
        "Year 4",
        "Year 4 (n)",
        "Pupils new to English",
        "Pupils new to English (n)",
    ];
    for (c, h) in header.iter().enumerate() {
        sheet.write(1, c as u16 + 1, *h).unwrap();
    }
    sheet.write(2, 1, "2024-09").unwrap();
    sheet.write(3, 1, "2025-03").unwrap();
    for (r, row) in [[61.0, 90.0, 4321.5, 3.0], [78.0, 88.0, 52.0, 12.0]]
        .iter()
        .enumerate()
    {
        for (c, v) in row.iter().enumerate() {
            sheet.write(r as u32 + 2, c as u16 + 2, *v).unwrap();
        }
    }
    book.save(f.path().join("assets/fluency.xlsx")).unwrap();
    f.write(
        "metrics/reading.yaml",
        &format!("{HEAD}data: ../assets/fluency.xlsx\nsheet: Fluency\nrange: B2:F4\n"),
    );
    let run = f.build(&[]);
    assert_eq!(reading_outputs(&f), expected);
    let site = f.site();
    assert!(
        !site.contains_key("assets/fluency.xlsx"),
        "a data file in assets/ is not copied"
    );
    assert_eq!(
        files_containing(&site, "SECRET-SHEET-NOTE"),
        Vec::<String>::new()
    );
    run.assert_said("--> assets/fluency.xlsx:3:5");
}

#[test]
fn every_wrong_cell_is_named_at_its_place_in_one_run() {
    let f = Fixture::copy("minimal");
    f.write(
        "metrics/reading.csv",
        "x,y,n\n2024-09,61,90\n2024-13,70,90\n2025-01,n/a,90\n2025-02,72,ninety\n03/04/2025,73,90\n",
    );
    f.write(
        "metrics/reading.yaml",
        &format!("{HEAD}data: reading.csv\n"),
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    run.assert_said("metrics/reading.csv:3:1");
    run.assert_said("`2024-13` in column \"x\" is not a date or a label");
    run.assert_said("metrics/reading.csv:4:9");
    run.assert_said("`n/a` in column \"y\" is not a number such as 48, 1,234 or 86%");
    run.assert_said("4 | 2025-01,n/a,90");
    run.assert_said("metrics/reading.csv:5:12");
    run.assert_said("`ninety` in column \"n\" is not a whole number of people");
    run.assert_said("metrics/reading.csv:6:1");
    run.assert_said("either way round");
    run.assert_said("nothing was written");
}

#[test]
fn a_workbook_cell_is_named_by_sheet_and_cell() {
    let f = Fixture::copy("minimal");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("Scores").unwrap();
    sheet.write(0, 0, "Term").unwrap();
    sheet.write(0, 1, "Year 4").unwrap();
    sheet.write(1, 0, "2024-09").unwrap();
    sheet.write(1, 1, "sixty").unwrap();
    book.save(f.path().join("metrics/reading.xlsx")).unwrap();
    f.write(
        "metrics/reading.yaml",
        &format!("{HEAD}data: reading.xlsx\n"),
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    run.assert_said("--> metrics/reading.xlsx:2:2");
    run.assert_said("`sixty` in column \"Year 4\", cell B2 of sheet \"Scores\" is not a number");
    f.write(
        "metrics/reading.yaml",
        &format!("{HEAD}data: reading.xlsx\nsheet: Results\n"),
    );
    let run = f.run(&["build"]);
    run.assert_said("the workbook has no sheet \"Results\"");
    run.assert_said("its sheets are: \"Scores\"");
}

#[test]
fn a_missing_file_or_column_is_an_error_at_the_metric() {
    let f = Fixture::copy("minimal");
    f.write(
        "metrics/reading.yaml",
        &format!("{HEAD}data: results.csv\n"),
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1);
    run.assert_said("the data file metrics/results.csv does not exist");
    run.assert_said("metrics/reading.yaml:6:7");
    f.write("metrics/reading.csv", "Term,Score\n2024-09,61\n");
    f.write(
        "metrics/reading.yaml",
        &format!("{HEAD}data: reading.csv\ncolumns: {{ x: Term, y: Fluency }}\n"),
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1);
    run.assert_said("the file has no column \"Fluency\" for the values (y)");
    run.assert_said("--> metrics/reading.yaml:7:24");
    run.assert_said("the header row has: \"Term\", \"Score\"");
    // A name typed wrong is placed where it is written, with the header it is near.
    f.write(
        "metrics/reading.yaml",
        &format!("{HEAD}data: reading.csv\ncolumns: {{ x: Term, y: Scroe }}\n"),
    );
    let run = f.run(&["build"]);
    run.assert_said("--> metrics/reading.yaml:7:24");
    run.assert_said("did you mean \"Score\"?");
    f.write(
        "metrics/reading.yaml",
        &format!("{HEAD}data: ../../outside.csv\n"),
    );
    let run = f.run(&["build"]);
    run.assert_said("is outside the portfolio folder");
}

/// A wrong cell does not hide the file's other problems: a value without its `n`
/// further down is reported in the same run.
#[test]
fn every_problem_of_an_export_is_reported_in_one_run() {
    let f = Fixture::copy("minimal");
    let settings = f.read("portfolio.yaml") + "privacy: { require_n: true }\n";
    f.write("portfolio.yaml", &settings);
    f.write(
        "metrics/reading.csv",
        "Term,Group,Score,Pupils\n2024-09,Year 4,61,90\n2025-03,Year 4,n/a,88\n2025-06,Year 4,70,\n",
    );
    f.write(
        "metrics/reading.yaml",
        &format!(
            "{HEAD}data: reading.csv\ncolumns: {{ x: Term, series: Group, y: Score, n: Pupils }}\n"
        ),
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1);
    run.assert_said("--> metrics/reading.csv:3:16");
    run.assert_said("`n/a` in column \"Score\" is not a number");
    run.assert_said("--> metrics/reading.csv:4:16");
    run.assert_said("has no `n`");
}

/// A workbook's cells formatted as percentages show 38% and hold 0.38: they are read
/// as shown, and the headline is true.
#[test]
fn percent_formatted_cells_are_read_as_shown() {
    let f = Fixture::copy("minimal");
    let mut book = Workbook::new();
    let percent = rust_xlsxwriter::Format::new().set_num_format("0%");
    let sheet = book.add_worksheet().set_name("Fluency").unwrap();
    sheet.write_string(0, 0, "Term").unwrap();
    sheet.write_string(0, 1, "Year 4").unwrap();
    sheet.write_string(0, 2, "Year 4 (n)").unwrap();
    for (r, (term, value)) in [("2024-09", 0.38), ("2025-03", 0.55)].iter().enumerate() {
        let row = r as u32 + 1;
        sheet.write_string(row, 0, *term).unwrap();
        sheet
            .write_number_with_format(row, 1, *value, &percent)
            .unwrap();
        sheet.write_number(row, 2, 90).unwrap();
    }
    book.save(f.path().join("metrics/reading.xlsx")).unwrap();
    assert_read_as_shown(&f, "reading.xlsx");
}

/// The fluency metric read from `file` (38% then 55%, stored as 0.38 and 0.55) under a
/// `%` unit: the home page's headline says what the sheet shows.
fn assert_read_as_shown(f: &Fixture, file: &str) {
    f.write(
        "metrics/reading.yaml",
        &format!("title: Pupils reading at expected fluency\nunit: \"%\"\nbaseline: 38\ntarget: 60\ndata: {file}\n"),
    );
    f.build(&[]);
    let home = f.read("public/index.html");
    assert!(home.contains("+17 percentage points"), "the true change");
    assert!(
        home.contains("from 38% to 55%"),
        "the values as the sheet shows them"
    );
    assert!(!home.contains("0.55%"));
}

/// LibreOffice's percentages are stored as fractions too (`office:value-type=
/// "percentage"`, `office:value="0.38"`): an `.ods` is read as it shows, like an
/// `.xlsx`.
#[test]
fn an_ods_percentage_cells_are_read_as_shown() {
    use std::io::Write;
    let f = Fixture::copy("minimal");
    let row = |term: &str, value: f64| {
        format!(
            r#"<table:table-row><table:table-cell office:value-type="string"><text:p>{term}</text:p></table:table-cell><table:table-cell office:value-type="percentage" office:value="{value}"><text:p>{}%</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="90"><text:p>90</text:p></table:table-cell></table:table-row>"#,
            value * 100.0
        )
    };
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet><table:table table:name="Fluency"><table:table-row><table:table-cell office:value-type="string"><text:p>Term</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Year 4</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Year 4 (n)</text:p></table:table-cell></table:table-row>{}{}</table:table></office:spreadsheet></office:body></office:document-content>"#,
        row("2024-09", 0.38),
        row("2025-03", 0.55)
    );
    let mut book =
        zip::ZipWriter::new(std::fs::File::create(f.path().join("metrics/reading.ods")).unwrap());
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    book.start_file("mimetype", stored).unwrap();
    book.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    book.start_file("META-INF/manifest.xml", stored).unwrap();
    book.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#)
        .unwrap();
    book.start_file("content.xml", stored).unwrap();
    book.write_all(content.as_bytes()).unwrap();
    book.finish().unwrap();
    assert_read_as_shown(&f, "reading.ods");
}

/// Fractions in a CSV under a `%` unit, against a target written as a percentage, are
/// a contradiction: an error that says what to change, or `scale:` reads them.
#[test]
fn fractions_under_a_percent_unit_are_an_error_unless_scaled() {
    let f = Fixture::copy("minimal");
    f.write(
        "metrics/reading.csv",
        "Term,Year 4,Year 4 (n)\n2024-09,0.38,90\n2025-03,0.55,88\n",
    );
    let yaml = "title: Pupils reading at expected fluency\nunit: \"%\"\nbaseline: 38\ntarget: 60\ndata: reading.csv\n";
    f.write("metrics/reading.yaml", yaml);
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    run.assert_said("--> metrics/reading.yaml:5:7");
    run.assert_said("the values in reading.csv are fractions (the largest is 0.55), but the unit is % and the baseline is 38");
    run.assert_said("write `scale: 100`");
    f.write("metrics/reading.yaml", &format!("{yaml}scale: 100\n"));
    f.build(&[]);
    assert!(f.read("public/index.html").contains("from 38% to 55%"));
}

/// `9/5/2024` is September 5 in a portfolio written in `en-US`, 9 May in `en-GB`, and
/// either way round, so refused, in plain `en`; `date_order:` decides for a metric.
#[test]
fn dates_in_an_export_follow_the_portfolios_language() {
    let f = Fixture::copy("minimal");
    f.write(
        "metrics/reading.csv",
        "Term,Year 4,Year 4 (n)\n9/5/2024,61,90\n3/4/2025,78,88\n",
    );
    f.write(
        "metrics/reading.yaml",
        &format!("{HEAD}data: reading.csv\n"),
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1, "no region: either way round");
    run.assert_said("the day and the month could be either way round");
    let settings = f.read("portfolio.yaml");
    f.write("portfolio.yaml", &format!("{settings}language: en-US\n"));
    f.build(&[]);
    let impact = f.read("public/impact/index.html");
    assert!(impact.contains(">Sep 5, 2024<"), "month first");
    f.write("portfolio.yaml", &format!("{settings}language: en-GB\n"));
    f.build(&[]);
    let impact = f.read("public/impact/index.html");
    assert!(impact.contains(">9 May 2024<"), "day first");
    f.write(
        "metrics/reading.yaml",
        &format!("{HEAD}data: reading.csv\ndate_order: mdy\n"),
    );
    f.build(&[]);
    let impact = f.read("public/impact/index.html");
    assert!(
        impact.contains(">5 Sept 2024<") || impact.contains(">5 Sep 2024<"),
        "the metric's own order"
    );
}

#[test]
fn a_semicolon_export_with_decimal_commas_and_a_bom_reads() {
    let f = Fixture::copy("minimal");
    f.write(
        "metrics/reading.csv",
        "\u{feff}Term;Year 4;Year 4 (n)\n2024-09;61,0;90\n2025-03; 78 ;88\n2025-06;;\n",
    );
    f.write(
        "metrics/reading.yaml",
        &format!("{HEAD}data: reading.csv\n"),
    );
    let run = f.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let impact = f.read("public/impact/index.html");
    assert!(
        impact.contains("+17 percentage points"),
        "{}",
        crate::support::main_of(&impact)
    );
}

/// A table too long to show whole links to every value as CSV; a value left out
/// there says why in the portfolio's own words, as the page does.
#[test]
fn a_long_tables_csv_says_why_a_value_is_missing_in_the_portfolios_language() {
    let f = Fixture::copy("minimal");
    let settings = f.read("portfolio.yaml");
    f.write("portfolio.yaml", &format!("{settings}\nlanguage: fr\n"));
    let mut csv = String::from("Week,Fluency %,Pupils\n");
    for day in 0..150 {
        let date = day_of_2024(day);
        let pupils = if day == 7 { 4 } else { 30 };
        csv.push_str(&format!("{date},{},{pupils}\n", 50 + day % 20));
    }
    f.write("metrics/reading.csv", &csv);
    f.write(
        "metrics/reading.yaml",
        &format!("{HEAD}data: reading.csv\ncolumns: {{ x: Week, y: Fluency %, n: Pupils }}\n"),
    );
    f.build(&[]);
    let data = f.read("public/charts/reading.csv");
    assert_eq!(data.lines().count(), 151, "a header and every point");
    assert!(data.contains("masquée (n < 10)"), "{data}");
    assert!(!data.contains("suppressed"), "no English in a French site");
    // The page says the same words.
    assert!(f
        .read("public/impact/index.html")
        .contains("masquée (n &lt; 10)"));
}

/// Day `n` from 1 January 2024, as `2024-01-01`.
fn day_of_2024(n: u32) -> String {
    let months = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let (mut month, mut day) = (0, n);
    while day >= months[month] {
        day -= months[month];
        month += 1;
    }
    format!("2024-{:02}-{:02}", month + 1, day + 1)
}
