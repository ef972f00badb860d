//! Tera, set up once per build from the theme: autoescaping on, user text only ever
//! passed in as data, never as template source.

use crate::diagnostic::Diagnostic;
use crate::theme::Theme;
use serde::Serialize;
use std::error::Error as _;
use tera::{Context, Tera};

pub struct Templates {
    tera: Tera,
    origins: std::collections::BTreeMap<String, String>,
}

/// Escape for HTML text and quoted attributes. Unlike Tera's default it leaves `>` and
/// `/` alone, which are safe there, so "48 -> 56" reads the same in the page source.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

impl Templates {
    pub fn new(theme: &Theme) -> Result<Templates, Diagnostic> {
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html", ".svg", ".xml"]);
        tera.set_escape_fn(escape_html);
        let origins = theme
            .templates
            .iter()
            .map(|(name, t)| (name.clone(), t.origin.clone()))
            .collect();
        let sources = theme
            .templates
            .iter()
            .map(|(name, t)| (name.as_str(), t.text.as_str()));
        let mut templates = Templates {
            tera: Tera::default(),
            origins,
        };
        match tera.add_raw_templates(sources) {
            Ok(()) => {
                templates.tera = tera;
                Ok(templates)
            }
            Err(e) => Err(templates.diagnostic(&e)),
        }
    }

    pub fn render<T: Serialize>(&self, name: &str, data: &T) -> Result<String, Diagnostic> {
        let context = Context::from_serialize(data).map_err(|e| self.diagnostic(&e))?;
        self.tera
            .render(name, &context)
            .map_err(|e| self.diagnostic(&e))
    }

    /// A template error, named after the file it came from, with Tera's whole chain of
    /// causes (its top line alone says only "failed to render").
    fn diagnostic(&self, e: &tera::Error) -> Diagnostic {
        let mut message = e.to_string();
        let mut source = e.source();
        while let Some(cause) = source {
            message.push_str(": ");
            message.push_str(&cause.to_string());
            source = cause.source();
        }
        let origin = self
            .origins
            .iter()
            .find(|(name, _)| message.contains(&format!("'{name}'")))
            .map_or_else(|| "templates".to_owned(), |(_, origin)| origin.clone());
        Diagnostic::error_in(origin, format!("template error: {message}"))
            .with_hint("check the template against the theme's own in themes/panel/templates")
    }
}
