//! Authentication, per-key scopes, key lifecycle (mint, revoke, expire) and the usage log.

mod common;

use std::collections::HashSet;

use chrono::{DateTime, Duration, Utc};
use common::{Auth, Client};
use serde_json::json;
use talent_ray_sandbox::{Sandbox, UsageTimestamps};

async fn start() -> (Sandbox, Client) {
    let sandbox = Sandbox::start().await;
    let client = Client::new(&sandbox);
    (sandbox, client)
}

#[tokio::test]
async fn bearer_and_x_api_key_both_authenticate() {
    let (sb, c) = start().await;
    let key = &sb.keys().employer;
    let r = c.send("GET", "/api/v1/me", Auth::Bearer(key), None).await;
    assert_eq!(r.status, 200);
    let r = c.send("GET", "/api/v1/me", Auth::Header(key), None).await;
    assert_eq!(r.status, 200);
    let r = c
        .send(
            "GET",
            "/api/admin/api-keys",
            Auth::Header(&sb.keys().admin),
            None,
        )
        .await;
    assert_eq!(r.status, 200);
}

#[tokio::test]
async fn a_key_in_the_query_string_is_never_accepted() {
    let (sb, c) = start().await;
    let key = &sb.keys().employer;
    for param in ["api_key", "apiKey", "key", "token", "access_token"] {
        let r = c
            .send(
                "GET",
                &format!("/api/v1/me?{param}={key}"),
                Auth::None,
                None,
            )
            .await;
        assert_eq!(r.status, 401, "{param}");
        assert_eq!(r.json()["error"], "unauthorized");
    }
    // Even alongside a valid header: a leaked key is refused.
    let r = c
        .send(
            "GET",
            &format!("/api/v1/me?api_key={key}"),
            Auth::Bearer(key),
            None,
        )
        .await;
    assert_eq!(r.status, 401);
    let admin = &sb.keys().admin;
    let r = c
        .send(
            "GET",
            &format!("/api/admin/api-keys?key={admin}"),
            Auth::None,
            None,
        )
        .await;
    assert_eq!(r.status, 401);
    assert_eq!(r.json(), json!({"error": "Unauthorized"}));
}

#[tokio::test]
async fn other_authorization_schemes_are_not_keys() {
    let (sb, c) = start().await;
    let resp = c
        .http
        .get(format!("{}/api/v1/me", c.base))
        .header("authorization", format!("Basic {}", sb.keys().employer))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);
    assert_eq!(resp.headers()["content-type"], "application/json");
}

#[tokio::test]
async fn scopes_gate_v1_and_never_exceed_the_owner() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let partial = &sb.keys().partial;
    assert_eq!(c.get("/api/v1/candidates", partial).await.status, 200);
    assert_eq!(c.get("/api/v1/roles", partial).await.status, 200);
    for path in [
        "/api/v1/tests".to_string(),
        "/api/v1/sourcing".to_string(),
        format!("/api/v1/roles/{}/steps", fx.role_id),
        format!("/api/v1/cv-screening/batches/{}", fx.batch_id),
    ] {
        let r = c.get(&path, partial).await;
        assert_eq!(r.status, 403, "{path}");
        assert_eq!(r.json()["error"], "insufficient_scope");
        assert_eq!(
            r.json()["grantedScopes"],
            json!(["candidates:read", "roles:read"])
        );
    }
    let r = c.get("/api/v1/tests", partial).await;
    assert_eq!(
        r.json(),
        json!({
            "error": "insufficient_scope",
            "message": "This API key is missing required scope(s): tests:read.",
            "requiredScopes": ["tests:read"],
            "grantedScopes": ["candidates:read", "roles:read"]
        })
    );
    // A write needs the write scope even for an owner with authority.
    let r = c
        .patch(
            &format!("/api/v1/candidates/{}", fx.candidate_id),
            partial,
            json!({"status": "Active"}),
        )
        .await;
    assert_eq!(r.status, 403);
    assert_eq!(r.json()["requiredScopes"], json!(["candidates:write"]));
    // Scopes never grant what the owner lacks: the hiring manager has every scope but no authority.
    let r = c
        .patch(
            &format!("/api/v1/candidates/{}", fx.hiring_manager_candidate_id),
            &sb.keys().hiring_manager,
            json!({"status": "Active"}),
        )
        .await;
    assert_eq!(r.status, 403);
    assert_eq!(r.json()["error"], "forbidden");
    // And the scope check comes first: a scope-less key is told about the scope.
    let r = c
        .patch(
            &format!("/api/v1/candidates/{}", fx.hidden_candidate_id),
            &sb.keys().no_scopes,
            json!({}),
        )
        .await;
    assert_eq!(r.json()["error"], "insufficient_scope");
}

#[tokio::test]
async fn admin_endpoints_need_an_admin_owner() {
    let (sb, c) = start().await;
    for key in [
        &sb.keys().employer,
        &sb.keys().hiring_manager,
        &sb.keys().member,
    ] {
        let r = c.get("/api/admin/api-keys", key).await;
        assert_eq!(r.status, 403);
        assert_eq!(
            r.json(),
            json!({"error": "Forbidden - Admin access required"})
        );
    }
}

#[tokio::test]
async fn minted_keys_are_shown_once_stored_hashed_and_have_no_scopes() {
    let (sb, c) = start().await;
    let admin = &sb.keys().admin;
    let before = Utc::now();
    let r = c
        .post(
            "/api/admin/api-keys",
            admin,
            json!({"name": "HRIS sync", "userId": sb.fixtures().employer_user_id}),
        )
        .await;
    let data = r.json()["data"].clone();
    let key = data["key"].as_str().unwrap().to_string();
    assert!(key.starts_with("tr_") && key.len() == 67);
    assert!(key[3..].chars().all(|ch| ch.is_ascii_alphanumeric()));
    let expires: DateTime<Utc> = data["expiresAt"].as_str().unwrap().parse().unwrap();
    let expected = before + Duration::days(90);
    assert!(
        (expires - expected).num_seconds().abs() < 60,
        "{expires} vs {expected}"
    );

    let list = c.get("/api/admin/api-keys", admin).await;
    let text = String::from_utf8(list.bytes.clone()).unwrap();
    assert!(!text.contains(&key), "the plaintext is never shown again");
    let listed = list.json()["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["id"] == data["id"])
        .cloned()
        .unwrap();
    assert_eq!(listed["start"], key[..7]);
    assert_eq!(listed["enabled"], true);
    assert_eq!(listed["requestCount"], 0);
    assert_eq!(listed["lastRequest"], serde_json::Value::Null);
    assert_eq!(listed["owner"]["id"], json!(sb.fixtures().employer_user_id));

    // No scopes: authenticates, but every scope-gated endpoint is refused.
    let me = c.get("/api/v1/me", &key).await;
    assert_eq!(me.json()["auth"]["scopes"], json!([]));
    assert_eq!(me.json()["auth"]["keyId"], data["id"]);
    assert_eq!(c.get("/api/v1/candidates", &key).await.status, 403);
    // Scopes are granted through the sandbox's setup API.
    sb.grant_scopes(&key, &["candidates:read"]);
    assert_eq!(c.get("/api/v1/candidates", &key).await.status, 200);
    assert_eq!(c.get("/api/v1/roles", &key).await.status, 403);
    let after = c.get("/api/admin/api-keys", admin).await.json()["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["id"] == data["id"])
        .cloned()
        .unwrap();
    assert_eq!(after["requestCount"], 4);
    assert!(after["lastRequest"].is_string());
}

#[tokio::test]
async fn revoked_and_expired_keys_get_401() {
    let (sb, c) = start().await;
    let admin = &sb.keys().admin;
    let fx = sb.fixtures();
    let r = c
        .delete(
            &format!("/api/admin/api-keys/{}", fx.employer_key_id),
            admin,
        )
        .await;
    assert_eq!(r.status, 200);
    let r = c
        .send("GET", "/api/v1/me", Auth::Bearer(&sb.keys().employer), None)
        .await;
    assert_eq!(r.status, 401);
    let listed = c.get("/api/admin/api-keys", admin).await.json()["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["id"] == json!(fx.employer_key_id))
        .cloned()
        .unwrap();
    assert_eq!(listed["enabled"], false);

    let key = sb.mint_key(&fx.employer_user_id, &["roles:read"]);
    assert_eq!(c.get("/api/v1/roles", &key).await.status, 200);
    sb.expire_key(&key);
    let r = c
        .send("GET", "/api/v1/roles", Auth::Bearer(&key), None)
        .await;
    assert_eq!(r.status, 401);

    // An admin key that revokes itself is locked out of the admin API too.
    let (id, own) = sb.mint_key_with_id(&fx.admin_user_id, &[]);
    assert_eq!(
        c.delete(&format!("/api/admin/api-keys/{id}"), &own)
            .await
            .status,
        200
    );
    let r = c
        .send("GET", "/api/admin/api-keys", Auth::Bearer(&own), None)
        .await;
    assert_eq!(r.status, 401);
}

#[tokio::test]
#[should_panic(expected = "unknown scope")]
async fn setup_api_refuses_undocumented_scopes() {
    let sb = Sandbox::start().await;
    sb.mint_key(&sb.fixtures().employer_user_id, &["candidates:delete"]);
}

#[tokio::test]
async fn public_portal_needs_no_auth_and_logs_nothing() {
    let (sb, c) = start().await;
    let path = format!("/api/public/portal/{}", sb.fixtures().org_slug);
    let r = c.send("GET", &path, Auth::None, None).await;
    assert_eq!(r.status, 200);
    let r = c
        .send("GET", &path, Auth::Bearer("tr_nonsense"), None)
        .await;
    assert_eq!(r.status, 200);
    let r = c
        .send("GET", &path, Auth::Bearer(&sb.keys().employer), None)
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(sb.usage_count(&sb.fixtures().employer_key_id), 0);
}

#[tokio::test]
async fn usage_log_records_every_authenticated_request_and_pages_without_gaps() {
    // Unique timestamps, so the server's own `before` cursor (strict) pages without gaps; with
    // the default whole seconds, rows tie (see the SDK's tie-safe paginator).
    let sb = Sandbox::builder()
        .usage_timestamps(UsageTimestamps::Unique)
        .start()
        .await
        .unwrap();
    let c = Client::new(&sb);
    let fx = sb.fixtures();
    let key = &sb.keys().partial;
    let admin = &sb.keys().admin;
    // 25 requests with mixed outcomes (200, 403, 404, 400) all land in the log.
    let mut expected_paths = Vec::new();
    let mut statuses = HashSet::new();
    for i in 0..25 {
        let (path, query, status) = match i % 5 {
            0 => ("/api/v1/me".to_string(), "page=0", 200),
            1 => ("/api/v1/candidates".to_string(), "page=0", 200),
            2 => ("/api/v1/tests".to_string(), "page=0", 403),
            3 => (
                format!("/api/v1/candidates/{}", fx.hidden_candidate_id),
                "page=0",
                404,
            ),
            _ => ("/api/v1/roles".to_string(), "pageSize=0", 400),
        };
        let r = c
            .fetch("GET", &format!("{path}?{query}"), Auth::Bearer(key), None)
            .await;
        assert_eq!(r.status, status, "{path}?{query}");
        statuses.insert(status);
        expected_paths.push(path);
    }
    assert_eq!(statuses, HashSet::from([200, 403, 404, 400]));
    // Unauthenticated attempts do not.
    c.fetch("GET", "/api/v1/me", Auth::Bearer("tr_bogus"), None)
        .await;
    assert_eq!(sb.usage_count(&fx.partial_key_id), 25);

    let mut rows = Vec::new();
    let mut cursor: Option<String> = None;
    let mut pages = 0;
    loop {
        let mut path = format!("/api/admin/api-keys/{}/usage?limit=7", fx.partial_key_id);
        if let Some(before) = &cursor {
            path.push_str(&format!("&before={before}"));
        }
        let body = c.get(&path, admin).await.json()["data"].clone();
        pages += 1;
        let page = body["rows"].as_array().unwrap().clone();
        let p = &body["pagination"];
        assert_eq!(p["limit"], 7);
        rows.extend(page.clone());
        if p["hasMore"] == true {
            assert_eq!(page.len(), 7);
            assert_eq!(p["nextBefore"], page.last().unwrap()["timestamp"]);
            cursor = Some(p["nextBefore"].as_str().unwrap().to_string());
        } else {
            assert!(p["nextBefore"].is_null());
            break;
        }
    }
    assert_eq!(pages, 4);
    assert_eq!(rows.len(), 25);
    let ids: HashSet<_> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 25, "no row repeated");
    let stamps: Vec<DateTime<Utc>> = rows
        .iter()
        .map(|r| r["timestamp"].as_str().unwrap().parse().unwrap())
        .collect();
    assert!(
        stamps.windows(2).all(|w| w[0] > w[1]),
        "newest first, strictly"
    );
    let paths: Vec<&str> = rows
        .iter()
        .rev()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        expected_paths
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
    );
    let row = &rows[0];
    assert_eq!(row["method"], "GET");
    assert_eq!(row["ip"], "127.0.0.1");
    assert!(
        row["userAgent"].is_null(),
        "reqwest sends no User-Agent by default"
    );
    assert_eq!(row["authEndpoint"], "/get-session");

    // A User-Agent is recorded when sent.
    c.http
        .get(format!("{}/api/v1/me", c.base))
        .header("authorization", format!("Bearer {key}"))
        .header("user-agent", "talent-ray-tests/1.0")
        .send()
        .await
        .unwrap();
    let body = c
        .get(
            &format!("/api/admin/api-keys/{}/usage?limit=1", fx.partial_key_id),
            admin,
        )
        .await
        .json();
    assert_eq!(body["data"]["rows"][0]["userAgent"], "talent-ray-tests/1.0");
    assert_eq!(body["data"]["key"]["requestCount"], 26);
    assert_eq!(body["data"]["pagination"]["hasMore"], true);
}
