//! `cargo bench --bench sdk`: the SDK against hand-written reqwest + serde code, side by side in
//! one run against the same in-process sandbox, printed as ratios next to the targets.
//!
//! A bench binary rather than criterion: every figure here is a ratio of two measurements taken
//! in alternating rounds (so a noisy, shared machine slows both sides alike), plus counts (429s,
//! peak RSS) that criterion does not report. `-- --quick` runs fewer rounds.

mod limiter;
#[cfg(feature = "redis")]
mod many_workers;
mod measure;
mod memory;
mod paging;
mod per_call;

use talent_ray_sandbox::Sandbox;

/// Runs every benchmark and prints one line per figure.
#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let rounds = if quick { 3 } else { 15 };
    #[cfg(feature = "redis")]
    if many_workers::is_worker() {
        return many_workers::worker().await;
    }
    // `-- --many-workers` runs only that row (it needs `--features redis`).
    if std::env::args().any(|a| a == "--many-workers") {
        #[cfg(feature = "redis")]
        many_workers::run(if quick { 2 } else { 4 }, rounds).await;
        #[cfg(not(feature = "redis"))]
        println!("many workers: skipped (run `cargo bench --bench sdk --features redis`)");
        return;
    }
    println!("talent-ray benchmarks ({rounds} alternating rounds per comparison)\n");

    let sandbox = Sandbox::builder()
        .candidates(10_000)
        .no_rate_limit()
        .start()
        .await
        .expect("sandbox starts");
    per_call::run(&sandbox, rounds).await;
    paging::run(&sandbox, rounds).await;
    paging::run_with_latency(&sandbox, rounds.min(3)).await;
    drop(sandbox);
    limiter::run(if quick { 2 } else { 4 }).await;
    #[cfg(feature = "redis")]
    many_workers::run(if quick { 2 } else { 4 }, rounds).await;
    memory::run().await;
}
