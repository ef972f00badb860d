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
    run.assert_said("there is no column \"Fluency\" for the values (y)");
    run.assert_said("the header row has: \"Term\", \"Score\"");
    f.write(
        "metrics/reading.yaml",
        &format!("{HEAD}data: ../../outside.csv\n"),
    );
    let run = f.run(&["build"]);
    run.assert_said("is outside the portfolio folder");
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
