//! The client-side rate limiter keeps a busy client, and all its clones, under the server's limit.

mod common;

use std::time::Duration;

use talent_ray::{Error, RateLimit, RetryPolicy};
use talent_ray_sandbox::Sandbox;

async fn limited_sandbox() -> Sandbox {
    Sandbox::builder()
        .rate_limit(4, Duration::from_secs(1))
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
        if let Err(e) = client.get_me().send().await {
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
    assert!(
        limited > 0,
        "the sandbox's limit must bite for this test to mean anything"
    );
}

#[tokio::test]
async fn with_the_limiter_clones_share_one_budget_and_never_see_a_429() {
    let sandbox = limited_sandbox().await;
    // The server admits 4 per second; the client allows itself 4 per 1.5 s, a margin for the
    // latency between the client's clock and the server's.
    let client = common::builder(&sandbox, &sandbox.keys().employer)
        .rate_limit(Some(RateLimit::new(4, Duration::from_millis(1500))))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let clone = client.clone();
    for i in 0..10 {
        let c = if i % 2 == 0 { &client } else { &clone };
        c.get_me().send().await.unwrap();
    }
    assert_eq!(sandbox.requests_to("GET", "/api/v1/me"), 10);
}
