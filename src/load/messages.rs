//! The portfolio's own messages, `i18n/<language>.ftl`, and the locale they make with
//! the bundled catalogues. A syntax error is an error at its line; a message id no
//! catalogue knows, and the messages a language lacks, are warnings.

use super::files::{self, Found};
use crate::diagnostic::source_file::SourceFile;
use crate::diagnostic::Diagnostic;
use crate::i18n::{Locale, SyntaxError, UserMessages};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub const FOLDER: &str = "i18n";

/// The locale for `tag`: `i18n/fr-CA.ftl` if the portfolio has it, else `i18n/fr.ftl`,
/// laid over the bundled catalogue of its language.
///
/// `settings` names the file that chose the language, for a warning with no file of
/// its own to point at.
pub fn locale(root: &Path, tag: &str, settings: &str, diags: &mut Vec<Diagnostic>) -> Arc<Locale> {
    let user = read(root, tag, diags);
    // A warning about the language points at its message file, else at the settings.
    let origin = user
        .as_ref()
        .map_or_else(|| settings.to_owned(), |u| u.origin.clone());
    let locale = Locale::new(tag, user);
    let missing = locale.missing();
    if !missing.is_empty() {
        let file = format!("{FOLDER}/{}.ftl", crate::i18n::base_language(tag));
        let shown: Vec<&str> = missing.iter().take(8).map(String::as_str).collect();
        let more = match missing.len() - shown.len() {
            0 => String::new(),
            n => format!(" and {n} more"),
        };
        diags.push(
            Diagnostic::error_in(
                origin,
                format!(
                    "{} of the theme's messages have no `{tag}` text, so they are written in English: {}{more}",
                    missing.len(),
                    shown.join(", ")
                ),
            )
            .with_hint(format!(
                "add them to {file}; leadfolio's English catalogue (i18n/en.ftl in its source) lists every message"
            ))
            .warning(),
        );
    }
    Arc::new(locale)
}

/// The most specific message file the portfolio has for `tag`.
fn read(root: &Path, tag: &str, diags: &mut Vec<Diagnostic>) -> Option<UserMessages> {
    let names = [
        format!("{tag}.ftl"),
        format!("{}.ftl", crate::i18n::base_language(tag)),
    ];
    // Walked like every other folder of the portfolio: a linked `i18n/` is refused
    // whole, and a linked file in it is not read.
    let found = files::walk(root, FOLDER, diags);
    let found: &Found = names.iter().find_map(|n| {
        let shown = PathBuf::from(FOLDER).join(n);
        found.iter().find(|f| f.shown == shown)
    })?;
    let file = files::read_text(found).map_err(|d| diags.push(d)).ok()?;
    let (user, errors) = UserMessages::parse(file.path.display().to_string(), file.text.clone());
    check(&file, &user, errors, diags);
    Some(user)
}

fn check(
    file: &SourceFile,
    user: &UserMessages,
    errors: Vec<SyntaxError>,
    diags: &mut Vec<Diagnostic>,
) {
    for e in errors {
        diags.push(
            Diagnostic::error_at(file, file.pos_of(e.offset), format!("this message cannot be read: {}", e.message))
                .with_hint("write each message as `id = text` on a line of its own; a placeable is `{ $name }`, and a line that continues a message starts with spaces"),
        );
    }
    let known = crate::i18n::bundled_ids();
    for (offset, id) in user.unknown_ids() {
        let mut d = Diagnostic::error_at(
            file,
            file.pos_of(offset),
            format!("no theme message is called `{id}`, so this text is never used"),
        )
        .warning();
        if let Some(near) = crate::diagnostic::did_you_mean(&id, known.iter().map(String::as_str)) {
            d = d.with_hint(format!("did you mean `{near}`?"));
        }
        diags.push(d);
    }
}
