//! What the generating benchmarks share.

use std::path::Path;

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
