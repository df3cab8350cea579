//! Per-call options: a timeout or retry policy for one call, on a cheap clone sharing the pool,
//! limiter and scope cache; and a success's status and headers as the server sent them.

mod common;

use std::time::Duration;

use talent_ray::{CallOptions, Error, RetryPolicy};
use talent_ray_sandbox::Fault;

#[tokio::test]
async fn a_retry_policy_for_one_call_leaves_the_client_alone() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let attempts = RetryPolicy::default().attempts();
    assert!(attempts > 1, "the default policy retries");

    sandbox.inject(Fault::status(503).on("GET", "/api/v1/me").times(1));
    let once = client
        .with_options(CallOptions::new().retry(RetryPolicy::default().max_attempts(1)))
        .get_me()
        .send()
        .await;
    assert_eq!(once.unwrap_err().status().map(|s| s.as_u16()), Some(503));
    assert_eq!(sandbox.requests_to("GET", "/api/v1/me"), 1, "no retry");

    sandbox.inject(Fault::status(503).on("GET", "/api/v1/me").times(1));
    client.get_me().send().await.unwrap();
    assert_eq!(
        sandbox.requests_to("GET", "/api/v1/me"),
        3,
        "the client itself still retries"
    );
    assert_eq!(client.options(), &CallOptions::default());
}

#[tokio::test]
async fn a_timeout_for_one_call_times_it_out() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let (fault, hold) = Fault::hold();
    sandbox.inject(fault.on("GET", "/api/v1/me"));
    let options = CallOptions::new()
        .timeout(Duration::from_millis(50))
        .retry(RetryPolicy::default().max_attempts(1));
    // The request is held until released, so only the call's own timeout can end it.
    let result = client.with_options(options).get_me().send().await;
    assert!(matches!(result, Err(Error::Timeout(_))), "{result:?}");
    assert_eq!(hold.arrivals(), 1);
    hold.release();
}

#[tokio::test]
async fn a_clone_with_options_shares_the_scope_cache() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    assert_eq!(client.granted_scopes(), None);
    let patient = client.with_options(CallOptions::new().timeout(Duration::from_secs(120)));
    let learned = patient.refresh_scopes().await.unwrap();
    assert_eq!(
        client.granted_scopes(),
        Some(learned),
        "what the clone learned, the client knows"
    );
    // Options stack: a clone of a clone keeps what it did not override.
    let both =
        patient.with_options(CallOptions::new().retry(RetryPolicy::default().max_attempts(2)));
    assert_eq!(
        both.options().timeout_value(),
        Some(Duration::from_secs(120))
    );
    assert_eq!(both.options().retry_policy().map(|p| p.attempts()), Some(2));
}

#[tokio::test]
async fn a_success_shows_its_status_and_headers_as_sent() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let response = client.get_me().send().await.unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let content_type = response.headers()["content-type"].to_str().unwrap();
    assert!(
        content_type.starts_with("application/json"),
        "{content_type}"
    );
    assert!(
        response
            .headers()
            .keys()
            .all(|name| !name.as_str().starts_with("x-talent-ray-sdk")),
        "no header of the client's own: {:?}",
        response.headers()
    );
    let me = response.into_inner();
    assert!(!me.auth.scopes.is_empty());
}
