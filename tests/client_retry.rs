//! Retries: 429 for every method, 5xx and transport faults only where repeating is safe.

mod common;

use std::time::{Duration, Instant, SystemTime};

use talent_ray::{Error, RetryPolicy, types};
use talent_ray_sandbox::{Fault, RevokeAgain};

/// A new lead in the employer's organization.
fn lead(sandbox: &talent_ray_sandbox::Sandbox) -> types::PotentialCandidateCreate {
    serde_json::from_value(serde_json::json!({
        "organizationId": sandbox.fixtures().employer_org_id,
        "fullName": "Ada Lovelace",
        "email": "ada@example.com"
    }))
    .unwrap()
}

#[tokio::test]
async fn a_post_answered_by_503_is_sent_exactly_once() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let body = lead(&sandbox);
    sandbox.inject(
        Fault::status(503)
            .on("POST", "/api/v1/sourcing")
            .after_handler(),
    );
    let err = client
        .create_potential_candidate()
        .body(body)
        .send()
        .await
        .map_err(Error::from)
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503), "{err:?}");
    assert_eq!(
        sandbox.requests_to("POST", "/api/v1/sourcing"),
        1,
        "a POST that may have landed is not repeated"
    );
    assert_eq!(
        sandbox.stats().creates_committed,
        1,
        "exactly one lead exists"
    );
}

#[tokio::test]
async fn a_post_whose_connection_dropped_is_not_repeated() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let body = lead(&sandbox);
    sandbox.inject(
        Fault::drop_connection()
            .on("POST", "/api/v1/sourcing")
            .after_handler(),
    );
    let err = client
        .create_potential_candidate()
        .body(body)
        .send()
        .await
        .map_err(Error::from)
        .unwrap_err();
    assert!(
        matches!(&err, Error::Uncertain { operation, .. } if operation == "createPotentialCandidate"),
        "{err:?}"
    );
    assert!(
        !err.is_retryable(),
        "a POST that may have landed must not look retryable"
    );
    assert_eq!(sandbox.requests_to("POST", "/api/v1/sourcing"), 1);
    assert_eq!(sandbox.stats().creates_committed, 1);
}

#[tokio::test]
async fn idempotent_reads_ride_out_5xx_drops_and_truncated_bodies() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    sandbox.inject(Fault::status(503).on("GET", "/api/v1/me"));
    sandbox.inject(Fault::drop_connection().on("GET", "/api/v1/me"));
    sandbox.inject(Fault::truncated_body().on("GET", "/api/v1/me"));
    let me = client.get_me().send().await.unwrap();
    assert!(me.auth.key_id.is_some());
    assert_eq!(sandbox.requests_to("GET", "/api/v1/me"), 4);
}

#[tokio::test]
async fn retries_stop_at_max_attempts() {
    let sandbox = common::sandbox().await;
    let client = common::builder(&sandbox, &sandbox.keys().employer)
        .retry(
            RetryPolicy::default()
                .max_attempts(2)
                .backoff(Duration::from_millis(1), Duration::from_millis(2)),
        )
        .build()
        .unwrap();
    sandbox.inject(Fault::status(502).on("GET", "/api/v1/me").times(5));
    let err = client
        .get_me()
        .send()
        .await
        .map_err(Error::from)
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(502));
    assert!(err.is_retryable());
    assert_eq!(sandbox.requests_to("GET", "/api/v1/me"), 2);
}

#[tokio::test]
async fn a_429_is_retried_for_a_post_after_retry_after_seconds() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let body = lead(&sandbox);
    sandbox.inject(
        Fault::status(429)
            .retry_after_secs(1)
            .on("POST", "/api/v1/sourcing"),
    );
    let started = Instant::now();
    client
        .create_potential_candidate()
        .body(body)
        .send()
        .await
        .unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "waited the Retry-After"
    );
    assert_eq!(sandbox.requests_to("POST", "/api/v1/sourcing"), 2);
    assert_eq!(sandbox.stats().creates_committed, 1);
}

#[tokio::test]
async fn an_http_date_retry_after_is_honoured() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let at = SystemTime::now() + Duration::from_secs(2);
    sandbox.inject(
        Fault::status(429)
            .retry_after_date(at)
            .on("GET", "/api/v1/me"),
    );
    client.get_me().send().await.unwrap();
    // HTTP-dates have one-second resolution: the retry must not come before the named second.
    let floor = at - Duration::from_secs(1);
    assert!(
        SystemTime::now() >= floor,
        "retried before the Retry-After date"
    );
    assert_eq!(sandbox.requests_to("GET", "/api/v1/me"), 2);
}

#[tokio::test]
async fn a_retry_after_past_the_cap_returns_rate_limited_at_once() {
    let sandbox = common::sandbox().await;
    let client = common::builder(&sandbox, &sandbox.keys().employer)
        .retry(RetryPolicy::default().max_retry_after(Duration::from_secs(5)))
        .build()
        .unwrap();
    sandbox.inject(
        Fault::status(429)
            .retry_after_secs(120)
            .on("GET", "/api/v1/me"),
    );
    let err = client
        .get_me()
        .send()
        .await
        .map_err(Error::from)
        .unwrap_err();
    assert!(matches!(err, Error::RateLimited { .. }), "{err:?}");
    assert_eq!(err.retry_after(), Some(Duration::from_secs(120)));
    assert_eq!(sandbox.requests_to("GET", "/api/v1/me"), 1);
}

#[tokio::test]
async fn a_delete_retried_after_an_ambiguous_failure_counts_404_as_done() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let id = sandbox.fixtures().lead_id.clone();
    let path = format!("/api/v1/sourcing/{id}");
    sandbox.inject(Fault::status(503).on("DELETE", &path).after_handler());
    client
        .delete_potential_candidate()
        .id(&id)
        .send()
        .await
        .unwrap();
    assert_eq!(sandbox.requests_to("DELETE", &path), 2);
    assert_eq!(sandbox.stats().deletes_committed, 1);
    // Without an ambiguous first attempt, a 404 is still an error.
    let err = client
        .delete_potential_candidate()
        .id(&id)
        .send()
        .await
        .map_err(Error::from)
        .unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
}

#[tokio::test]
async fn a_malformed_success_body_is_a_decode_error_with_an_excerpt() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    sandbox.inject(Fault::malformed_body().on("GET", "/api/v1/me"));
    let err = client
        .get_me()
        .send()
        .await
        .map_err(Error::from)
        .unwrap_err();
    match &err {
        Error::Decode { excerpt, .. } => assert!(!excerpt.is_empty()),
        other => panic!("expected Decode, got {other:?}"),
    }
    assert!(!format!("{err:?}{err}").contains(&sandbox.keys().employer));
}

#[tokio::test]
async fn a_retried_revoke_that_finds_the_key_gone_reports_not_found_not_a_decode_error() {
    // A server that answers a second revoke with 404 (a realistic alternative to the
    // sandbox's default 200): the retry of a revoke that landed really meets a 404.
    let sandbox = talent_ray_sandbox::Sandbox::builder()
        .no_rate_limit()
        .revoke_again(RevokeAgain::NotFound)
        .start()
        .await
        .unwrap();
    let admin = common::client(&sandbox, &sandbox.keys().admin);
    let (id, _key) = sandbox.mint_key_with_id(&sandbox.fixtures().employer_user_id, &[]);
    let path = format!("/api/admin/api-keys/{id}");
    sandbox.inject(Fault::status(503).on("DELETE", &path).after_handler());
    // With a 200-with-body success, nothing can be stood in for the 404.
    let err = admin
        .revoke_api_key()
        .id(&id)
        .send()
        .await
        .map_err(Error::from)
        .unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    assert_eq!(sandbox.requests_to("DELETE", &path), 2);
    assert_eq!(
        sandbox.pending_faults(),
        0,
        "the 404 came from the sandbox itself"
    );
}

#[tokio::test]
async fn a_retried_revoke_that_landed_succeeds_where_a_second_revoke_is_200() {
    let sandbox = common::sandbox().await;
    let admin = common::client(&sandbox, &sandbox.keys().admin);
    let (id, _key) = sandbox.mint_key_with_id(&sandbox.fixtures().employer_user_id, &[]);
    let path = format!("/api/admin/api-keys/{id}");
    sandbox.inject(Fault::status(503).on("DELETE", &path).after_handler());
    admin.revoke_api_key().id(&id).send().await.unwrap();
    assert_eq!(sandbox.requests_to("DELETE", &path), 2);
}
