//! Self-tests of the spec-driven response validator: it must reject what the spec forbids.

mod common;

use common::{Wire, spec};
use reqwest::header::HeaderMap;
use serde_json::{Value, json};

fn wire<'a>(status: u16, headers: &'a HeaderMap, body: &'a [u8]) -> Wire<'a> {
    Wire {
        status,
        content_type: Some("application/json"),
        headers,
        body,
    }
}

/// The `operationId`s of the spec file, found by walking its JSON independently of the reader.
fn operation_ids_in_the_file() -> Vec<String> {
    fn walk(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(id)) = map.get("operationId") {
                    out.push(id.clone());
                }
                map.values().for_each(|v| walk(v, out));
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.json");
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut out = Vec::new();
    walk(&doc["paths"], &mut out);
    out.sort();
    out
}

#[test]
fn resolves_every_operation_and_response() {
    let spec = spec();
    let ops = spec.operations();
    let mut ids: Vec<String> = ops.iter().map(|op| op.id.clone()).collect();
    ids.sort();
    assert_eq!(ids, operation_ids_in_the_file());
    for op in ops {
        let concrete = op.template.replace('{', "x").replace('}', "");
        assert_eq!(spec.operation_for(&op.method, &concrete).as_ref(), Some(op));
    }
    assert!(spec.operation_for("GET", "/api/v1/nope").is_none());
    assert!(spec.operation_for("PUT", "/api/v1/me").is_none());
}

#[test]
fn rejects_wrong_shapes() {
    let h = HeaderMap::new();
    let op = spec().operation("listCandidates");
    let good = json!({
        "data": [{"id": "c", "fullName": "A", "email": null, "phone": null, "status": "Active",
                  "createdAt": "2026-06-01T10:00:00Z", "updatedAt": "2026-06-01T10:00:00Z", "roles": []}],
        "pagination": {"page": 0, "pageSize": 20, "totalCount": 1, "totalPages": 1}
    })
    .to_string();
    spec()
        .validate(&op, &wire(200, &h, good.as_bytes()))
        .unwrap();

    // A nested $ref'd schema: an item without `roles`.
    let bad = json!({
        "data": [{"id": "c", "fullName": "A", "email": null, "phone": null, "status": "Active",
                  "createdAt": "2026-06-01T10:00:00Z", "updatedAt": "2026-06-01T10:00:00Z"}],
        "pagination": {"page": 0, "pageSize": 20, "totalCount": 1, "totalPages": 1}
    })
    .to_string();
    assert!(
        spec()
            .validate(&op, &wire(200, &h, bad.as_bytes()))
            .is_err()
    );
    // pageSize above the documented maximum.
    let bad = json!({"data": [], "pagination": {"page": 0, "pageSize": 101, "totalCount": 0, "totalPages": 0}}).to_string();
    assert!(
        spec()
            .validate(&op, &wire(200, &h, bad.as_bytes()))
            .is_err()
    );
    // A date-time format violation.
    let bad = good.replace("2026-06-01T10:00:00Z", "yesterday");
    assert!(
        spec()
            .validate(&op, &wire(200, &h, bad.as_bytes()))
            .is_err()
    );
    // An undocumented status.
    assert!(
        spec()
            .validate(&op, &wire(404, &h, b"{\"error\":\"not_found\"}"))
            .is_err()
    );
    // Not JSON, and JSON with the wrong content type.
    assert!(spec().validate(&op, &wire(200, &h, b"{\"data\":")).is_err());
    let text = Wire {
        content_type: Some("text/plain"),
        ..wire(200, &h, good.as_bytes())
    };
    assert!(spec().validate(&op, &text).is_err());
}

#[test]
fn follows_component_responses_and_headers() {
    let op = spec().operation("getMe");
    let empty = HeaderMap::new();
    let body = br#"{"error":"rate_limited"}"#;
    // 429 is `$ref: #/components/responses/RateLimited`, which requires Retry-After.
    assert!(spec().validate(&op, &wire(429, &empty, body)).is_err());
    let mut h = HeaderMap::new();
    h.insert("retry-after", "30".parse().unwrap());
    spec().validate(&op, &wire(429, &h, body)).unwrap();
    h.insert("retry-after", "soon".parse().unwrap());
    assert!(spec().validate(&op, &wire(429, &h, body)).is_err());
    // V1Error requires `error`.
    let h = HeaderMap::new();
    assert!(
        spec()
            .validate(&op, &wire(401, &h, br#"{"message":"x"}"#))
            .is_err()
    );
    // Legacy admin 403 is LegacyError.
    let admin = spec().operation("listApiKeys");
    spec()
        .validate(
            &admin,
            &wire(403, &h, br#"{"error":"Forbidden - Admin access required"}"#),
        )
        .unwrap();
    assert!(
        spec()
            .validate(&admin, &wire(403, &h, br#"{"error":5}"#))
            .is_err()
    );
}

#[test]
fn no_content_means_no_body() {
    let h = HeaderMap::new();
    let op = spec().operation("deletePotentialCandidate");
    spec().validate(&op, &wire(204, &h, b"")).unwrap();
    assert!(spec().validate(&op, &wire(204, &h, b"{}")).is_err());
}

#[test]
fn scopes_and_security_come_from_the_spec() {
    let op = spec().operation("listCandidates");
    assert_eq!(spec().required_scopes(&op), vec!["candidates:read"]);
    assert!(
        spec()
            .required_scopes(&spec().operation("getMe"))
            .is_empty()
    );
    assert!(spec().is_public(&spec().operation("getCareerPortal")));
    assert!(!spec().is_public(&op));
}
