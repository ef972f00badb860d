//! Splitting front matter and parsing it as YAML: any text gives a result or a
//! positioned problem, never a panic.
#![no_main]

use leadfolio::stages::diagnostic::source_file::SourceFile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let file = SourceFile::new("artefacts/fuzz.md", text);
    if let Ok(split) = leadfolio::stages::syntax::front_matter::split(&file.text) {
        if let Ok(node) = leadfolio::stages::syntax::yaml::parse(split.yaml, split.yaml_line) {
            assert!(node.pos.line >= split.yaml_line);
        }
    }
});
