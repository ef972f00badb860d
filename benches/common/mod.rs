//! What the generating benchmarks share.

use std::path::Path;

/// The allocator of the `leadfolio` binary, so that builds in memory are timed as
/// `serve` runs them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// The PSEL 2015 competency ids, from the bundled framework itself.
pub fn psel_ids() -> Vec<String> {
    let psel = leadfolio::load::framework::bundled("psel-2015").expect("PSEL 2015 is bundled");
    psel.competencies.iter().map(|c| c.id.to_string()).collect()
}
