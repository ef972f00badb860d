//! The theme speaks the portfolio's language: every word it writes comes from a
//! message catalogue, numbers and dates take the locale's forms, a portfolio's own
//! `i18n/<language>.ftl` adds or overrides messages, and a showcase lets each leader
//! keep their own language.

use crate::support::{attributes, main_of, pdf_text, site_files, Fixture};
use std::collections::BTreeSet;
use std::path::Path;

/// The example portfolio, written in `language`.
fn example_in(language: &str) -> Fixture {
    let f = Fixture::copy("/example-portfolio");
    let settings = f
        .read("portfolio.yaml")
        .replace("language: en-US", &format!("language: {language}"));
    assert!(settings.contains(&format!("language: {language}\n")));
    f.write("portfolio.yaml", &settings);
    f
}

/// The words (three letters or more, lowercased) of a text.
fn words(text: &str) -> BTreeSet<String> {
    tokens(text)
        .into_iter()
        .filter(|w| w.chars().count() >= 3)
        .collect()
}

/// The words of a Fluent catalogue's messages: ids, comments and syntax left out.
fn catalogue_words(path: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
    let mut out = BTreeSet::new();
    for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
        // `id = text`, a variant `[one] text`, or a continued line of text.
        let value = match line.split_once(" = ") {
            Some((_, v)) => v,
            None => line
                .trim_start()
                .trim_start_matches('*')
                .split_once(']')
                .map_or(line, |(_, v)| v),
        };
        // Placeholders name variables, not words.
        let mut plain = String::new();
        let mut depth = 0;
        for c in value.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ if depth == 0 => plain.push(c),
                _ => {}
            }
        }
        out.extend(words(&plain));
    }
    out
}

/// The user's own files (and the bundled frameworks, which stay in the language they
/// are written in) as one run of lowercased words, each between spaces.
fn user_text(root: &Path) -> String {
    let mut out = String::from(" ");
    let frameworks = Path::new(env!("CARGO_MANIFEST_DIR")).join("frameworks");
    for dir in [root, frameworks.as_path()] {
        for e in walkdir::WalkDir::new(dir).into_iter().flatten() {
            if e.file_type().is_file() && !e.path().starts_with(root.join("public")) {
                if let Ok(text) = std::fs::read_to_string(e.path()) {
                    out.push_str(&tokens(&text).join(" "));
                    out.push(' ');
                }
            }
        }
    }
    out
}

/// A text's words, lowercased, in order.
fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The English theme words in `text`: words of `english` that are not part of the
/// user's own words there (a run of two or more words that the user's files hold).
fn theme_english(text: &str, english: &BTreeSet<String>, user: &str) -> Vec<String> {
    let t = tokens(text);
    let said = |from: usize, to: usize| user.contains(&format!(" {} ", t[from..=to].join(" ")));
    (0..t.len())
        .filter(|&i| english.contains(&t[i]))
        .filter(|&i| {
            let user_word = user.contains(&format!(" {} ", t[i]));
            !(user_word && ((i > 0 && said(i - 1, i)) || (i + 1 < t.len() && said(i, i + 1))))
        })
        .map(|i| t[i].clone())
        .collect()
}

/// The text a page shows or speaks: text between tags (scripts and styles left out)
/// and the attributes a screen reader or a browser shows.
fn page_texts(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let doc = html.replace("<!DOCTYPE html>", "");
    let mut rest = doc.as_str();
    while let Some(open) = rest.find('<') {
        out.push(rest[..open].to_owned());
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let tag = &rest[open..open + close];
        // A meta tag's content is text only where it describes the page.
        let described = ["name=\"description\"", "og:title", "og:description"]
            .iter()
            .any(|m| tag.contains(m));
        for name in ["alt", "aria-label", "title", "content", "data-shown"] {
            if name == "content" && !described {
                continue;
            }
            out.extend(attributes(tag, name).into_iter().map(str::to_owned));
        }
        rest = &rest[open + close + 1..];
        for skipped in ["script", "style"] {
            if tag.starts_with(&format!("<{skipped}")) {
                let end = rest.find(&format!("</{skipped}>")).unwrap_or(0);
                rest = &rest[end..];
            }
        }
    }
    out.push(rest.to_owned());
    out.into_iter()
        .map(|t| {
            t.replace("&amp;", "&")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
        })
        .filter(|t| !t.trim().is_empty())
        .collect()
}

/// English theme words on the pages and in the pack of the example built in
/// `language`: each with the file it is in and the text around it.
fn english_left(language: &str) -> (Vec<String>, usize) {
    let f = example_in(language);
    f.build(&[]);
    // "May" is English in a sentence and Spanish on an axis ("may 2024").
    let mut english: BTreeSet<String> = catalogue_words("i18n/en.ftl")
        .difference(&catalogue_words(&format!("i18n/{language}.ftl")))
        .cloned()
        .collect();
    english.remove("may");
    let user = user_text(f.path());
    let site = site_files(&f.path().join("public"));
    let mut texts: Vec<(String, String)> = site
        .iter()
        .filter(|(path, _)| path.ends_with(".html") || path.ends_with(".svg"))
        .flat_map(|(path, bytes)| {
            page_texts(&String::from_utf8_lossy(bytes))
                .into_iter()
                .map(move |t| (path.clone(), t))
        })
        .collect();
    let pack = pdf_text(&f.path().join("public/panel-pack.pdf"));
    // A page at a time: a line of the pack may end inside the user's sentence.
    // Addresses are the site's paths (`evidence/...`), not words of the theme.
    let without_addresses = |page: &str| {
        page.split_whitespace()
            .filter(|w| !w.contains('/'))
            .collect::<Vec<_>>()
            .join(" ")
    };
    texts.extend(
        pack.split('\u{c}')
            .map(|page| ("panel-pack.pdf".to_owned(), without_addresses(page))),
    );
    let mut left = Vec::new();
    for (path, text) in texts {
        for w in theme_english(&text, &english, &user) {
            left.push(format!("{path}: `{w}` in {:?}", text.trim()));
        }
    }
    left.sort();
    left.dedup();
    (left, english.len())
}

#[test]
fn the_example_in_french_has_no_english_theme_word_on_any_page_or_in_the_pack() {
    let (left, checked) = english_left("fr");
    // The check is only as strong as the words it looks for.
    assert!(
        checked > 150,
        "only {checked} English theme words to look for"
    );
    assert!(left.is_empty(), "{}", left.join("\n"));
}

#[test]
fn the_example_in_spanish_has_no_english_theme_word_on_any_page_or_in_the_pack() {
    let (left, checked) = english_left("es");
    assert!(
        checked > 150,
        "only {checked} English theme words to look for"
    );
    assert!(left.is_empty(), "{}", left.join("\n"));
}

#[test]
fn months_numbers_and_plurals_take_the_locales_forms() {
    let f = example_in("fr");
    let run = f.build(&[]);
    // Every bundled message has French words: nothing is said to be missing.
    assert!(!run.stderr.contains("written in English"), "{}", run.stderr);
    let home = f.read("public/index.html");
    assert!(home.contains("<html lang=\"fr\">"));
    assert!(
        home.contains("septembre 2024 – mars 2025"),
        "{}",
        main_of(&home)
    );
    // Thousands with a narrow no-break space, a decimal comma, a spaced percent sign.
    assert!(
        home.contains("61\u{202f}000 → 50\u{202f}020 USD"),
        "{}",
        main_of(&home)
    );
    assert!(home.contains("54\u{202f}% → 86\u{202f}%"));
    assert!(home.contains("Cible 55\u{a0}: atteinte"));
    assert!(home.contains("Aller au contenu"));
    let artefact = f.read("public/evidence/formative-pilot/index.html");
    assert!(
        artefact.contains("<th scope=\"row\">sept. 2024</th>"),
        "{}",
        main_of(&artefact)
    );
    assert!(
        artefact.contains("Graphique linéaire\u{a0}: "),
        "the chart's description"
    );
    // Plural forms: one and several.
    let matrix = f.read("public/matrix/index.html");
    assert!(
        matrix.contains("(1 preuve)") && matrix.contains("(2 preuves)"),
        "{}",
        main_of(&matrix)
    );
    let plan = f.read("public/plan/index.html");
    assert!(plan.contains("· 1 objectif</span>") && plan.contains("· 2 objectifs</span>"));
    assert!(plan.contains("Plan d&#39;entrée en fonction"));
    let pack = pdf_text(&f.path().join("public/panel-pack.pdf"));
    assert!(pack.contains("Page 1 sur "), "{pack}");
    assert!(pack.contains("Chiffres clés"));

    let f = example_in("es-MX");
    f.build(&[]);
    let home = f.read("public/index.html");
    assert!(home.contains("<html lang=\"es-MX\">"));
    assert!(
        home.contains("septiembre de 2024 – marzo de 2025"),
        "{}",
        main_of(&home)
    );
    assert!(home.contains("Ir al contenido"));
}

#[test]
fn a_portfolio_catalogue_overrides_a_message_and_a_language_without_one_is_listed() {
    let f = example_in("fr-CA");
    f.write(
        "i18n/fr.ftl",
        "skip-to-content = Passer au contenu principal\n",
    );
    f.build(&[]);
    let home = f.read("public/index.html");
    assert!(home.contains("Passer au contenu principal"));
    // The rest is the bundled French.
    assert!(home.contains("Les résultats en bref"));

    // German: the portfolio supplies a few messages; the rest is English, and the
    // build says which, once.
    let f = example_in("de");
    f.write("i18n/de.ftl", "menu = Menü\nnav-home = Startseite\n");
    let run = f.build(&[]);
    let home = f.read("public/index.html");
    assert!(home.contains("<summary>Menü</summary>") && home.contains(">Startseite</a>"));
    assert!(home.contains("Skip to content"));
    assert_eq!(
        run.stderr.matches("written in English").count(),
        1,
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("i18n/de.ftl"), "{}", run.stderr);
    assert!(run.stderr.contains("skip-to-content"), "{}", run.stderr);
    // Dates still come in German, from Unicode's data.
    assert!(
        home.contains("September 2024 – März 2025"),
        "{}",
        main_of(&home)
    );
}

#[test]
fn a_message_file_with_a_syntax_error_or_an_unknown_id_is_positioned() {
    let f = example_in("fr");
    let before = {
        f.build(&[]);
        f.read("public/index.html")
    };
    f.write(
        "i18n/fr.ftl",
        "menu = Menu\nskip-to-content = { $oops\nnav-hom = Accueil\n",
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    run.assert_said("i18n/fr.ftl:2:");
    run.assert_said("this message cannot be read");
    run.assert_said("i18n/fr.ftl:3:1");
    run.assert_said("did you mean `nav-home`?");
    assert_eq!(
        f.read("public/index.html"),
        before,
        "the last good site stays"
    );
}

#[test]
fn the_ontario_framework_speaks_french_and_another_framework_is_marked_english() {
    let f = example_in("fr");
    let settings = f
        .read("portfolio.yaml")
        .replace("framework: psel-2015", "framework: ontario-olf");
    f.write("portfolio.yaml", &settings);
    // The example names PSEL's competencies: every piece and goal shows Ontario's
    // first one instead.
    for e in walkdir::WalkDir::new(f.path()).into_iter().flatten() {
        let path = e.path();
        if path.extension().is_some_and(|x| x == "md" || x == "yaml") {
            let text = std::fs::read_to_string(path).unwrap();
            let mapped: Vec<String> = text
                .lines()
                .map(|l| match l.split_once("competencies: [") {
                    Some((indent, _)) => format!("{indent}competencies: [setting-directions]"),
                    None => l.to_owned(),
                })
                .collect();
            std::fs::write(path, mapped.join("\n") + "\n").unwrap();
        }
    }
    let run = f.build(&["--no-pdf"]);
    let matrix = f.read("public/matrix/index.html");
    assert!(
        matrix.contains("Établir des orientations"),
        "{}\n{}",
        run.stderr,
        main_of(&matrix)
    );
    assert!(
        matrix.contains("Assurer l'imputabilité") || matrix.contains("Assurer l&#39;imputabilité")
    );
    assert!(!matrix.contains("lang=\"en\""));

    // PSEL has no French: its words stay English, marked so.
    let f = example_in("fr");
    f.build(&["--no-pdf"]);
    let matrix = f.read("public/matrix/index.html");
    assert!(matrix.contains("<th scope=\"row\" lang=\"en\"><a href=\"../competencies/mission-vision-values/index.html\">Standard 1: Mission, Vision, and Core Values</a>"), "{}", main_of(&matrix));
}

#[test]
fn each_leader_of_a_showcase_keeps_their_language_and_the_showcase_its_own() {
    let f = Fixture::copy("/example-showcase");
    let member = "amara-patel/portfolio.yaml";
    f.write(
        member,
        &f.read(member).replace("language: en", "language: fr"),
    );
    f.build(&["--no-pdf"]);
    let index = f.read("public/index.html");
    assert!(index.contains("<html lang=\"en\">"));
    assert!(index.contains("Skip to content"));
    // Her card quotes her portfolio, in French: marked so.
    assert!(
        index.contains("<article class=\"card leader-card\" lang=\"fr\""),
        "{}",
        main_of(&index)
    );
    let home = f.read("public/amara-patel/index.html");
    assert!(home.contains("<html lang=\"fr\">") && home.contains("Aller au contenu"));
    let other = f.read("public/marcus-lee/index.html");
    assert!(other.contains("<html lang=\"en\">") && other.contains("Skip to content"));
    // The filter's words are the showcase's, for any count.
    assert!(index.contains("&quot;1 leader shown&quot;,&quot;2 leaders shown&quot;"));

    // A French showcase of leaders using an English framework: its words are marked.
    let f = Fixture::copy("/example-showcase");
    let settings = f.read("showcase.yaml");
    f.write("showcase.yaml", &format!("{settings}\nlanguage: fr\n"));
    f.build(&["--no-pdf"]);
    let index = f.read("public/index.html");
    assert!(index.contains("<html lang=\"fr\">") && index.contains("Parcourir par compétence"));
    assert!(
        index.contains("<a href=\"competencies/psel-2015-school-improvement/index.html\" lang=\"en\">Standard 10: School Improvement</a>"),
        "{}",
        main_of(&index)
    );
    // A leader who names no language takes the showcase's.
    let marcus = f.read("public/marcus-lee/index.html");
    assert!(marcus.contains("<html lang=\"fr\">"));
}

/// No template writes a word of its own: every letter a page shows outside the
/// templates' tags and expressions comes from `t(...)`, so from a catalogue.
#[test]
fn templates_hold_no_words_of_their_own() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes");
    let mut found = Vec::new();
    for e in walkdir::WalkDir::new(&root).into_iter().flatten() {
        if e.path().extension().is_none_or(|x| x != "html") {
            continue;
        }
        let text = std::fs::read_to_string(e.path()).unwrap();
        let mut plain = String::new();
        let mut rest = text.as_str();
        while let Some(open) = rest.find(['<', '{']) {
            plain.push_str(&rest[..open]);
            let close = match &rest[open..open + 2.min(rest.len() - open)] {
                "{{" => "}}",
                "{%" => "%}",
                "{#" => "#}",
                _ if rest[open..].starts_with('<') => ">",
                _ => {
                    plain.push('{');
                    rest = &rest[open + 1..];
                    continue;
                }
            };
            let end = rest[open..]
                .find(close)
                .map_or(rest.len(), |i| open + i + close.len());
            rest = &rest[end..];
        }
        plain.push_str(rest);
        let letters: String = plain
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic) && *w != "n")
            .collect::<Vec<_>>()
            .join(" ");
        if !letters.is_empty() {
            found.push(format!(
                "{}: {letters}",
                e.path().strip_prefix(&root).unwrap().display()
            ));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
