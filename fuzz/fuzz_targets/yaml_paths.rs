//! The two YAML paths agree: whatever document the usual path (yaml-rust2's events)
//! reads, serde_yaml reads to the same tree, positions included.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Some((usual, checked)) = leadfolio::stages::syntax::yaml::both_ways(text) {
        assert!(
            leadfolio::stages::syntax::yaml::agree(&usual, &checked),
            "{text:?}\n{usual:?}\n{checked:?}"
        );
    }
});
