//! Every tool called successfully at least once against the sandbox, and what a result looks
//! like: structured content plus compact JSON text, one page with an explicit next hint.

mod common;

use std::collections::BTreeSet;

use common::{connect, minting, sandbox, text};
use serde_json::{Value, json};
use talent_ray_mcp::catalog;

#[tokio::test]
async fn every_tool_succeeds_at_least_once() {
    let sandbox = sandbox().await;
    let f = sandbox.fixtures().clone();
    let admin = connect(&sandbox, &sandbox.keys().admin, minting()).await;
    let employer = connect(&sandbox, &sandbox.keys().employer, minting()).await;
    let (spare_key_id, _spare_key) = sandbox.mint_key_with_id(&f.member_user_id, &[]);

    // (connection, tool, arguments), in an order where each write finds what it needs.
    let calls: Vec<(&common::Connection, &str, Value)> = vec![
        (&employer, "get_me", json!({})),
        (&employer, "list_candidates", json!({ "pageSize": 5 })),
        (&employer, "get_candidate", json!({ "id": f.candidate_id })),
        (
            &employer,
            "update_candidate",
            json!({ "id": f.candidate_id, "body": { "status": "Active" } }),
        ),
        (
            &employer,
            "get_candidate_steps",
            json!({ "id": f.candidate_id }),
        ),
        (&employer, "list_roles", json!({})),
        (&employer, "get_role", json!({ "id": f.role_id })),
        (
            &employer,
            "update_role",
            json!({ "id": f.role_id, "body": { "priority": "high" } }),
        ),
        (&employer, "get_role_steps", json!({ "id": f.role_id })),
        (&employer, "list_tests", json!({})),
        (&employer, "get_test", json!({ "id": f.test_id })),
        (
            &employer,
            "update_test",
            json!({ "id": f.test_id, "body": { "duration": 35 } }),
        ),
        (&employer, "list_potential_candidates", json!({})),
        (
            &employer,
            "get_potential_candidate",
            json!({ "id": f.lead_id }),
        ),
        (
            &employer,
            "update_potential_candidate",
            json!({ "id": f.lead_id, "body": { "status": "parsed" } }),
        ),
        (
            &employer,
            "get_cv_screening_batch",
            json!({ "batchId": f.batch_id }),
        ),
        (
            &employer,
            "get_career_portal",
            json!({ "orgSlug": f.org_slug }),
        ),
        (
            &employer,
            "get_public_job",
            json!({ "orgSlug": f.org_slug, "roleId": f.public_role_id }),
        ),
        (
            &employer,
            "apply_to_public_job",
            json!({ "orgSlug": f.org_slug, "body": { "roleId": f.public_role_id } }),
        ),
        (&admin, "list_api_keys", json!({})),
        (
            &admin,
            "get_api_key_usage",
            json!({ "id": f.employer_key_id, "limit": 10 }),
        ),
        (
            &admin,
            "create_api_key",
            json!({ "body": { "name": "agent-made", "userId": f.member_user_id } }),
        ),
        (&admin, "revoke_api_key", json!({ "id": spare_key_id })),
    ];
    let mut called = BTreeSet::new();
    for (conn, tool, args) in calls {
        let result = conn.call(tool, args.clone()).await;
        assert_eq!(
            result.is_error,
            Some(false),
            "{tool} {args}: {}",
            text(&result)
        );
        called.insert(tool.to_owned());
    }
    // The sourcing tools that create and delete go together: delete what was created.
    let created = employer
        .call(
            "create_potential_candidate",
            json!({ "body": { "fullName": "Sam Lee", "organizationId": f.employer_org_id } }),
        )
        .await;
    assert_eq!(created.is_error, Some(false), "{}", text(&created));
    let id = created.structured_content.as_ref().unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let deleted = employer
        .call("delete_potential_candidate", json!({ "id": id }))
        .await;
    assert_eq!(deleted.is_error, Some(false), "{}", text(&deleted));
    assert!(
        deleted.structured_content.is_none() && text(&deleted).contains("204"),
        "{}",
        text(&deleted)
    );
    called.extend([
        "create_potential_candidate".to_owned(),
        "delete_potential_candidate".to_owned(),
    ]);

    let all: BTreeSet<String> = catalog::all().iter().map(|e| e.name().to_owned()).collect();
    assert_eq!(called, all, "every tool was called");
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

    // A cursor list hints its next cursor.
    let admin = connect(&sandbox, &sandbox.keys().admin, Default::default()).await;
    for _ in 0..3 {
        admin.call("get_me", json!({})).await;
    }
    let usage = admin
        .call(
            "get_api_key_usage",
            json!({ "id": sandbox.fixtures().admin_key_id, "limit": 2 }),
        )
        .await;
    let cursor = usage.structured_content.as_ref().unwrap()["data"]["pagination"]["nextBefore"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        text(&usage).contains(&format!(r#""before":"{cursor}""#)),
        "{}",
        text(&usage)
    );
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
