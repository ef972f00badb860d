//! What an untagged plain scalar means, by serde_yaml's rules (its `de.rs`,
//! `visit_untagged_scalar`, version 0.9.34, MIT OR Apache-2.0), so a document read
//! from events means exactly what serde_yaml would make of it: `NULL` is nothing,
//! `True` is true, `0x1F` and `+.inf` are numbers, `012` is text.

use super::Value;
use std::num::ParseIntError;

/// What a plain scalar is.
pub enum Meaning {
    Text,
    Other(Value),
    /// A whole number beyond 64 bits, which serde_yaml refuses with an error of its
    /// own.
    TooLarge,
}

pub fn meaning(v: &str) -> Meaning {
    if v.is_empty() || matches!(v, "null" | "Null" | "NULL" | "~") {
        return Meaning::Other(Value::Null);
    }
    match v {
        "true" | "True" | "TRUE" => return Meaning::Other(Value::Bool(true)),
        "false" | "False" | "FALSE" => return Meaning::Other(Value::Bool(false)),
        _ => {}
    }
    // Every number starts so (Rust's float parser also reads `inf` and `nan`, but
    // serde_yaml keeps only finite floats from it).
    if !v.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '+' | '-' | '.')) {
        return Meaning::Text;
    }
    if let Some(int) = parse_unsigned_int(v, u64::from_str_radix) {
        // serde_yaml's number: a whole number that fits no i64 is read as a float.
        return Meaning::Other(i64::try_from(int).map_or(Value::Float(int as f64), Value::Int));
    }
    if let Some(int) = parse_negative_int(v, i64::from_str_radix) {
        return Meaning::Other(Value::Int(int));
    }
    if parse_unsigned_int(v, u128::from_str_radix).is_some()
        || parse_negative_int(v, i128::from_str_radix).is_some()
    {
        return Meaning::TooLarge;
    }
    if !digits_but_not_number(v) {
        if let Some(float) = parse_f64(v) {
            return Meaning::Other(Value::Float(float));
        }
    }
    Meaning::Text
}

/// Whether libyaml would read this plain scalar as yaml-rust2 did. yaml-rust2 reads
/// some that libyaml refuses, such as `[>]` or `[a?]` (inside brackets libyaml takes a
/// `?` for an indicator): those go to serde_yaml, for its error or its reading.
pub fn may_be_plain(v: &str, in_flow: bool) -> bool {
    if in_flow && v.contains('?') {
        return false;
    }
    let mut chars = v.chars();
    match chars.next() {
        Some(
            ',' | '[' | ']' | '{' | '}' | '#' | '&' | '*' | '!' | '|' | '>' | '\'' | '"' | '%'
            | '@' | '`' | ':',
        ) => false,
        Some('-' | '?') => chars.next().is_some_and(|c| !c.is_whitespace()),
        _ => true,
    }
}

type Radix<T> = fn(&str, u32) -> Result<T, ParseIntError>;

fn parse_unsigned_int<T>(scalar: &str, from_str_radix: Radix<T>) -> Option<T> {
    let unpositive = scalar.strip_prefix('+').unwrap_or(scalar);
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(rest) = unpositive.strip_prefix(prefix) {
            if rest.starts_with(['+', '-']) {
                return None;
            }
            if let Ok(int) = from_str_radix(rest, radix) {
                return Some(int);
            }
        }
    }
    if unpositive.starts_with(['+', '-']) || digits_but_not_number(scalar) {
        return None;
    }
    from_str_radix(unpositive, 10).ok()
}

fn parse_negative_int<T>(scalar: &str, from_str_radix: Radix<T>) -> Option<T> {
    for (prefix, radix) in [("-0x", 16), ("-0o", 8), ("-0b", 2)] {
        if let Some(rest) = scalar.strip_prefix(prefix) {
            if let Ok(int) = from_str_radix(&format!("-{rest}"), radix) {
                return Some(int);
            }
        }
    }
    if digits_but_not_number(scalar) {
        return None;
    }
    from_str_radix(scalar, 10).ok()
}

fn parse_f64(scalar: &str) -> Option<f64> {
    let unpositive = match scalar.strip_prefix('+') {
        Some(rest) if rest.starts_with(['+', '-']) => return None,
        Some(rest) => rest,
        None => scalar,
    };
    if let ".inf" | ".Inf" | ".INF" = unpositive {
        return Some(f64::INFINITY);
    }
    if let "-.inf" | "-.Inf" | "-.INF" = scalar {
        return Some(f64::NEG_INFINITY);
    }
    if let ".nan" | ".NaN" | ".NAN" = scalar {
        return Some(f64::NAN);
    }
    unpositive.parse::<f64>().ok().filter(|f| f.is_finite())
}

/// Leading zeros followed by digits are text in YAML 1.2.
fn digits_but_not_number(scalar: &str) -> bool {
    let scalar = scalar.strip_prefix(['-', '+']).unwrap_or(scalar);
    scalar.len() > 1 && scalar.starts_with('0') && scalar[1..].bytes().all(|b| b.is_ascii_digit())
}
