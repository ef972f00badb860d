//! Chart rendering time per metric, on the example portfolio's metrics.
//! Run with `cargo bench --bench charts`; prints one line per metric.

use leadfolio::stages::publish::{publish, Options};
use std::path::Path;
use std::time::Instant;

const ROUNDS: u32 = 200;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("example-portfolio");
    let loaded = leadfolio::stages::load::load(&root);
    let portfolio = loaded.portfolio.expect("the example portfolio loads");
    let (site, _) = publish(&portfolio, Options::default());
    println!(
        "{:<28} {:>8} {:>12} {:>10}",
        "metric", "kind", "time/chart", "SVG bytes"
    );
    let mut total = 0.0;
    for m in &site.metrics {
        let start = Instant::now();
        let mut bytes = 0;
        for _ in 0..ROUNDS {
            let drawn = leadfolio::stages::view::chart::render(m).expect("the chart draws");
            bytes = drawn.wide.len() + drawn.narrow.len();
        }
        let each = start.elapsed().as_secs_f64() / f64::from(ROUNDS);
        total += each;
        println!(
            "{:<28} {:>8} {:>9.1} µs {:>10}",
            m.id.as_str(),
            format!("{:?}", m.chart),
            each * 1e6,
            bytes
        );
    }
    println!("{:<28} {:>8} {:>9.1} µs", "all charts", "", total * 1e6);
}
