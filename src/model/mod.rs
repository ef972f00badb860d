//! The typed portfolio: what the loaders produce and every later stage reads.

pub mod artefact;
pub mod framework;
pub mod metric;
pub mod narrative;
pub mod plan;
pub mod portfolio;
pub mod settings;
pub mod showcase;
pub mod testimonial;
pub mod theme;

pub use crate::syntax::ref_kind::RefKind;
pub use artefact::{Artefact, Attachment, BodyRef, Period, Status};
pub use framework::{Competency, Framework};
pub use metric::{ChangeMode, ChartKind, Metric, Point, Reference, Series, X};
pub use narrative::Narrative;
pub use portfolio::{Asset, KnownIds, Portfolio};
pub use settings::{Credential, Link, Paper, Person, Settings, ThemeChoice, TimelineEntry};
pub use showcase::{Member, Showcase};
pub use testimonial::Testimonial;
