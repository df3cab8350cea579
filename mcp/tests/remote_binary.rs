//! The real binary with `--http` on loopback, at `RUST_LOG=trace`: two keys at once see their
//! own tools, a partial key is refused a tool it lacks, no key gets a 401, and stderr holds no
//! key, minted secret or personal data. It refuses to start holding a key of its own.

mod common;

use common::binary::{HttpServer, command, personal_data};
use common::{error_fields, sandbox, text};
use rmcp::model::ProtocolVersion;
use serde_json::json;

#[tokio::test]
async fn two_callers_over_real_http_and_a_clean_trace_log() {
    let sandbox = sandbox().await;
    let keys = sandbox.keys().clone();
    let f = sandbox.fixtures().clone();
    let server = HttpServer::start(&sandbox, &["--allow-key-minting"]).await;
    let mut secrets = vec![
        keys.admin.clone(),
        keys.employer.clone(),
        keys.partial.clone(),
    ];

    let (employer, partial) = tokio::join!(
        server.agent(Some(&keys.employer), ProtocolVersion::LATEST),
        server.agent(Some(&keys.partial), ProtocolVersion::V_2025_11_25)
    );
    let (employer_tools, partial_tools) = tokio::join!(employer.names(), partial.names());
    assert!(employer_tools.contains(&"list_tests".to_owned()));
    assert!(!partial_tools.contains(&"list_tests".to_owned()));
    assert!(partial_tools.contains(&"list_candidates".to_owned()));
    assert!(
        partial_tools.iter().all(|t| employer_tools.contains(t)),
        "{partial_tools:?} ⊄ {employer_tools:?}"
    );
    let refused = partial.call("list_tests", json!({})).await;
    assert_eq!(error_fields(&refused)["code"], "insufficient_scope");

    let no_key = reqwest::Client::new()
        .post(&server.url)
        .header("accept", "application/json, text/event-stream")
        .json(&json!({"jsonrpc": "2.0", "id": 1, "method": "tools/list"}))
        .send()
        .await
        .unwrap();
    assert_eq!(no_key.status(), 401);
    assert!(no_key.headers().contains_key("www-authenticate"));

    let admin = server
        .agent(Some(&keys.admin), ProtocolVersion::LATEST)
        .await;
    let minted = admin
        .call(
            "create_api_key",
            json!({ "body": { "name": "remote-agent", "userId": f.member_user_id } }),
        )
        .await;
    assert_eq!(minted.is_error, Some(false), "{}", text(&minted));
    let minted = personal_data(&minted.structured_content.unwrap());
    assert!(minted.iter().any(|s| s.starts_with("tr_")), "{minted:?}");
    secrets.extend(minted);

    let new_contact = json!({ "email": "remote.lead@example.org", "phone": "+1 202 555 0143" });
    secrets.extend(personal_data(&json!({ "body": new_contact.clone() })));
    for (tool, args) in [
        ("list_candidates", json!({ "pageSize": 100 })),
        (
            "update_potential_candidate",
            json!({ "id": f.lead_id, "body": new_contact }),
        ),
    ] {
        let result = employer.call(tool, args).await;
        assert_eq!(result.is_error, Some(false), "{tool}: {}", text(&result));
        secrets.extend(personal_data(&result.structured_content.unwrap()));
    }
    assert!(secrets.iter().any(|s| s.contains('@')), "{secrets:?}");

    let stderr = server.finish().await;
    assert!(stderr.contains("call done"), "{stderr}");
    for secret in &secrets {
        assert!(
            !stderr.contains(secret.as_str()),
            "{secret:?} is in the log:\n{stderr}"
        );
    }
}

#[tokio::test]
async fn http_mode_refuses_a_key_of_its_own() {
    let sandbox = sandbox().await;
    let key = sandbox.keys().employer.clone();
    let output = command(&sandbox, &["--http", "127.0.0.1:0"])
        .env("TALENT_RAY_API_KEY", &key)
        .output()
        .await
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("unset TALENT_RAY_API_KEY"), "{stderr}");
    assert!(!stderr.contains(&key));
}
