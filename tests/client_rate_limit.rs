//! The client-side rate limiter keeps a busy client, and all its clones, under the server's limit.

mod common;

use std::time::Duration;

use talent_ray::{Error, RateLimit, RetryPolicy};
use talent_ray_sandbox::Sandbox;

/// A sandbox admitting 4 requests per second whose limiter's clock stands still, so a burst
/// exceeds it however slowly the machine sends it.
async fn limited_sandbox() -> Sandbox {
    let frozen = std::time::Instant::now();
    Sandbox::builder()
        .rate_limit(4, Duration::from_secs(1))
        .rate_limit_clock(move || frozen)
        .start()
        .await
        .unwrap()
}

#[tokio::test]
async fn without_the_limiter_a_burst_earns_429s() {
    let sandbox = limited_sandbox().await;
    let client = common::builder(&sandbox, &sandbox.keys().employer)
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let mut limited = 0;
    for _ in 0..8 {
        if let Err(e) = client.get_me().send().await.map_err(Error::from) {
            assert!(
                matches!(
                    e,
                    Error::RateLimited {
                        retry_after: Some(_)
                    }
                ),
                "{e:?}"
            );
            limited += 1;
        }
    }
    assert_eq!(limited, 4, "the 5th to 8th requests are over the limit");
}

#[tokio::test(start_paused = true)]
async fn with_the_limiter_clones_share_one_budget_and_never_see_a_429() {
    // One clock for both sides: the sandbox's rate limiter reads this test's paused tokio
    // clock, and a running blocking task stops tokio from advancing it on its own (tokio
    // does not auto-advance while one runs), so time moves only when the test says, never
    // while a request is in flight. No margin: the client allows exactly what the server does.
    let runtime = tokio::runtime::Handle::current();
    let sandbox = Sandbox::builder()
        .rate_limit(4, Duration::from_secs(60))
        .rate_limit_clock(move || {
            let _entered = runtime.enter();
            tokio::time::Instant::now().into_std()
        })
        .start()
        .await
        .unwrap();
    let (stop, stopped) = std::sync::mpsc::channel::<()>();
    let freeze = tokio::task::spawn_blocking(move || stopped.recv());

    let client = common::builder(&sandbox, &sandbox.keys().employer)
        .rate_limit(Some(RateLimit::new(4, Duration::from_secs(60))))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let clone = client.clone();
    let start = tokio::time::Instant::now();
    let (done, mut progress) = tokio::sync::mpsc::unbounded_channel();
    let calls = tokio::spawn(async move {
        for i in 0..10 {
            let c = if i % 2 == 0 { &client } else { &clone };
            let result = c.get_me().send().await.map_err(Error::from);
            let failed = result.is_err();
            done.send((i, tokio::time::Instant::now(), result)).unwrap();
            if failed {
                break;
            }
        }
    });
    // Each window admits 4: calls 0-3 at 0 s, 4-7 once the test moves the clock to 60 s,
    // 8-9 at 120 s. The clock moves only after a window's calls have all been answered.
    for (window, calls_in_window) in [(0u64, 4), (1, 4), (2, 2)] {
        if window > 0 {
            tokio::time::advance(Duration::from_secs(60)).await;
        }
        for _ in 0..calls_in_window {
            let (i, at, result) = progress.recv().await.expect("a call finished");
            assert!(result.is_ok(), "call {i}: {result:?}");
            assert_eq!(at - start, Duration::from_secs(60 * window), "call {i}");
        }
    }
    calls.await.unwrap();
    assert_eq!(sandbox.requests_to("GET", "/api/v1/me"), 10);
    stop.send(()).unwrap();
    freeze.await.unwrap().unwrap();
}
