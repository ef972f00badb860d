//! The images the pack prints, checked before Typst reads them: a file that is not
//! an image Typst can draw is an error that names the file, not a failure deep in the
//! layout.

use crate::diagnostic::Diagnostic;
use std::path::Path;
use typst::foundations::Bytes;
use typst::visualize::{ImageFormat, RasterImage, SvgImage, VectorFormat};

/// `Err` with a message for `file` when `bytes` cannot be drawn.
pub fn check(file: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    let problem = match ImageFormat::detect(bytes) {
        Some(ImageFormat::Raster(format)) => RasterImage::plain(Bytes::new(bytes.to_vec()), format)
            .err()
            .map(|e| e.to_string()),
        Some(ImageFormat::Vector(VectorFormat::Svg)) => SvgImage::new(Bytes::new(bytes.to_vec()))
            .err()
            .map(|_| "it is not a well-formed SVG file".to_owned()),
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
