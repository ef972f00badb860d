//! A narrative through reference scanning and the Markdown + shortcode renderer: never
//! a panic, and never a script tag in the output.
#![no_main]

use leadfolio::stages::render::markdown::{render, Page, Place};
use leadfolio::stages::syntax::shortcode::Shortcode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|body: &str| {
    let mut problems = Vec::new();
    // As the loader and a page do: the pieces its scan parsed are rendered.
    let (_, pieces) = leadfolio::stages::load::references::scan_body(body, 5, &mut problems);
    let published = |id: &str| (id == "pilot").then(|| "evidence/pilot/index.html".to_owned());
    let shortcode = |s: &Shortcode, block: bool, out: &mut String| {
        out.push_str(&if block {
            format!("<figure>{}</figure>", s.id)
        } else {
            format!("<b>{}</b>", s.id)
        });
    };
    let place = Place {
        root: "../../",
        id_prefix: "p-",
        min_heading: 2,
    };
    let page = Page {
        artefact_path: &published,
        shortcode: &shortcode,
    };
    let html = render(&pieces, &place, &page);
    assert!(!html.to_ascii_lowercase().contains("<script"), "{html}");
});
