//! Hostile input is data, never code: markup in every text field is escaped or
//! sanitised, and template syntax in content is shown as written.

use crate::support::{live_code, Fixture};

/// tests/fixtures/hostile: markup, script URLs and template syntax in every text field.
fn hostile() -> Fixture {
    Fixture::copy("hostile")
}

#[test]
fn markup_in_every_text_field_is_neutralised() {
    let f = hostile();
    let run = f.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let site = f.site();
    assert!(site.len() > 10);
    for (path, bytes) in &site {
        // A stylesheet is ours; the PDF prints the user's words as the characters
        // they are, which is what the panel pack's own test checks.
        if path.ends_with(".css") || path.ends_with(".pdf") {
            continue;
        }
        let live = live_code(&String::from_utf8_lossy(bytes));
        assert!(live.is_empty(), "{path} has {live:?}");
    }
    let home = f.read("public/index.html");
    assert!(
        home.contains("N &lt;script&gt;") || home.contains("N &lt;script>"),
        "names are escaped as text"
    );
}

#[test]
fn template_syntax_in_content_is_shown_as_written() {
    let f = hostile();
    f.run(&["build"]);
    let html = f.read("public/evidence/evil/index.html");
    assert!(
        html.contains(r#"<p>{{ get_env(name="HOME") }} {% raw %} {# comment #}</p>"#),
        "{}",
        crate::support::main_of(&html)
    );
    assert!(html.contains("{% raw %}"));
    let home_dir = std::env::var("HOME").unwrap_or_default();
    if home_dir.len() > 3 {
        assert!(!html.contains(&home_dir), "the environment leaked");
    }
}

/// Every character a user types arrives on the page as written, U+FFFC (which a word
/// processor leaves where an object was) included, in a title and in a narrative.
#[test]
fn a_users_characters_arrive_on_every_page_as_written() {
    let f = Fixture::copy("minimal");
    let alpha = f.read("artefacts/alpha.md").replacen(
        "title: Reading fluency programme",
        "title: \"Odd \\uFFFCroot\\uFFFC and \\uFFFClevel\\uFFFC\"",
        1,
    );
    f.write(
        "artefacts/alpha.md",
        &format!("{alpha}\nA \u{FFFC}0\u{FFFC} in the text.\n"),
    );
    let run = f.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let shown = "Odd \u{FFFC}root\u{FFFC} and \u{FFFC}level\u{FFFC}";
    for page in [
        "evidence/index.html",
        "competencies/instruction/index.html",
        "evidence/alpha/index.html",
    ] {
        let html = f.read(&format!("public/{page}"));
        assert!(
            html.contains(shown),
            "{page}: {}",
            crate::support::main_of(&html)
        );
    }
    let page = f.read("public/evidence/alpha/index.html");
    assert!(page.contains("A \u{FFFC}0\u{FFFC} in the text."));
}

#[test]
fn a_script_url_in_portfolio_yaml_is_refused_with_its_position() {
    let f = hostile();
    f.write(
        "portfolio.yaml",
        &f.read("portfolio.yaml")
            .replace("https://example.org/?q=<script>", "javascript:alert(1)"),
    );
    let run = f.run(&["check"]);
    assert_eq!(run.code, 1);
    run.assert_said("links with `javascript:` are not allowed");
    run.assert_said("--> portfolio.yaml:10:104");
}

/// The portfolio's own messages (tests/fixtures/hostile/i18n/en.ftl) are shown as
/// written, on the pages and in the pack, and are never template or Typst source.
#[test]
fn markup_and_template_syntax_in_a_message_file_are_shown_as_written() {
    let f = hostile();
    f.build(&[]);
    let home = f.read("public/index.html");
    assert!(
        home.contains(r##"<a class="skip-link" href="#lf-main">Skip &lt;script>alert(1)&lt;/script> {{ site.title }}</a>"##),
        "{home}"
    );
    assert!(home.contains("{% include &quot;base.html&quot; %} &lt;iframe"));
    let pack = crate::support::pdf_text(&f.path().join("public/panel-pack.pdf"));
    assert!(pack.contains("#read(\"/etc/passwd\") 1/"), "{pack}");
}
