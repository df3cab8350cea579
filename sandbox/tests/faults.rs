//! Fault injection: statuses with Retry-After, delays, dropped connections, truncated and
//! malformed bodies, before or after the real handler, and the counters tests read.

mod common;

use std::time::{Duration, UNIX_EPOCH};

use common::{Auth, Body, Client};
use serde_json::{Value, json};
use talent_ray_sandbox::{Fault, Sandbox};

async fn start() -> (Sandbox, Client) {
    let sandbox = Sandbox::start().await;
    let client = Client::new(&sandbox);
    (sandbox, client)
}

async fn lead_count(c: &Client, key: &str) -> u64 {
    c.get("/api/v1/sourcing?pageSize=1", key).await.json()["pagination"]["totalCount"]
        .as_u64()
        .unwrap()
}

fn new_lead(org: &str) -> Option<Body> {
    Some(Body::Json(
        json!({"fullName": "Fault Tester", "organizationId": org}),
    ))
}

#[tokio::test]
async fn status_fault_fires_once_then_the_real_answer() {
    let (sb, c) = start().await;
    let key = &sb.keys().employer;
    sb.inject(
        Fault::status(503)
            .retry_after_secs(2)
            .on("GET", "/api/v1/me"),
    );
    assert_eq!(sb.pending_faults(), 1);
    let r = c.fetch("GET", "/api/v1/me", Auth::Bearer(key), None).await;
    assert_eq!(r.status, 503);
    assert_eq!(r.header("retry-after"), Some("2"));
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(r.json()["error"], "service_unavailable");
    assert_eq!(c.get("/api/v1/me", key).await.status, 200);
    assert_eq!(sb.requests_to("GET", "/api/v1/me"), 2);
    assert_eq!(sb.pending_faults(), 0);
}

#[tokio::test]
async fn status_faults_use_the_family_body_and_http_dates() {
    let (sb, c) = start().await;
    let at = UNIX_EPOCH + Duration::from_secs(1_790_000_000);
    sb.inject(
        Fault::status(429)
            .retry_after_date(at)
            .on_path("/api/admin/api-keys"),
    );
    let r = c
        .fetch(
            "GET",
            "/api/admin/api-keys",
            Auth::Bearer(&sb.keys().admin),
            None,
        )
        .await;
    assert_eq!(r.status, 429);
    assert_eq!(r.json(), json!({"error": "Too Many Requests"}));
    let date = httpdate::parse_http_date(r.header("retry-after").unwrap()).unwrap();
    assert_eq!(date, at);
    // A 429 fault with an integer Retry-After validates against the spec.
    sb.inject(Fault::status(429).retry_after_secs(1));
    let r = c.get("/api/v1/roles", &sb.keys().employer).await;
    assert_eq!(r.status, 429);
}

#[tokio::test]
async fn matching_by_method_path_and_times() {
    let (sb, c) = start().await;
    let key = &sb.keys().employer;
    sb.inject(Fault::status(500).on("GET", "/api/v1/roles").times(2));
    sb.inject(Fault::status(502).on_path("/api/v1/tests"));
    assert_eq!(sb.pending_faults(), 3);
    assert_eq!(c.get("/api/v1/me", key).await.status, 200);
    assert_eq!(c.get("/api/v1/roles", key).await.status, 500);
    assert_eq!(c.get("/api/v1/roles", key).await.status, 500);
    assert_eq!(c.get("/api/v1/roles", key).await.status, 200);
    let r = c
        .fetch("POST", "/api/v1/tests", Auth::Bearer(key), None)
        .await;
    assert_eq!(r.status, 502, "on_path matches any method");
    assert_eq!(c.get("/api/v1/tests", key).await.status, 200);
    // Without a matcher, a fault hits the next request, whatever it is.
    sb.inject(Fault::status(500));
    let r = c
        .fetch(
            "GET",
            &format!("/api/public/portal/{}", sb.fixtures().org_slug),
            Auth::None,
            None,
        )
        .await;
    assert_eq!(r.status, 500);
    assert_eq!(r.json(), json!({"error": "Internal Server Error"}));
    sb.inject(Fault::status(500).times(5));
    sb.clear_faults();
    assert_eq!(c.get("/api/v1/me", key).await.status, 200);
}

#[tokio::test]
async fn a_hold_keeps_its_request_until_released_while_others_are_served() {
    let (sb, c) = start().await;
    let key = &sb.keys().employer;
    let (fault, hold) = Fault::hold();
    sb.inject(fault.on("GET", "/api/v1/me"));
    let held = tokio::spawn({
        let c = c.clone();
        let key = key.clone();
        async move { c.get("/api/v1/me", &key).await.status }
    });
    hold.arrived().await;
    // The held request is waiting inside the sandbox; another one is answered meanwhile.
    assert_eq!(c.get("/api/v1/roles", key).await.status, 200);
    assert!(
        !held.is_finished(),
        "the held request waits for its release"
    );
    hold.release();
    assert_eq!(held.await.unwrap(), 200, "then the real handler answers");
    assert_eq!(hold.arrivals(), 1);
}

#[tokio::test]
async fn delay_serves_the_real_answer_after_waiting() {
    let (sb, c) = start().await;
    let key = &sb.keys().employer;
    sb.inject(Fault::delay(Duration::from_millis(50)).on("GET", "/api/v1/me"));
    let started = std::time::Instant::now();
    let r = c.get("/api/v1/me", key).await;
    assert_eq!(r.status, 200, "the real handler answers");
    // A sleep never ends early, so this lower bound holds however busy the machine is.
    assert!(started.elapsed() >= Duration::from_millis(50));
    assert_eq!(sb.pending_faults(), 0);
}

#[tokio::test]
async fn dropped_connection_before_the_handler_commits_nothing() {
    let (sb, c) = start().await;
    let key = &sb.keys().employer;
    let org = sb.fixtures().employer_org_id.clone();
    let before = lead_count(&c, key).await;
    sb.inject(Fault::drop_connection().on("POST", "/api/v1/sourcing"));
    let err = c
        .raw(
            "POST",
            "/api/v1/sourcing",
            Auth::Bearer(key),
            new_lead(&org),
        )
        .await
        .expect_err("no response");
    assert!(err.status().is_none());
    assert_eq!(
        sb.requests_to("POST", "/api/v1/sourcing"),
        1,
        "not retried by the client"
    );
    assert_eq!(sb.stats().creates_committed, 0);
    assert_eq!(lead_count(&c, key).await, before);
}

#[tokio::test]
async fn dropped_connection_after_the_handler_loses_only_the_response() {
    let (sb, c) = start().await;
    let key = &sb.keys().employer;
    let org = sb.fixtures().employer_org_id.clone();
    let before = lead_count(&c, key).await;
    sb.inject(
        Fault::drop_connection()
            .on("POST", "/api/v1/sourcing")
            .after_handler(),
    );
    c.raw(
        "POST",
        "/api/v1/sourcing",
        Auth::Bearer(key),
        new_lead(&org),
    )
    .await
    .expect_err("no response");
    assert_eq!(sb.stats().creates_committed, 1, "the write landed");
    assert_eq!(lead_count(&c, key).await, before + 1);
}

#[tokio::test]
async fn truncated_body_promises_more_than_it_sends() {
    let (sb, c) = start().await;
    let key = &sb.keys().employer;
    sb.inject(Fault::truncated_body().on("GET", "/api/v1/candidates"));
    let resp = c
        .raw("GET", "/api/v1/candidates", Auth::Bearer(key), None)
        .await
        .expect("headers arrive");
    assert_eq!(resp.status(), 200);
    let promised: usize = resp.headers()["content-length"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(promised > 0);
    assert!(resp.bytes().await.is_err(), "the body is cut short");

    // After the handler: the update lands, its response body is truncated.
    let path = format!("/api/v1/candidates/{}", sb.fixtures().candidate_id);
    sb.inject(Fault::truncated_body().on("PATCH", &path).after_handler());
    let resp = c
        .raw(
            "PATCH",
            &path,
            Auth::Bearer(key),
            Some(Body::Json(json!({"status": "Paused"}))),
        )
        .await
        .expect("headers arrive");
    assert_eq!(resp.status(), 200);
    assert!(resp.bytes().await.is_err());
    assert_eq!(sb.stats().updates_committed, 1);
    assert_eq!(c.get(&path, key).await.json()["status"], "Paused");
}

#[tokio::test]
async fn malformed_body_is_complete_but_not_json() {
    let (sb, c) = start().await;
    let key = &sb.keys().employer;
    sb.inject(Fault::malformed_body().on("GET", "/api/v1/me"));
    let r = c.fetch("GET", "/api/v1/me", Auth::Bearer(key), None).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert!(!r.bytes.is_empty());
    assert!(serde_json::from_slice::<Value>(&r.bytes).is_err());

    let org = sb.fixtures().employer_org_id.clone();
    sb.inject(
        Fault::malformed_body()
            .on("POST", "/api/v1/sourcing")
            .after_handler(),
    );
    let r = c
        .fetch(
            "POST",
            "/api/v1/sourcing",
            Auth::Bearer(key),
            new_lead(&org),
        )
        .await;
    assert_eq!(r.status, 201, "the real status is kept after the handler");
    assert!(serde_json::from_slice::<Value>(&r.bytes).is_err());
    assert_eq!(sb.stats().creates_committed, 1);
}

#[tokio::test]
async fn status_fault_before_or_after_the_handler() {
    let (sb, c) = start().await;
    let key = &sb.keys().employer;
    let path = format!("/api/v1/candidates/{}", sb.fixtures().candidate_id);
    let original = c.get(&path, key).await.json()["fullName"].clone();

    sb.inject(Fault::status(500).on("PATCH", &path));
    let r = c
        .patch(&path, key, json!({"fullName": "Before Handler"}))
        .await;
    assert_eq!(r.status, 500);
    assert_eq!(
        c.get(&path, key).await.json()["fullName"],
        original,
        "nothing committed"
    );
    assert_eq!(sb.stats().updates_committed, 0);

    sb.inject(Fault::status(500).on("PATCH", &path).after_handler());
    let r = c
        .patch(&path, key, json!({"fullName": "After Handler"}))
        .await;
    assert_eq!(r.status, 500);
    assert_eq!(
        c.get(&path, key).await.json()["fullName"],
        "After Handler",
        "committed"
    );
    assert_eq!(sb.stats().updates_committed, 1);

    // A delete that lands while its 503 goes out: the retry sees 404.
    let lead = format!("/api/v1/sourcing/{}", sb.fixtures().lead_id);
    sb.inject(Fault::status(503).on("DELETE", &lead).after_handler());
    assert_eq!(
        c.fetch("DELETE", &lead, Auth::Bearer(key), None)
            .await
            .status,
        503
    );
    assert_eq!(c.delete(&lead, key).await.status, 404);
    assert_eq!(sb.stats().deletes_committed, 1);
}

#[tokio::test]
async fn counters_see_every_request() {
    let (sb, c) = start().await;
    let key = &sb.keys().employer;
    let start = sb.stats();
    assert_eq!(start.requests_seen, 0);
    sb.inject(Fault::status(503).on("GET", "/api/v1/roles"));
    c.fetch("GET", "/api/v1/roles", Auth::Bearer(key), None)
        .await;
    c.fetch("GET", "/api/v1/roles?page=1", Auth::Bearer(key), None)
        .await;
    c.fetch("GET", "/api/v1/nope", Auth::None, None).await;
    c.fetch("GET", "/api/v1/me", Auth::None, None).await;
    assert_eq!(sb.stats().requests_seen, 4);
    assert_eq!(
        sb.requests_to("GET", "/api/v1/roles"),
        2,
        "query strings are not part of the path"
    );
    assert_eq!(sb.requests_to("get", "/api/v1/roles"), 2);
    assert_eq!(sb.requests_to("POST", "/api/v1/roles"), 0);
}
