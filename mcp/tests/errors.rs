//! Failures as `isError` results a model can act on (404, scope refusal, rate limit), the
//! tool list shrinking after a scope refusal, the size cap, and the key in no result.

mod common;

use common::{connect, error_fields, sandbox, sdk, text};
use serde_json::{Value, json};
use talent_ray_mcp::Options;
use talent_ray_sandbox::Fault;

#[tokio::test]
async fn a_404_is_an_error_result_with_status_and_code() {
    let sandbox = sandbox().await;
    let conn = connect(&sandbox, &sandbox.keys().employer, Options::default()).await;
    let result = conn
        .call(
            "get_candidate",
            json!({ "id": sandbox.fixtures().hidden_candidate_id }),
        )
        .await;
    let fields = error_fields(&result);
    assert_eq!(fields["status"], 404);
    assert_eq!(fields["code"], "not_found");
    assert_eq!(fields["tool"], "get_candidate");
    assert!(
        text(&result).contains("not visible to this key"),
        "{}",
        text(&result)
    );
}

#[tokio::test]
async fn a_scope_refusal_names_the_scopes_and_the_list_shrinks() {
    let sandbox = sandbox().await;
    let key = sandbox.mint_key(
        &sandbox.fixtures().employer_user_id,
        &["candidates:read", "roles:read"],
    );
    let conn = connect(&sandbox, &key, Options::default()).await;
    assert!(conn.names().await.contains(&"list_roles".to_owned()));

    // The key loses roles:read behind the server's back; the API refuses the next call.
    sandbox.grant_scopes(&key, &["candidates:read"]);
    let result = conn.call("list_roles", json!({})).await;
    let fields = error_fields(&result);
    assert_eq!(fields["status"], 403);
    assert_eq!(fields["code"], "insufficient_scope");
    assert_eq!(fields["requiredScopes"], json!(["roles:read"]));
    assert_eq!(fields["grantedScopes"], json!(["candidates:read"]));
    assert_eq!(fields["checkedBeforeSending"], false);
    assert!(
        text(&result).contains("lacks the scope(s) roles:read"),
        "{}",
        text(&result)
    );

    assert!(conn.list_changed().await, "tools/list_changed was sent");
    let names = conn.names().await;
    assert!(
        !names.contains(&"list_roles".to_owned()) && names.contains(&"list_candidates".to_owned()),
        "{names:?}"
    );
    // Calling the dropped tool anyway is refused before sending, naming the scope.
    let before = sandbox.requests_to("GET", "/api/v1/roles");
    let refused = conn.call("list_roles", json!({})).await;
    let fields = error_fields(&refused);
    assert_eq!(fields["code"], "insufficient_scope");
    assert_eq!(fields["checkedBeforeSending"], true);
    assert_eq!(sandbox.requests_to("GET", "/api/v1/roles"), before);
}

#[tokio::test]
async fn a_rate_limit_gives_the_wait() {
    let sandbox = sandbox().await;
    let conn = connect(&sandbox, &sandbox.keys().employer, Options::default()).await;
    sandbox.inject(
        Fault::status(429)
            .retry_after_secs(30)
            .on("GET", "/api/v1/roles"),
    );
    let result = conn.call("list_roles", json!({})).await;
    let fields = error_fields(&result);
    assert_eq!(fields["status"], 429);
    assert_eq!(fields["code"], "rate_limited");
    assert_eq!(fields["retryAfterSeconds"], 30);
    assert!(
        text(&result).contains("Wait 30 seconds"),
        "{}",
        text(&result)
    );
}

#[tokio::test]
async fn a_tool_left_out_by_the_options_or_the_role_is_refused_before_sending() {
    let sandbox = sandbox().await;
    let read_only = Options {
        read_only: true,
        ..Options::default()
    };
    let conn = connect(&sandbox, &sandbox.keys().employer, read_only).await;
    let before = sandbox.requests().len();
    let result = conn
        .call(
            "update_role",
            json!({ "id": sandbox.fixtures().role_id, "body": { "priority": "high" } }),
        )
        .await;
    assert_eq!(error_fields(&result)["code"], "not_offered");
    assert!(text(&result).contains("options"), "{}", text(&result));
    let result = conn.call("list_api_keys", json!({})).await;
    assert_eq!(error_fields(&result)["code"], "not_offered");
    assert!(text(&result).contains("admin role"), "{}", text(&result));
    assert_eq!(sandbox.requests().len(), before, "nothing was sent");
}

#[tokio::test]
async fn only_an_unknown_tool_is_a_protocol_error() {
    let sandbox = sandbox().await;
    let conn = connect(&sandbox, &sandbox.keys().employer, Options::default()).await;
    assert!(conn.try_call("no_such_tool", json!({})).await.is_err());
    // Missing required arguments are a result naming the field.
    let result = conn.call("get_candidate", json!({})).await;
    assert_eq!(error_fields(&result)["code"], "invalid_arguments");
    assert!(text(&result).contains("id"), "{}", text(&result));
}

/// The JSON after "with " in the hint's sentence that starts with `lead`.
fn hinted_args(result: &rmcp::model::CallToolResult, lead: &str) -> Value {
    let all = text(result);
    let at = all
        .find(lead)
        .unwrap_or_else(|| panic!("no {lead:?} in {all}"));
    let rest = &all[at..];
    let start = rest.find(" with ").unwrap() + " with ".len();
    let mut stream = serde_json::Deserializer::from_str(&rest[start..]).into_iter::<Value>();
    stream.next().unwrap().unwrap()
}

#[tokio::test]
async fn the_size_cap_cuts_on_item_boundaries_and_says_how_to_continue() {
    let sandbox = sandbox().await;
    let key = &sandbox.keys().employer;
    let cap = 4_000;
    let conn = connect(
        &sandbox,
        key,
        Options {
            max_result_bytes: cap,
            ..Options::default()
        },
    )
    .await;
    // The reference: the same candidates read with the SDK directly.
    let all = sdk(&sandbox, key)
        .call("listCandidates", json!({ "pageSize": 100 }))
        .await
        .unwrap()
        .body;
    let all = all["data"].as_array().unwrap().clone();

    for (page, size) in [(0u64, 100u64), (1, 30)] {
        let result = conn
            .call("list_candidates", json!({ "page": page, "pageSize": size }))
            .await;
        assert_eq!(result.is_error, Some(false), "{}", text(&result));
        let body = result.structured_content.clone().unwrap();
        assert!(body.to_string().len() <= cap);
        assert_eq!(
            result.content[0].as_text().unwrap().text.len(),
            body.to_string().len()
        );
        let kept = body["data"].as_array().unwrap();
        assert!(!kept.is_empty() && (kept.len() as u64) < size);
        let offset = (page * size) as usize;
        assert_eq!(
            kept[..],
            all[offset..offset + kept.len()],
            "whole items, in order"
        );
        assert!(text(&result).contains("Truncated"), "{}", text(&result));

        let next = hinted_args(&result, "To continue");
        let rest = conn.call("list_candidates", next.clone()).await;
        let first = &rest.structured_content.unwrap()["data"][0];
        assert_eq!(
            first,
            &all[offset + kept.len()],
            "the hint {next} continues at the first item not shown"
        );
    }
}

#[tokio::test]
async fn the_key_is_in_no_result() {
    let sandbox = sandbox().await;
    let key = sandbox.keys().employer.clone();
    let conn = connect(&sandbox, &key, Options::default()).await;
    sandbox.inject(Fault::status(500).on("GET", "/api/v1/me"));
    let mut results = vec![
        conn.call("get_me", json!({})).await,
        conn.call("get_me", json!({})).await,
        conn.call("list_candidates", json!({})).await,
        conn.call("get_candidate", json!({ "id": "nope" })).await,
        conn.call("update_role", json!({ "id": 1 })).await,
    ];
    sandbox.expire_key(&key);
    results.push(conn.call("list_roles", json!({})).await);
    assert_eq!(error_fields(results.last().unwrap())["status"], 401);
    for result in results {
        let json = serde_json::to_string(&result).unwrap();
        assert!(!json.contains(&key), "the key leaked: {json}");
    }
}
