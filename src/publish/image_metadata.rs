//! Images are published without what the camera wrote about them. A phone's photo
//! carries EXIF (the camera, the time, a GPS position, often a home or a school), XMP
//! and IPTC; a PNG carries text chunks. The site and the pack publish the same bytes
//! with all of that removed and the pixels untouched (nothing is re-encoded): the
//! container is taken apart by `img-parts` and put back without those parts. A
//! photo's orientation, the one EXIF field that changes how it looks, is kept, in an
//! EXIF block that holds it alone.

use img_parts::jpeg::{markers, Jpeg};
use img_parts::png::Png;
use img_parts::webp::WebP;
use img_parts::{Bytes, ImageEXIF};

/// The file at `path` as the site and the pack publish it: an image without its
/// metadata, anything else as it is.
pub fn published(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    let bytes = crate::disk::regular_file::read(path)?;
    Ok(stripped(&bytes).unwrap_or(bytes))
}

/// `bytes` without their metadata, when they are a JPEG, PNG or WebP image that has
/// any; `None` when there is nothing to remove (or the file is not such an image).
pub fn stripped(bytes: &[u8]) -> Option<Vec<u8>> {
    let out = if bytes.starts_with(&[0xFF, 0xD8]) {
        jpeg(bytes)?
    } else if bytes.starts_with(b"\x89PNG") {
        png(bytes)?
    } else if bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        webp(bytes)?
    } else {
        return None;
    };
    (out != bytes).then_some(out)
}

/// A JPEG keeps its JFIF header, its colour profile (APP2 `ICC_PROFILE`) and Adobe's
/// colour transform (APP14), which decoding needs; every other application segment
/// and every comment goes, and so does anything after the image itself (the further
/// pictures a phone appends, each with EXIF of its own).
fn jpeg(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut image = Jpeg::from_bytes(Bytes::copy_from_slice(bytes)).ok()?;
    let orientation = image.exif().and_then(|exif| orientation(&exif));
    image.set_exif(None);
    image.segments_mut().retain(|segment| {
        let marker = segment.marker();
        let application = (markers::APP0..=markers::APP15).contains(&marker);
        let kept = marker == markers::APP0
            || marker == markers::APP14
            || (marker == markers::APP2 && segment.contents().starts_with(b"ICC_PROFILE\0"));
        (kept || !application) && marker != markers::COM
    });
    if let Some(o) = orientation.filter(|o| *o != 1) {
        image.set_exif(Some(Bytes::from(orientation_only(o))));
    }
    let mut out = image.encoder().bytes().to_vec();
    out.truncate(end_of_first_image(&out));
    Some(out)
}

/// The offset just past the first image's end marker: after the first scan starts,
/// a 0xFF in the data is always followed by 0x00 or a restart marker, so the first
/// `FF D9` is the end.
fn end_of_first_image(jpeg: &[u8]) -> usize {
    let Some(scan) = jpeg.windows(2).position(|w| w == [0xFF, 0xDA]) else {
        return jpeg.len();
    };
    jpeg[scan..]
        .windows(2)
        .position(|w| w == [0xFF, 0xD9])
        .map_or(jpeg.len(), |end| scan + end + 2)
}

/// A PNG without its text (`tEXt`, `zTXt`, `iTXt`), its EXIF (`eXIf`) and its time
/// (`tIME`).
fn png(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut image = Png::from_bytes(Bytes::copy_from_slice(bytes)).ok()?;
    for kind in [*b"tEXt", *b"zTXt", *b"iTXt", *b"eXIf", *b"tIME"] {
        image.remove_chunks_by_type(kind);
    }
    Some(image.encoder().bytes().to_vec())
}

/// A WebP without its EXIF and XMP chunks.
fn webp(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut image = WebP::from_bytes(Bytes::copy_from_slice(bytes)).ok()?;
    image.set_exif(None);
    image.remove_chunks_by_id(*b"XMP ");
    Some(image.encoder().bytes().to_vec())
}

/// The orientation (EXIF tag 0x0112) in a TIFF-structured EXIF block, if it has one.
fn orientation(exif: &[u8]) -> Option<u16> {
    let big = match exif.get(0..4)? {
        b"MM\0*" => true,
        b"II*\0" => false,
        _ => return None,
    };
    let u16_at = |at: usize| {
        let b: [u8; 2] = exif.get(at..at + 2)?.try_into().ok()?;
        Some(if big {
            u16::from_be_bytes(b)
        } else {
            u16::from_le_bytes(b)
        })
    };
    let u32_at = |at: usize| {
        let b: [u8; 4] = exif.get(at..at + 4)?.try_into().ok()?;
        Some(if big {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        })
    };
    let ifd = u32_at(4)? as usize;
    let entries = u16_at(ifd)? as usize;
    (0..entries)
        .map(|i| ifd + 2 + i * 12)
        .find(|&entry| u16_at(entry) == Some(0x0112))
        .and_then(|entry| u16_at(entry + 8))
        .filter(|o| (1..=8).contains(o))
}

/// An EXIF block (big-endian TIFF) that says the orientation and nothing else.
fn orientation_only(orientation: u16) -> Vec<u8> {
    let mut exif = b"MM\0*\0\0\0\x08".to_vec();
    exif.extend(1u16.to_be_bytes()); // one entry
    exif.extend(0x0112u16.to_be_bytes()); // Orientation
    exif.extend(3u16.to_be_bytes()); // SHORT
    exif.extend(1u32.to_be_bytes()); // one value
    exif.extend(orientation.to_be_bytes());
    exif.extend([0, 0]);
    exif.extend(0u32.to_be_bytes()); // no further directory
    exif
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A JPEG's segments around no real picture: enough for the container.
    fn jpeg_with(segments: &[(u8, &[u8])]) -> Vec<u8> {
        let mut out = vec![0xFF, 0xD8];
        for (marker, contents) in segments {
            out.extend([0xFF, *marker]);
            out.extend(((contents.len() + 2) as u16).to_be_bytes());
            out.extend(*contents);
        }
        // A scan with two bytes of data, the end, and a further picture after it.
        out.extend([0xFF, 0xDA, 0, 2, 0x12, 0x34, 0xFF, 0xD9]);
        out.extend([
            0xFF, 0xD8, 0xFF, 0xE1, 0, 8, b'G', b'P', b'S', b'!', 0, 0, 0xFF, 0xD9,
        ]);
        out
    }

    fn exif_with_orientation(o: u16) -> Vec<u8> {
        let mut exif = b"Exif\0\0".to_vec();
        exif.extend(b"II*\0\x08\0\0\0");
        exif.extend(2u16.to_le_bytes());
        // GPS IFD pointer (0x8825), then orientation.
        exif.extend(0x8825u16.to_le_bytes());
        exif.extend(4u16.to_le_bytes());
        exif.extend(1u32.to_le_bytes());
        exif.extend(99u32.to_le_bytes());
        exif.extend(0x0112u16.to_le_bytes());
        exif.extend(3u16.to_le_bytes());
        exif.extend(1u32.to_le_bytes());
        exif.extend(o.to_le_bytes());
        exif.extend([0, 0]);
        exif.extend(0u32.to_le_bytes());
        exif.extend(b"GPS-POSITION-51.5N");
        exif
    }

    #[test]
    fn a_jpeg_loses_its_metadata_and_keeps_its_orientation_and_picture() {
        let xmp = b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>XMP-SECRET</x:xmpmeta>";
        let original = jpeg_with(&[
            (markers::APP0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"),
            (markers::APP1, &exif_with_orientation(6)),
            (markers::APP1, xmp),
            (markers::APP13, b"Photoshop 3.0\0IPTC-SECRET"),
            (markers::APP2, b"ICC_PROFILE\0\x01\x01profile"),
            (markers::COM, b"COMMENT-SECRET"),
        ]);
        let out = stripped(&original).expect("there was metadata");
        let text = String::from_utf8_lossy(&out);
        for secret in ["GPS", "XMP-SECRET", "IPTC-SECRET", "COMMENT-SECRET"] {
            assert!(!text.contains(secret), "{secret} left: {out:?}");
        }
        assert!(text.contains("JFIF") && text.contains("ICC_PROFILE"));
        assert!(
            out.ends_with(&[0x12, 0x34, 0xFF, 0xD9]),
            "the picture, then its end"
        );
        let image = Jpeg::from_bytes(Bytes::from(out)).unwrap();
        assert_eq!(image.exif().and_then(|e| orientation(&e)), Some(6));
        let plain = [0xFF, 0xD8, 0xFF, 0xDA, 0, 2, 0x12, 0x34, 0xFF, 0xD9];
        assert_eq!(stripped(&plain), None, "nothing to remove");
    }

    #[test]
    fn a_png_loses_its_text_chunks() {
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        let crc = |bytes: &[u8]| {
            let mut crc = !0u32;
            for b in bytes {
                crc ^= u32::from(*b);
                for _ in 0..8 {
                    crc = if crc & 1 == 1 {
                        (crc >> 1) ^ 0xEDB8_8320
                    } else {
                        crc >> 1
                    };
                }
            }
            !crc
        };
        let chunk = |kind: &[u8; 4], data: &[u8]| {
            let mut c = (data.len() as u32).to_be_bytes().to_vec();
            let mut typed = kind.to_vec();
            typed.extend(data);
            c.extend(&typed);
            c.extend(crc(&typed).to_be_bytes());
            c
        };
        png.extend(chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]));
        png.extend(chunk(b"tEXt", b"Comment\0TEXT-SECRET"));
        png.extend(chunk(b"IDAT", b"pixels"));
        png.extend(chunk(b"IEND", b""));
        let out = stripped(&png).expect("there was text");
        let text = String::from_utf8_lossy(&out);
        assert!(!text.contains("TEXT-SECRET") && text.contains("pixels"));
    }

    proptest::proptest! {
        /// Whatever a file holds (a photo cut short, a byte changed, noise behind an
        /// image's signature), taking it apart never panics.
        #[test]
        fn any_bytes_are_taken_apart_without_a_panic(
            cut in 0usize..925,
            flip in 0usize..925,
            noise in proptest::collection::vec(proptest::num::u8::ANY, 0..256),
        ) {
            let photo = include_bytes!("../../tests/fixtures/images/photo-with-gps.jpg");
            let mut bytes = photo[..cut.min(photo.len())].to_vec();
            if let Some(b) = bytes.get_mut(flip) {
                *b ^= 0x5A;
            }
            let _ = stripped(&bytes);
            for signature in [&b"\xFF\xD8"[..], b"\x89PNG\r\n\x1a\n", b"RIFF\0\0\0\0WEBP"] {
                let mut made = signature.to_vec();
                made.extend(&noise);
                let _ = stripped(&made);
            }
        }
    }
}
