//! The panel pack as a PDF, typeset by Typst inside the binary: the published
//! portfolio as data ([`pack`]), the theme's Typst template laying it out, and a
//! world that holds nothing else ([`world`]). Tagged, PDF/UA-1 as Typst checks it,
//! and the same bytes for the same folder.

mod errors;
mod fonts;
mod images;
pub mod narrative;
pub mod pack;
mod raw_html;
mod world;

use crate::diagnostic::Diagnostic;
use crate::model::theme::Theme;
use crate::view::Views;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

/// Where every build writes the pack, at the root of the site.
pub const PATH: &str = "panel-pack.pdf";

/// The pack, typeset.
pub struct Typeset {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// Warnings about it.
    pub notes: Vec<Diagnostic>,
}

/// The pack of the site `r` renders, unless the build leaves it out.
pub fn panel_pack(r: &Views<'_, '_>) -> Result<Option<Typeset>, Vec<Diagnostic>> {
    if !r.site.pdf {
        return Ok(None);
    }
    let paper = r.site.settings.paper.typst_name();
    let made = pack::make(r, paper);
    typeset(&made, r.site.theme).map(Some)
}

/// Typeset `made` with `theme`'s Typst templates: every problem, each where it is.
pub fn typeset(made: &pack::Made<'_>, theme: &Theme) -> Result<Typeset, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    match serde_json::to_vec(&made.pack) {
        Ok(json) => files.push((world::DATA.to_owned(), json)),
        Err(e) => problems.push(Diagnostic::error_in(
            world::DATA,
            format!("the panel pack's data could not be written: {e}"),
        )),
    }
    for (path, svg) in &made.charts {
        files.push((path.clone(), svg.clone().into_bytes()));
    }
    for (path, file) in &made.assets {
        // The image as the portfolio names it: its path in the pack is its path there.
        let shown = std::path::Path::new(path.trim_start_matches('/'));
        // Without the metadata a camera wrote, as on the site.
        match crate::publish::image_metadata::published(file) {
            Ok(bytes) => match images::check(shown, &bytes) {
                Ok(()) => files.push((path.clone(), bytes)),
                Err(d) => problems.push(d),
            },
            Err(e) => problems.push(Diagnostic::error_in(
                shown,
                format!("the image could not be read for the panel pack: {e}"),
            )),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let templates = theme
        .templates
        .iter()
        .filter(|(name, _)| name.ends_with(".typ"))
        .map(|(name, t)| (name.as_str(), t.text.as_str(), t.origin.as_str()));
    let world = world::PackWorld::new(templates, files);
    compile(&world)
}

fn compile(world: &world::PackWorld) -> Result<Typeset, Vec<Diagnostic>> {
    let typeset = compile_memoised(world);
    // Typst memoises what it lays out across compilations, and keeps it: a showcase's
    // packs grew the process 16 MB a leader. What the last two packs did not use goes.
    comemo::evict(2);
    typeset
}

fn compile_memoised(world: &world::PackWorld) -> Result<Typeset, Vec<Diagnostic>> {
    let compiled = typst::compile::<PagedDocument>(world);
    let warnings = compiled.warnings.iter();
    let document = compiled.output.map_err(|errors| {
        errors
            .iter()
            .chain(warnings)
            .filter_map(|d| errors::diagnostic(world, d))
            .collect::<Vec<_>>()
    })?;
    let standards = PdfStandards::new(&[PdfStandard::Ua_1]).map_err(|e| {
        vec![Diagnostic::error_in(
            PATH,
            format!("panel pack: {}", e.message()),
        )]
    })?;
    let mut notes = Vec::new();
    let bytes = match typst_pdf::pdf(&document, &options(standards)) {
        Ok(bytes) => bytes,
        Err(errors) => {
            // A letter none of the fonts has (a name in Chinese script, say) breaks
            // PDF/UA, which wants every character shown: the pack is still made,
            // tagged, with a box in its place, and the build says which letters.
            let missing = missing_letters(&errors);
            if missing.is_empty() {
                return Err(errors
                    .iter()
                    .filter_map(|d| errors::diagnostic(world, d))
                    .collect());
            }
            notes.push(
                Diagnostic::error_in(
                    PATH,
                    format!(
                        "the panel pack's fonts have no letters for {}: each prints as a box, and the PDF is tagged but not PDF/UA-1",
                        missing.join(" ")
                    ),
                )
                .with_hint("the pack is set in Libertinus Serif (Latin, Greek and Cyrillic); the web pages show these letters")
                .warning(),
            );
            typst_pdf::pdf(&document, &options(PdfStandards::default())).map_err(|errors| {
                errors
                    .iter()
                    .filter_map(|d| errors::diagnostic(world, d))
                    .collect::<Vec<_>>()
            })?
        }
    };
    Ok(Typeset {
        pages: document.pages().len(),
        bytes,
        notes,
    })
}

/// The options every pack is written with: the identifier comes from the document
/// alone and there is no creation date, so the same folder gives the same bytes.
fn options(standards: PdfStandards) -> PdfOptions {
    PdfOptions {
        ident: typst::foundations::Smart::Custom("leadfolio panel pack".to_owned()),
        creator: typst::foundations::Smart::Custom(Some("leadfolio".to_owned())),
        timestamp: None,
        standards,
        ..PdfOptions::default()
    }
}

/// The letters that `errors` say no font could show; empty if any error is of
/// another kind.
fn missing_letters(errors: &[typst::diag::SourceDiagnostic]) -> Vec<String> {
    let mut letters = Vec::new();
    for e in errors {
        let message = e.message.as_str();
        let Some(text) = message
            .split_once("the text `\"")
            .filter(|_| message.contains("could not be displayed"))
            .and_then(|(_, rest)| rest.split_once("\"`"))
            .map(|(text, _)| text.to_owned())
        else {
            return Vec::new();
        };
        if !letters.contains(&text) {
            letters.push(text);
        }
    }
    letters
}
