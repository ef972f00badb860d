//! `leadfolio check --privacy`: what the build keeps home, and why, as one table a
//! candidate can show a principal or a district's data office before publishing.
//! Files and positions only: nothing it names is published, and no quote or value
//! is printed.

use crate::diagnostic::{Diagnostic, Kept};
use crate::model::{Portfolio, Status};

/// One row: what kind of thing, where, and what happens to it.
struct Row {
    kept: Kept,
    place: String,
    what: String,
}

/// The table for a build's notes and, where the build kept one, its model.
pub fn print(diagnostics: &[Diagnostic], portfolio: Option<&Portfolio>) {
    let mut rows: Vec<Row> = diagnostics
        .iter()
        .filter_map(|d| {
            let kept = d.kept?;
            let path = d.path.to_string_lossy().replace('\\', "/");
            let place = if d.pos.line > 1 || d.pos.column > 1 {
                format!("{path}:{}:{}", d.pos.line, d.pos.column)
            } else {
                path
            };
            Some(Row {
                kept,
                place,
                what: d.message.clone(),
            })
        })
        .collect();
    if let Some(p) = portfolio {
        rows.extend(from_model(p));
    }
    rows.sort_by(|a, b| (a.kept, &a.place).cmp(&(b.kept, &b.place)));
    if rows.is_empty() {
        println!("Nothing is kept home: every file of the portfolio is published as it is.");
        return;
    }
    println!("What this build keeps home (nothing below is published):\n");
    let kind_width = rows.iter().map(|r| r.kept.label().len()).max().unwrap_or(0);
    let place_width = rows
        .iter()
        .map(|r| r.place.chars().count())
        .max()
        .unwrap_or(0);
    for r in &rows {
        println!(
            "  {:kind_width$}  {:place_width$}  {}",
            r.kept.label(),
            r.place,
            r.what
        );
    }
}

/// What the model alone tells: private artefacts (never published, so no build note
/// names them) and images whose metadata the site and the pack leave out.
fn from_model(p: &Portfolio) -> Vec<Row> {
    let mut rows: Vec<Row> = p
        .artefacts
        .iter()
        .filter(|a| a.status == Status::Private)
        .map(|a| Row {
            kept: Kept::Private,
            place: a.path.to_string_lossy().replace('\\', "/"),
            what: "private: never published; a link to it shows as plain text".to_owned(),
        })
        .collect();
    for asset in &p.assets {
        let Ok(bytes) = crate::disk::regular_file::read(&asset.file) else {
            continue;
        };
        if crate::publish::image_metadata::stripped(&bytes).is_some() {
            rows.push(Row {
                kept: Kept::Metadata,
                place: asset.site_path.clone(),
                what: "published without what the camera wrote (EXIF, XMP, IPTC, text: the camera, the time, a GPS position)".to_owned(),
            });
        }
    }
    rows
}
