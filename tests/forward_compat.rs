//! Forward compatibility: the `/api/v1` surface promises additive changes only, so a response
//! from a newer server (extra fields, enum values this spec does not list) must still decode,
//! and an unknown enum value must survive a serialize round trip unchanged.
//!
//! The payloads start from the pinned spec's own examples, then add what a newer server might.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use talent_ray::types::{
    Candidate, CandidateList, CandidateStep, CandidateStepList, CandidateStepStatus,
    CvScreeningBatch, CvScreeningBatchStatus, Me, MeAuthType, PublicRoleWorkType, Role, RoleStep,
    RoleStepList, RoleWorkType, StepType, V1Error, ValidationType,
};

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

#[test]
fn extra_fields_in_a_candidate_are_ignored() {
    let mut body = spec_example("getCandidate", "200");
    let plain: Candidate = decode(&body);
    body["newField"] = json!({"nested": [1, 2, 3], "flag": true});
    body["roles"][0]["aiSummary"] = json!("added in a later API version");
    let candidate: Candidate = decode(&body);
    assert_eq!(candidate, plain, "extra fields change nothing");
    assert_eq!(candidate.full_name, "Jane Doe");
    assert_eq!(candidate.roles.len(), 1);
    assert_eq!(candidate.roles[0].role_id, "role_eng_be");
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
    let mut body = spec_example("getCandidateSteps", "200");
    body["data"][0]["stepType"] = json!("video_interview");
    body["data"][0]["status"] = json!("on_hold");
    let steps: CandidateStepList = decode(&body);
    let step: &CandidateStep = &steps.data[0];
    assert_eq!(step.step_type, StepType::Unknown("video_interview".into()));
    assert!(!step.step_type.is_known());
    assert_eq!(step.step_type.as_str(), "video_interview");
    assert_eq!(step.step_type.to_string(), "video_interview");
    assert_eq!(step.status, CandidateStepStatus::Unknown("on_hold".into()));

    let json = reencode(&steps);
    assert_eq!(json["data"][0]["stepType"], "video_interview");
    assert_eq!(json["data"][0]["status"], "on_hold");
}

#[test]
fn unknown_values_in_a_role_step_decode_as_unknown() {
    let mut body = spec_example("getRoleSteps", "200");
    body["data"][0]["stepType"] = json!("video_interview");
    body["data"][0]["validationType"] = json!("peer_review");
    let steps: RoleStepList = decode(&body);
    let step: &RoleStep = &steps.data[0];
    assert_eq!(step.step_type, StepType::Unknown("video_interview".into()));
    assert_eq!(
        step.validation_type,
        ValidationType::Unknown("peer_review".into())
    );
    let json = reencode(&steps);
    assert_eq!(json["data"][0]["stepType"], "video_interview");
    assert_eq!(json["data"][0]["validationType"], "peer_review");
}

#[test]
fn known_step_types_still_decode_to_their_variants() {
    let body = spec_example("getCandidateSteps", "200");
    let steps: CandidateStepList = decode(&body);
    assert_eq!(steps.data[0].step_type, StepType::CvScreening);
    assert!(steps.data[0].step_type.is_known());

    assert!(!StepType::KNOWN.is_empty());
    for known in StepType::KNOWN {
        let wire = json!(known.as_str());
        let decoded: StepType = decode(&wire);
        assert_eq!(&decoded, known);
        assert!(decoded.is_known(), "{known} is known");
        assert_eq!(serde_json::to_value(&decoded).unwrap(), wire);
        assert_eq!(known.as_str().parse::<StepType>().as_ref(), Ok(known));
    }
    assert_eq!(
        "video_interview".parse::<StepType>(),
        Ok(StepType::Unknown("video_interview".into()))
    );
}

#[test]
fn an_unknown_cv_batch_status_decodes_as_unknown() {
    let mut body = spec_example("getCvScreeningBatch", "200");
    let batch: CvScreeningBatch = decode(&body);
    assert_eq!(batch.status, CvScreeningBatchStatus::Completed);

    body["status"] = json!("cancelled");
    body["failedCandidates"] = json!(3);
    let batch: CvScreeningBatch = decode(&body);
    assert_eq!(
        batch.status,
        CvScreeningBatchStatus::Unknown("cancelled".into())
    );
    assert!(!batch.status.is_known());
    let json = reencode(&batch);
    assert_eq!(json["status"], "cancelled");

    assert_eq!(
        decode::<CvScreeningBatchStatus>(&json!("processing")),
        CvScreeningBatchStatus::Processing
    );
}

#[test]
fn an_unknown_work_type_decodes_as_unknown_and_null_stays_none() {
    let mut body = spec_example("getRole", "200");
    let role: Role = decode(&body);
    assert_eq!(role.work_type, Some(RoleWorkType::Remote));

    body["workType"] = json!("four_day_week");
    let role: Role = decode(&body);
    assert_eq!(
        role.work_type,
        Some(RoleWorkType::Unknown("four_day_week".into()))
    );
    let json = reencode(&role);
    assert_eq!(json["workType"], "four_day_week");

    body["workType"] = Value::Null;
    let role: Role = decode(&body);
    assert_eq!(role.work_type, None);
    assert_eq!(reencode(&role)["workType"], Value::Null);

    for known in PublicRoleWorkType::KNOWN {
        assert_eq!(&decode::<PublicRoleWorkType>(&json!(known.as_str())), known);
    }
    assert_eq!(
        decode::<PublicRoleWorkType>(&json!("four_day_week")),
        PublicRoleWorkType::Unknown("four_day_week".into())
    );
}

#[test]
fn an_unknown_auth_type_in_me_decodes() {
    let mut body = spec_example("getMe", "200");
    assert_eq!(decode::<Me>(&body).auth.type_, MeAuthType::ApiKey);
    body["auth"]["type"] = json!("oauth_token");
    body["auth"]["expiresAt"] = json!("2026-07-01T00:00:00Z");
    let me: Me = decode(&body);
    assert_eq!(me.auth.type_, MeAuthType::Unknown("oauth_token".into()));
    assert_eq!(reencode(&me)["auth"]["type"], "oauth_token");
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
