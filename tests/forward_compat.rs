//! Forward compatibility: the `/api/v1` surface promises additive changes only, so a response
//! from a newer server (extra fields, enum values this spec does not list) must still decode,
//! and an unknown enum value must survive a serialize round trip unchanged.
//!
//! The payloads start from the pinned spec's own examples, then add what a newer server might.
//! Known values are the spec's own lists (never the code's), and every "unknown" value is built
//! to lie outside the spec's list, so a newer spec that adds a plausible value cannot make these
//! tests wrong.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use talent_ray::operations::decode_documented;
use talent_ray::types::{
    Candidate, CandidateList, CandidateStep, CandidateStepList, CandidateStepStatus,
    CvScreeningBatch, CvScreeningBatchStatus, Me, MeAuthType, PublicRoleWorkType, Role, RoleStep,
    RoleStepList, RoleWorkType, StepType, V1Error, ValidationType,
};
use talent_ray_codegen::resolve::follow;

const SPEC: &str = include_str!("../openapi/openapi.json");

/// The `default` example of an operation's response, from the pinned spec.
fn spec_example(operation_id: &str, status: &str) -> Value {
    let doc: Value = serde_json::from_str(SPEC).unwrap();
    for item in doc["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            if op.get("operationId").and_then(Value::as_str) == Some(operation_id) {
                let media = &op["responses"][status]["content"]["application/json"];
                let value = &media["examples"]["default"]["value"];
                assert!(
                    value.is_object(),
                    "{operation_id} {status} has a default example"
                );
                return value.clone();
            }
        }
    }
    panic!("{operation_id} is not in the pinned spec")
}

fn decode<T: DeserializeOwned>(value: &Value) -> T {
    serde_json::from_value(value.clone())
        .unwrap_or_else(|e| panic!("{e}\n  while decoding {value}"))
}

/// Serializes and decodes again: the value must come back equal.
fn reencode<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(value: &T) -> Value {
    let json = serde_json::to_value(value).unwrap();
    let again: T = decode(&json);
    assert_eq!(&again, value, "round trip through {json}");
    json
}

/// The string values of the enum at `pointer` in the pinned spec (`null` left out).
fn spec_values(pointer: &str) -> Vec<String> {
    let doc: Value = serde_json::from_str(SPEC).unwrap();
    let values: Vec<String> = doc
        .pointer(&format!("{pointer}/enum"))
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("{pointer} has an enum in the pinned spec"))
        .iter()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
    assert!(!values.is_empty(), "{pointer}");
    values
}

/// A value outside the enum at `pointer`: checked against the spec's list, not guessed.
fn unknown_value(pointer: &str) -> String {
    let listed = spec_values(pointer);
    let value = (0..)
        .map(|i| format!("not_in_spec_{i}"))
        .find(|v| !listed.contains(v))
        .unwrap();
    assert!(!listed.contains(&value));
    value
}

#[test]
fn extra_fields_in_a_candidate_are_ignored() {
    let mut body = spec_example("getCandidate", "200");
    let plain: Candidate = decode(&body);
    body["newField"] = json!({"nested": [1, 2, 3], "flag": true});
    body["roles"][0]["aiSummary"] = json!("added in a later API version");
    let candidate: Candidate = decode(&body);
    assert_eq!(candidate, plain, "extra fields change nothing");
    assert_eq!(candidate.full_name, body["fullName"].as_str().unwrap());
    assert_eq!(
        candidate.roles.len(),
        body["roles"].as_array().unwrap().len()
    );
    assert_eq!(
        candidate.roles[0].role_id,
        body["roles"][0]["roleId"].as_str().unwrap()
    );
    let json = reencode(&candidate);
    assert!(
        json.get("newField").is_none(),
        "unknown fields are dropped, not invented"
    );
}

#[test]
fn extra_fields_in_list_envelopes_are_ignored() {
    let mut body = spec_example("listCandidates", "200");
    body["pagination"]["hasMore"] = json!(true);
    body["meta"] = json!({"requestId": "req_1"});
    let list: CandidateList = decode(&body);
    assert_eq!(list.data.len(), body["data"].as_array().unwrap().len());
    assert!(!list.data.is_empty());
}

#[test]
fn an_unknown_step_type_decodes_as_unknown_and_round_trips() {
    let step_type = unknown_value("/components/schemas/StepType");
    let status = unknown_value("/components/schemas/CandidateStepStatus");
    let mut body = spec_example("getCandidateSteps", "200");
    body["data"][0]["stepType"] = json!(step_type);
    body["data"][0]["status"] = json!(status);
    let steps: CandidateStepList = decode(&body);
    let step: &CandidateStep = &steps.data[0];
    assert_eq!(step.step_type, StepType::Unknown(step_type.clone()));
    assert!(!step.step_type.is_known());
    assert_eq!(step.step_type.as_str(), step_type);
    assert_eq!(step.step_type.to_string(), step_type);
    assert_eq!(step.status, CandidateStepStatus::Unknown(status.clone()));

    let json = reencode(&steps);
    assert_eq!(json["data"][0]["stepType"], step_type.as_str());
    assert_eq!(json["data"][0]["status"], status.as_str());
}

#[test]
fn unknown_values_in_a_role_step_decode_as_unknown() {
    let step_type = unknown_value("/components/schemas/StepType");
    let validation = unknown_value("/components/schemas/ValidationType");
    let mut body = spec_example("getRoleSteps", "200");
    body["data"][0]["stepType"] = json!(step_type);
    body["data"][0]["validationType"] = json!(validation);
    let steps: RoleStepList = decode(&body);
    let step: &RoleStep = &steps.data[0];
    assert_eq!(step.step_type, StepType::Unknown(step_type.clone()));
    assert_eq!(
        step.validation_type,
        ValidationType::Unknown(validation.clone())
    );
    let json = reencode(&steps);
    assert_eq!(json["data"][0]["stepType"], step_type.as_str());
    assert_eq!(json["data"][0]["validationType"], validation.as_str());
}

/// For each open enum: every value the *spec* lists decodes to a known variant that writes the
/// same value back, the type knows no value the spec does not list, and a value outside the
/// list decodes as `Unknown` and survives a round trip.
macro_rules! check_open_enum {
    ($ty:ty, $pointer:expr) => {{
        let pointer = $pointer;
        let values = spec_values(pointer);
        for value in &values {
            let decoded: $ty = decode(&json!(value));
            assert!(decoded.is_known(), "{pointer}: {value} is known");
            assert_eq!(decoded.as_str(), value);
            assert_eq!(serde_json::to_value(&decoded).unwrap(), json!(value));
            assert_eq!(value.parse::<$ty>().as_ref(), Ok(&decoded));
        }
        let known: Vec<&str> = <$ty>::KNOWN.iter().map(|k| k.as_str()).collect();
        let mut listed: Vec<&str> = values.iter().map(String::as_str).collect();
        let mut known_sorted = known.clone();
        listed.sort_unstable();
        known_sorted.sort_unstable();
        assert_eq!(
            known_sorted, listed,
            "{pointer}: the type knows exactly the spec's values"
        );

        let unknown = unknown_value(pointer);
        let decoded: $ty = decode(&json!(unknown));
        assert!(!decoded.is_known());
        assert_eq!(decoded.as_str(), unknown);
        assert_eq!(serde_json::to_value(&decoded).unwrap(), json!(unknown));
        assert_eq!(unknown.parse::<$ty>().as_ref(), Ok(&decoded));
    }};
}

#[test]
fn open_enums_know_exactly_the_spec_values_and_keep_any_other() {
    check_open_enum!(StepType, "/components/schemas/StepType");
    check_open_enum!(
        CandidateStepStatus,
        "/components/schemas/CandidateStepStatus"
    );
    check_open_enum!(ValidationType, "/components/schemas/ValidationType");
    check_open_enum!(
        CvScreeningBatchStatus,
        "/components/schemas/CvScreeningBatch/properties/status"
    );
    check_open_enum!(MeAuthType, "/components/schemas/MeAuth/properties/type");
    check_open_enum!(RoleWorkType, "/components/schemas/Role/properties/workType");
    check_open_enum!(
        PublicRoleWorkType,
        "/components/schemas/PublicRole/properties/workType"
    );
}

#[test]
fn known_step_types_still_decode_to_their_variants() {
    let body = spec_example("getCandidateSteps", "200");
    let steps: CandidateStepList = decode(&body);
    let wire = body["data"][0]["stepType"].as_str().unwrap();
    assert!(spec_values("/components/schemas/StepType").contains(&wire.to_owned()));
    assert!(steps.data[0].step_type.is_known());
    assert_eq!(steps.data[0].step_type.as_str(), wire);
}

#[test]
fn an_unknown_cv_batch_status_decodes_as_unknown() {
    let pointer = "/components/schemas/CvScreeningBatch/properties/status";
    let mut body = spec_example("getCvScreeningBatch", "200");
    let batch: CvScreeningBatch = decode(&body);
    assert!(batch.status.is_known());

    let status = unknown_value(pointer);
    body["status"] = json!(status);
    body["failedCandidates"] = json!(3);
    let batch: CvScreeningBatch = decode(&body);
    assert_eq!(
        batch.status,
        CvScreeningBatchStatus::Unknown(status.clone())
    );
    assert!(!batch.status.is_known());
    let json = reencode(&batch);
    assert_eq!(json["status"], status.as_str());
}

#[test]
fn an_unknown_work_type_decodes_as_unknown_and_null_stays_none() {
    let work_type = unknown_value("/components/schemas/Role/properties/workType");
    let mut body = spec_example("getRole", "200");
    let role: Role = decode(&body);
    assert!(role.work_type.as_ref().is_none_or(RoleWorkType::is_known));

    body["workType"] = json!(work_type);
    let role: Role = decode(&body);
    assert_eq!(
        role.work_type,
        Some(RoleWorkType::Unknown(work_type.clone()))
    );
    let json = reencode(&role);
    assert_eq!(json["workType"], work_type.as_str());

    body["workType"] = Value::Null;
    let role: Role = decode(&body);
    assert_eq!(role.work_type, None);
    assert_eq!(reencode(&role)["workType"], Value::Null);
}

#[test]
fn an_unknown_auth_type_in_me_decodes() {
    let auth_type = unknown_value("/components/schemas/MeAuth/properties/type");
    let mut body = spec_example("getMe", "200");
    assert!(decode::<Me>(&body).auth.type_.is_known());
    body["auth"]["type"] = json!(auth_type);
    body["auth"]["expiresAt"] = json!("2026-07-01T00:00:00Z");
    let me: Me = decode(&body);
    assert_eq!(me.auth.type_, MeAuthType::Unknown(auth_type.clone()));
    assert_eq!(reencode(&me)["auth"]["type"], auth_type.as_str());
}

/// Every place in `example` where `schema` says a string enum sits, with that enum's values:
/// (JSON pointer into the example, listed values).
fn enum_positions(
    doc: &Value,
    schema: &Value,
    example: &Value,
    at: String,
    out: &mut Vec<(String, Vec<String>)>,
) {
    let schema = follow(doc, schema);
    if let (Some(values), Value::String(_)) =
        (schema.get("enum").and_then(Value::as_array), example)
    {
        out.push((
            at.clone(),
            values
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
        ));
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        for member in schema
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            enum_positions(doc, member, example, at.clone(), out);
        }
    }
    match example {
        Value::Object(fields) => {
            for (name, value) in fields {
                if let Some(sub) = schema.get("properties").and_then(|p| p.get(name)) {
                    enum_positions(doc, sub, value, format!("{at}/{name}"), out);
                }
            }
        }
        Value::Array(items) => {
            if let Some(sub) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    enum_positions(doc, sub, item, format!("{at}/{i}"), out);
                }
            }
        }
        _ => {}
    }
}

#[test]
fn a_new_value_in_any_response_enum_still_decodes() {
    // What makes a new response enum value an additive change (`cargo xtask diff` classifies it
    // so): in every documented response example, each value that sits in a string enum is
    // replaced with one outside the spec's list, and the body must still decode into its
    // generated type.
    let doc: Value = serde_json::from_str(SPEC).unwrap();
    let mut checked = 0;
    let mut failures = Vec::new();
    for item in doc["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            for (status, response) in op["responses"].as_object().into_iter().flatten() {
                let Ok(code) = status.parse::<u16>() else {
                    continue;
                };
                let media = &follow(&doc, response)["content"]["application/json"];
                let Some(schema) = media.get("schema") else {
                    continue;
                };
                let examples = media.get("examples").and_then(Value::as_object);
                for example in examples
                    .into_iter()
                    .flatten()
                    .map(|(_, e)| &follow(&doc, e)["value"])
                {
                    let mut positions = Vec::new();
                    enum_positions(&doc, schema, example, String::new(), &mut positions);
                    for (at, values) in positions {
                        let unknown = (0..)
                            .map(|i| format!("not_in_spec_{i}"))
                            .find(|v| !values.contains(v))
                            .unwrap();
                        let mut body = example.clone();
                        *body.pointer_mut(&at).unwrap() = json!(unknown);
                        checked += 1;
                        match decode_documented(id, code, &body) {
                            Some(Ok(())) => {}
                            other => failures.push(format!("{id} {status} {at}: {other:?}")),
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 0, "the spec's examples hold enum values");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_v1_error_with_unknown_fields_decodes() {
    let body = json!({
        "error": "quota_exceeded",
        "message": "Monthly quota exhausted",
        "retryAfterSeconds": 3600,
        "docs": {"url": "https://example.invalid/quota"},
    });
    let error: V1Error = decode(&body);
    assert_eq!(error.error, "quota_exceeded");
    assert_eq!(error.message.as_deref(), Some("Monthly quota exhausted"));
    assert!(error.required_scopes.is_empty());

    let scoped = json!({
        "error": "insufficient_scope",
        "requiredScopes": ["candidates:read"],
        "grantedScopes": ["roles:read", "reports:read"],
        "hint": "ask an admin",
    });
    let error: V1Error = decode(&scoped);
    assert_eq!(error.required_scopes, ["candidates:read"]);
    assert_eq!(error.granted_scopes, ["roles:read", "reports:read"]);
}

#[test]
fn a_response_missing_a_required_field_is_still_an_error() {
    // The counterpart to the tests above: tolerance is for additions, not for removals.
    let mut body = spec_example("getCandidate", "200");
    body.as_object_mut().unwrap().remove("fullName");
    assert!(serde_json::from_value::<Candidate>(body).is_err());
    assert!(serde_json::from_value::<V1Error>(json!({"message": "no code"})).is_err());
}
