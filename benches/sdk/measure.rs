//! Side-by-side timing: alternating rounds, medians, and one printed line per comparison.

use std::time::{Duration, Instant};

/// Times `f` once.
pub async fn time<T>(f: impl AsyncFnOnce() -> T) -> Duration {
    let start = Instant::now();
    let out = f().await;
    let elapsed = start.elapsed();
    std::hint::black_box(out);
    elapsed
}

/// Median of `rounds` timings of each side, alternating which side goes first every round.
pub async fn side_by_side(
    rounds: usize,
    mut a: impl AsyncFnMut() -> Duration,
    mut b: impl AsyncFnMut() -> Duration,
) -> (Duration, Duration) {
    // One warm-up each: connections, caches, the allocator.
    a().await;
    b().await;
    let (mut xs, mut ys) = (Vec::new(), Vec::new());
    for round in 0..rounds {
        if round % 2 == 0 {
            xs.push(a().await);
            ys.push(b().await);
        } else {
            ys.push(b().await);
            xs.push(a().await);
        }
    }
    (median(xs), median(ys))
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// The target for a ratio.
#[derive(Clone, Copy)]
pub enum Target {
    AtMost(f64),
    AtLeast(f64),
}

impl Target {
    fn verdict(self, value: f64) -> String {
        match self {
            Target::AtMost(t) if value <= t => format!("target <= {t:.2}: met"),
            Target::AtMost(t) => format!(
                "target <= {t:.2}: MISSED by {:.1}%",
                (value / t - 1.0) * 100.0
            ),
            Target::AtLeast(t) if value >= t => format!("target >= {t:.2}: met"),
            Target::AtLeast(t) => format!(
                "target >= {t:.2}: MISSED by {:.1} points",
                (t - value) * 100.0
            ),
        }
    }
}

/// Prints `name: sdk … vs baseline … = ratio (verdict)`, per unit of `per` operations.
pub fn report(name: &str, per: u32, sdk: Duration, baseline: (&str, Duration), target: Target) {
    let ratio = sdk.as_secs_f64() / baseline.1.as_secs_f64();
    println!(
        "{name:<44} sdk {:>10.1?}  {} {:>10.1?}  ratio {ratio:.3}  ({})",
        sdk / per,
        baseline.0,
        baseline.1 / per,
        target.verdict(ratio)
    );
}

/// Prints a ratio computed elsewhere.
pub fn report_ratio(name: &str, detail: &str, ratio: f64, target: Target) {
    println!(
        "{name:<44} {detail}  ratio {ratio:.3}  ({})",
        target.verdict(ratio)
    );
}
