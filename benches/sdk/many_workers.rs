//! Many workers, one key (feature `redis`): 4 worker processes (this binary again, with
//! `--many-workers-worker`) call `get_me` as fast as their limiter allows against one sandbox
//! enforcing the quota, once sharing the window through Redis and once each on its own. Prints
//! the share of the quota admitted per window, the 429s of both runs side by side, and the
//! latency the Redis round trips add to a request.

use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use talent_ray::{Client, Error, RateLimit, RetryPolicy, SharedRateLimit};
use talent_ray_sandbox::{RedisServer, Sandbox};

use crate::measure::{Target, report_ratio, side_by_side, time};

const WORKERS: usize = 4;
const QUOTA: u32 = 40;
const WINDOW: Duration = Duration::from_secs(1);
const WORKER_FLAG: &str = "--many-workers-worker";

/// Whether this process is one of the workers.
pub fn is_worker() -> bool {
    std::env::args().any(|a| a == WORKER_FLAG)
}

fn unix_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as u64
}

fn client(base_url: &str, key: &str, quota: RateLimit, redis: Option<String>) -> Client {
    Client::builder()
        .base_url(base_url)
        .api_key(key)
        .rate_limit(Some(quota))
        .shared_rate_limit(
            redis.map(|url| SharedRateLimit::url(url).timeout(Duration::from_millis(200))),
        )
        .retry(RetryPolicy::none())
        .build()
        .unwrap()
}

/// A worker: waits for the common start, calls until the common end, prints `ok 429s`.
pub async fn worker() {
    let var = |name: &str| std::env::var(name).unwrap();
    let redis = std::env::var("BENCH_REDIS_URL").ok();
    let client = client(
        &var("BENCH_BASE_URL"),
        &var("BENCH_KEY"),
        RateLimit::new(QUOTA, WINDOW),
        redis,
    );
    let start: u64 = var("BENCH_START_MS").parse().unwrap();
    let end: u64 = var("BENCH_END_MS").parse().unwrap();
    tokio::time::sleep(Duration::from_millis(start.saturating_sub(unix_ms()))).await;
    let (mut ok, mut limited) = (0u32, 0u32);
    while unix_ms() < end {
        match client.get_me().send().await {
            Ok(_) => ok += 1,
            Err(Error::RateLimited { .. }) => limited += 1,
            Err(e) => panic!("unexpected {e}"),
        }
    }
    println!("{ok} {limited}");
}

/// Runs `WORKERS` worker processes for `windows` windows; returns (ok, 429s) summed.
fn run_workers(sandbox: &Sandbox, redis: Option<&RedisServer>, windows: u32) -> (u32, u32) {
    // The processes start together once all of them are up.
    let start = unix_ms() + 500;
    let end = start + (WINDOW * windows).as_millis() as u64;
    let children: Vec<_> = (0..WORKERS)
        .map(|_| {
            let mut cmd = Command::new(std::env::current_exe().unwrap());
            cmd.arg(WORKER_FLAG)
                .env("BENCH_BASE_URL", sandbox.base_url())
                .env("BENCH_KEY", &sandbox.keys().employer)
                .env("BENCH_START_MS", start.to_string())
                .env("BENCH_END_MS", end.to_string())
                .env_remove("BENCH_REDIS_URL")
                .stdout(Stdio::piped());
            if let Some(redis) = redis {
                cmd.env("BENCH_REDIS_URL", redis.url());
            }
            cmd.spawn().expect("worker starts")
        })
        .collect();
    let (mut ok, mut limited) = (0, 0);
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "a worker failed");
        let text = String::from_utf8(out.stdout).unwrap();
        let mut counts = text.split_whitespace().map(|n| n.parse::<u32>().unwrap());
        ok += counts.next().unwrap();
        limited += counts.next().unwrap();
    }
    (ok, limited)
}

pub async fn run(windows: u32, rounds: usize) {
    let redis = RedisServer::start().expect("redis-server starts (apt-get install redis-server)");
    let fresh = || async {
        Sandbox::builder()
            .rate_limit(QUOTA, WINDOW)
            .start()
            .await
            .expect("sandbox starts")
    };
    let name = format!("many workers: {WORKERS} processes, {QUOTA}/{WINDOW:?}");
    let sandbox = fresh().await;
    let (ok, shared_429) = run_workers(&sandbox, Some(&redis), windows);
    let per_window = f64::from(ok) / f64::from(windows);
    let alone = fresh().await;
    let (alone_ok, alone_429) = run_workers(&alone, None, windows);
    report_ratio(
        &name,
        &format!(
            "shared: {ok} ok in {windows} windows ({per_window:.1} per window), {shared_429} x 429; \
             per-process: {alone_ok} ok, {alone_429} x 429; admitted per window / quota"
        ),
        per_window / f64::from(QUOTA),
        Target::AtLeast(0.95),
    );

    // The Redis round trips per request (admission, then the arrival time), measured with a
    // quota that never binds: the same client with and without the shared window.
    let quick = Sandbox::builder()
        .no_rate_limit()
        .start()
        .await
        .expect("sandbox starts");
    let roomy = RateLimit::new(1_000_000, WINDOW);
    let key = quick.keys().employer.clone();
    let shared = client(quick.base_url(), &key, roomy, Some(redis.url()));
    let local = client(quick.base_url(), &key, roomy, None);
    const CALLS: u32 = 200;
    let (with_redis, without) = side_by_side(
        rounds,
        async || {
            time(async || {
                for _ in 0..CALLS {
                    shared.get_me().send().await.unwrap();
                }
            })
            .await
        },
        async || {
            time(async || {
                for _ in 0..CALLS {
                    local.get_me().send().await.unwrap();
                }
            })
            .await
        },
    )
    .await;
    println!(
        "{:<44} +{:.1?} per request: {:.1?} shared against {:.1?} in-process (median of {rounds} rounds)",
        "many workers: added latency (2 Redis round trips)",
        with_redis.saturating_sub(without) / CALLS,
        with_redis / CALLS,
        without / CALLS,
    );
}
