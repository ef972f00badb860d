//! The images the pack prints, checked before Typst reads them: a file that is not
//! an image Typst can draw is an error that names the file, not a failure deep in the
//! layout.

use crate::diagnostic::source_file::Pos;
use crate::diagnostic::Diagnostic;
use std::path::Path;
use typst::foundations::Bytes;
use typst::visualize::{ImageFormat, RasterImage, SvgImage, VectorFormat};

/// The largest picture the pack decodes, on a side and in all: a phone's photo is
/// 12 to 50 megapixels; a header that claims 2,147,483,647 pixels a side would take
/// the machine's memory before a byte of it was drawn.
pub const MAX_SIDE: usize = 16_384;
pub const MAX_PIXELS: usize = 50_000_000;

/// `Err` with a message for `file` when `bytes` cannot be drawn.
pub fn check(file: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    let problem = match ImageFormat::detect(bytes) {
        Some(ImageFormat::Raster(format)) => {
            size_within_bounds(file, bytes)?;
            RasterImage::plain(Bytes::new(bytes.to_vec()), format)
                .err()
                .map(|e| e.to_string())
        }
        Some(ImageFormat::Vector(VectorFormat::Svg)) => {
            svg_within_bounds(file, bytes)?;
            SvgImage::new(Bytes::new(bytes.to_vec()))
                .err()
                .map(|_| "it is not a well-formed SVG file".to_owned())
        }
        Some(ImageFormat::Vector(_)) => Some("a PDF cannot be printed as an image".to_owned()),
        None => Some("it is not a PNG, JPEG, GIF, WebP or SVG image".to_owned()),
    };
    match problem {
        None => Ok(()),

        Some(why) => Err(Diagnostic::error_in(
            file,
            format!("this image cannot be printed in the panel pack: {why}"),
        )
        .with_hint("export it again as PNG, JPEG or SVG, or link to it instead of showing it")),
    }
}

/// How deeply an SVG may nest its elements, and how many nodes it may have: a
/// drawing exported from a design tool nests a few dozen levels and holds thousands.
pub const MAX_SVG_DEPTH: usize = 256;
const MAX_SVG_NODES: u32 = 1_000_000;

/// `Err`, at the place in the file, when an SVG nests too deeply, is too large, or
/// links to another file (the pack reads nothing outside the portfolio, and Typst
/// refuses such a link with a message that reads as leadfolio's own fault).
fn svg_within_bounds(file: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    let refused = |pos: Pos, why: String, hint: &str| {
        Diagnostic::error_at_path(
            file,
            pos,
            format!("this image cannot be printed in the panel pack: {why}"),
        )
        .with_hint(hint.to_owned())
    };
    let export = "export the drawing again as a plain SVG or as PNG";
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(refused(
            Pos::START,
            "it is not UTF-8 text".to_owned(),
            export,
        ));
    };
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        nodes_limit: MAX_SVG_NODES,
        ..roxmltree::ParsingOptions::default()
    };
    let document = roxmltree::Document::parse_with_options(text, options).map_err(|e| {
        let at = e.pos();
        let pos = Pos {
            line: at.row as usize,
            column: at.col as usize,
        };
        let why = match e {
            roxmltree::Error::NodesLimitReached => {
                format!("it has more than {MAX_SVG_NODES} parts")
            }
            other => format!("it is not well-formed SVG ({other})"),
        };
        refused(pos, why, export)
    })?;
    let place = |node: roxmltree::Node<'_, '_>| {
        let at = document.text_pos_at(node.range().start);
        Pos {
            line: at.row as usize,
            column: at.col as usize,
        }
    };
    // Depth first, with the depth of each element, without recursion.
    let mut stack = vec![(document.root(), 0usize)];
    while let Some((node, depth)) = stack.pop() {
        if depth > MAX_SVG_DEPTH {
            return Err(refused(
                place(node),
                format!("its elements nest more than {MAX_SVG_DEPTH} levels deep"),
                export,
            ));
        }
        for attribute in node.attributes() {
            let value = attribute.value().trim();
            let local = value.starts_with('#') || value.starts_with("data:");
            if attribute.name() == "href" && !local {
                return Err(refused(
                    place(node),
                    format!("it links to another file, `{value}`, which the pack does not read"),
                    "embed the picture in the SVG (your drawing program's \"embed images\" option), or export it as PNG",
                ));
            }
        }
        stack.extend(
            node.children()
                .filter(|c| c.is_element())
                .map(|c| (c, depth + 1)),
        );
    }
    Ok(())
}

/// `Err` when the picture's header says it is too large to decode, or cannot be read.
fn size_within_bounds(file: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    let refused = |why: String| {
        Diagnostic::error_in(
            file,
            format!("this image cannot be printed in the panel pack: {why}"),
        )
    };
    let size = imagesize::blob_size(bytes).map_err(|_| {
        refused("its header cannot be read".to_owned()).with_hint("export it again as PNG or JPEG")
    })?;
    let (w, h) = (size.width, size.height);
    if w <= MAX_SIDE && h <= MAX_SIDE && w.saturating_mul(h) <= MAX_PIXELS {
        return Ok(());
    }
    Err(refused(format!("it is {w} × {h} pixels")).with_hint(format!(
        "export it smaller: at most {MAX_SIDE} pixels a side and {} megapixels (2,000 pixels across is plenty for print)",
        MAX_PIXELS / 1_000_000
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_svg_that_links_out_or_nests_too_deeply_is_refused_at_its_place() {
        let svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <image href=\"/etc/passwd\"/>\n</svg>";
        let d = check(Path::new("assets/evil.svg"), svg.as_bytes()).unwrap_err();
        assert!(
            d.message.contains("links to another file, `/etc/passwd`"),
            "{}",
            d.message
        );
        assert_eq!((d.pos.line, d.pos.column), (2, 3));
        let deep = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\">{}<rect/>{}</svg>",
            "<g>".repeat(2000),
            "</g>".repeat(2000)
        );
        let d = check(Path::new("assets/deep.svg"), deep.as_bytes()).unwrap_err();
        assert!(
            d.message.contains("more than 256 levels deep"),
            "{}",
            d.message
        );
        let fine = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"><use href=\"#a\"/><rect id=\"a\" width=\"1\" height=\"1\"/></svg>";
        assert!(check(Path::new("assets/fine.svg"), fine.as_bytes()).is_ok());
    }
}
