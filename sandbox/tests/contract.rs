//! Every documented operation through every documented status, each response validated
//! against the pinned spec's schema for that operation and status.

mod common;

use std::time::Duration;

use common::{Auth, Body, Client, Coverage, Resp, spec};
use serde_json::{Value, json};
use talent_ray_sandbox::{Fault, SPEC_ANSWER_HEADER, Sandbox};

const BAD_REQUEST: &str = "/components/responses/BadRequest";
const LEGACY_ERROR: &str = "/components/schemas/LegacyError";

/// Every operation the sandbox implements with state has a test in this file that drives it
/// through its documented statuses (`Coverage::new("<operationId>")` … `assert_complete`); the
/// operations are read from the spec, the tests from this file's source.
#[test]
fn every_stateful_operation_has_a_contract_test() {
    let source = include_str!("contract.rs");
    let spec = spec();
    let answered = talent_ray_sandbox::spec_answered_operations(&spec);
    let missing: Vec<&str> = spec
        .operations()
        .iter()
        .filter(|op| !answered.contains(op))
        .filter(|op| !source.contains(&format!("Coverage::new(\"{}\")", op.id)))
        .map(|op| op.id.as_str())
        .collect();
    assert!(missing.is_empty(), "no contract test: {missing:?}");
}

/// A concrete path for `template`, every path parameter filled with an id nothing has.
fn unknown_ids(template: &str) -> String {
    template
        .split('/')
        .map(|s| {
            if s.starts_with('{') && s.ends_with('}') {
                "contract-unknown-id"
            } else {
                s
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Every operation of the spec is served: called with its gate's credential (none, the admin's
/// key, or the employer's key with every scope), unknown path ids and an empty JSON object as
/// the body, it answers a status the operation documents, validated against the spec. The
/// operations the sandbox answers from the spec say so with the marker header and a 2xx; the
/// others never carry it.
#[tokio::test]
async fn every_spec_operation_answers_a_documented_status() {
    let (sb, c) = start().await;
    let spec = spec();
    let answered = sb.spec_answered_operations();
    for op in spec.operations() {
        let auth = if op.public {
            Auth::None
        } else if op.template.starts_with("/api/admin") {
            Auth::Bearer(&sb.keys().admin)
        } else {
            Auth::Bearer(&sb.keys().employer)
        };
        let body =
            matches!(op.method.as_str(), "POST" | "PUT" | "PATCH").then(|| Body::Json(json!({})));
        let r = c
            .send(&op.method, &unknown_ids(&op.template), auth, body)
            .await;
        let marker = r.header(SPEC_ANSWER_HEADER);
        if answered.contains(op) {
            assert!((200..300).contains(&r.status), "{}: {}", op.id, r.status);
            assert!(
                matches!(marker, Some("example" | "schema" | "no-content")),
                "{}",
                op.id
            );
        } else {
            assert_eq!(marker, None, "{} has a stateful handler", op.id);
        }
    }
}

async fn start() -> (Sandbox, Client) {
    let sandbox = Sandbox::start().await;
    let client = Client::new(&sandbox);
    (sandbox, client)
}

/// The statuses every operation of a family shares, produced for `path` as the spec lists
/// them: 401 (no key, unknown key), 403 (non-admin owner, or a key without the operation's
/// `x-required-scopes`) and 429 (a sandbox with a quota of one) for real; a 500 only by an
/// injected fault, so it is validated against the spec but counted as injected, not produced.
async fn shared_statuses(cov: &mut Coverage, sandbox: &Sandbox, path: &str, body: Option<Value>) {
    let client = Client::new(sandbox);
    let op = cov.op.clone();
    let m = op.method.as_str();
    let documented = spec().statuses(&op);
    let body = || body.clone().map(Body::Json);
    let admin = op.template.starts_with("/api/admin");
    let keys = sandbox.keys();
    let owner_key = if admin { &keys.admin } else { &keys.employer };
    let public = spec().is_public(&op);

    if documented.contains(&401) {
        let r = client.send(m, path, Auth::None, body()).await;
        cov.expect(&r, 401);
        let bogus = format!("tr_{}", "x".repeat(64));
        let r = client.send(m, path, Auth::Bearer(&bogus), body()).await;
        cov.expect(&r, 401);
    }
    if documented.contains(&403) {
        if admin {
            let r = client
                .send(m, path, Auth::Bearer(&keys.employer), body())
                .await;
            cov.expect(&r, 403);
            assert_eq!(
                r.json(),
                json!({"error": "Forbidden - Admin access required"})
            );
        } else {
            let required = spec().required_scopes(&op);
            assert!(!required.is_empty(), "{} lists 403 but no scope", op.id);
            let r = client
                .send(m, path, Auth::Bearer(&keys.no_scopes), body())
                .await;
            cov.expect(&r, 403);
            let b = r.json();
            assert_eq!(b["error"], "insufficient_scope");
            assert_eq!(b["requiredScopes"], json!(required));
            assert_eq!(b["grantedScopes"], json!([]));
            assert_eq!(
                b["message"],
                format!(
                    "This API key is missing required scope(s): {}.",
                    required.join(", ")
                )
            );
        }
    }
    if documented.contains(&429) {
        let limited = Sandbox::builder()
            .rate_limit(1, Duration::from_secs(60))
            .rate_limit_clock(common::frozen_rate_clock())
            .start()
            .await
            .unwrap();
        let lc = Client::new(&limited);
        let key = if admin {
            &limited.keys().admin
        } else {
            &limited.keys().employer
        };
        lc.fetch(m, path, Auth::Bearer(key), body()).await;
        let r = lc.send(m, path, Auth::Bearer(key), body()).await;
        cov.expect(&r, 429);
        let secs: u64 = r.header("retry-after").unwrap().parse().unwrap();
        assert!((1..=60).contains(&secs), "{secs}");
    }
    if documented.contains(&500) {
        sandbox.inject(Fault::status(500).on(m, path));
        let auth = if public {
            Auth::None
        } else {
            Auth::Bearer(owner_key)
        };
        let r = client.send(m, path, auth, body()).await;
        cov.injected(&r, 500);
        if !admin && !public {
            assert_eq!(r.json()["error"], "internal_error");
        }
    }
}

fn ids(r: &Resp) -> Vec<String> {
    r.json()["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["id"].as_str().unwrap().to_string())
        .collect()
}

// ---------------------------------------------------------------- admin

#[tokio::test]
async fn list_api_keys() {
    let (sb, c) = start().await;
    let mut cov = Coverage::new("listApiKeys");
    let r = c.get("/api/admin/api-keys", &sb.keys().admin).await;
    cov.expect(&r, 200);
    let body = r.json();
    assert_eq!(body["success"], true);
    let keys = body["data"].as_array().unwrap();
    assert!(
        keys.iter()
            .any(|k| k["id"] == sb.fixtures().employer_key_id)
    );
    assert!(
        keys.iter().all(|k| k.get("key").is_none()),
        "secrets never listed"
    );
    assert!(keys.iter().all(|k| k["start"].as_str().unwrap().len() == 7));
    shared_statuses(&mut cov, &sb, "/api/admin/api-keys", None).await;
    cov.assert_complete();
}

#[tokio::test]
async fn create_api_key() {
    let (sb, c) = start().await;
    let admin = &sb.keys().admin;
    let user = &sb.fixtures().employer_user_id;
    let mut cov = Coverage::new("createApiKey");
    let r = c
        .post(
            "/api/admin/api-keys",
            admin,
            json!({"name": "SAP nightly sync", "userId": user, "expiresInDays": 30}),
        )
        .await;
    cov.expect(&r, 200);
    let created = r.json()["data"].clone();
    let key = created["key"].as_str().unwrap();
    assert_eq!(key.len(), 67);
    assert_eq!(created["start"], key[..7]);
    assert_eq!(created["prefix"], "tr_");
    assert_eq!(created["userId"], json!(user));

    for (body, message) in [
        (json!({"userId": user}), "Name is required"),
        (json!({"name": "x"}), "userId is required"),
        (json!({"name": "", "userId": user}), "Name is required"),
    ] {
        let r = c.post("/api/admin/api-keys", admin, body).await;
        cov.expect(&r, 400);
        assert_eq!(r.json(), json!({"error": message}));
    }
    for days in [json!(0), json!(366), json!("30"), json!(1.5)] {
        let r = c
            .post(
                "/api/admin/api-keys",
                admin,
                json!({"name": "x", "userId": user, "expiresInDays": days}),
            )
            .await;
        cov.expect(&r, 400);
    }
    let r = c
        .post(
            "/api/admin/api-keys",
            admin,
            json!({"name": "x".repeat(256), "userId": user}),
        )
        .await;
    cov.expect(&r, 400);
    let r = c
        .send(
            "POST",
            "/api/admin/api-keys",
            Auth::Bearer(admin),
            Some(Body::Raw("{not json")),
        )
        .await;
    cov.expect(&r, 400);
    let r = c
        .post(
            "/api/admin/api-keys",
            admin,
            json!({"name": "x", "userId": "user_missing"}),
        )
        .await;
    cov.expect(&r, 404);
    shared_statuses(
        &mut cov,
        &sb,
        "/api/admin/api-keys",
        Some(json!({"name": "n", "userId": user})),
    )
    .await;
    cov.assert_complete();
}

#[tokio::test]
async fn get_api_key_usage() {
    let (sb, c) = start().await;
    let admin = &sb.keys().admin;
    let id = &sb.fixtures().employer_key_id;
    c.get("/api/v1/me", &sb.keys().employer).await;
    let mut cov = Coverage::new("getApiKeyUsage");
    let r = c
        .get(&format!("/api/admin/api-keys/{id}/usage"), admin)
        .await;
    cov.expect(&r, 200);
    let data = r.json()["data"].clone();
    assert_eq!(data["rows"].as_array().unwrap().len(), 1);
    assert_eq!(data["rows"][0]["path"], "/api/v1/me");
    assert_eq!(data["pagination"]["limit"], 100);
    assert_eq!(data["pagination"]["hasMore"], false);
    let r = c
        .get("/api/admin/api-keys/apikey_missing/usage", admin)
        .await;
    cov.expect(&r, 404);
    // Out-of-range `limit` and a bad cursor: 400, which the spec does not list here.
    for query in ["limit=0", "limit=501", "limit=x", "before=yesterday"] {
        let r = c
            .send_undocumented(
                "GET",
                &format!("/api/admin/api-keys/{id}/usage?{query}"),
                Auth::Bearer(admin),
                None,
                LEGACY_ERROR,
            )
            .await;
        assert_eq!(r.status, 400, "{query}");
    }
    let path = format!("/api/admin/api-keys/{id}/usage");
    shared_statuses(&mut cov, &sb, &path, None).await;
    cov.assert_complete();
}

#[tokio::test]
async fn revoke_api_key() {
    let (sb, c) = start().await;
    let admin = &sb.keys().admin;
    let mut cov = Coverage::new("revokeApiKey");
    let (id, key) = sb.mint_key_with_id(&sb.fixtures().employer_user_id, &["roles:read"]);
    assert_eq!(c.get("/api/v1/roles", &key).await.status, 200);
    let r = c.delete(&format!("/api/admin/api-keys/{id}"), admin).await;
    cov.expect(&r, 200);
    assert_eq!(r.json(), json!({"success": true}));
    let r = c
        .send("GET", "/api/v1/roles", Auth::Bearer(&key), None)
        .await;
    assert_eq!(r.status, 401, "a revoked key no longer authenticates");
    let r = c.delete("/api/admin/api-keys/apikey_missing", admin).await;
    cov.expect(&r, 404);
    let path = format!("/api/admin/api-keys/{}", sb.fixtures().partial_key_id);
    shared_statuses(&mut cov, &sb, &path, None).await;
    cov.assert_complete();
}

// ---------------------------------------------------------------- public portal

#[tokio::test]
async fn get_career_portal() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let mut cov = Coverage::new("getCareerPortal");
    let r = c
        .send(
            "GET",
            &format!("/api/public/portal/{}", fx.org_slug),
            Auth::None,
            None,
        )
        .await;
    cov.expect(&r, 200);
    let body = r.json();
    assert_eq!(body["org"]["portalTheme"]["showSalary"], true);
    let roles = body["roles"].as_array().unwrap();
    assert!(roles.iter().any(|r| r["id"] == json!(fx.public_role_id)));
    assert!(roles.iter().all(|r| r.get("salaryMin").is_some()));
    assert!(!roles.iter().any(|r| r["id"] == json!(fx.closed_role_id)));
    assert!(!roles.iter().any(|r| r["id"] == json!(fx.private_role_id)));
    assert!(roles.iter().all(|r| r["description"].is_object()));

    let r = c
        .send(
            "GET",
            &format!("/api/public/portal/{}", fx.other_org_slug),
            Auth::None,
            None,
        )
        .await;
    cov.expect(&r, 200);
    let body = r.json();
    assert_eq!(body["org"]["portalTheme"]["showSalary"], false);
    for role in body["roles"].as_array().unwrap() {
        for field in ["salaryMin", "salaryMax", "salaryCurrency", "salaryPeriod"] {
            assert!(role.get(field).is_none(), "{field} must be omitted");
        }
    }
    for slug in [fx.disabled_portal_slug.as_str(), "no-such-org"] {
        let r = c
            .send(
                "GET",
                &format!("/api/public/portal/{slug}"),
                Auth::None,
                None,
            )
            .await;
        cov.expect(&r, 404);
    }
    shared_statuses(
        &mut cov,
        &sb,
        &format!("/api/public/portal/{}", fx.org_slug),
        None,
    )
    .await;
    cov.assert_complete();
}

#[tokio::test]
async fn get_public_job() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let mut cov = Coverage::new("getPublicJob");
    let path = format!(
        "/api/public/portal/{}/roles/{}",
        fx.org_slug, fx.public_role_id
    );
    let r = c.send("GET", &path, Auth::None, None).await;
    cov.expect(&r, 200);
    assert_eq!(r.json()["role"]["id"], json!(fx.public_role_id));
    for (slug, role) in [
        (fx.org_slug.as_str(), fx.closed_role_id.as_str()),
        (fx.org_slug.as_str(), fx.private_role_id.as_str()),
        (fx.org_slug.as_str(), fx.confidential_role_id.as_str()),
        (fx.org_slug.as_str(), fx.hidden_role_id.as_str()),
        (fx.org_slug.as_str(), "role_missing"),
        (fx.disabled_portal_slug.as_str(), fx.public_role_id.as_str()),
    ] {
        let r = c
            .send(
                "GET",
                &format!("/api/public/portal/{slug}/roles/{role}"),
                Auth::None,
                None,
            )
            .await;
        cov.expect(&r, 404);
    }
    shared_statuses(&mut cov, &sb, &path, None).await;
    cov.assert_complete();
}

#[tokio::test]
async fn apply_to_public_job() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let mut cov = Coverage::new("applyToPublicJob");
    let path = format!("/api/public/portal/{}/apply", fx.org_slug);
    let body = json!({"roleId": fx.public_role_id, "locale": "tr"});
    let r = c
        .send("POST", &path, Auth::None, Some(Body::Json(body.clone())))
        .await;
    cov.expect(&r, 200);
    let url = r.json()["inviteUrl"].as_str().unwrap().to_string();
    assert!(
        url.starts_with(&format!("{}/tr/signup/invite/inv_", sb.base_url())),
        "{url}"
    );
    let again = c
        .send("POST", &path, Auth::None, Some(Body::Json(body)))
        .await;
    assert_eq!(
        again.json()["inviteUrl"],
        json!(url),
        "the invitation is reused"
    );
    let r = c
        .send(
            "POST",
            &path,
            Auth::None,
            Some(Body::Json(json!({"roleId": fx.public_role_id}))),
        )
        .await;
    assert!(
        r.json()["inviteUrl"]
            .as_str()
            .unwrap()
            .contains("/en/signup/invite/")
    );
    for bad in [json!({}), json!({"locale": "en"}), json!({"roleId": 7})] {
        let r = c
            .send("POST", &path, Auth::None, Some(Body::Json(bad)))
            .await;
        cov.expect(&r, 400);
    }
    let r = c
        .send("POST", &path, Auth::None, Some(Body::Json(json!({}))))
        .await;
    assert_eq!(r.json(), json!({"error": "roleId is required"}));
    let r = c
        .send("POST", &path, Auth::None, Some(Body::Raw("[1,")))
        .await;
    cov.expect(&r, 400);
    for (slug, role) in [
        (fx.org_slug.as_str(), fx.closed_role_id.as_str()),
        (fx.disabled_portal_slug.as_str(), "role_14"),
    ] {
        let r = c
            .send(
                "POST",
                &format!("/api/public/portal/{slug}/apply"),
                Auth::None,
                Some(Body::Json(json!({"roleId": role}))),
            )
            .await;
        cov.expect(&r, 404);
    }
    shared_statuses(
        &mut cov,
        &sb,
        &path,
        Some(json!({"roleId": fx.public_role_id})),
    )
    .await;
    cov.assert_complete();
}

// ---------------------------------------------------------------- identity

#[tokio::test]
async fn get_me() {
    let (sb, c) = start().await;
    let mut cov = Coverage::new("getMe");
    let r = c.get("/api/v1/me", &sb.keys().partial).await;
    cov.expect(&r, 200);
    assert_eq!(
        r.json(),
        json!({
            "user": {"id": sb.fixtures().employer_user_id, "email": "owner@acme.com", "role": "user"},
            "auth": {"type": "api_key", "keyId": sb.fixtures().partial_key_id, "scopes": ["candidates:read", "roles:read"]}
        })
    );
    let r = c.get("/api/v1/me", &sb.keys().no_scopes).await;
    cov.expect(&r, 200);
    assert_eq!(r.json()["auth"]["scopes"], json!([]));
    let r = c.get("/api/v1/me", &sb.keys().admin).await;
    assert_eq!(r.json()["user"]["role"], "admin");
    shared_statuses(&mut cov, &sb, "/api/v1/me", None).await;
    cov.assert_complete();
}

// ---------------------------------------------------------------- candidates

#[tokio::test]
async fn list_candidates() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let key = &sb.keys().employer;
    let mut cov = Coverage::new("listCandidates");
    let r = c.get("/api/v1/candidates", key).await;
    cov.expect(&r, 200);
    let p = r.json()["pagination"].clone();
    assert_eq!(p["page"], 0);
    assert_eq!(p["pageSize"], 20);
    assert_eq!(p["totalCount"], fx.employer_candidate_count);
    assert!(fx.employer_candidate_count > 100);
    let r = c
        .get(
            &format!("/api/v1/candidates?roleId={}&pageSize=100", fx.role_id),
            key,
        )
        .await;
    cov.expect(&r, 200);
    for cand in r.json()["data"].as_array().unwrap() {
        assert!(
            cand["roles"]
                .as_array()
                .unwrap()
                .iter()
                .any(|a| a["roleId"] == json!(fx.role_id))
        );
    }
    let r = c.get("/api/v1/candidates?page=999", key).await;
    assert_eq!(r.json()["data"], json!([]));
    for query in [
        "page=-1",
        "pageSize=0",
        "pageSize=101",
        "page=abc",
        "pageSize=1.5",
    ] {
        let r = c
            .send_undocumented(
                "GET",
                &format!("/api/v1/candidates?{query}"),
                Auth::Bearer(key),
                None,
                BAD_REQUEST,
            )
            .await;
        assert_eq!(r.status, 400, "{query}");
        assert_eq!(r.json()["error"], "bad_request");
        assert!(
            r.json()["details"]
                .as_array()
                .is_some_and(|d| !d.is_empty())
        );
    }
    shared_statuses(&mut cov, &sb, "/api/v1/candidates", None).await;
    cov.assert_complete();
}

#[tokio::test]
async fn get_candidate() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let key = &sb.keys().employer;
    let mut cov = Coverage::new("getCandidate");
    let path = format!("/api/v1/candidates/{}", fx.candidate_id);
    let r = c.get(&path, key).await;
    cov.expect(&r, 200);
    assert_eq!(r.json()["id"], json!(fx.candidate_id));
    for id in [fx.hidden_candidate_id.as_str(), "cand_missing"] {
        let r = c.get(&format!("/api/v1/candidates/{id}"), key).await;
        cov.expect(&r, 404);
        assert_eq!(r.json()["error"], "not_found");
    }
    shared_statuses(&mut cov, &sb, &path, None).await;
    cov.assert_complete();
}

#[tokio::test]
async fn update_candidate() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let key = &sb.keys().employer;
    let mut cov = Coverage::new("updateCandidate");
    let path = format!("/api/v1/candidates/{}", fx.candidate_id);
    let r = c
        .patch(
            &path,
            key,
            json!({"status": "Active", "phone": "+905551112233", "unknownField": 1}),
        )
        .await;
    cov.expect(&r, 200);
    assert_eq!(r.json()["status"], "Active");
    assert_eq!(r.json()["phone"], "+905551112233");
    let r = c.patch(&path, key, json!({"email": null})).await;
    cov.expect(&r, 200);
    assert_eq!(r.json()["email"], Value::Null);
    // Unknown fields are ignored (the docs): a body of only unknown fields changes nothing.
    let before = c.get(&path, key).await.json();
    let updates = sb.stats().updates_committed;
    let r = c.patch(&path, key, json!({"unknownOnly": true})).await;
    cov.expect(&r, 200);
    assert_eq!(r.json(), before);
    assert_eq!(sb.stats().updates_committed, updates);
    for bad in [
        json!({}),
        json!({"status": ""}),
        json!({"status": 5}),
        json!({"fullName": null}),
        json!({"email": "not-an-email"}),
        json!({"phone": "call me"}),
        json!([{"status": "Active"}]),
    ] {
        let r = c.patch(&path, key, bad.clone()).await;
        cov.expect(&r, 400);
        assert_eq!(r.json()["error"], "bad_request", "{bad}");
    }
    let r = c.patch(&path, key, json!({"status": 5})).await;
    assert_eq!(
        r.json()["details"],
        json!(["status must be a non-empty string"])
    );
    let r = c
        .send(
            "PATCH",
            &path,
            Auth::Bearer(key),
            Some(Body::Raw("{\"status\":")),
        )
        .await;
    cov.expect(&r, 400);
    let r = c.send("PATCH", &path, Auth::Bearer(key), None).await;
    cov.expect(&r, 400);
    // Hiring managers are read-only: 403 forbidden on a candidate they can see.
    let hm_path = format!("/api/v1/candidates/{}", fx.hiring_manager_candidate_id);
    let r = c
        .patch(
            &hm_path,
            &sb.keys().hiring_manager,
            json!({"status": "Active"}),
        )
        .await;
    cov.expect(&r, 403);
    assert_eq!(r.json()["error"], "forbidden");
    let r = c
        .patch(
            &format!("/api/v1/candidates/{}", fx.hidden_candidate_id),
            key,
            json!({"status": "Active"}),
        )
        .await;
    cov.expect(&r, 404);
    shared_statuses(&mut cov, &sb, &path, Some(json!({"status": "Active"}))).await;
    cov.assert_complete();
}

#[tokio::test]
async fn get_candidate_steps() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let key = &sb.keys().employer;
    let mut cov = Coverage::new("getCandidateSteps");
    let path = format!("/api/v1/candidates/{}/steps", fx.candidate_id);
    let r = c.get(&path, key).await;
    cov.expect(&r, 200);
    let body = r.json();
    assert!(body.get("pagination").is_none());
    let steps = body["data"].as_array().unwrap();
    assert!(!steps.is_empty());
    let orders: Vec<i64> = steps.iter().map(|s| s["order"].as_i64().unwrap()).collect();
    assert!(orders.windows(2).all(|w| w[0] < w[1]), "{orders:?}");
    let r = c
        .get(
            &format!("/api/v1/candidates/{}/steps", fx.hidden_candidate_id),
            key,
        )
        .await;
    cov.expect(&r, 404);
    shared_statuses(&mut cov, &sb, &path, None).await;
    cov.assert_complete();
}

// ---------------------------------------------------------------- roles

#[tokio::test]
async fn list_roles() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let key = &sb.keys().employer;
    let mut cov = Coverage::new("listRoles");
    let r = c.get("/api/v1/roles?pageSize=100", key).await;
    cov.expect(&r, 200);
    assert_eq!(r.json()["pagination"]["totalCount"], fx.employer_role_count);
    let listed = ids(&r);
    assert!(listed.contains(&fx.role_id));
    assert!(!listed.contains(&fx.confidential_role_id));
    assert!(!listed.contains(&fx.hidden_role_id));
    let r = c.get("/api/v1/roles?status=open", key).await;
    cov.expect(&r, 200);
    assert!(
        r.json()["data"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["status"] == "open")
    );
    let r = c
        .get(
            &format!("/api/v1/roles?organizationId={}", fx.other_org_id),
            key,
        )
        .await;
    assert_eq!(r.json()["pagination"]["totalCount"], 0);
    let r = c
        .send_undocumented(
            "GET",
            "/api/v1/roles?pageSize=500",
            Auth::Bearer(key),
            None,
            BAD_REQUEST,
        )
        .await;
    assert_eq!(r.status, 400);
    shared_statuses(&mut cov, &sb, "/api/v1/roles", None).await;
    cov.assert_complete();
}

#[tokio::test]
async fn get_role() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let key = &sb.keys().employer;
    let mut cov = Coverage::new("getRole");
    let path = format!("/api/v1/roles/{}", fx.role_id);
    let r = c.get(&path, key).await;
    cov.expect(&r, 200);
    for id in [&fx.hidden_role_id, &fx.confidential_role_id] {
        let r = c.get(&format!("/api/v1/roles/{id}"), key).await;
        cov.expect(&r, 404);
    }
    shared_statuses(&mut cov, &sb, &path, None).await;
    cov.assert_complete();
}

#[tokio::test]
async fn update_role() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let key = &sb.keys().employer;
    let mut cov = Coverage::new("updateRole");
    let path = format!("/api/v1/roles/{}", fx.role_id);
    let r = c
        .patch(
            &path,
            key,
            json!({"status": "open", "priority": null, "salaryMax": 130000, "workType": "hybrid", "isPublic": true, "confidential": true}),
        )
        .await;
    cov.expect(&r, 200);
    let role = r.json();
    assert_eq!(role["salaryMax"], 130000);
    assert_eq!(role["priority"], Value::Null);
    assert_eq!(role["workType"], "hybrid");
    // `confidential` is not a PATCH field (the docs exclude confidentiality): it was ignored.
    // Had it applied, the role would leave its public portal listing, and the employer (not
    // its HR rep) could no longer see it.
    assert_eq!(c.get(&path, key).await.status, 200);
    let portal = c
        .send(
            "GET",
            &format!("/api/public/portal/{}", fx.org_slug),
            Auth::None,
            None,
        )
        .await
        .json();
    assert!(
        portal["roles"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == fx.role_id.as_str()),
        "the role is still listed on the portal"
    );
    for bad in [
        json!({}),
        json!({"salaryMax": "lots"}),
        json!({"salaryMin": 1.5}),
        json!({"workType": "moon"}),
        json!({"isPublic": "yes"}),
        json!({"name": ""}),
    ] {
        let r = c.patch(&path, key, bad).await;
        cov.expect(&r, 400);
    }
    let r = c
        .patch(
            &format!("/api/v1/roles/{}", fx.hiring_manager_role_id),
            &sb.keys().hiring_manager,
            json!({"status": "paused"}),
        )
        .await;
    cov.expect(&r, 403);
    assert_eq!(r.json()["error"], "forbidden");
    let r = c
        .patch(
            &format!("/api/v1/roles/{}", fx.hidden_role_id),
            key,
            json!({"status": "x"}),
        )
        .await;
    cov.expect(&r, 404);
    shared_statuses(&mut cov, &sb, &path, Some(json!({"status": "open"}))).await;
    cov.assert_complete();
}

#[tokio::test]
async fn get_role_steps() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let key = &sb.keys().employer;
    let mut cov = Coverage::new("getRoleSteps");
    let path = format!("/api/v1/roles/{}/steps", fx.role_id);
    let r = c.get(&path, key).await;
    cov.expect(&r, 200);
    let steps = r.json()["data"].as_array().unwrap().clone();
    assert!(steps.iter().all(|s| s["roleId"] == json!(fx.role_id)));
    let orders: Vec<i64> = steps.iter().map(|s| s["order"].as_i64().unwrap()).collect();
    assert!(orders.windows(2).all(|w| w[0] < w[1]));
    let r = c
        .get(&format!("/api/v1/roles/{}/steps", fx.hidden_role_id), key)
        .await;
    cov.expect(&r, 404);
    shared_statuses(&mut cov, &sb, &path, None).await;
    cov.assert_complete();
}

// ---------------------------------------------------------------- tests

#[tokio::test]
async fn list_tests() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let key = &sb.keys().employer;
    let mut cov = Coverage::new("listTests");
    let r = c.get("/api/v1/tests?pageSize=100", key).await;
    cov.expect(&r, 200);
    assert_eq!(r.json()["pagination"]["totalCount"], fx.employer_test_count);
    let listed = ids(&r);
    assert!(listed.contains(&fx.test_id) && listed.contains(&fx.public_test_id));
    assert!(!listed.contains(&fx.hidden_test_id));
    let r = c
        .get(
            "/api/v1/tests?analysisCategory=hard_skill&language=en&type=multiple_choice",
            key,
        )
        .await;
    cov.expect(&r, 200);
    for t in r.json()["data"].as_array().unwrap() {
        assert_eq!(t["analysisCategory"], "hard_skill");
        assert_eq!(t["language"], "en");
        assert_eq!(t["type"], "multiple_choice");
    }
    shared_statuses(&mut cov, &sb, "/api/v1/tests", None).await;
    cov.assert_complete();
}

#[tokio::test]
async fn get_test() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let key = &sb.keys().employer;
    let mut cov = Coverage::new("getTest");
    let path = format!("/api/v1/tests/{}", fx.test_id);
    let r = c.get(&path, key).await;
    cov.expect(&r, 200);
    assert_eq!(r.json()["isPublic"], false);
    let r = c
        .get(&format!("/api/v1/tests/{}", fx.public_test_id), key)
        .await;
    cov.expect(&r, 200);
    assert_eq!(r.json()["isPublic"], true);
    assert_eq!(r.json()["organizationIds"], json!([]));
    let r = c
        .get(&format!("/api/v1/tests/{}", fx.hidden_test_id), key)
        .await;
    cov.expect(&r, 404);
    shared_statuses(&mut cov, &sb, &path, None).await;
    cov.assert_complete();
}

#[tokio::test]
async fn update_test() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let key = &sb.keys().employer;
    let mut cov = Coverage::new("updateTest");
    let path = format!("/api/v1/tests/{}", fx.test_id);
    let r = c
        .patch(&path, key, json!({"name": "JavaScript Fundamentals (2026)", "duration": 35, "targetPersona": null}))
        .await;
    cov.expect(&r, 200);
    assert_eq!(r.json()["duration"], 35);
    for bad in [
        json!({}),
        json!({"duration": "35"}),
        json!({"duration": 0}),
        json!({"targetPersona": 3}),
    ] {
        let r = c.patch(&path, key, bad).await;
        cov.expect(&r, 400);
    }
    // Platform-global tests are admin-only.
    let public = format!("/api/v1/tests/{}", fx.public_test_id);
    let r = c.patch(&public, key, json!({"duration": 45})).await;
    cov.expect(&r, 403);
    assert_eq!(r.json()["error"], "forbidden");
    let r = c
        .patch(&public, &sb.keys().admin, json!({"duration": 45}))
        .await;
    cov.expect(&r, 200);
    let r = c
        .patch(
            &format!("/api/v1/tests/{}", fx.hidden_test_id),
            key,
            json!({"duration": 45}),
        )
        .await;
    cov.expect(&r, 404);
    shared_statuses(&mut cov, &sb, &path, Some(json!({"duration": 31}))).await;
    cov.assert_complete();
}

// ---------------------------------------------------------------- sourcing

#[tokio::test]
async fn list_potential_candidates() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let key = &sb.keys().employer;
    let mut cov = Coverage::new("listPotentialCandidates");
    let r = c.get("/api/v1/sourcing?pageSize=100", key).await;
    cov.expect(&r, 200);
    assert_eq!(r.json()["pagination"]["totalCount"], fx.employer_lead_count);
    let listed = ids(&r);
    assert!(listed.contains(&fx.lead_id));
    assert!(!listed.contains(&fx.hidden_lead_id));
    let r = c.get("/api/v1/sourcing?status=parsed", key).await;
    cov.expect(&r, 200);
    assert!(
        r.json()["data"]
            .as_array()
            .unwrap()
            .iter()
            .all(|l| l["status"] == "parsed")
    );
    let r = c
        .get(
            &format!("/api/v1/sourcing?roleId={}&pageSize=100", fx.role_id),
            key,
        )
        .await;
    for lead in r.json()["data"].as_array().unwrap() {
        assert!(
            lead["roles"]
                .as_array()
                .unwrap()
                .iter()
                .any(|l| l["roleId"] == json!(fx.role_id))
        );
    }
    shared_statuses(&mut cov, &sb, "/api/v1/sourcing", None).await;
    cov.assert_complete();
}

#[tokio::test]
async fn create_potential_candidate() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let key = &sb.keys().employer;
    let mut cov = Coverage::new("createPotentialCandidate");
    let r = c
        .post(
            "/api/v1/sourcing",
            key,
            json!({"fullName": "Sam Lee", "organizationId": fx.employer_org_id, "contactEmail": "sam@example.com", "skills": ["python", "sql"], "ignored": true}),
        )
        .await;
    cov.expect(&r, 201);
    let lead = r.json();
    assert_eq!(lead["status"], "uploaded");
    assert_eq!(
        lead["organizations"],
        json!([{"organizationId": fx.employer_org_id, "status": "Pool"}])
    );
    assert_eq!(lead["roles"], json!([]));
    assert_eq!(lead["candidateId"], Value::Null);
    let id = lead["id"].as_str().unwrap();
    assert_eq!(
        c.get(&format!("/api/v1/sourcing/{id}"), key).await.json(),
        lead
    );
    assert_eq!(sb.stats().creates_committed, 1);

    for bad in [
        json!({"organizationId": fx.employer_org_id}),
        json!({"fullName": "Sam"}),
        json!({"fullName": "", "organizationId": fx.employer_org_id}),
        json!({"fullName": "Sam", "organizationId": fx.employer_org_id, "email": "nope"}),
        json!({"fullName": "Sam", "organizationId": fx.employer_org_id, "skills": "python"}),
    ] {
        let r = c.post("/api/v1/sourcing", key, bad).await;
        cov.expect(&r, 400);
    }
    // Only a caller with authority over every organization (an admin) learns that an
    // organization id does not exist; anyone else gets the same 403 for any foreign id.
    let r = c
        .post(
            "/api/v1/sourcing",
            &sb.keys().admin,
            json!({"fullName": "Sam", "organizationId": "org_missing"}),
        )
        .await;
    cov.expect(&r, 400);
    assert_eq!(
        r.json()["details"],
        json!(["organizationId does not exist"])
    );
    let missing = "org_missing".to_string();
    for (k, org) in [
        (&sb.keys().employer, &fx.other_org_id),
        (&sb.keys().employer, &missing),
        (&sb.keys().hiring_manager, &fx.employer_org_id),
    ] {
        let r = c
            .post(
                "/api/v1/sourcing",
                k,
                json!({"fullName": "Sam", "organizationId": org}),
            )
            .await;
        cov.expect(&r, 403);
        assert_eq!(r.json()["error"], "forbidden");
    }
    assert_eq!(sb.stats().creates_committed, 1);
    shared_statuses(
        &mut cov,
        &sb,
        "/api/v1/sourcing",
        Some(json!({"fullName": "Sam", "organizationId": fx.employer_org_id})),
    )
    .await;
    cov.assert_complete();
}

#[tokio::test]
async fn get_potential_candidate() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let key = &sb.keys().employer;
    let mut cov = Coverage::new("getPotentialCandidate");
    let path = format!("/api/v1/sourcing/{}", fx.lead_id);
    let r = c.get(&path, key).await;
    cov.expect(&r, 200);
    let r = c
        .get(&format!("/api/v1/sourcing/{}", fx.hidden_lead_id), key)
        .await;
    cov.expect(&r, 404);
    shared_statuses(&mut cov, &sb, &path, None).await;
    cov.assert_complete();
}

#[tokio::test]
async fn update_potential_candidate() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let key = &sb.keys().employer;
    let mut cov = Coverage::new("updatePotentialCandidate");
    let path = format!("/api/v1/sourcing/{}", fx.lead_id);
    let r = c
        .patch(&path, key, json!({"status": "parsed", "skills": ["python", "sql", "airflow"], "contactEmail": null}))
        .await;
    cov.expect(&r, 200);
    assert_eq!(r.json()["skills"], json!(["python", "sql", "airflow"]));
    assert_eq!(r.json()["contactEmail"], Value::Null);
    for bad in [
        json!({}),
        json!({"skills": [1]}),
        json!({"contactEmail": "x"}),
        json!({"status": null}),
    ] {
        let r = c.patch(&path, key, bad).await;
        cov.expect(&r, 400);
    }
    let r = c
        .patch(
            &path,
            &sb.keys().hiring_manager,
            json!({"status": "parsed"}),
        )
        .await;
    cov.expect(&r, 403);
    let r = c
        .patch(
            &format!("/api/v1/sourcing/{}", fx.hidden_lead_id),
            key,
            json!({"status": "parsed"}),
        )
        .await;
    cov.expect(&r, 404);
    shared_statuses(&mut cov, &sb, &path, Some(json!({"status": "parsed"}))).await;
    cov.assert_complete();
}

#[tokio::test]
async fn delete_potential_candidate() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let key = &sb.keys().employer;
    let mut cov = Coverage::new("deletePotentialCandidate");
    let path = format!("/api/v1/sourcing/{}", fx.lead_id);
    let r = c.delete(&path, &sb.keys().hiring_manager).await;
    cov.expect(&r, 403);
    let r = c.delete(&path, key).await;
    cov.expect(&r, 204);
    assert!(r.bytes.is_empty());
    assert!(r.header("content-type").is_none());
    let r = c.delete(&path, key).await;
    cov.expect(&r, 404);
    let r = c.get(&path, key).await;
    assert_eq!(r.status, 404);
    let r = c
        .delete(&format!("/api/v1/sourcing/{}", fx.hidden_lead_id), key)
        .await;
    cov.expect(&r, 404);
    assert_eq!(sb.stats().deletes_committed, 1);
    shared_statuses(&mut cov, &sb, "/api/v1/sourcing/pc_2", None).await;
    cov.assert_complete();
}

#[tokio::test]
async fn get_cv_screening_batch() {
    let (sb, c) = start().await;
    let fx = sb.fixtures();
    let key = &sb.keys().employer;
    let mut cov = Coverage::new("getCvScreeningBatch");
    let path = format!("/api/v1/cv-screening/batches/{}", fx.batch_id);
    let r = c.get(&path, key).await;
    cov.expect(&r, 200);
    let b = r.json();
    assert_eq!(b["status"], "completed");
    assert_eq!(b["totalCandidates"], fx.employer_batch_member_count);
    assert_eq!(b["processingCandidates"], 0);
    assert_eq!(
        b["pagination"]["totalCount"],
        fx.employer_batch_member_count
    );
    let admin_total = c.get(&path, &sb.keys().admin).await.json()["totalCandidates"].clone();
    assert!(admin_total.as_u64().unwrap() > fx.employer_batch_member_count as u64);

    let processing = format!("/api/v1/cv-screening/batches/{}", fx.processing_batch_id);
    let r = c.get(&processing, key).await;
    cov.expect(&r, 200);
    assert_eq!(r.json()["status"], "processing");
    assert!(r.json()["processingCandidates"].as_u64().unwrap() > 0);
    sb.complete_batch(&fx.processing_batch_id);
    let r = c.get(&processing, key).await;
    assert_eq!(r.json()["status"], "completed");

    for id in [fx.hidden_batch_id.as_str(), "batch_missing"] {
        let r = c
            .get(&format!("/api/v1/cv-screening/batches/{id}"), key)
            .await;
        cov.expect(&r, 404);
    }
    let r = c
        .send_undocumented(
            "GET",
            &format!("{path}?pageSize=0"),
            Auth::Bearer(key),
            None,
            BAD_REQUEST,
        )
        .await;
    assert_eq!(r.status, 400);
    shared_statuses(&mut cov, &sb, &path, None).await;
    cov.assert_complete();
}
