//! Plans: `plan.yaml` becomes a plan page, a glance on the home page, a section of the
//! panel page, marks in the matrix and goals on competency pages; it is checked like
//! every other file; and it shows only what the rest of the site publishes.

use crate::support::{files_containing, main_of, pdf_text, Fixture};

#[test]
fn the_example_plan_is_shown_wherever_a_panel_looks() {
    let f = Fixture::copy("/example-portfolio");
    f.build(&[]);
    let plan = f.read("public/plan/index.html");
    let main = main_of(&plan);
    assert!(main.contains("<h1>My first 90 days as assistant principal</h1>"));
    assert!(main.contains("Entry plan"));
    // The phases on a timeline, then each phase's goals.
    assert!(main.contains("<a href=\"../plan/index.html#phase-2\">Build shared routines</a> <span class=\"plan-when\">Days 31–60</span>"));
    // A measure: today's published value, the aim and what is left to go.
    assert!(
        main.contains("now 56 percentile points; aim 60 percentile points by June 2027 <span class=\"goal-to-go\">(+4 percentile points to go)</span>"),
        "{main}"
    );
    assert!(main.contains("Builds on: <a href=\"../evidence/formative-pilot/index.html\">"));
    // In the navigation of every page, and at a glance on the home page.
    let home = f.read("public/index.html");
    assert!(home.contains("<a href=\"plan/index.html\">Plan</a>"));
    assert!(main_of(&home).contains("What happens next"));
    // After the evidence on the panel page.
    let panel = f.read("public/panel/index.html");
    let evidence = panel.find("class=\"panel-evidence\"").unwrap();
    let plan_at = panel
        .find("What happens next: My first 90 days")
        .expect("the plan on the panel page");
    assert!(plan_at > evidence);
    // And in the PDF, between the evidence and the matrix.
    let pack = pdf_text(&f.path().join("public/panel-pack.pdf"));
    let at = |s: &str| {
        pack.find(s)
            .unwrap_or_else(|| panic!("{s:?} not in the pack:\n{pack}"))
    };
    assert!(
        at("Featured evidence") < at("What happens next: My first 90 days as assistant principal")
    );
    assert!(at("What happens next") < at("Evidence matrix"));
    assert!(pack.contains("aim 60 percentile points by June 2027 (+4 percentile points to go)"));
    let words = pack.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("Competency Pieces Plan E1"),
        "the pack's matrix counts goals too"
    );
    // The matrix counts the goals beside the evidence; a competency's page lists them.
    let matrix = f.read("public/matrix/index.html");
    assert!(matrix.contains("<th scope=\"col\" class=\"matrix-count matrix-planned\">Plan</th>"));
    assert!(matrix.contains("<span aria-hidden=\"true\">○ </span>2<span class=\"visually-hidden\"> goals in the plan</span>"));
    let competency = f.read("public/competencies/professional-community/index.html");
    assert!(competency.contains("<h2>In the plan</h2>"));
    assert!(competency.contains("Meet every teacher and classified staff member one to one"));
}

#[test]
fn without_a_plan_there_is_no_plan_page_and_no_link_to_one() {
    let f = Fixture::copy("minimal");
    f.build(&[]);
    assert!(!f.path().join("public/plan").exists());
    assert_eq!(
        files_containing(&f.site(), "plan/index.html"),
        Vec::<String>::new()
    );
}

#[test]
fn every_problem_in_a_plan_is_named_at_its_place_in_one_run() {
    let f = Fixture::copy("minimal");
    f.write(
        "plan.yaml",
        "title: Growth plan
kind: development
phases:
  - title: First
    days: 1-30
    goals:
      - text: Coach two teams.
        competencies: [instrction]
        measures: [readng]
        builds_on: [alpah]
  - title: Second
    days: 20-40
    goals:
      - text: Lift fluency.
        measures:
          - { metric: reading, aim: 50 }
  - title: Third
    days: 60-50
    goals:
      - text: See {{ chrat(metric=\"reading\") }} and [the audit](@/nope).
",
    );
    let run = f.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for said in [
        "plan.yaml:8:24",
        "unknown competency `instrction`",
        "did you mean `instruction`?",
        "plan.yaml:9:20",
        "there is no metric `readng`",
        "plan.yaml:10:21",
        "there is no artefact `alpah`",
        "plan.yaml:12:11",
        "warning: the phase \"Second\" overlaps the phase before it, \"First\"",
        "plan.yaml:16:13",
        "warning: the aim 50% for `reading` is on the wrong side of where it started (61%): higher is better",
        "plan.yaml:18:11",
        "the phase \"Third\" runs backwards (days 60-50)",
        // A goal's Markdown is checked as a narrative's is.
        "plan.yaml:20:19",
        "`chrat` is not a shortcode",
        "there is no artefact `nope`",
    ] {
        run.assert_said(said);
    }
    assert!(!f.path().join("public").exists(), "nothing is written");
}

#[test]
fn a_plan_never_shows_private_work_or_a_suppressed_value() {
    let f = Fixture::copy("minimal");
    f.write(
        "metrics/small.yaml",
        "title: Pupils in the nurture group reading fluently
unit: \"%\"
series:
  - name: Nurture group
    points:
      - { x: 2024-09, y: 50, n: 40 }
      - { x: 2025-03, y: 77.77, n: 3 }
",
    )
    .write(
        "plan.yaml",
        "title: Growth plan
kind: development
phases:
  - title: This year
    from: 2025-09
    to: 2026-07
    goals:
      - text: Widen the nurture group's reading.
        status: under-way
        measures:
          - { metric: small, aim: 70, by: 2026-07 }
        builds_on: [delta-private, gamma-draft, alpha]
",
    );
    f.build(&[]);
    let site = f.site();
    for secret in ["Private Secret Title", "77.77", "Draft Plan Title"] {
        assert_eq!(
            files_containing(&site, secret),
            Vec::<String>::new(),
            "{secret}"
        );
    }
    let plan = f.read("public/plan/index.html");
    assert!(
        plan.contains("now 50%; aim 70% by July 2026"),
        "the last published value"
    );
    assert!(plan.contains(
        "Builds on: <a href=\"../evidence/alpha/index.html\">Reading fluency programme</a></p>"
    ));
    assert!(plan.contains("Development plan"));
    assert!(plan.contains("Under way"));
}

#[test]
fn a_done_goal_says_what_shows_it_on_the_page_and_in_the_pack() {
    let f = Fixture::copy("/example-showcase");
    f.build(&[]);
    let done = "The counselling lead has chaired every meeting since October.";
    let page = f.read("public/marcus-lee/plan/index.html");
    assert!(page.contains(&format!("<span class=\"badge\">Done</span> {done}")));
    let pack = pdf_text(&f.path().join("public/marcus-lee/panel-pack.pdf"));
    let words = pack.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains(&format!("Done: {done}")), "{words}");
}
