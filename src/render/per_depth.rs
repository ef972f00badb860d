//! HTML that depends only on how deep its page sits (its links are relative), made
//! once per depth on first use. A chart shortcode of one metric may be embedded in
//! hundreds of narratives, a quote shown on several pages: each is rendered once for
//! all pages at the same depth, not once per page.

use std::borrow::Cow;
use std::convert::Infallible;
use std::sync::OnceLock;

/// Pages of a portfolio sit at most this many folders deep (`evidence/x/`), those of
/// a showcase member one more.
const DEPTHS: usize = 4;

/// One cell per item (a metric, a testimonial) and page depth.
pub struct PerDepth {
    cells: Vec<[OnceLock<String>; DEPTHS]>,
}

impl PerDepth {
    pub fn new(items: usize) -> Self {
        PerDepth {
            cells: (0..items)
                .map(|_| std::array::from_fn(|_| OnceLock::new()))
                .collect(),
        }
    }

    /// Item `item`'s value for pages at `root` (`"../../"`), made by `make` the first
    /// time and lent after. An item or depth out of range is made every time, never
    /// wrongly shared.
    pub fn get(
        &self,
        item: Option<usize>,
        root: &str,
        make: impl FnOnce() -> String,
    ) -> Cow<'_, str> {
        match self.try_get(item, root, || Ok::<_, Infallible>(make())) {
            Ok(value) => value,
            Err(never) => match never {},
        }
    }

    /// [`get`](Self::get) for a `make` that may fail; a failure is not kept. Two pages
    /// asking at once may both make the value: the same, so either may be kept.
    pub fn try_get<E>(
        &self,
        item: Option<usize>,
        root: &str,
        make: impl FnOnce() -> Result<String, E>,
    ) -> Result<Cow<'_, str>, E> {
        let Some(cell) = item.and_then(|i| self.cells.get(i)?.get(depth_of(root)?)) else {
            return make().map(Cow::Owned);
        };
        once(cell, make).map(Cow::Borrowed)
    }
}

/// How many folders deep a page at `root` sits; `None` for a root that is not a
/// way up (`../` repeated), such as the 404 page's `base_url`.
fn depth_of(root: &str) -> Option<usize> {
    let up = "../".as_bytes();
    let ups = root.as_bytes().chunks(up.len());
    ups.clone().all(|c| c == up).then(|| ups.len())
}

/// The value of `cell`, made by `make` if it is empty; a failure is not kept.
pub fn once<E>(
    cell: &OnceLock<String>,
    make: impl FnOnce() -> Result<String, E>,
) -> Result<&str, E> {
    if let Some(value) = cell.get() {
        return Ok(value);
    }
    let value = make()?;
    Ok(cell.get_or_init(|| value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn made_once_per_item_and_depth() {
        let cache = PerDepth::new(2);
        let made = Cell::new(0);
        let make = |s: &str| {
            made.set(made.get() + 1);
            s.to_owned()
        };
        assert_eq!(cache.get(Some(0), "../../", || make("a")), "a");
        assert_eq!(cache.get(Some(0), "../../", || make("other")), "a");
        assert_eq!(cache.get(Some(0), "", || make("root")), "root");
        assert_eq!(cache.get(Some(1), "../../", || make("b")), "b");
        assert_eq!(made.get(), 3);
    }

    #[test]
    fn out_of_range_is_never_shared() {
        let cache = PerDepth::new(1);
        let deep = "../".repeat(DEPTHS + 1);
        assert_eq!(cache.get(Some(0), &deep, || "x".into()), "x");
        assert_eq!(cache.get(Some(0), &deep, || "y".into()), "y");
        assert_eq!(cache.get(None, "", || "z".into()), "z");
        assert_eq!(cache.get(Some(5), "", || "w".into()), "w");
    }

    #[test]
    fn a_root_that_is_not_a_way_up_is_never_shared() {
        let cache = PerDepth::new(1);
        assert_eq!(cache.get(Some(0), "/a/", || "404".into()), "404");
        assert_eq!(cache.get(Some(0), "/a/", || "again".into()), "again");
        assert_eq!(cache.get(Some(0), "../", || "one".into()), "one");
    }

    #[test]
    fn a_failure_is_not_kept() {
        let cache = PerDepth::new(1);
        assert_eq!(cache.try_get(Some(0), "", || Err("no")), Err("no"));
        let made = cache.try_get(Some(0), "", || Ok::<_, &str>("yes".into()));
        assert_eq!(made.as_deref(), Ok("yes"));
    }
}
