# The words leadfolio's theme and build write on a page or in the panel pack, in
# English: every other catalogue falls back to these. A portfolio's own
# i18n/<language>.ftl supplies or overrides any of them (Fluent syntax:
# https://projectfluent.org/fluent/guide/).

## Every page

skip-to-content = Skip to content
# Between a label and what it labels: French puts a no-break space before it.
colon = {":"}
menu = Menu
nav-home = Home
nav-evidence = Evidence
nav-matrix = Standards matrix
nav-impact = Impact
nav-plan = Plan
nav-testimonials = Testimonials
nav-about = About
nav-panel = Panel pack
nav-main = Main
breadcrumb = Breadcrumb
seeking-role = seeking { $role }
draft-build = Draft build.
draft-build-warning = This site includes unpublished drafts; do not share it.
draft-build-label = Draft build
showcase = Showcase
footer-framework = Evidence mapped to { $framework }
footer-privacy = Figures about fewer than the privacy threshold of people are suppressed. Testimonials are published with their authors' consent.
page-not-found = Page not found
not-found-text = This page is not part of the portfolio. It may have moved, or the address may be mistyped.
go-home = Go to the home page
browse-evidence = Browse all evidence
previous = Previous
next = Next
draft = Draft
gap = Gap
competencies = Competencies
pieces-of-evidence = { $count ->
    [one] { $count } piece of evidence
   *[other] { $count } pieces of evidence
  }
all-pieces-of-evidence = { $count ->
    [one] The one piece of evidence
   *[other] All { $count } pieces of evidence
  }
no-evidence-yet = No evidence has been published yet.
download-pdf-pages = PDF, { $count ->
    [one] { $count } page
   *[other] { $count } pages
  }

## Home

portrait-of = Portrait of { $name }
seeking = Seeking:
credentials-label = Credentials:
contact = Contact
read-panel-pack = Read the panel pack online
see-matrix = See the standards matrix
download-panel-pack = Download the panel pack
download-cv = Download CV
introduction = Introduction
impact-at-a-glance = Impact at a glance
featured-evidence = Featured evidence
what-happens-next = What happens next
plan-summary = { plan-kind }, { $count ->
    [one] { $count } goal
   *[other] { $count } goals
  }
# A plan's kind inside a sentence.
plan-kind = { $kind ->
    [entry] entry plan
   *[development] development plan
  }
what-colleagues-say = What colleagues say
all-testimonials = { $count ->
    [one] The one testimonial
   *[other] All { $count } testimonials
  }
standards-coverage = Standards coverage
coverage-sentence = Evidence for { $covered } of { $total } competencies of { $framework }.
coverage-sentence-evidenced = { $covered ->
    [one] Evidence for { $covered } competency of { $framework }.
   *[other] Evidence for { $covered } competencies of { $framework }.
  }
open-matrix = Open the evidence matrix

## Evidence

evidence-lede = { $count ->
    [one] { $count } piece of evidence, tied to the standards it shows.
   *[other] { $count } pieces of evidence, each tied to the standards it shows.
  }
evidence-number = E{ $number }
evidence-description = Every piece of evidence in { $name }'s portfolio.
draft-note = This is a draft: it is not part of the published portfolio.
when = When
my-role = My role
tags = Tags
standards-shown = Standards this evidence shows
the-numbers = The numbers
reflection = Reflection and next steps
attachments = Attachments
more-evidence = More evidence
period-to = { $from } – { $to }
period-present = { $from } – present
present = present
task-done = Done:
task-to-do = To do:
about-prefix = About:

## Figures

no-published-value = No published value
every-value-is = every value is { $note }
suppressed-note = suppressed (n < { $min })
withheld-note = withheld to protect a small group
withheld-short = withheld
# A bar not drawn, on a chart's axis: its group had fewer than $min people.
suppressed-short = n < { $min }
values-suppressed = { $count ->
    [one] { $count } value { $note }
   *[other] { $count } values { $note }
  }
open-chart-image = Open the chart as an image
baseline = Baseline
target = Target
direction = Direction
higher-is-better = Higher is better
lower-is-better = Lower is better
source = Source
privacy = Privacy
used-by = Evidence:
data-table = Data table: { $title }
more-rows = { $count ->
    [one] { $count } more row: every value is in the CSV file below
   *[other] { $count } more rows: every value is in the CSV file below
  }
download-csv = Download every value as CSV
csv-rows = { $count ->
    [one] { $count } row
   *[other] { $count } rows
  }
no-data = no data
table-date = Date
table-group = Group
improved = improved
worsened = worsened
no-change = no change
change-none = No change
change-percentage-points = { $value } percentage points
target-met = Target { $target }: met
target-not-met = Target { $target }: not yet met
from-to = from { $from } to { $to }
# A metric's change inside a sentence: "+8 points, from 48 to 56".
change-phrase = { $change }, { $fromto }
a-colleague = A colleague

## Charts, for a screen reader and the chart's image

chart-line = Line chart of { $title }.
chart-bar = Bar chart of { $title }.
chart-before-after = Before and after chart of { $title }.
chart-series-range = { $series }: { $first } in { $from }, { $last } in { $to }.
chart-series-one = { $series }: { $value } in { $at }.
chart-series-none = { $series }: no published values.
chart-change = { $against ->
    [baseline] Change against the baseline
   *[first] Change since the first value
  }: { $change }{ $verdict ->
    [improved] , an improvement
    [worsened] , a decline
   *[none] {""}
  }.
# A chart's target, as a sentence of its description.
chart-target-sentence = { $target }.
# A chart's alternative text in the pack: its title, then its description.
chart-alt = { $title }. { $words }
chart-zoomed = The value axis starts at { $from }, not at zero, so changes look larger than they would on a full scale.
chart-grouped = Its { $categories } categories are drawn as { $bars } bars, each the average of up to { $per } categories in a row; the table and the CSV file have every value.
chart-withheld = { $count ->
    [one] { $count } value is withheld to protect a small group.
   *[other] { $count } values are withheld to protect a small group.
  }
chart-suppressed = { $count ->
    [one] { $count } value is suppressed because it summarises fewer than { $min } people.
   *[other] { $count } values are suppressed because they summarise fewer than { $min } people.
  }
chart-baseline = Baseline
chart-target = Target

## Impact, matrix, competencies, testimonials, about

impact-lede = What changed, against each baseline and target, with the numbers behind every figure.
impact-description = What changed, in numbers, against baselines and targets.
metrics-on-page = Metrics on this page
no-metrics = No metrics have been published yet.
matrix-description = Evidence mapped to { $framework }.
matrix-lede = { $framework }: evidence for { $covered } of { $total } competencies.
matrix-lede-gaps = { $framework }: evidence for { $covered } of { $total } competencies; { $gaps } without evidence yet.
matrix-lede-evidenced = { $covered ->
    [one] { $framework }: the competency with evidence.
   *[other] { $framework }: the { $covered } competencies with evidence.
  }
framework-source = Framework: { $source }. Descriptions are summaries in our own words.
no-evidence-for-it = no evidence yet
matrix-legend-hit = the piece of evidence in this column shows the competency in this row
matrix-legend-gap = a competency with no evidence yet (its row is shaded)
matrix-legend-plan = goals of the plan aim at the competency: how many
matrix-scroll-cue = Scroll the table sideways to see every piece →
evidence-matrix = Evidence matrix
matrix-caption = Evidence matrix: competencies against evidence
competency = Competency
pieces = Pieces
plan-column = Plan
goals-in-plan = { $count ->
    [one] goal in the plan
   *[other] goals in the plan
  }
no-goal = no goal
yes = yes
no = no
evidence-in-full = The evidence in full:
no-competency-evidence = No published evidence shows this competency yet.
in-the-plan = In the plan
other-competencies = Other competencies
testimonials-lede = In colleagues' own words, published with their written consent.
testimonials-description = What colleagues say about { $name }'s work.
no-testimonials = No testimonials have been published yet.
about-title = About { $name }
about-description = { $name }: career, credentials and contact.
career = Career
credentials = Credentials
email = Email:
contact-on-request = Contact details are available on request.

## Panel page and pack

panel-title = Panel pack: { $name }
panel-description = A print-ready summary of { $name }'s leadership evidence.
panel-kicker = Leadership portfolio · panel pack
applying-for = Applying for:
pack-hint = The PDF is typeset for paper and for application portals; this page prints too.
print-hint = To print or save as PDF, use your browser's Print command; this page is laid out for paper.
summary = Summary
stat-evidence = { $count ->
    [one] piece of evidence
   *[other] pieces of evidence
  }
stat-competencies = { $count ->
    [one] competency evidenced
   *[other] competencies evidenced
  }
stat-metrics = { $count ->
    [one] measured outcome
   *[other] measured outcomes
  }
stat-testimonials = { $count ->
    [one] testimonial
   *[other] testimonials
  }
headline-figures = Headline figures
headline-figures-table = Table of headline figures
headline-figures-caption = Each metric's change against its baseline and target
measure = Measure
change = Change
no-target = No target
evidence-against = Evidence against { $framework }
target-state-met = { $target }: met
target-state-not-met = { $target }: not yet met
pack-footer = { $name } · Panel pack
pack-continued = This piece goes on beyond what the pack prints: it is continued on the site.
pack-page = Page { $page } of { $total }
pack-draft = Draft: not for submission
pack-photo = Photo of { $name }
standards-at-a-glance = Standards at a glance
on-the-site = On the site
shows = Shows:
standards = Standards:
builds-on = Builds on:
matrix-pack-note = Competencies of { $framework } down, evidence across: ● marks a piece that shows a competency; shaded rows have no evidence yet. The marks and the key's numbers of featured pieces link to them in this pack.
matrix-pack-note-evidenced = Competencies of { $framework } with evidence down, evidence across: ● marks a piece that shows a competency. The marks and the key's numbers of featured pieces link to them in this pack.
more-from-colleagues = More from colleagues
pack-lead = The lead piece
pack-next-step = Next step
pack-next-phase = { $phase } ({ $when })
pack-key-on-site = on the site
pack-value = Value
more-testimonials = { $count ->
    [one] { $count } more testimonial is on the site.
   *[other] { $count } more testimonials are on the site.
  }
career-and-credentials = Career and credentials
more-rows-on-site = { $count ->
    [one] { $count } more row on the site
   *[other] { $count } more rows on the site
  }
## The plan

plan-entry = Entry plan
plan-development = Development plan
status-planned = Planned
status-under-way = Under way
status-done = Done
day-one-is = day 1 is { $date }
plan-phases = Phases of the plan
goals = { $count ->
    [one] { $count } goal
   *[other] { $count } goals
  }
no-goals-yet = No goals yet.
measures = Measures
measure-none = no published value
measure-now = now { $value }
measure-aim = aim { $value }
measure-aim-by = aim { $value } by { $date }
# A goal's measure: where it stands, then what it aims at.
measure-stands-aims = { $stands }; { $aims }
# A goal's measure as the pack lists it, with what is left to go when there is an aim.
measure-line = { $title }{ colon } { $sentence }
measure-line-to-go = { $title }{ colon } { $sentence } ({ $togo })
aim-reached = aim reached
to-go = { $change } to go
days = Days { $from }–{ $to }
day = Day { $day }
what-happens-next-plan = What happens next: { $title }

## Showcase

leaders = Leaders
browse-standards = Standards
roles = Roles
showcase-leaders = { $count ->
    [one] { $count } leadership portfolio
   *[other] { $count } leadership portfolios
  }
showcase-lede = { $organisation }: { $count ->
    [one] { $count } leadership portfolio, with its evidence mapped to leadership standards.
   *[other] { $count } leadership portfolios, each with its evidence mapped to leadership standards.
  }
showcase-description = { $count ->
    [one] { $count } leader's portfolio, mapped to leadership standards.
   *[other] { $count } leaders' portfolios, mapped to leadership standards.
  }
showcase-privacy = Figures about fewer than each portfolio's privacy threshold of people are suppressed. Testimonials are published with their authors' consent.
showcase-not-found = This page is not part of the showcase. It may have moved, or the address may be mistyped.
every-leader = See every leader's portfolio
filter-standard = Standard
filter-any-standard = Any standard
filter-role = Role
filter-any-role = Any role
filter-plan = Only leaders with a plan
leaders-shown = { $count ->
    [one] { $count } leader shown
   *[other] { $count } leaders shown
  }
browse-by-standard = Browse by standard
browse-by-role = Browse by role
leaders-with-plan = Leaders with a plan
leader-count = { $count ->
    [one] { $count } leader
   *[other] { $count } leaders
  }
no-leader-yet = no leader yet
evidence-from-leaders = { $count ->
    [one] Evidence from { $count } leader.
   *[other] Evidence from { $count } leaders.
  }
no-leader-evidence = No leader using { $framework } has published evidence for it yet.
leaders-in-role = { $count ->
    [one] { $count } leader in this role.
   *[other] { $count } leaders in this role.
  }
competencies-with-evidence = Competencies with evidence
leader-seeking = Seeking: { $role }

## The preview

preview-failed = The last save did not build; this is the last good version. Fix the problem and save again.

## Numbers

percent = { $value }%
# A value and a unit that is a word (`8 points`, `1,200 students`).
value-with-unit = { $value } { $unit }

## The panel pack's own words

pack-change-column = Change (baseline → latest)
pack-matrix-plan = ○ counts the goals of the plan that aim at a competency.
pack-matrix-left-out = { $count ->
    [one] The { $count } other piece is in the matrix on the site.
   *[other] The { $count } other pieces are in the matrix on the site.
  }
key = Key

## Search
search = Search
search-this-portfolio = Search this portfolio
search-showcase = Search every leader's evidence
search-for = Search for
search-page-lede = Search the evidence: titles, summaries, stories, figures and testimonials.
search-page-lede-showcase = Search every leader's evidence: titles, summaries, stories, figures and testimonials.
search-leader = Leader
search-any-leader = Any leader
search-found = { $count ->
    [one] { $shown } piece of evidence found
   *[other] { $shown } pieces of evidence found
  }
search-nothing = Nothing matches. Try another word, or fewer filters.
search-more = Show more results
search-needs-script = Search needs JavaScript, which is off in this browser.
search-needs-server = Search works when the site is served from a web server (for example by leadfolio serve), not when it is opened from a folder on disk.
search-failed = Search could not load its index.
search-browse-evidence = Browse all the evidence
search-browse-leaders = Browse all leaders

## A long list of leaders, page by page
leader-pages = Pages of leaders
leader-pages-end = Pages of leaders, after the list
leaders-page = Leaders, page { $page } of { $pages }
leaders-range = { $count ->
    [one] Leader { $from } of { $count }
   *[other] Leaders { $from }–{ $to } of { $count }
  }
