//! Every error is JSON of its family, including requests axum itself would reject.

mod common;

use common::{Auth, Body, Client};
use serde_json::json;
use talent_ray_sandbox::Sandbox;

#[tokio::test]
async fn v1_rejections_are_json_bad_requests() {
    let sb = Sandbox::start().await;
    let c = Client::new(&sb);
    let key = &sb.keys().employer;
    let path = format!("/api/v1/candidates/{}", sb.fixtures().candidate_id);
    for raw in [
        "",
        "   ",
        "not json",
        "[1, 2]",
        "\"text\"",
        "{\"status\": \"Active\"",
    ] {
        let r = c
            .send("PATCH", &path, Auth::Bearer(key), Some(Body::Raw(raw)))
            .await;
        assert_eq!(r.status, 400, "{raw:?}");
        assert_eq!(r.header("content-type"), Some("application/json"));
        assert_eq!(r.json()["error"], "bad_request");
    }
    // A body sent without a JSON content type is still read as JSON.
    let resp = c
        .http
        .patch(format!("{}{path}", c.base))
        .bearer_auth(key)
        .header("content-type", "text/plain")
        .body(r#"{"status":"Active"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    // Oversized bodies are JSON 400s too.
    let big = format!("{{\"summary\": \"{}\"}}", "x".repeat(3 * 1024 * 1024));
    let resp = c
        .http
        .patch(format!("{}{path}", c.base))
        .bearer_auth(key)
        .header("content-type", "application/json")
        .body(big)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
    assert_eq!(resp.headers()["content-type"], "application/json");
}

#[tokio::test]
async fn unknown_routes_and_methods_answer_json() {
    let sb = Sandbox::start().await;
    let c = Client::new(&sb);
    let key = &sb.keys().employer;
    let r = c
        .fetch("GET", "/api/v1/nope", Auth::Bearer(key), None)
        .await;
    assert_eq!(r.status, 404);
    assert_eq!(r.json()["error"], "not_found");
    let r = c.fetch("GET", "/api/admin/nope", Auth::None, None).await;
    assert_eq!(r.status, 404);
    assert_eq!(r.json(), json!({"error": "Not found"}));
    let r = c.fetch("PUT", "/api/v1/me", Auth::Bearer(key), None).await;
    assert_eq!(r.status, 405);
    assert_eq!(r.header("content-type"), Some("application/json"));
    // An undecodable id names nothing: 404, as documented for the operation.
    let r = c
        .send("GET", "/api/v1/candidates/%FF%FE", Auth::Bearer(key), None)
        .await;
    assert_eq!(r.status, 404);
}

#[tokio::test]
async fn legacy_bad_bodies_are_legacy_errors() {
    let sb = Sandbox::start().await;
    let c = Client::new(&sb);
    let r = c
        .send(
            "POST",
            "/api/admin/api-keys",
            Auth::Bearer(&sb.keys().admin),
            Some(Body::Raw("nope")),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.json(), json!({"error": "Invalid JSON body"}));
    let path = format!("/api/public/portal/{}/apply", sb.fixtures().org_slug);
    let r = c
        .send("POST", &path, Auth::None, Some(Body::Raw("[]")))
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(
        r.json(),
        json!({"error": "Request body must be a JSON object"})
    );
}
