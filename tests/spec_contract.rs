//! Contract tests: the generated code agrees with the pinned spec (`openapi/openapi.json`).
//!
//! Everything here is driven by walking the spec's JSON, not by hand-written lists, so a
//! re-pinned spec that the generated code no longer matches fails here:
//!
//! - every example of every documented response (and request body) decodes into the generated
//!   type for its operation and status;
//! - the operation table (`OPERATIONS`) matches the spec's operations one for one: identity,
//!   method, path, scopes and security are read straight from the spec; idempotency, paging and
//!   the success status are the generator's judgement, so their truth is the reviewed surface
//!   snapshot (`tests/surface.rs`) and here they are only checked from another angle (what the
//!   HTTP method promises, what the success response carries);
//! - the scope taxonomy (`Scope`) is exactly the union of the spec's `x-required-scopes`.

use std::collections::BTreeSet;

use serde_json::Value;
use talent_ray::operations::decode_documented;
use talent_ray::{OPERATIONS, Operation, Paging, ParamLocation, Scope, types};
use talent_ray_codegen::downgrade::METHODS;
use talent_ray_codegen::resolve::follow;

const SPEC: &str = include_str!("../openapi/openapi.json");

fn spec() -> Value {
    serde_json::from_str(SPEC).expect("openapi/openapi.json is JSON")
}

/// One operation of the spec, as found by walking `paths` × methods.
struct SpecOp<'a> {
    id: &'a str,
    method: &'static str,
    path: &'a str,
    op: &'a Value,
}

fn spec_operations(doc: &Value) -> Vec<SpecOp<'_>> {
    let paths = doc["paths"].as_object().expect("spec has paths");
    let mut ops = Vec::new();
    for (path, item) in paths {
        let item = follow(doc, item);
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let id = op["operationId"]
                .as_str()
                .unwrap_or_else(|| panic!("{} {path} has no operationId", method.to_uppercase()));
            ops.push(SpecOp {
                id,
                method,
                path,
                op,
            });
        }
    }
    ops
}

/// `listCandidates` → `list_candidates`.
fn snake_case(id: &str) -> String {
    let mut out = String::new();
    for (i, c) in id.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Every example of a media type object: `example`, and each `examples.*` (following `$ref`).
fn media_examples<'a>(
    doc: &'a Value,
    media: &'a Value,
) -> Vec<(String, Result<&'a Value, String>)> {
    let mut out = Vec::new();
    if let Some(value) = media.get("example") {
        out.push(("example".to_owned(), Ok(value)));
    }
    if let Some(examples) = media.get("examples").and_then(Value::as_object) {
        for (name, example) in examples {
            let example = follow(doc, example);
            let value = example.get("value").ok_or_else(|| {
                if example.get("externalValue").is_some() {
                    "externalValue examples cannot be checked offline".to_owned()
                } else {
                    "example object has no value".to_owned()
                }
            });
            out.push((format!("examples.{name}"), value));
        }
    }
    out
}

fn is_json(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or("").trim();
    essence == "application/json" || essence.ends_with("+json")
}

#[test]
fn every_response_example_decodes_into_its_documented_type() {
    let doc = spec();
    let mut checked = 0;
    let mut pairs = BTreeSet::new();
    let mut failures = Vec::new();
    for SpecOp { id, op, .. } in spec_operations(&doc) {
        let responses = op["responses"]
            .as_object()
            .unwrap_or_else(|| panic!("{id} has no responses"));
        for (status_key, response) in responses {
            let response = follow(&doc, response);
            let Some(content) = response.get("content").and_then(Value::as_object) else {
                continue;
            };
            for (media_type, media) in content {
                for (name, value) in media_examples(&doc, media) {
                    let at = format!("{id} {status_key} {media_type} {name}");
                    let value = match value {
                        Ok(value) => value,
                        Err(why) => {
                            failures.push(format!("{at}: {why}"));
                            continue;
                        }
                    };
                    let Ok(status) = status_key.parse::<u16>() else {
                        failures.push(format!(
                            "{at}: status {status_key:?} is not a number; decode_documented cannot check it"
                        ));
                        continue;
                    };
                    if !is_json(media_type) {
                        failures.push(format!("{at}: example of a non-JSON media type"));
                        continue;
                    }
                    checked += 1;
                    pairs.insert((id.to_owned(), status));
                    match decode_documented(id, status, value) {
                        None => failures.push(format!(
                            "{at}: decode_documented knows no JSON body for ({id}, {status})"
                        )),
                        Some(Err(e)) => failures.push(format!("{at}: {e}\n    example: {value}")),
                        Some(Ok(())) => {}
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} response examples failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(checked > 0, "no response example found in the pinned spec");
    // Every 2xx of an operation that documents an example body is covered, and errors too.
    assert!(
        pairs.iter().any(|(_, s)| (200..300).contains(s)),
        "no success example checked"
    );
    assert!(
        pairs.iter().any(|(_, s)| *s >= 400),
        "no error example checked"
    );
}

/// `Client::prepare`'s arguments for an operation: every path parameter filled in, `body` as
/// given.
fn prepare_args(op: &Operation, body: &Value) -> Value {
    let mut args = serde_json::Map::new();
    for param in op.parameters {
        if param.location == ParamLocation::Path {
            args.insert(param.name.to_owned(), Value::from("x"));
        }
    }
    args.insert("body".to_owned(), body.clone());
    Value::Object(args)
}

#[tokio::test]
async fn every_request_body_example_decodes_into_its_generated_type_and_round_trips() {
    // Through the dynamic call path (`Client::prepare`, nothing is sent): the example must
    // decode into the operation's generated body type, and the body the SDK would send must
    // keep every field of the example (generated types ignore unknown fields, so a misspelt
    // field would otherwise pass silently).
    let client = talent_ray::Client::builder()
        .base_url("http://127.0.0.1:9")
        .api_key(format!("tr_{}", "a".repeat(64)))
        .build()
        .unwrap();
    let doc = spec();
    let mut checked = 0;
    let mut failures = Vec::new();
    for SpecOp { id, op, .. } in spec_operations(&doc) {
        let Some(body) = op.get("requestBody") else {
            continue;
        };
        let body = follow(&doc, body);
        for (media_type, media) in body
            .get("content")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            for (name, value) in media_examples(&doc, media) {
                let at = format!("{id} request {media_type} {name}");
                let value = match value {
                    Ok(value) => value,
                    Err(why) => {
                        failures.push(format!("{at}: {why}"));
                        continue;
                    }
                };
                checked += 1;
                let operation = Operation::find(id).expect("in the table");
                match client.prepare(id, prepare_args(operation, value)).await {
                    Err(e) => failures.push(format!("{at}: {e}\n    example: {value}")),
                    Ok(prepared) => {
                        let sent = prepared.body.unwrap_or_default();
                        let mut diffs = Vec::new();
                        lost(value, &sent, "", &mut diffs);
                        failures.extend(diffs.into_iter().map(|d| format!("{at}: {d}")));
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} request examples failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        checked > 0,
        "no request-body example found in the pinned spec"
    );
}

/// Decodes `body` as the generated type named `schema`, serializes it again and returns that;
/// `None` when this test does not know the schema.
fn reencode_as(schema: &str, body: &Value) -> Option<Result<Value, serde_json::Error>> {
    fn via<T: serde::de::DeserializeOwned + serde::Serialize>(
        body: &Value,
    ) -> Result<Value, serde_json::Error> {
        serde_json::to_value(serde_json::from_value::<T>(body.clone())?)
    }
    macro_rules! reencode {
        ($($name:ident),* $(,)?) => {
            match schema {
                $(stringify!($name) => Some(via::<types::$name>(body)),)*
                _ => None,
            }
        };
    }
    reencode!(
        ApiKeyListResponse,
        ApiKeyUsageResponse,
        Candidate,
        CandidateList,
        CandidateStepList,
        CareerPortal,
        CreateApiKeyResponse,
        CvScreeningBatch,
        LegacyError,
        Me,
        PotentialCandidate,
        PotentialCandidateList,
        PublicApplication,
        PublicJob,
        RevokeApiKeyResponse,
        Role,
        RoleList,
        RoleStepList,
        Test,
        TestList,
        V1Error,
    )
}

/// Where `expected` has something `actual` lacks or holds differently (JSON pointers).
fn lost(expected: &Value, actual: &Value, at: &str, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (key, value) in e {
                let here = format!("{at}/{key}");
                match a.get(key) {
                    Some(other) => lost(value, other, &here, out),
                    None if value.is_null() => {}
                    None => out.push(format!("{here} dropped (was {value})")),
                }
            }
        }
        (Value::Array(e), Value::Array(a)) if e.len() == a.len() => {
            for (i, (value, other)) in e.iter().zip(a).enumerate() {
                lost(value, other, &format!("{at}/{i}"), out);
            }
        }
        _ if expected == actual => {}
        // Timestamps are re-rendered by chrono; equal instants are fine.
        (Value::String(e), Value::String(a))
            if chrono::DateTime::parse_from_rfc3339(e).ok()
                == chrono::DateTime::parse_from_rfc3339(a).ok()
                && chrono::DateTime::parse_from_rfc3339(e).is_ok() => {}
        _ => out.push(format!("{at}: {expected} became {actual}")),
    }
}

#[test]
fn every_response_example_survives_a_round_trip_through_its_type() {
    // Generated types ignore unknown fields (forward compatibility), so a misspelt or
    // undeclared field in an example would decode silently. Re-serializing shows what the
    // type did not keep. (Request bodies: see the `Client::prepare` test above.) A response
    // type this test does not list yet is skipped, not failed, so that a spec update adding
    // one passes untouched; its examples are still decoded by
    // `every_response_example_decodes_into_its_documented_type`.
    let doc = spec();
    let mut checked = 0;
    let mut unlisted = BTreeSet::new();
    let mut failures = Vec::new();
    for SpecOp { id, op, .. } in spec_operations(&doc) {
        let mut media_types = Vec::new();
        for (status, response) in op["responses"].as_object().into_iter().flatten() {
            let response = follow(&doc, response);
            for (media_type, media) in response
                .get("content")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                media_types.push((status.clone(), media_type, media));
            }
        }
        for (status, media_type, media) in media_types {
            let schema = media
                .get("schema")
                .and_then(|s| s.get("$ref"))
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/components/schemas/"))
                .unwrap_or("(inline schema)");
            for (name, value) in media_examples(&doc, media) {
                let Ok(value) = value else { continue };
                let at = format!("{id} {status} {media_type} {name} ({schema})");
                match reencode_as(schema, value) {
                    None => {
                        unlisted.insert(schema.to_owned());
                        continue;
                    }
                    Some(Err(e)) => failures.push(format!("{at}: {e}")),
                    Some(Ok(again)) => {
                        checked += 1;
                        let mut diffs = Vec::new();
                        lost(value, &again, "", &mut diffs);
                        for diff in diffs {
                            failures.push(format!("{at}: {diff}"));
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 0);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    if !unlisted.is_empty() {
        println!("not round-tripped (add them to reencode_as): {unlisted:?}");
    }

    // The comparison itself notices a dropped field and a changed value, not timestamps.
    let mut diffs = Vec::new();
    let example =
        serde_json::json!({"a": [1, {"b": "x"}], "typo": 2, "at": "2026-06-01T10:00:00.000Z"});
    let again = serde_json::json!({"a": [1, {"b": "y"}], "at": "2026-06-01T10:00:00Z"});
    lost(&example, &again, "", &mut diffs);
    assert_eq!(diffs.len(), 2, "{diffs:?}");
}

#[test]
fn decode_documented_knows_every_documented_json_body() {
    let doc = spec();
    let empty = Value::Object(Default::default());
    let mut failures = Vec::new();
    for SpecOp { id, op, .. } in spec_operations(&doc) {
        for (status_key, response) in op["responses"].as_object().into_iter().flatten() {
            let Ok(status) = status_key.parse::<u16>() else {
                continue;
            };
            let response = follow(&doc, response);
            let has_json = response
                .get("content")
                .and_then(|c| c.get("application/json"))
                .and_then(|m| m.get("schema"))
                .is_some();
            let known = decode_documented(id, status, &empty).is_some();
            if has_json != known {
                failures.push(format!(
                    "({id}, {status}): spec documents a JSON body: {has_json}; decode_documented: {known}"
                ));
            }
        }
    }
    assert!(decode_documented("noSuchOperation", 200, &empty).is_none());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn decode_documented_rejects_a_body_of_the_wrong_shape() {
    // Guards the test above: decode_documented really decodes, it does not accept anything.
    let wrong = serde_json::json!({"data": "not a list"});
    assert!(matches!(
        decode_documented("listCandidates", 200, &wrong),
        Some(Err(_))
    ));
    let missing_error = serde_json::json!({"message": "no code"});
    assert!(matches!(
        decode_documented("getCandidate", 404, &missing_error),
        Some(Err(_))
    ));
}

#[test]
fn operation_table_matches_the_spec() {
    let doc = spec();
    let spec_ops = spec_operations(&doc);
    assert!(!spec_ops.is_empty(), "the pinned spec has operations");
    assert_eq!(
        OPERATIONS.len(),
        spec_ops.len(),
        "OPERATIONS has one entry per operation of the spec"
    );

    let ids: BTreeSet<&str> = OPERATIONS.iter().map(|o| o.operation_id).collect();
    assert_eq!(
        ids.len(),
        OPERATIONS.len(),
        "duplicate operationId in OPERATIONS"
    );
    let names: BTreeSet<&str> = OPERATIONS.iter().map(|o| o.method_name).collect();
    assert_eq!(
        names.len(),
        OPERATIONS.len(),
        "duplicate method_name in OPERATIONS"
    );

    let mut failures = Vec::new();
    for (index, spec_op) in spec_ops.iter().enumerate() {
        let id = spec_op.id;
        let Some(op) = OPERATIONS.iter().find(|o| o.operation_id == id) else {
            failures.push(format!("{id}: missing from OPERATIONS"));
            continue;
        };
        let mut check = |what: &str, ok: bool, detail: String| {
            if !ok {
                failures.push(format!("{id}: {what}: {detail}"));
            }
        };
        check(
            "document order",
            OPERATIONS[index].operation_id == id,
            format!("OPERATIONS[{index}] is {}", OPERATIONS[index].operation_id),
        );
        let method = spec_op.method.to_uppercase();
        check(
            "http_method",
            op.http_method.as_str() == method,
            format!("{} != {method}", op.http_method),
        );
        check(
            "path",
            op.path == spec_op.path,
            format!("{} != {}", op.path, spec_op.path),
        );
        let scopes: Vec<&str> = spec_op
            .op
            .get("x-required-scopes")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|s| s.as_str().expect("scopes are strings"))
            .collect();
        let table_scopes: Vec<String> = op.required_scopes.iter().map(|s| s.to_string()).collect();
        check(
            "required_scopes",
            table_scopes == scopes,
            format!("{table_scopes:?} != {scopes:?}"),
        );
        check(
            "required_scopes are all known",
            op.required_scopes
                .iter()
                .all(|s| !matches!(s, Scope::Other(_))),
            format!("{:?}", op.required_scopes),
        );
        let public = spec_op
            .op
            .get("security")
            .and_then(Value::as_array)
            .is_some_and(Vec::is_empty);
        check(
            "public",
            op.public == public,
            format!("{} != security: [] ({public})", op.public),
        );
        check(
            "method_name",
            op.method_name == snake_case(id),
            format!("{} != {}", op.method_name, snake_case(id)),
        );
        check(
            "Operation::find by operationId",
            Operation::find(id).map(|o| o.operation_id) == Some(id),
            String::new(),
        );
        check(
            "Operation::find by method name",
            Operation::find(op.method_name).map(|o| o.operation_id) == Some(id),
            String::new(),
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(Operation::find("noSuchOperation").is_none());
}

/// The success response's JSON schema of an operation, `$ref`s followed.
fn success_schema<'a>(doc: &'a Value, spec_op: &SpecOp<'a>, status: u16) -> Option<&'a Value> {
    let response = follow(doc, spec_op.op["responses"].get(status.to_string())?);
    Some(follow(
        doc,
        response.pointer("/content/application~1json/schema")?,
    ))
}

#[test]
fn idempotency_follows_what_the_http_method_promises() {
    // RFC 9110: GET, HEAD, PUT, DELETE and OPTIONS are idempotent, POST is not. PATCH is
    // neither by definition; this API's PATCHes set fields, so the generator treats them as
    // idempotent (reviewed in the surface snapshot). `x-idempotent` may override either way.
    for op in OPERATIONS {
        let spec_op = spec_operations(&spec())
            .into_iter()
            .find(|s| s.id == op.operation_id)
            .map(|s| s.op.get("x-idempotent").and_then(Value::as_bool));
        let override_ = spec_op.flatten();
        match (op.http_method.as_str(), override_) {
            (_, Some(flag)) => assert_eq!(op.idempotent, flag, "{}", op.operation_id),
            ("POST", None) => assert!(
                !op.idempotent,
                "{}: a POST may not be repeated",
                op.operation_id
            ),
            ("GET" | "HEAD" | "PUT" | "DELETE" | "OPTIONS", None) => {
                assert!(
                    op.idempotent,
                    "{}: {} is idempotent",
                    op.operation_id, op.http_method
                )
            }
            _ => {}
        }
    }
    assert!(OPERATIONS.iter().any(|o| o.idempotent) && OPERATIONS.iter().any(|o| !o.idempotent));
}

/// The `pagination` object of a response schema, looked for up to `depth` objects deep (the
/// legacy envelope nests it under `data`).
fn find_pagination<'a>(doc: &'a Value, schema: &'a Value, depth: usize) -> Option<&'a Value> {
    let properties = schema.get("properties")?.as_object()?;
    if let Some(pagination) = properties.get("pagination") {
        return Some(follow(doc, pagination));
    }
    if depth == 0 {
        return None;
    }
    properties
        .values()
        .find_map(|p| find_pagination(doc, follow(doc, p), depth - 1))
}

#[test]
fn paged_operations_answer_with_a_page_and_only_they_do() {
    // The generator decides paging from the query parameters; here it is checked against the
    // response: an offset-paged list answers with `pagination.totalPages`, a cursor-paged one
    // with `pagination.nextBefore`, and an operation whose success body carries neither is
    // not paged.
    let doc = spec();
    for spec_op in spec_operations(&doc) {
        let op = Operation::find(spec_op.id).expect("in the table");
        let pagination = success_schema(&doc, &spec_op, op.success_status)
            .and_then(|s| find_pagination(&doc, s, 3));
        let has = |field: &str| {
            pagination.is_some_and(|p| p.pointer(&format!("/properties/{field}")).is_some())
        };
        let answers = if has("totalPages") {
            Paging::Offset
        } else if has("nextBefore") {
            Paging::Cursor
        } else {
            Paging::None
        };
        assert_eq!(
            op.paging, answers,
            "{}: paging vs. its success body",
            spec_op.id
        );
    }
}

#[test]
fn the_success_status_is_a_documented_2xx_and_the_only_one() {
    let doc = spec();
    for spec_op in spec_operations(&doc) {
        let op = Operation::find(spec_op.id).expect("in the table");
        let documented: Vec<u16> = spec_op.op["responses"]
            .as_object()
            .into_iter()
            .flatten()
            .filter_map(|(k, _)| k.parse().ok())
            .filter(|s| (200..300).contains(s))
            .collect();
        assert_eq!(documented, [op.success_status], "{}", spec_op.id);
        // A 204 has no body to decode; anything else documents one.
        let body = success_schema(&doc, &spec_op, op.success_status).is_some();
        assert_eq!(body, op.success_status != 204, "{}", spec_op.id);
    }
}

fn spec_scope_union(doc: &Value) -> Vec<String> {
    let union: BTreeSet<String> = spec_operations(doc)
        .iter()
        .filter_map(|o| o.op.get("x-required-scopes").and_then(Value::as_array))
        .flatten()
        .map(|s| s.as_str().expect("scopes are strings").to_owned())
        .collect();
    union.into_iter().collect()
}

#[test]
fn scope_taxonomy_is_the_union_of_required_scopes() {
    let doc = spec();
    let union = spec_scope_union(&doc);
    assert!(!union.is_empty());
    let all: Vec<String> = Scope::ALL.iter().map(|s| s.as_str().to_owned()).collect();
    assert_eq!(
        all, union,
        "Scope::ALL must be the sorted union of x-required-scopes"
    );
    for scope in Scope::ALL {
        let name = scope.to_string();
        assert_eq!(name, scope.as_str());
        assert_eq!(
            name.parse::<Scope>().as_ref(),
            Ok(scope),
            "{name} round-trips"
        );
        assert_eq!(Scope::known(&name).as_ref(), Some(scope));
        assert_eq!(&Scope::from_server(&name), scope);
        let json = serde_json::to_value(scope).unwrap();
        assert_eq!(json, Value::String(name.clone()));
        assert_eq!(&serde_json::from_value::<Scope>(json).unwrap(), scope);
    }
}

#[test]
fn a_misspelt_scope_fails_to_parse_and_lists_the_known_ones() {
    let err = "candidates:raed".parse::<Scope>().unwrap_err();
    let message = err.to_string();
    assert!(message.contains("candidates:raed"), "{message}");
    for scope in Scope::ALL {
        assert!(
            message.contains(scope.as_str()),
            "error should list {scope}: {message}"
        );
    }
    assert!("".parse::<Scope>().is_err());
    assert!("Candidates:Read".parse::<Scope>().is_err());
    assert!("reports:read".parse::<Scope>().is_err());
}

#[test]
fn scopes_the_server_reports_are_kept_even_when_unknown() {
    assert_eq!(
        Scope::from_server("reports:read"),
        Scope::Other("reports:read".to_owned())
    );
    assert_eq!(Scope::from_server("reports:read").as_str(), "reports:read");
    assert_eq!(Scope::from_server("candidates:read"), Scope::CandidatesRead);

    let scopes: Vec<Scope> =
        serde_json::from_value(serde_json::json!(["candidates:read", "new:scope"])).unwrap();
    assert_eq!(
        scopes,
        vec![Scope::CandidatesRead, Scope::Other("new:scope".to_owned())]
    );
    assert_eq!(
        serde_json::to_value(&scopes).unwrap(),
        serde_json::json!(["candidates:read", "new:scope"])
    );
}
