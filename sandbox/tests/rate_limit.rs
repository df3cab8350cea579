//! Per-key rate limiting: 429 with an integer `Retry-After`, in the path's error family.

mod common;

use std::time::Duration;

use common::{Auth, Client};
use serde_json::json;
use talent_ray_sandbox::{DEFAULT_RATE_LIMIT, DEFAULT_RATE_WINDOW, Sandbox};

/// A sandbox with this quota whose limiter's clock stands still.
async fn limited(requests: u32, window: Duration) -> (Sandbox, Client) {
    let sandbox = Sandbox::builder()
        .rate_limit(requests, window)
        .rate_limit_clock(common::frozen_rate_clock())
        .start()
        .await
        .unwrap();
    let client = Client::new(&sandbox);
    (sandbox, client)
}

#[tokio::test]
async fn quota_exhaustion_answers_429_with_retry_after_per_key() {
    let (sb, c) = limited(3, Duration::from_secs(60)).await;
    let key = &sb.keys().employer;
    for _ in 0..3 {
        assert_eq!(c.get("/api/v1/me", key).await.status, 200);
    }
    let r = c.get("/api/v1/candidates", key).await;
    assert_eq!(r.status, 429);
    let secs: u64 = r.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=60).contains(&secs), "{secs}");
    assert_eq!(r.json()["error"], "rate_limited");
    // Other keys have their own quota.
    assert_eq!(c.get("/api/v1/me", &sb.keys().partial).await.status, 200);
}

#[tokio::test]
async fn admin_paths_answer_with_the_legacy_body() {
    let (sb, c) = limited(1, Duration::from_secs(60)).await;
    let admin = &sb.keys().admin;
    assert_eq!(c.get("/api/v1/me", admin).await.status, 200);
    // The quota is per key, across families.
    let r = c.get("/api/admin/api-keys", admin).await;
    assert_eq!(r.status, 429);
    assert_eq!(r.json(), json!({"error": "Too many requests"}));
    assert!(r.header("retry-after").unwrap().parse::<u64>().is_ok());
}

#[tokio::test]
async fn a_short_window_rounds_retry_after_up_to_one_second() {
    // The limiter's clock stands still, so both requests fall in one 250 ms window.
    let (sb, c) = limited(1, Duration::from_millis(250)).await;
    let key = &sb.keys().employer;
    assert_eq!(c.get("/api/v1/me", key).await.status, 200);
    let r = c.get("/api/v1/me", key).await;
    assert_eq!(r.status, 429);
    assert_eq!(r.header("retry-after"), Some("1"));
}

#[tokio::test]
async fn public_endpoints_are_not_rate_limited() {
    let (sb, c) = limited(1, Duration::from_secs(60)).await;
    let path = format!("/api/public/portal/{}", sb.fixtures().org_slug);
    for _ in 0..5 {
        let r = c
            .send("GET", &path, Auth::Bearer(&sb.keys().employer), None)
            .await;
        assert_eq!(r.status, 200);
    }
}

#[tokio::test]
async fn the_default_is_600_requests_per_minute() {
    assert_eq!(DEFAULT_RATE_LIMIT, 600);
    assert_eq!(DEFAULT_RATE_WINDOW, Duration::from_secs(60));
    let sb = Sandbox::builder()
        .rate_limit_clock(common::frozen_rate_clock())
        .start()
        .await
        .unwrap();
    let c = Client::new(&sb);
    let key = &sb.keys().employer;
    for i in 0..600 {
        let r = c.fetch("GET", "/api/v1/me", Auth::Bearer(key), None).await;
        assert_eq!(r.status, 200, "request {i}");
    }
    assert_eq!(c.get("/api/v1/me", key).await.status, 429);
}

#[tokio::test]
async fn no_rate_limit_disables_the_limiter() {
    let sb = Sandbox::builder().no_rate_limit().start().await.unwrap();
    let c = Client::new(&sb);
    for _ in 0..700 {
        let r = c
            .fetch("GET", "/api/v1/me", Auth::Bearer(&sb.keys().employer), None)
            .await;
        assert_eq!(r.status, 200);
    }
}
