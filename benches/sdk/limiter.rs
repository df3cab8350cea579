//! The client-side rate limiter against a sandbox enforcing the same quota: requests per second
//! achieved against the configured rate, and 429s, with a naive loop (no limiter) beside it.

use std::time::{Duration, Instant};

use talent_ray::{Client, Error, RateLimit, RetryPolicy};
use talent_ray_sandbox::Sandbox;

use crate::measure::{Target, report_ratio};

const QUOTA: u32 = 50;
const WINDOW: Duration = Duration::from_secs(1);

async fn sandbox() -> Sandbox {
    Sandbox::builder()
        .rate_limit(QUOTA, WINDOW)
        .start()
        .await
        .expect("sandbox starts")
}

/// Calls `get_me` as fast as `call` allows for `windows` windows; returns (ok, 429s) of the calls
/// that started inside that time.
async fn drive(windows: u32, mut call: impl AsyncFnMut() -> Result<(), Error>) -> (u32, u32) {
    let start = Instant::now();
    let (mut ok, mut limited) = (0, 0);
    while start.elapsed() < WINDOW * windows {
        match call().await {
            Ok(()) => ok += 1,
            Err(Error::RateLimited { .. }) => limited += 1,
            Err(e) => panic!("unexpected {e}"),
        }
    }
    (ok, limited)
}

pub async fn run(windows: u32) {
    let configured = f64::from(QUOTA) * f64::from(windows);

    let sandbox_a = sandbox().await;
    let sdk = Client::builder()
        .base_url(sandbox_a.base_url())
        .api_key(&sandbox_a.keys().employer)
        .rate_limit(Some(RateLimit::new(QUOTA, WINDOW)))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let (ok, limited) = drive(windows, async || sdk.get_me().send().await.map(|_| ())).await;
    report_ratio(
        &format!("limiter: {QUOTA}/{WINDOW:?} for {windows} windows"),
        &format!("sdk {ok} ok, {limited} x 429"),
        f64::from(ok) / configured,
        Target::AtLeast(0.98),
    );
    assert_eq!(limited, 0, "the limiter let a request earn a 429");

    let sandbox_b = sandbox().await;
    let naive = Client::builder()
        .base_url(sandbox_b.base_url())
        .api_key(&sandbox_b.keys().employer)
        .rate_limit(None)
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let (ok, limited) = drive(windows, async || naive.get_me().send().await.map(|_| ())).await;
    println!(
        "{:<44} naive loop {ok} ok, {limited} x 429  ratio {:.3}  (contrast: no limiter)",
        "limiter: the same without a limiter",
        f64::from(ok) / configured
    );
}
