//! A metric file through parsing, small-cell suppression and chart drawing: any text
//! is read or reported, and every metric that reads draws a well-formed chart.
#![no_main]

use leadfolio::stages::syntax::id::Id;
use leadfolio::stages::diagnostic::source_file::SourceFile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let file = SourceFile::new("metrics/fuzz.yaml", text);
    let mut diags = Vec::new();
    let Ok(id) = Id::parse("fuzz") else { return };
    let Some(metric) = leadfolio::stages::load::metric::read(&file, id, &mut diags) else {
        return;
    };
    if diags.iter().any(|d| d.is_error()) {
        return;
    }
    let published = leadfolio::stages::publish::publish_metric(&metric, 10, &mut diags);
    let svg = leadfolio::stages::view::chart::render(&published).expect("a valid metric draws");
    assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
    let _ = leadfolio::stages::view::headline::headline(&published);
});
