//! A long list of leaders split into pages: a district's thousands of leaders on one
//! page would be megabytes to download and a scroll without end.

use serde::Serialize;
use std::ops::Range;

/// Leaders on a page: a few screens of cards.
pub const PER_PAGE: usize = 48;

/// Where a page of the list is, which items it shows, and its pager (none when one
/// page holds the whole list).
pub struct ListPage {
    pub path: String,
    pub items: Range<usize>,
    pub pager: Option<Pager>,
}

/// The way between a list's pages.
#[derive(Debug, Clone, Serialize)]
pub struct Pager {
    /// This page's items, counted from 1, and how many the list has.
    pub from: usize,
    pub to: usize,
    pub total: usize,
    pub number: usize,
    pub count: usize,
    /// The first and last pages and those around this one, relative to the site's
    /// root: forty numbers would fill a phone's screen before the list.
    pub pages: Vec<PageLink>,
    pub previous: Option<String>,
    pub next: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PageLink {
    pub number: usize,
    pub href: String,
    pub current: bool,
    /// Pages are left out before this one.
    pub gap_before: bool,
}

/// Pages linked on either side of the current one.
const AROUND: usize = 2;

/// The pages of a list of `total` items: the first at `first`, the others at
/// `<rest>2/index.html`, `<rest>3/index.html`...
pub fn pages(total: usize, first: &str, rest: &str) -> Vec<ListPage> {
    let count = total.div_ceil(PER_PAGE).max(1);
    let path = |n: usize| match n {
        1 => first.to_owned(),
        n => format!("{rest}{n}/index.html"),
    };
    (1..=count)
        .map(|number| {
            let items = (number - 1) * PER_PAGE..(number * PER_PAGE).min(total);
            let pager = (count > 1).then(|| Pager {
                from: items.start + 1,
                to: items.end,
                total,
                number,
                count,
                pages: (1..=count)
                    .filter(|&n| n == 1 || n == count || n.abs_diff(number) <= AROUND)
                    .scan(0, |last, n| {
                        let gap_before = n > *last + 1 && n > 1;
                        *last = n;
                        Some(PageLink {
                            number: n,
                            href: path(n),
                            current: n == number,
                            gap_before,
                        })
                    })
                    .collect(),
                previous: (number > 1).then(|| path(number - 1)),
                next: (number < count).then(|| path(number + 1)),
            });
            ListPage {
                path: path(number),
                items,
                pager,
            }
        })
        .collect()
}

/// The pages of a list whose first page is `first` (`roles/coach/index.html`), the
/// others in numbered folders beside it (`roles/coach/2/index.html`).
pub fn pages_in_folder(total: usize, first: &str) -> Vec<ListPage> {
    pages(total, first, first.trim_end_matches("index.html"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_longer_than_a_page_is_split_and_each_page_links_to_every_other() {
        assert!(pages(PER_PAGE, "index.html", "leaders/")[0].pager.is_none());
        let split = pages(2 * PER_PAGE + 1, "index.html", "leaders/");
        let paths: Vec<&str> = split.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            ["index.html", "leaders/2/index.html", "leaders/3/index.html"]
        );
        assert_eq!(split[2].items, 2 * PER_PAGE..2 * PER_PAGE + 1);
        let pager = split[1].pager.as_ref().unwrap();
        assert_eq!(
            (pager.from, pager.to, pager.total),
            (PER_PAGE + 1, 2 * PER_PAGE, 2 * PER_PAGE + 1)
        );
        assert_eq!(pager.previous.as_deref(), Some("index.html"));
        assert_eq!(pager.next.as_deref(), Some("leaders/3/index.html"));
        assert!(pager.pages[1].current && !pager.pages[0].current);
        // Forty pages: the first, the last and two on either side of this one.
        let long = pages(40 * PER_PAGE, "index.html", "leaders/");
        let shown: Vec<(usize, bool)> = long[19]
            .pager
            .as_ref()
            .unwrap()
            .pages
            .iter()
            .map(|p| (p.number, p.gap_before))
            .collect();
        assert_eq!(
            shown,
            [
                (1, false),
                (18, true),
                (19, false),
                (20, false),
                (21, false),
                (22, false),
                (40, true)
            ]
        );
        assert!(pages(0, "index.html", "leaders/")[0].items.is_empty());
    }
}
