//! Calls by `operationId` with JSON arguments (`Client::call`, `prepare`, `call_raw`): the path the
//! CLI and the MCP server use, validated by the generated types and sent through the same hooks.

mod canned_http;
mod common;

use reqwest::Method;
use serde_json::json;
use talent_ray::{Error, OPERATIONS, ParamLocation, Scope};

#[tokio::test]
async fn a_call_sends_parameters_and_body_through_the_typed_builder() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let fixtures = sandbox.fixtures();

    let me = client.call("getMe", json!({})).await.unwrap();
    assert_eq!(me.status, 200);
    assert_eq!(me.operation.operation_id, "getMe");
    assert_eq!(me.body["auth"]["keyId"], fixtures.employer_key_id.as_str());

    let page = client
        .call("listCandidates", json!({ "page": 1, "pageSize": 7 }))
        .await
        .unwrap();
    assert_eq!(page.body["pagination"]["page"], 1);
    assert_eq!(page.body["data"].as_array().unwrap().len(), 7);

    let updated = client
        .call(
            "updateCandidate",
            json!({ "id": fixtures.candidate_id, "body": { "phone": "+44 20 7946 0000" } }),
        )
        .await
        .unwrap();
    assert_eq!(updated.status, 200);
    let read = client
        .call("getCandidate", json!({ "id": fixtures.candidate_id }))
        .await
        .unwrap();
    assert_eq!(read.body["phone"], "+44 20 7946 0000");
}

#[tokio::test]
async fn arguments_that_do_not_fit_the_types_are_refused_before_sending() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let id = sandbox.fixtures().candidate_id.clone();
    let cases = [
        ("getCandidate", json!({}), "id"),
        (
            "getCandidate",
            json!({ "id": id, "confidential": true }),
            "confidential",
        ),
        ("listCandidates", json!({ "pageSize": "ten" }), "pageSize"),
        ("listCandidates", json!({ "page": -1 }), "page"),
        (
            "updateCandidate",
            json!({ "id": id, "body": { "phone": 7 } }),
            "body.phone",
        ),
        ("noSuchOperation", json!({}), "noSuchOperation"),
    ];
    for (operation, args, named) in cases {
        let before = sandbox.stats().requests_seen;
        let err = client.call(operation, args.clone()).await.unwrap_err();
        match &err {
            Error::InvalidRequest(message) => {
                assert!(message.contains(named), "{operation} {args}: {message}")
            }
            other => panic!("{operation} {args}: expected InvalidRequest, got {other:?}"),
        }
        assert_eq!(
            sandbox.stats().requests_seen,
            before,
            "{operation} {args} was sent"
        );
    }
}

#[tokio::test]
async fn api_errors_and_scope_refusals_are_typed() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let err = client
        .call(
            "getCandidate",
            json!({ "id": sandbox.fixtures().hidden_candidate_id }),
        )
        .await
        .unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");

    let narrow = common::builder(&sandbox, &sandbox.keys().employer)
        .granted_scopes([Scope::RolesRead])
        .build()
        .unwrap();
    let before = sandbox.stats().requests_seen;
    let err = narrow.call("listCandidates", json!({})).await.unwrap_err();
    assert!(
        matches!(&err, Error::InsufficientScope { local: true, required, .. } if required == &[Scope::CandidatesRead]),
        "{err:?}"
    );
    assert_eq!(sandbox.stats().requests_seen, before);
}

#[tokio::test]
async fn prepare_shows_the_request_with_the_key_redacted_and_sends_nothing() {
    let sandbox = common::sandbox().await;
    let key = sandbox.keys().employer.clone();
    let client = common::client(&sandbox, &key);
    let id = sandbox.fixtures().candidate_id.clone();
    let before = sandbox.stats().requests_seen;

    let prepared = client
        .prepare(
            "updateCandidate",
            json!({ "id": id, "body": { "phone": null, "summary": "Strong" } }),
        )
        .await
        .unwrap();
    assert_eq!(prepared.method, Method::PATCH);
    assert_eq!(
        prepared.url,
        format!("{}/api/v1/candidates/{id}", sandbox.base_url())
    );
    assert_eq!(
        prepared.body,
        Some(json!({ "summary": "Strong", "phone": null }))
    );
    let auth = prepared
        .headers
        .iter()
        .find(|(name, _)| name == "authorization")
        .expect("the credential header is shown");
    assert_eq!(auth.1, talent_ray::call::REDACTED);
    assert!(!format!("{prepared:?}").contains(&key[3..]));

    let public = client
        .prepare(
            "getCareerPortal",
            json!({ "orgSlug": sandbox.fixtures().org_slug }),
        )
        .await
        .unwrap();
    assert!(
        public
            .headers
            .iter()
            .all(|(name, _)| name != "authorization"),
        "a public operation carries no credential: {:?}",
        public.headers
    );
    assert_eq!(
        sandbox.stats().requests_seen,
        before,
        "a dry run sent a request"
    );
}

#[tokio::test]
async fn call_raw_reaches_documented_paths_only() {
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let page = client
        .call_raw(Method::GET, "/api/v1/candidates?page=0&pageSize=3", None)
        .await
        .unwrap();
    assert_eq!(page.operation.operation_id, "listCandidates");
    assert_eq!(page.body["data"].as_array().unwrap().len(), 3);

    let created = client
        .call_raw(
            Method::POST,
            "/api/v1/sourcing",
            Some(json!({
                "organizationId": sandbox.fixtures().employer_org_id,
                "fullName": "Grace Hopper",
            })),
        )
        .await
        .unwrap();
    assert_eq!(created.status, 201);
    let lead = created.body["id"].as_str().unwrap().to_owned();
    let deleted = client
        .call_raw(Method::DELETE, &format!("/api/v1/sourcing/{lead}"), None)
        .await
        .unwrap();
    assert_eq!(deleted.operation.operation_id, "deletePotentialCandidate");

    let err = client
        .call_raw(
            Method::GET,
            &format!(
                "/api/v1/candidates/{}",
                sandbox.fixtures().hidden_candidate_id
            ),
            None,
        )
        .await
        .unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");

    let before = sandbox.stats().requests_seen;
    for (method, path) in [
        (Method::GET, "/api/v1/nothing-here"),
        (Method::DELETE, "/api/v1/candidates/x"),
        (Method::GET, "https://elsewhere.example/api/v1/me"),
    ] {
        let err = client.call_raw(method, path, None).await.unwrap_err();
        assert!(matches!(err, Error::InvalidRequest(_)), "{path}: {err:?}");
    }
    assert_eq!(sandbox.stats().requests_seen, before);
}

#[tokio::test]
async fn every_operation_has_an_arguments_schema_naming_its_parameters() {
    // Arguments under their spec names: a call with only the path parameters decodes for every
    // operation without a required body or query parameter (checked by a dry run, nothing sent).
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox, &sandbox.keys().admin);
    for op in OPERATIONS {
        let mut args = serde_json::Map::new();
        for p in op.parameters.iter().filter(|p| p.required) {
            assert_eq!(
                p.location,
                ParamLocation::Path,
                "{}: {}",
                op.operation_id,
                p.name
            );
            args.insert(p.name.into(), json!("x1"));
        }
        let result = client.prepare(op.operation_id, args.into()).await;
        match op.body {
            Some(body) if body.required => {
                let err = result.unwrap_err();
                assert!(
                    err.to_string().contains("body"),
                    "{}: {err}",
                    op.operation_id
                )
            }
            _ => {
                let prepared = result.unwrap_or_else(|e| panic!("{}: {e}", op.operation_id));
                assert_eq!(prepared.method, op.http_method);
            }
        }
    }
    assert_eq!(sandbox.stats().requests_seen, 0);
}

#[cfg(feature = "schemars")]
#[test]
fn argument_schemas_come_from_the_same_types() {
    use talent_ray::call::{input_schema, output_schema};
    for op in OPERATIONS {
        let schema = input_schema(op.operation_id).expect("every operation has one");
        let value = schema.as_value();
        for p in op.parameters {
            assert!(
                value["properties"].get(p.name).is_some(),
                "{}: {} missing from {value}",
                op.operation_id,
                p.name
            );
        }
        assert_eq!(value["properties"].get("body").is_some(), op.body.is_some());
        assert_eq!(
            output_schema(op.operation_id).is_some(),
            op.success_status != 204,
            "{}",
            op.operation_id
        );
    }
    let update = input_schema("updateCandidate").unwrap();
    let text = serde_json::to_string(&update).unwrap();
    assert!(
        text.contains("\"null\""),
        "a clearable field admits null: {text}"
    );
}

/// A newer server may add fields: a call returns the body as the server sent it (new fields and
/// key order kept), while still checking that it decodes into the generated type.
#[tokio::test]
async fn a_call_returns_the_body_as_received_with_fields_newer_than_the_spec() {
    let mut checked = Vec::new();
    for op in OPERATIONS.iter().filter(|op| op.http_method == Method::GET) {
        let Some(serde_json::Value::Object(example)) = op.response_example() else {
            continue;
        };
        // Only the spec's example arguments are used: an operation whose required arguments the
        // spec gives no example for is covered by the sandbox tests.
        let args = op.example_args();
        let required = op.input_schema()["required"].as_array().cloned();
        if !required
            .unwrap_or_default()
            .iter()
            .all(|name| args.get(name.as_str().unwrap()).is_some())
        {
            continue;
        }
        // Two fields the spec does not know, first, then the example's own in reverse order.
        let mut newer = serde_json::Map::new();
        newer.insert("nickname".into(), json!("Ada"));
        newer.insert("source".into(), json!({"channel": "referral"}));
        for (key, value) in example.iter().rev() {
            newer.insert(key.clone(), value.clone());
        }
        let text = serde_json::to_string(&newer).unwrap();
        let served = text.clone();
        let (url, _) =
            canned_http::serve(move || canned_http::response("200 OK", "", served.as_bytes()))
                .await;
        let client = talent_ray::Client::builder()
            .base_url(&url)
            .api_key(format!("tr_{}", "a".repeat(64)))
            .build()
            .unwrap();
        let response = client
            .call(op.operation_id, args.clone())
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", op.operation_id));
        assert_eq!(
            serde_json::to_string(&response.body).unwrap(),
            text,
            "{}",
            op.operation_id
        );
        checked.push(op.operation_id);
    }
    assert!(!checked.is_empty(), "no operation had complete examples");
}
