//! The one place that knows which YAML libraries we use: a document becomes a tree of
//! [`Node`]s, each with the position a diagnostic points at.
//!
//! Two paths give the same tree. The usual one ([`events`]) reads yaml-rust2's marked
//! events once, values and positions together, and means every plain scalar by
//! serde_yaml's rules ([`scalar`]). Anything it does not take (a syntax error, an
//! anchor or alias, a tag, an odd key, or a character or scalar the two libraries
//! read differently) goes the checked way ([`checked`]): serde_yaml parses, with its
//! messages and its bounds on aliases and nesting, and the events are read again for
//! positions. Parsing every document with both libraries was a tenth of a large
//! build. That the paths agree is tested on every YAML file in the repository, on
//! generated documents (a property test) and by a fuzz target (`yaml_paths`).

mod checked;
mod events;
mod nesting;
mod scalar;

use crate::diagnostic::source_file::Pos;
use yaml_rust2::scanner::Marker;

/// A YAML value with the position where it starts in the user's file.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Value,
    pub pos: Pos,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<Entry>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: String,
    pub key_pos: Pos,
    pub value: Node,
}

/// A YAML syntax error, positioned in the user's file.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub pos: Pos,
    pub message: String,
}

impl Node {
    /// What kind of value this is, in the words a user knows ("a list", "text").
    pub fn kind_name(&self) -> &'static str {
        match self.value {
            Value::Null => "nothing",
            Value::Bool(_) => "true/false",
            Value::Int(_) | Value::Float(_) => "a number",
            Value::Str(_) => "text",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self.value, Value::Null)
    }

    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Map(entries) => entries.iter().find(|e| e.key == key).map(|e| &e.value),
            _ => None,
        }
    }
}

/// Where a yaml-rust2 marker points, in file lines (`shift` lines above the text).
fn position(mark: Marker, shift: usize) -> Pos {
    Pos::new(mark.line(), mark.col() + 1).below(shift)
}

/// Where a mapping begins for a reader. A block mapping's start event is marked after
/// its first key; the key is where a reader sees the mapping begin.
fn mapping_start(start: Pos, first_key: Option<Pos>) -> Pos {
    first_key.map_or(start, |key| start.min(key))
}

/// Parse one YAML document. `first_line` is the file line the text starts on, so
/// positions point into the user's file (front matter starts below its `---`).
pub fn parse(text: &str, first_line: usize) -> Result<Node, SyntaxError> {
    let shift = first_line.saturating_sub(1);
    if let Some(at) = nesting::too_deep(text) {
        return Err(SyntaxError {
            pos: crate::diagnostic::source_file::pos_in(text, at).below(shift),
            message: format!(
                "lists and maps are nested more than {} levels deep here",
                nesting::MAX_DEPTH
            ),
        });
    }
    events::read(text, shift).map_or_else(|| checked::parse(text, shift), Ok)
}

/// Both paths' readings of a document, for the tests that they agree (here and
/// `fuzz/fuzz_targets/yaml_paths.rs`): the usual path's, if it takes the document,
/// and the checked path's.
#[doc(hidden)]
pub fn both_ways(text: &str) -> Option<(Node, Result<Node, SyntaxError>)> {
    events::read(text, 0).map(|usual| (usual, checked::parse(text, 0)))
}

/// Whether the two readings agree (as text, so that NaN equals itself).
#[doc(hidden)]
pub fn agree(usual: &Node, checked: &Result<Node, SyntaxError>) -> bool {
    checked
        .as_ref()
        .is_ok_and(|c| format!("{c:?}") == format!("{usual:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn values_carry_file_positions() {
        let node = parse("title: Hi\ncompetencies: [a, \"b\"]\n", 2).unwrap();
        assert_eq!(node.get("title").unwrap().pos, Pos::new(2, 8));
        let Value::Seq(items) = &node.get("competencies").unwrap().value else {
            panic!()
        };
        assert_eq!(items[1].pos, Pos::new(3, 19));
        assert_eq!(items[1].value, Value::Str("b".into()));
    }

    #[test]
    fn syntax_errors_are_positioned_in_the_file() {
        let err = parse("a: [1, 2\nb: 3\n", 2).unwrap_err();
        assert_eq!(err.pos, Pos::new(3, 2));
        assert_eq!(
            err.message,
            "did not find expected ',' or ']' (in the [...] list that starts at line 2, column 4)"
        );
    }

    #[test]
    fn a_block_mapping_starts_at_its_first_key() {
        let node = parse("title: x\nperson:\n  name: y\n", 2).unwrap();
        assert_eq!(node.pos, Pos::new(2, 1));
        assert_eq!(node.get("person").unwrap().pos, Pos::new(4, 3));
    }

    #[test]
    fn duplicate_keys_are_rejected() {
        assert!(parse("a: 1\na: 2\n", 1)
            .unwrap_err()
            .message
            .contains("duplicate"));
    }

    #[test]
    fn every_yaml_document_in_the_repository_reads_the_same_both_ways() {
        let root = env!("CARGO_MANIFEST_DIR");
        let (mut read, mut handed_on) = (0, 0);
        let dirs = [
            "example-portfolio",
            "example-showcase",
            "frameworks",
            "fuzz/seeds",
            "starter",
            "tests/fixtures",
        ];
        for dir in dirs {
            for entry in walkdir::WalkDir::new(format!("{root}/{dir}")) {
                let path = entry.unwrap().into_path();
                let Ok(text) = std::fs::read_to_string(&path) else {
                    continue;
                };
                let yaml = match path.extension().and_then(|e| e.to_str()) {
                    Some("yaml" | "yml") => text.as_str(),
                    Some("md") => match crate::syntax::front_matter::split(&text) {
                        Ok(split) => split.yaml,
                        Err(_) => continue,
                    },
                    _ => continue,
                };
                match both_ways(yaml) {
                    Some((usual, checked)) => {
                        assert!(agree(&usual, &checked), "{}", path.display());
                        read += 1;
                    }
                    None => handed_on += 1,
                }
            }
        }
        // The usual path must be the usual one, not a test that passes by handing on.
        assert!(
            read > 80 && handed_on < 10,
            "read {read}, handed on {handed_on}"
        );
    }

    #[test]
    fn plain_scalars_mean_what_serde_yaml_makes_of_them() {
        let scalars = [
            "",
            "~",
            "null",
            "Null",
            "NULL",
            "nULL",
            "true",
            "True",
            "TRUE",
            "tRUE",
            "yes",
            "no",
            "on",
            "0",
            "-0",
            "+0",
            "00",
            "012",
            "-012",
            "+12",
            "++1",
            "+-1",
            "1_000",
            "12",
            "-12",
            "9223372036854775807",
            "9223372036854775808",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775809",
            "0x1F",
            "0X1F",
            "-0x1F",
            "+0x1F",
            "0x-1",
            "0o17",
            "-0o17",
            "0b101",
            "-0b101",
            "0b102",
            "1.5",
            "-1.5",
            "+1.5",
            ".5",
            "5.",
            "1e3",
            "1E-3",
            "1e400",
            ".inf",
            "-.inf",
            "+.inf",
            ".Inf",
            "-.INF",
            ".nan",
            ".NaN",
            "nan",
            "inf",
            "infinity",
            "NaN",
            "2024-09-01",
            "2023-24",
            "12:30",
            "1,000",
            "72%",
            "£5",
            "v1.2",
            "3 schools",
            "NaN%",
        ];
        for s in scalars {
            let doc = format!("a: {s}\n");
            let (usual, checked) = match both_ways(&doc) {
                Some(pair) => pair,
                None => {
                    // Handed on only for numbers serde_yaml itself refuses.
                    assert!(checked::parse(&doc, 0).is_err(), "{s:?} was handed on");
                    continue;
                }
            };
            assert!(agree(&usual, &checked), "{s:?}: {usual:?} vs {checked:?}");
        }
    }

    /// A document for the property below: plain, quoted and block scalars from
    /// characters YAML treats specially, in block and flow collections.
    #[derive(Debug, Clone)]
    enum Doc {
        Scalar(String),
        Flow(Vec<String>),
        FlowMap(Vec<(String, String)>),
        List(Vec<Doc>),
        Map(Vec<(String, Doc)>),
    }

    impl Doc {
        fn write(&self, indent: usize, out: &mut String) {
            let pad = " ".repeat(indent);
            match self {
                // Continuation lines are indented under their key or dash.
                Doc::Scalar(s) => {
                    out.push_str(&format!(" {}\n", s.replace('\n', &format!("\n{pad}"))))
                }
                Doc::Flow(items) => out.push_str(&format!(" [{}]\n", items.join(", "))),
                Doc::FlowMap(entries) => {
                    let entries: Vec<String> =
                        entries.iter().map(|(k, v)| format!("{k}: {v}")).collect();
                    out.push_str(&format!(" {{{}}}\n", entries.join(", ")));
                }
                Doc::List(items) => {
                    out.push('\n');
                    for item in items {
                        out.push_str(&format!("{pad}-"));
                        item.write(indent + 2, out);
                    }
                }
                Doc::Map(entries) => {
                    out.push('\n');
                    for (key, value) in entries {
                        out.push_str(&format!("{pad}{key}:"));
                        value.write(indent + 2, out);
                    }
                }
            }
        }
    }

    fn scalar() -> impl Strategy<Value = String> {
        let plain = "[a-zA-Z0-9 \t.:#,'\"\\\\\\[\\]{}&*!|>%@`~?é£-]{0,10}";
        let escaped = prop::collection::vec(
            prop::sample::select(vec![
                "a", " ", "é", "\\n", "\\t", "\\x41", "\\u00e9", "\\\\", "\\\"", "\\ ",
            ]),
            0..6,
        );
        let lines = prop::collection::vec("[a-z #:]{0,6}", 1..4);
        prop_oneof![
            4 => "[a-zA-Z0-9 .,:é£-]{0,10}",
            1 => plain,
            1 => plain.prop_map(|s| format!("'{}'", s.replace('\'', "''"))),
            1 => escaped.prop_map(|parts| format!("\"{}\"", parts.concat())),
            1 => "[0-9.+eE-]{1,6}",
            1 => (prop::sample::select(vec!["|", "|-", "|+", ">", ">-", "|2"]), lines.clone())
                .prop_map(|(head, lines)| format!("{head}\n  {}", lines.join("\n  "))),
            // Plain and quoted text over several lines, folded.
            1 => lines.clone().prop_map(|lines| format!("x{}", lines.join("\n  "))),
            1 => lines.prop_map(|lines| format!("\"{}\"", lines.join("\n  "))),
            1 => prop::sample::select(vec!["~", "True", ".inf", "0x1F", "012", "a # note"])
                .prop_map(str::to_owned),
        ]
    }

    fn key() -> impl Strategy<Value = String> {
        prop_oneof![
            4 => "[a-z]{1,3}",
            1 => "[a-z :#\"'?-]{1,4}",
            1 => "[a-z]{1,3}".prop_map(|k| format!("\"{k}\"")),
        ]
    }

    fn doc() -> impl Strategy<Value = Doc> {
        let leaf = prop_oneof![
            scalar().prop_map(Doc::Scalar),
            prop::collection::vec(scalar(), 0..4).prop_map(Doc::Flow),
            prop::collection::vec((key(), scalar()), 0..3).prop_map(Doc::FlowMap),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 1..4).prop_map(Doc::List),
                prop::collection::vec((key(), inner), 1..4).prop_map(Doc::Map),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]

        /// Whatever the usual path reads, serde_yaml reads to the same tree.
        #[test]
        fn the_usual_path_agrees_with_serde_yaml(
            entries in prop::collection::vec((key(), doc()), 1..5),
            head in prop::sample::select(vec!["", "---\n", "# note\n\n"]),
        ) {
            let mut text = head.to_owned();
            Doc::Map(entries).write(0, &mut text);
            if let Some((usual, checked)) = both_ways(&text) {
                prop_assert!(agree(&usual, &checked), "{text}\n{usual:?}\n{checked:?}");
            }
        }
    }

    #[test]
    fn what_the_usual_path_does_not_take_goes_the_checked_way() {
        for doc in [
            "a: &x 1\nb: *x\n",
            "a: !!str 12\n",
            "? [a]\n: 1\n",
            "1: one\n",
            "a: 1\na: 2\n",
            "a: 1\n---\nb: 2\n",
            "a: [1, 2\n",
            "a: [b:c]\n",
            "a: 1\n\0b: 2\n",
            "a:\t1\n",
            "a: |\n  no line break at the end",
            "...\n",
            &format!("{}: 1\n", "k".repeat(1100)),
            // A wide character right after a bracket's marker (found by fuzzing).
            "tielis:\n-   { x:   71 *}   \u{4c40a}rcele:t",
        ] {
            assert!(events::read(doc, 0).is_none(), "{doc:?}");
        }
        // Handed on, it is still read.
        assert_eq!(
            parse("1: one\n", 1).unwrap().get("1").unwrap().value,
            Value::Str("one".into())
        );
    }

    #[test]
    fn brackets_are_found_after_wide_characters() {
        // The marks count characters; the refusal of `[a:b]` needs the bracket's byte.
        let doc = "é: [a, [b, c]]\nè: {d: £}\n";
        assert!(agree(
            &events::read(doc, 0).unwrap(),
            &checked::parse(doc, 0)
        ));
        assert!(events::read("é: [a, [b:c]]\n", 0).is_none());
    }

    #[test]
    fn billion_laughs_is_refused() {
        let mut doc = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let p = i - 1;
            doc.push_str(&format!("a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"));
        }
        assert!(parse(&doc, 1).is_err());
    }
}
