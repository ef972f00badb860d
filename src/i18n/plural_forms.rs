//! A counted message for a script to finish: one text per plural category of the
//! language, each with `{count}` where the number goes. The script picks the
//! category with the browser's `Intl.PluralRules` and writes the number in.

use super::Locale;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use std::collections::BTreeMap;

/// Where a script writes the count in.
const COUNT: &str = "{count}";

impl Locale {
    /// `id`'s text for each plural category of the language, keyed by the category's
    /// CLDR name (`one`, `other`...). The message selects on `$count` and shows
    /// `$shown`, which is given as [`COUNT`].
    pub fn plural_forms(&self, id: &str) -> BTreeMap<&'static str, String> {
        // A language without rules of its own (an unknown tag) counts as English does.
        let rules = [self.tag(), "en"].into_iter().find_map(|tag| {
            let lang: unic_langid::LanguageIdentifier = tag.parse().ok()?;
            PluralRules::create(lang, PluralRuleType::CARDINAL).ok()
        });
        let mut forms = BTreeMap::new();
        let Some(rules) = rules else {
            return forms;
        };
        // A number of each category: the small ones hold every category but the
        // "many" of newer rules for French, Spanish and Italian, which is a million.
        for n in (0u64..=200).chain([1_000, 10_000, 100_000, 1_000_000]) {
            let Ok(category) = rules.select(n) else {
                continue;
            };
            let name = name(category);
            if !forms.contains_key(name) {
                let text = self.t_with(id, &[("count", n.into()), ("shown", COUNT.into())]);
                forms.insert(name, text);
            }
        }
        forms
    }
}

fn name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_category_of_the_language_has_its_text() {
        let english = Locale::new("en", None);
        let forms = english.plural_forms("search-found");
        assert_eq!(forms.keys().copied().collect::<Vec<_>>(), ["one", "other"]);
        assert_eq!(forms["one"], "{count} piece of evidence found");
        assert_eq!(forms["other"], "{count} pieces of evidence found");
        let french = Locale::new("fr", None);
        let forms = french.plural_forms("search-found");
        // These rules predate French's "many"; the script falls back to "other".
        assert!(
            forms.contains_key("one") && forms.contains_key("other"),
            "{forms:?}"
        );
        assert_eq!(forms["one"], "{count} preuve trouvée");
        assert_eq!(forms["other"], "{count} preuves trouvées");
    }
}
