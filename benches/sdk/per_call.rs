//! Per-call overhead: `get_candidate` through the SDK against a raw reqwest GET plus a serde
//! decode into the same generated type.

use std::time::Duration;

use talent_ray::{Client, RateLimit, types};
use talent_ray_sandbox::Sandbox;

use crate::measure::{Target, report, side_by_side, time};

const CALLS: u32 = 500;

/// An SDK client with the default settings, for the admin key (which sees every candidate), and
/// a quota too high to ever wait (so the limiter's bookkeeping is measured, not its waits).
pub fn sdk_client(sandbox: &Sandbox) -> Client {
    Client::builder()
        .base_url(sandbox.base_url())
        .api_key(&sandbox.keys().admin)
        .rate_limit(Some(RateLimit::new(1_000_000, Duration::from_secs(1))))
        .build()
        .expect("client builds")
}

/// A reqwest client configured like the SDK's by default: 10 s connect and 30 s request
/// timeouts, no redirects.
pub fn raw_client() -> reqwest::Client {
    reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(10))
        .timeout(Duration::from_secs(30))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The same request by hand: reqwest with the bearer header and the api-version header.
pub fn raw_get(http: &reqwest::Client, sandbox: &Sandbox, path: &str) -> reqwest::RequestBuilder {
    http.get(format!("{}{path}", sandbox.base_url()))
        .bearer_auth(&sandbox.keys().admin)
        .header("api-version", talent_ray::api_version())
}

pub async fn run(sandbox: &Sandbox, rounds: usize) {
    let sdk = sdk_client(sandbox);
    let http = raw_client();
    let id = sandbox.fixtures().candidate_id.clone();
    let path = format!("/api/v1/candidates/{id}");
    let (sdk_time, raw_time) = side_by_side(
        rounds,
        async || {
            time(async || {
                for _ in 0..CALLS {
                    let c = sdk.get_candidate().id(&id).send().await.unwrap();
                    std::hint::black_box(c.into_inner());
                }
            })
            .await
        },
        async || {
            time(async || {
                for _ in 0..CALLS {
                    let response = raw_get(&http, sandbox, &path).send().await.unwrap();
                    assert!(response.status().is_success());
                    let bytes = response.bytes().await.unwrap();
                    let c: types::Candidate = serde_json::from_slice(&bytes).unwrap();
                    std::hint::black_box(c);
                }
            })
            .await
        },
    )
    .await;
    report(
        "per call: get_candidate",
        CALLS,
        sdk_time,
        ("raw reqwest+serde", raw_time),
        Target::AtMost(1.05),
    );
}
