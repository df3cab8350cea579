//! Every tool called successfully at least once against the sandbox, and what a result looks
//! like: structured content plus compact JSON text, one page with an explicit next hint.

mod common;

use common::{connect, minting, sandbox, text};
use serde_json::{Value, json};
use talent_ray_mcp::catalog;

#[tokio::test]
async fn every_tool_succeeds_at_least_once() {
    let sandbox = sandbox().await;
    let admin = connect(&sandbox, &sandbox.keys().admin, minting()).await;
    // The employer's key holds every scope of the spec's taxonomy.
    let employer = connect(&sandbox, &sandbox.keys().employer, minting()).await;
    // Each tool with the spec's example arguments, ids set to the sandbox's seeded records;
    // deletes last, so the other tools still find their records.
    let mut tools: Vec<_> = catalog::all().iter().collect();
    tools.sort_by_key(|t| t.operation.http_method == "DELETE");
    for tool in tools {
        let op = tool.operation;
        let args = sandbox
            .fixtures()
            .with_seeded_ids(op.path, op.example_args());
        let conn = if op.admin_only { &admin } else { &employer };
        let result = conn.call(tool.name(), args.clone()).await;
        assert_eq!(
            result.is_error,
            Some(false),
            "{} {args}: {}",
            tool.name(),
            text(&result)
        );
        // A success without a body says its status instead.
        if op.output_schema().is_none() {
            assert!(
                result.structured_content.is_none()
                    && text(&result).contains(&op.success_status.to_string()),
                "{}: {}",
                tool.name(),
                text(&result)
            );
        }
    }
}

#[tokio::test]
async fn a_success_is_structured_content_plus_the_same_compact_json() {
    let sandbox = sandbox().await;
    let conn = connect(&sandbox, &sandbox.keys().employer, Default::default()).await;
    let result = conn
        .call(
            "get_candidate",
            json!({ "id": sandbox.fixtures().candidate_id }),
        )
        .await;
    let structured = result
        .structured_content
        .clone()
        .expect("structured content");
    let first = result.content[0].as_text().unwrap().text.clone();
    assert_eq!(serde_json::from_str::<Value>(&first).unwrap(), structured);
    assert!(
        !first.contains('\n') && !first.contains(": "),
        "compact: {first}"
    );
    assert_eq!(structured["id"], sandbox.fixtures().candidate_id.as_str());
}

#[tokio::test]
async fn a_list_gives_one_page_and_a_next_hint_that_works() {
    let sandbox = sandbox().await;
    let conn = connect(&sandbox, &sandbox.keys().employer, Default::default()).await;
    let first = conn.call("list_candidates", json!({ "pageSize": 7 })).await;
    let hint = text(&first);
    assert!(
        hint.contains(r#"Next page: call list_candidates with {"pageSize":7,"page":1}"#),
        "{hint}"
    );
    let page = first.structured_content.unwrap();
    assert_eq!(page["data"].as_array().unwrap().len(), 7);

    // The last page says so.
    let last = page["pagination"]["totalPages"].as_u64().unwrap() - 1;
    let end = conn
        .call("list_candidates", json!({ "pageSize": 7, "page": last }))
        .await;
    assert!(
        text(&end).contains("This is the last page"),
        "{}",
        text(&end)
    );

    // Past the end, it says so, with the number of the last page.
    let past = conn
        .call(
            "list_candidates",
            json!({ "pageSize": 7, "page": last + 5 }),
        )
        .await;
    assert!(
        text(&past).contains(&format!("past the end: the last page is page {last}")),
        "{}",
        text(&past)
    );
}

/// Following a cursor list's hints returns every row exactly once, also when rows share a
/// timestamp across page boundaries (the sandbox's whole-second timestamps, held still here).
#[tokio::test]
async fn cursor_hints_return_every_tied_row_exactly_once() {
    use chrono::DurationRound;
    let second = chrono::Utc::now()
        .duration_trunc(chrono::TimeDelta::seconds(1))
        .unwrap();
    let sandbox = talent_ray_sandbox::Sandbox::builder()
        .no_rate_limit()
        .clock(move || second)
        .start()
        .await
        .unwrap();
    let employer = common::sdk(&sandbox, &sandbox.keys().employer);
    for _ in 0..7 {
        employer.get_me().send().await.unwrap();
    }
    let key_id = sandbox.fixtures().employer_key_id.clone();
    // The expectation, read straight from the sandbox in one page.
    let all: Value = reqwest::Client::new()
        .get(format!(
            "{}/api/admin/api-keys/{key_id}/usage?limit=100",
            sandbox.base_url()
        ))
        .bearer_auth(&sandbox.keys().admin)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let ids = |page: &Value| -> Vec<String> {
        page["data"]["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let expected = ids(&all);
    assert!(expected.len() >= 7, "{all}");

    let admin = connect(&sandbox, &sandbox.keys().admin, Default::default()).await;
    let mut args = json!({ "id": key_id, "limit": 2 });
    let mut seen = Vec::new();
    loop {
        let result = admin.call("get_api_key_usage", args.clone()).await;
        assert_eq!(result.is_error, Some(false), "{}", text(&result));
        seen.extend(ids(result.structured_content.as_ref().unwrap()));
        let hint = text(&result);
        let Some(at) = hint.find("call get_api_key_usage with ") else {
            assert!(hint.contains("This is the last page"), "{hint}");
            break;
        };
        let next = &hint[at + "call get_api_key_usage with ".len()..];
        args = serde_json::Deserializer::from_str(next)
            .into_iter::<Value>()
            .next()
            .unwrap()
            .unwrap();
        assert!(seen.len() <= expected.len(), "{seen:?}");
    }
    assert_eq!(seen, expected);
}

#[tokio::test]
async fn a_page_size_over_the_spec_bound_is_refused_naming_the_field() {
    let sandbox = sandbox().await;
    let conn = connect(&sandbox, &sandbox.keys().employer, Default::default()).await;
    let before = sandbox.requests_to("GET", "/api/v1/candidates");
    let result = conn
        .call("list_candidates", json!({ "pageSize": 101 }))
        .await;
    let fields = common::error_fields(&result);
    assert_eq!(fields["code"], "invalid_arguments");
    assert!(
        text(&result).contains("pageSize") && text(&result).contains("100"),
        "{}",
        text(&result)
    );
    assert_eq!(
        sandbox.requests_to("GET", "/api/v1/candidates"),
        before,
        "nothing was sent"
    );

    // A field of the wrong type is refused by the SDK, naming it.
    let result = conn
        .call(
            "update_role",
            json!({ "id": sandbox.fixtures().role_id, "body": { "salaryMax": "lots" } }),
        )
        .await;
    assert_eq!(common::error_fields(&result)["code"], "invalid_arguments");
    assert!(text(&result).contains("salaryMax"), "{}", text(&result));
}

#[tokio::test]
async fn minting_says_the_secret_is_shown_once() {
    let sandbox = sandbox().await;
    let conn = connect(&sandbox, &sandbox.keys().admin, minting()).await;
    let user = &sandbox.fixtures().member_user_id;
    let result = conn
        .call(
            "create_api_key",
            json!({ "body": { "name": "for-agent", "userId": user } }),
        )
        .await;
    assert_eq!(result.is_error, Some(false), "{}", text(&result));
    assert!(
        text(&result).contains("shown only in this result"),
        "{}",
        text(&result)
    );
}
