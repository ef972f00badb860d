//! Hostile input is data, never code: markup in every text field is escaped or
//! sanitised, and template syntax in content is shown as written.

use crate::support::{attributes, Fixture};

const SCRIPT: &str = "<script>alert(1)</script><img src=x onerror=alert(2)>";

fn hostile() -> Fixture {
    let f = Fixture::empty();
    f.write(
        "portfolio.yaml",
        &format!(
            r#"title: "T {SCRIPT}"
person:
  name: "N {SCRIPT}"
  role: "R {SCRIPT}"
  organisation: "O {SCRIPT}"
  headline: "H {SCRIPT} {{{{ get_env(name='HOME') }}}}"
  location: "L {SCRIPT}"
  links:
    - {{ label: "K {SCRIPT}", url: "https://example.org/?q=<script>" }}
seeking: "S {SCRIPT}"
introduction: "I {SCRIPT} [x](javascript:alert(3))"
framework:
  name: "F {SCRIPT}"
  competencies:
    - {{ id: c1, title: "C {SCRIPT}", description: "D {SCRIPT}" }}
timeline:
  - {{ from: 2020-01, role: "TR {SCRIPT}", organisation: "TO {SCRIPT}" }}
credentials:
  - {{ title: "CR {SCRIPT}", issuer: "CI {SCRIPT}", year: 2020 }}
"#
        ),
    );
    f.write(
        "artefacts/evil.md",
        &format!(
            r#"---
title: "A {SCRIPT}"
date: 2025-01-01
summary: "SU {SCRIPT}"
role: "RO {SCRIPT}"
competencies: [c1]
metrics: [m]
testimonials: [t]
tags: ["TG {SCRIPT}"]
featured: true
reflection: "RF {SCRIPT}"
attachments:
  - {{ title: "AT {SCRIPT}", path: "https://example.org/\"><script>x</script>" }}
---
<script>alert(4)</script>
<div onclick="alert(5)" style="background:url(javascript:alert(6))">click</div>
<a href="javascript:alert(7)">js</a> <a href="data:text/html,<script>alert(8)</script>">data</a>
<iframe src="https://evil.example"></iframe><form action="https://evil.example"><input name=x></form>
<svg><script>alert(9)</script></svg><object data="x.swf"></object>
[md link](javascript:alert(10)) ![img](javascript:alert(11))

{{{{ get_env(name="HOME") }}}} {{% raw %}} {{# comment #}}

{{{{ chart(metric="m") }}}}
"#
        ),
    );
    f.write(
        "metrics/m.yaml",
        &format!(
            r#"title: "MT {SCRIPT}"
unit: "<b>u</b>"
description: "MD {SCRIPT}"
source: "MS {SCRIPT}"
baseline: {{ label: "BL {SCRIPT}", value: 1 }}
series:
  - name: "SN {SCRIPT}"
    points:
      - {{ x: "X {SCRIPT}", y: 1 }}
      - {{ x: "Y", y: 2 }}
"#
        ),
    );
    f.write(
        "testimonials/t.yaml",
        &format!(
            r#"author: "TA {SCRIPT}"
role: "TRO {SCRIPT}"
relationship: "TRE {SCRIPT}"
consent: true
artefacts: [evil]
quote: "Q {SCRIPT} <a href='javascript:alert(12)'>q</a>"
"#
        ),
    );
    f
}

#[test]
fn markup_in_every_text_field_is_neutralised() {
    let f = hostile();
    let run = f.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let site = f.site();
    assert!(site.len() > 10);
    for (path, bytes) in &site {
        if path.ends_with(".css") {
            continue;
        }
        let text = String::from_utf8_lossy(bytes);
        for tag in tags(&text) {
            let name = tag
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or("");
            assert!(
                !["<script", "<iframe", "<form", "<object", "<input", "<embed"].contains(&name),
                "{path} has a {name} tag"
            );
            let handler = attribute_names(&tag)
                .into_iter()
                .any(|attr| attr.starts_with("on"));
            assert!(!handler, "{path} has an event handler: {tag}");
        }
        for url in attributes(&text, "href")
            .into_iter()
            .chain(attributes(&text, "src"))
        {
            let url = url.to_ascii_lowercase();
            assert!(
                !url.starts_with("javascript:") && !url.starts_with("data:"),
                "{path} links to {url}"
            );
        }
    }
    let home = f.read("public/index.html");
    assert!(
        home.contains("N &lt;script&gt;") || home.contains("N &lt;script>"),
        "names are escaped as text"
    );
}

/// Every real tag in a page (escaped text has no raw `<`), lower-cased.
fn tags(html: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .map(|rest| format!("<{}", rest.split('>').next().unwrap_or("")).to_ascii_lowercase())
        .collect()
}

/// The attribute names of a tag, skipping quoted values.
fn attribute_names(tag: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut chars = tag.chars().skip_while(|c| !c.is_whitespace()).peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace() || *c == '/') {
            chars.next();
        }
        let name: String =
            std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace() && *c != '=')).collect();
        if name.is_empty() {
            break;
        }
        names.push(name);
        if chars.next_if_eq(&'=').is_some() {
            match chars.next() {
                Some(q @ ('"' | '\'')) => while chars.next().is_some_and(|c| c != q) {},
                _ => while chars.next().is_some_and(|c| !c.is_whitespace()) {},
            }
        }
    }
    names
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
    assert!(
        run.stderr
            .contains("links with `javascript:` are not allowed"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("--> portfolio.yaml:9:"),
        "{}",
        run.stderr
    );
}
