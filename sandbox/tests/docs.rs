//! Behaviour the vendor's docs state and the sandbox once missed: session callers of `/me`,
//! the documented `expiresInDays` default, and the audit entry of a deleted lead.

mod common;

use chrono::{DateTime, Duration, DurationRound, Utc};
use common::{Auth, Client};
use serde_json::json;
use talent_ray_sandbox::{SESSION_COOKIE, Sandbox};

#[tokio::test]
async fn a_session_caller_of_me_has_no_key_id_or_scopes() {
    let sb = Sandbox::start().await;
    let c = Client::new(&sb);
    let fx = sb.fixtures();
    let session = sb.sign_in(&fx.employer_user_id);
    let me = |cookie: String| {
        let c = c.clone();
        async move {
            c.http
                .get(format!("{}/api/v1/me", c.base))
                .header("cookie", format!("{SESSION_COOKIE}={cookie}"))
                .send()
                .await
                .unwrap()
        }
    };
    let r = me(session.clone()).await;
    assert_eq!(r.status(), 200);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["auth"], json!({"type": "session"}));
    assert_eq!(body["user"]["id"], json!(fx.employer_user_id));
    assert_eq!(me("sess_unknown".into()).await.status(), 401);
    // Sessions are documented for `/me` only; elsewhere a session is no credential.
    let r = c
        .http
        .get(format!("{}/api/v1/candidates", c.base))
        .header("cookie", format!("{SESSION_COOKIE}={session}"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
}

#[tokio::test]
async fn a_null_expires_in_days_takes_the_documented_default_of_90() {
    let sb = Sandbox::start().await;
    let c = Client::new(&sb);
    let fx = sb.fixtures();
    for body in [
        json!({"name": "absent", "userId": fx.employer_user_id}),
        json!({"name": "null", "userId": fx.employer_user_id, "expiresInDays": null}),
    ] {
        // Whole seconds: the answer's time may be cut to milliseconds, so it can read a few
        // nanoseconds before a `before` taken at full precision.
        let before = Utc::now().duration_trunc(Duration::seconds(1)).unwrap();
        let r = c.post("/api/admin/api-keys", &sb.keys().admin, body).await;
        assert_eq!(r.status, 200);
        let at: DateTime<Utc> = r.json()["data"]["expiresAt"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap();
        let days = (at - before).num_hours() / 24;
        assert_eq!(days, 90, "{at}");
        assert!(at - before < Duration::days(91));
    }
}

#[tokio::test]
async fn deleting_a_lead_records_an_audit_entry_per_active_role() {
    let sb = Sandbox::start().await;
    let c = Client::new(&sb);
    let key = &sb.keys().admin;
    // A lead with role links (the seed gives some leads none).
    let leads = c.get("/api/v1/sourcing?pageSize=100", key).await.json();
    let lead = leads["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| !l["roles"].as_array().unwrap().is_empty())
        .expect("a lead with roles")
        .clone();
    let id = lead["id"].as_str().unwrap();
    let roles: Vec<&str> = lead["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["roleId"].as_str().unwrap())
        .collect();
    assert!(sb.audit_log().is_empty());
    let r = c
        .send(
            "DELETE",
            &format!("/api/v1/sourcing/{id}"),
            Auth::Bearer(key),
            None,
        )
        .await;
    assert_eq!(r.status, 204);
    let log = sb.audit_log();
    assert_eq!(
        log.iter().map(|e| e.role_id.as_str()).collect::<Vec<_>>(),
        roles
    );
    for entry in &log {
        assert_eq!(entry.action, "potential_candidate_deleted");
        assert_eq!(entry.potential_candidate_id, id);
        assert_eq!(entry.actor_user_id, sb.fixtures().admin_user_id);
    }
}
