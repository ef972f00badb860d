//! Printing diagnostics and summaries for people: colour only on a terminal, and
//! never with NO_COLOR.

use crate::diagnostic::Diagnostic;
use std::io::{IsTerminal, Write};

pub fn colour_enabled() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Print every diagnostic to stderr, then a count.
pub fn print(diagnostics: &[Diagnostic], quiet: bool) {
    let colour = colour_enabled();
    let mut err = std::io::stderr().lock();
    for d in diagnostics.iter().filter(|d| d.is_error() || !quiet) {
        let text = d.to_string();
        let text = if colour { paint(&text) } else { text };
        let _ = writeln!(err, "{text}");
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    if errors > 0 {
        let _ = writeln!(
            err,
            "{} in the portfolio{}",
            plural(errors, "error"),
            if warnings > 0 {
                format!(", {}", plural(warnings, "warning"))
            } else {
                String::new()
            }
        );
    }
}

pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Bold the first line, and colour its label.
fn paint(text: &str) -> String {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let (label, colour) = if first.starts_with("error:") {
        ("error", "31")
    } else if first.starts_with("warning:") {
        ("warning", "33")
    } else {
        return text.to_owned();
    };
    let message = &first[label.len() + 1..];
    format!("\x1b[1;{colour}m{label}\x1b[0m\x1b[1m:{message}\x1b[0m\n{rest}")
}
