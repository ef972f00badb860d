//! `leadfolio new DIR`: a working portfolio to start from.

use super::{CONTENT_ERRORS, SUCCESS, USAGE};
use crate::cli::NewArgs;
use rust_embed::RustEmbed;
use std::fs;

#[derive(RustEmbed)]
#[folder = "starter/"]
struct Starter;

pub fn execute(args: &NewArgs) -> u8 {
    let dir = &args.dir;
    if dir.exists() && fs::read_dir(dir).map_or(true, |mut d| d.next().is_some()) {
        eprintln!(
            "error: {} already exists and is not empty; choose a new folder name",
            dir.display()
        );
        return USAGE;
    }
    for path in Starter::iter() {
        let Some(file) = Starter::get(&path) else {
            continue;
        };
        let target = dir.join(path.as_ref());
        let written = target
            .parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| fs::write(&target, &file.data));
        if let Err(e) = written {
            eprintln!("error: failed to write {}: {e}", target.display());
            return CONTENT_ERRORS;
        }
    }
    let shown = dir.display();
    println!("Started a portfolio in {shown}.");
    println!(
        "Next: edit {shown}/portfolio.yaml, replace the example evidence in {shown}/artefacts/,"
    );
    println!("then run `leadfolio serve {shown}` to see it as you write.");
    println!(
        "To publish it on GitHub Pages, push the folder to a repository of its own: {shown}/.github/workflows/publish.yml builds and publishes it."
    );
    SUCCESS
}
