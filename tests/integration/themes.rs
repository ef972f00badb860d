//! Themes: a portfolio's own templates and static files override the theme's; a theme
//! folder is laid over the bundled one; template errors name the template's file.

use crate::support::Fixture;

#[test]
fn portfolio_templates_and_static_files_override_the_theme() {
    let f = Fixture::copy("minimal");
    f.write("templates/404.html", "{% extends \"base.html\" %}{% block content %}<h1>Lost, {{ site.person.name }}?</h1>{% endblock content %}");
    f.write("static/style.css", "body { color: black; }\n");
    f.write("static/extra/notes.txt", "added");
    f.build(&[]);
    assert!(f
        .read("public/404.html")
        .contains("<h1>Lost, Sam Rivera?</h1>"));
    assert_eq!(f.read("public/style.css"), "body { color: black; }\n");
    assert_eq!(f.read("public/extra/notes.txt"), "added");
    assert!(
        f.read("public/about/index.html").contains("Career"),
        "other templates still come from the theme"
    );
}

#[test]
fn a_theme_folder_is_laid_over_the_bundled_theme() {
    let f = Fixture::copy("minimal");
    f.write(
        "portfolio.yaml",
        &f.read("portfolio.yaml").replace(
            "framework: generic",
            "framework: generic\ntheme: ./my-theme",
        ),
    );
    f.write(
        "my-theme/templates/about.html",
        "{% extends \"base.html\" %}{% block content %}<h1>Custom about</h1>{% endblock content %}",
    );
    f.build(&[]);
    assert!(f.read("public/about/index.html").contains("Custom about"));
    assert!(f.read("public/index.html").contains("Featured evidence"));
}

#[test]
fn a_broken_user_template_is_reported_against_its_file() {
    let f = Fixture::copy("minimal");
    f.write("templates/about.html", "{% extends \"base.html\" %}{% block content %}{{ site.person.name | nosuchfilter }}{% endblock content %}");
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1);
    run.assert_said("--> templates/about.html");
    run.assert_said("nosuchfilter");
}

#[test]
fn a_template_failing_half_way_through_a_page_leaves_the_previous_site() {
    let f = Fixture::copy("minimal");
    assert_eq!(f.run(&["build"]).code, 0);
    let before = f.read("public/about/index.html");
    // Pages are written as they render: this one fails after its header is out.
    f.write("templates/about.html", "{% extends \"base.html\" %}{% block content %}<h1>About</h1>{{ no_such_value.name }}{% endblock content %}");
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1);
    run.assert_said("--> templates/about.html");
    run.assert_said("no_such_value");
    assert_eq!(f.read("public/about/index.html"), before);
}

#[test]
fn a_missing_theme_folder_is_an_error() {
    let f = Fixture::copy("minimal");
    f.write(
        "portfolio.yaml",
        &f.read("portfolio.yaml")
            .replace("framework: generic", "framework: generic\ntheme: ./nowhere"),
    );
    let run = f.run(&["check"]);
    assert_eq!(run.code, 1);
    run.assert_said("the theme folder");
}

#[test]
fn the_header_partial_sees_each_pages_section_and_depth() {
    let f = Fixture::copy("minimal");
    f.write(
        "templates/partials/header.html",
        r#"<p class="where">{{ section }} at "{{ root }}"</p>"#,
    );
    f.build(&[]);
    for (page, expected) in [
        ("index.html", r#"home at """#),
        ("about/index.html", r#"about at "../""#),
        ("evidence/index.html", r#"evidence at "../""#),
        ("evidence/alpha/index.html", r#"evidence at "../../""#),
        ("evidence/beta/index.html", r#"evidence at "../../""#),
        ("matrix/index.html", r#"matrix at "../""#),
        ("404.html", r#"404 at "https://example.org/sam/""#),
    ] {
        let html = f.read(&format!("public/{page}"));
        assert!(
            html.contains(expected),
            "{page} has the header of its own section and depth"
        );
    }
}

/// A card's heading level and way to the root are real values in the macro, so a
/// theme can test them.
#[test]
fn a_card_knows_its_level_and_root() {
    let f = Fixture::copy("minimal");
    let macros = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/panel/templates/macros.html"),
    )
    .unwrap();
    let changed = macros.replacen(
        "{% macro card(a, root, level=3) %}",
        "{% macro card(a, root, level=3) %}<p class=\"probe\">level {{ level }}{% if level == 2 %} (two){% endif %} from \"{{ root }}\"</p>",
        1,
    );
    assert_ne!(
        changed, macros,
        "the card macro is where the test expects it"
    );
    f.write("templates/macros.html", &changed);
    f.build(&[]);
    let evidence = f.read("public/evidence/index.html");
    assert!(
        evidence.contains(r#"level 2 (two) from "../""#),
        "{evidence}"
    );
    let competency = f.read("public/competencies/instruction/index.html");
    assert!(
        competency.contains(r#"level 3 from "../../""#),
        "{competency}"
    );
}

/// Both themes have an icon every page links to, and follow the reader's dark mode
/// (the contrast of each scheme is axe's to check, in scripts/check-site).
#[test]
fn every_page_links_the_icon_and_both_themes_have_a_dark_scheme() {
    for theme in ["panel", "district"] {
        let f = Fixture::copy("minimal");
        let yaml = f.read("portfolio.yaml") + &format!("theme: {theme}\n");
        f.write("portfolio.yaml", &yaml);
        f.build(&[]);
        let site = f.site();
        assert!(site.contains_key("favicon.svg"), "{theme}: no icon");
        for (path, bytes) in &site {
            if path.ends_with(".html") {
                let html = String::from_utf8_lossy(bytes);
                let depth = path.matches('/').count();
                // The 404 page is served at any depth, so its links start from base_url.
                let root = if path == "404.html" {
                    "https://example.org/sam/".to_owned()
                } else {
                    "../".repeat(depth)
                };
                let href = format!("href=\"{root}favicon.svg\"");
                assert!(html.contains(&href), "{theme}: {path} does not link {href}");
            }
        }
        let css = f.read("public/theme.css");
        assert!(
            css.contains("@media (prefers-color-scheme: dark)"),
            "{theme}: no dark scheme"
        );
    }
}
