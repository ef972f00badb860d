//! HTML that depends only on how deep its page sits (its links are relative), made
//! once per depth on first use. A chart shortcode of one metric may be embedded in
//! hundreds of narratives, a quote shown on several pages: each is rendered once for
//! all pages at the same depth, not once per page.

use std::sync::OnceLock;

/// Pages of a portfolio sit at most this many folders deep (`evidence/x/`), those of
/// a showcase member one more.
const DEPTHS: usize = 4;

/// One cell per item (a metric, a testimonial) and page depth.
pub struct PerDepth<T> {
    cells: Vec<[OnceLock<T>; DEPTHS]>,
}

impl<T: Clone> PerDepth<T> {
    pub fn new(items: usize) -> Self {
        PerDepth {
            cells: (0..items)
                .map(|_| std::array::from_fn(|_| OnceLock::new()))
                .collect(),
        }
    }

    /// Item `item`'s value for pages at `root` (`"../../"`), made by `make` the first
    /// time. An item or depth out of range is made every time, never wrongly shared.
    pub fn get(&self, item: Option<usize>, root: &str, make: impl FnOnce() -> T) -> T {
        let depth = root.len() / "../".len();
        match item.and_then(|i| self.cells.get(i)?.get(depth)) {
            Some(cell) => cell.get_or_init(make).clone(),
            None => make(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn made_once_per_item_and_depth() {
        let cache = PerDepth::<String>::new(2);
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
        let cache = PerDepth::<String>::new(1);
        let deep = "../".repeat(DEPTHS + 1);
        assert_eq!(cache.get(Some(0), &deep, || "x".into()), "x");
        assert_eq!(cache.get(Some(0), &deep, || "y".into()), "y");
        assert_eq!(cache.get(None, "", || "z".into()), "z");
        assert_eq!(cache.get(Some(5), "", || "w".into()), "w");
    }
}
