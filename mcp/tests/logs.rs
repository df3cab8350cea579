//! At `RUST_LOG=trace`, the real binary's stderr holds no key, no minted secret and no personal
//! data, though rmcp dumps every message at that level: minting a key, listing candidates and
//! leads, and updating a lead with new contact details.

mod common;

use common::binary::{StdioServer, personal_data};
use common::{sandbox, text};
use serde_json::{Value, json};

/// Asserts that `stderr` holds none of `secrets` and is the log of a real run.
pub fn assert_clean(stderr: &str, secrets: &[String]) {
    assert!(
        stderr.contains("call done"),
        "the calls were logged: {stderr}"
    );
    for secret in secrets {
        assert!(
            !stderr.contains(secret.as_str()),
            "{secret:?} is in the log:\n{stderr}"
        );
    }
}

#[tokio::test]
async fn stdio_at_trace_logs_no_key_secret_or_personal_data() {
    let sandbox = sandbox().await;
    let keys = sandbox.keys().clone();
    let f = sandbox.fixtures().clone();
    let mut secrets = vec![keys.admin.clone(), keys.employer.clone()];

    let admin = StdioServer::start(&sandbox, &keys.admin, &["--allow-key-minting"]).await;
    let minted = admin
        .agent
        .call(
            "create_api_key",
            json!({ "body": { "name": "agent-made", "userId": f.member_user_id } }),
        )
        .await;
    assert_eq!(minted.is_error, Some(false), "{}", text(&minted));
    let minted = minted.structured_content.unwrap();
    let minted_key = minted["data"]["key"]
        .as_str()
        .or_else(|| minted["key"].as_str())
        .unwrap_or_else(|| panic!("a minted key: {minted}"))
        .to_owned();
    secrets.push(minted_key);

    let employer = StdioServer::start(&sandbox, &keys.employer, &[]).await;
    let new_contact = json!({
        "email": "moved.lead@example.org",
        "phone": "+44 20 7946 0958",
        "fullName": "Renamed Lead"
    });
    let mut bodies: Vec<Value> = vec![new_contact.clone()];
    for (tool, args) in [
        ("list_candidates", json!({ "pageSize": 100 })),
        ("list_potential_candidates", json!({})),
        (
            "update_potential_candidate",
            json!({ "id": f.lead_id, "body": new_contact }),
        ),
    ] {
        let result = employer.agent.call(tool, args).await;
        assert_eq!(result.is_error, Some(false), "{tool}: {}", text(&result));
        bodies.push(result.structured_content.unwrap());
    }
    for body in &bodies {
        secrets.extend(personal_data(body));
    }
    assert!(
        secrets.iter().any(|s| s.contains('@')) && secrets.len() > 20,
        "emails and phones were collected: {secrets:?}"
    );

    let mut stderr = admin.finish().await;
    stderr.push_str(&employer.finish().await);
    assert_clean(&stderr, &secrets);
}
