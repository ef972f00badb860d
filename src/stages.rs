//! Single stages, for the integration tests, the benchmarks and the fuzz targets,
//! which drive, measure and attack each one alone. Not an interface for other
//! programs: it follows the code. Paths mirror the crate's own.

pub mod data {
    pub use crate::data::read;
}

pub mod diagnostic {
    pub use crate::diagnostic::{has_errors, Diagnostic};
    pub mod source_file {
        pub use crate::diagnostic::source_file::{Pos, SourceFile};
    }
}

pub mod load {
    pub use crate::load::load;
    pub mod framework {
        pub use crate::load::framework::bundled;
    }
    pub mod metric {
        pub use crate::load::metric::read;
    }
    pub mod references {
        pub use crate::load::references::scan_body;
    }
}

pub mod model {
    pub use crate::model::Portfolio;
    pub mod metric {
        pub use crate::model::metric::{Columns, DataSource};
    }
}

pub mod output {
    pub use crate::output::{count, Contents, InMemory, OutputFile};
}

pub mod pipeline {
    pub use crate::pipeline::{run, run_keeping_model};
}

pub mod publish {
    pub use crate::publish::{publish, publish_metric, Options};
}

pub mod render {
    pub mod markdown {
        pub use crate::render::markdown::{render, Page, Place};
    }
}

pub mod serve {
    pub mod incremental {
        pub use crate::serve::incremental::rebuild;
    }
}

pub mod syntax {
    pub mod fields {
        pub use crate::syntax::fields::Spanned;
    }
    pub mod front_matter {
        pub use crate::syntax::front_matter::split;
    }
    pub mod id {
        pub use crate::syntax::id::Id;
    }
    pub mod shortcode {
        pub use crate::syntax::shortcode::Shortcode;
    }
    pub mod yaml {
        pub use crate::syntax::yaml::{agree, both_ways, parse};
    }
}

pub mod view {
    pub mod chart {
        pub use crate::view::chart::render;
    }
    pub mod headline {
        pub use crate::view::headline::headline;
    }
}

pub mod write {
    pub mod staging {
        pub use crate::write::staging::write;
    }
}
