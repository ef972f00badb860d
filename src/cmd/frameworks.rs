//! `leadfolio frameworks`: the bundled frameworks and their competency ids.

use super::SUCCESS;
use crate::load::framework;

pub fn execute() -> u8 {
    for f in framework::all_bundled() {
        let id = f.id.as_deref().unwrap_or("");
        let default = if id == framework::DEFAULT {
            " (the default)"
        } else {
            ""
        };
        println!("{id}{default}: {}", f.name);
        let width = f
            .competencies
            .iter()
            .map(|c| c.id.as_str().len())
            .max()
            .unwrap_or(0);
        for c in &f.competencies {
            println!("  {:width$}  {}", c.id.as_str(), c.title);
        }
        println!();
    }
    println!(
        "Use one with `framework: ID` in portfolio.yaml, or write your own under `framework:`."
    );
    SUCCESS
}
