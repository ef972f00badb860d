//! Words that read as a person writes them: counts with nouns that agree, and a metric
//! named inside a sentence that leaves the sentence whole, on the site and in the pack.

use crate::support::{pdf_text, Fixture};

/// The minimal fixture with one testimonial published and one piece of evidence.
fn one_of_each() -> Fixture {
    let f = Fixture::copy("minimal");
    f.remove("artefacts/beta.md");
    f.remove("testimonials/anon.yaml");
    let alpha = f
        .read("artefacts/alpha.md")
        .replace(
            "See [the audit](@/beta#findings) and [the plan](@/gamma-draft).",
            "",
        )
        .replace("{{ testimonial(id=\"anon\") }}", "");
    f.write("artefacts/alpha.md", &alpha);
    f
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_count_of_one_takes_the_singular_on_the_home_page_panel_page_and_pack() {
    let f = one_of_each();
    f.build(&[]);
    let panel = words(&f.read("public/panel/index.html"));
    assert!(
        panel.contains("<strong>1</strong> piece of evidence"),
        "{panel}"
    );
    assert!(panel.contains("<strong>1</strong> testimonial<"), "{panel}");
    assert!(
        panel.contains("<strong>1</strong> measured outcome<"),
        "{panel}"
    );
    assert!(!panel.contains("1</strong> testimonials"));
    let home = words(&f.read("public/index.html"));
    assert!(home.contains("The one piece of evidence"), "{home}");
    assert!(!home.contains("All 1 pieces"));
    let pack = words(&pdf_text(&f.path().join("public/panel-pack.pdf")));
    assert!(pack.contains("1 piece of evidence ·"), "{pack}");
    assert!(pack.contains("1 testimonial"), "{pack}");
    assert!(!pack.contains("1 testimonials") && !pack.contains("1 measured outcomes"));
}

#[test]
fn counts_agree_in_french_and_spanish() {
    for (language, singular, plural_wrong) in [
        ("fr", "1 témoignage", "1 témoignages"),
        ("es", "1 testimonio", "1 testimonios"),
    ] {
        let f = one_of_each();
        let settings = f.read("portfolio.yaml");
        f.write(
            "portfolio.yaml",
            &format!("{settings}language: {language}\n"),
        );
        f.build(&[]);
        let pack = words(&pdf_text(&f.path().join("public/panel-pack.pdf")));
        assert!(pack.contains(singular), "{language}: {pack}");
        assert!(!pack.contains(plural_wrong), "{language}");
    }
}

#[test]
fn a_metric_inside_a_sentence_reads_as_a_phrase_on_the_site_and_in_the_pack() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    let page = words(&f.read("public/evidence/alpha/index.html"));
    assert!(
        page.contains("Fluency rose <a class=\"metric-inline tone-good\" href=\"../../impact/index.html#metric-reading\"><strong>+17 percentage points, from 61% to 78%</strong></a> this year."),
        "{page}"
    );
    let pack = words(&pdf_text(&f.path().join("public/panel-pack.pdf")));
    assert!(
        pack.contains("Fluency rose +17 percentage points, from 61% to 78% this year."),
        "{pack}"
    );
    assert!(!pack.contains("78%) improved this year"));
}

/// A goal's measure is one sentence from the catalogue: French puts a narrow no-break
/// space before its semicolon, on the plan page and in the pack.
#[test]
fn a_measure_reads_in_french_typography() {
    let f = Fixture::copy("/example-portfolio");
    let settings = f
        .read("portfolio.yaml")
        .replace("language: en-US", "language: fr");
    assert!(settings.contains("language: fr\n"));
    f.write("portfolio.yaml", &settings);
    f.build(&[]);
    let plan = f.read("public/plan/index.html");
    assert!(plan.contains("actuellement "), "the measure in French");
    assert!(
        plan.contains("\u{202f}; visé"),
        "a narrow no-break space before `;`"
    );
    assert!(!plan.contains(" ; visé") && !plan.contains("s; visé"));
    let pack = pdf_text(&f.path().join("public/panel-pack.pdf"));
    assert!(
        pack.contains("\u{202f}; visé") || pack.contains(" ; visé"),
        "{pack}"
    );
}
