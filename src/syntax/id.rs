//! Ids: how artefacts, metrics, testimonials and competencies are named and linked.

use std::fmt;

/// A file stem or competency id: lower-case letters, digits, `-` and `_`. Kept that
/// narrow because ids become folder names in URLs that must work on every host and
/// inside a zip opened on a case-insensitive disk.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct Id(String);

impl Id {
    /// Parse an id, or say what a valid one would be.
    pub fn parse(s: &str) -> Result<Id, String> {
        let valid = !s.is_empty()
            && s.len() <= 100
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
            && s.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric());
        if valid {
            return Ok(Id(s.to_owned()));
        }
        let suggestion = slug(s);
        if suggestion.is_empty() {
            Err("ids use lower-case letters, digits, `-` and `_`".to_owned())
        } else {
            Err(format!(
                "ids use lower-case letters, digits, `-` and `_`: try `{suggestion}`"
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// `Formative Pilot (v2)` -> `formative-pilot-v2`. Other scripts are written in Latin
/// letters first (`Директор` -> `direktor`), so no heading or role is left without one.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in deunicode::deunicode(s).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').chars().take(100).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_narrow_and_suggest_a_fix() {
        assert!(Id::parse("formative-pilot_2").is_ok());
        assert_eq!(
            Id::parse("Formative Pilot").unwrap_err(),
            "ids use lower-case letters, digits, `-` and `_`: try `formative-pilot`"
        );
        assert!(Id::parse("../x").is_err());
        assert_eq!(slug("Директор школы"), "direktor-shkoly");
        assert_eq!(slug("校長"), "xiao-chang");
        assert!(Id::parse("").is_err());
    }
}
