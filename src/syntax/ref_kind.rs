//! What a narrative points at, as its text names it.

/// What a narrative points at: `[x](@/id)` links and shortcodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RefKind {
    Link,
    Chart,
    Metric,
    Testimonial,
    /// A link or image pointing at a file under `assets/`.
    Asset,
}
