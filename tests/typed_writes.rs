//! Writes in plain typed Rust: every write operation sent to the sandbox from plain values,
//! clearing a nullable field, and requests refused before sending (missing required fields and
//! each kind of constraint, with zero requests reaching the sandbox). Limits are read from the
//! pinned spec, and built bodies are checked against the spec's own request schemas.

mod common;

use serde_json::{Value, json};
use talent_ray::{Error, types};
use talent_ray_sandbox::Sandbox;

/// The pinned spec.
fn spec() -> Value {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/openapi.json"))
            .expect("the pinned spec");
    serde_json::from_str(&text).expect("spec is JSON")
}

/// A numeric keyword of a request-schema property, from the spec (`maxLength` of `name`, …).
fn limit(schema: &str, property: &str, keyword: &str) -> i64 {
    spec()["components"]["schemas"][schema]["properties"][property][keyword]
        .as_i64()
        .unwrap_or_else(|| panic!("{schema}.{property} has no {keyword} in the spec"))
}

/// Asserts that `result` was refused before sending: `InvalidRequest` naming `path` and `rule`,
/// and the sandbox saw no request at all.
fn refused<T: std::fmt::Debug>(
    sandbox: &Sandbox,
    result: talent_ray::Result<T>,
    path: &str,
    rule: &str,
) {
    match result {
        Err(Error::InvalidRequest(message)) => {
            assert!(message.contains(path), "{message:?} should name {path}");
            assert!(message.contains(rule), "{message:?} should name {rule}");
        }
        other => panic!("expected InvalidRequest naming {path} ({rule}), got {other:?}"),
    }
    assert_eq!(sandbox.stats().requests_seen, 0, "nothing may be sent");
}

#[tokio::test]
async fn every_write_operation_is_sent_from_plain_values() {
    let sandbox = common::sandbox().await;
    let fixtures = sandbox.fixtures();
    let employer = common::client(&sandbox, &sandbox.keys().employer);
    let admin = common::client(&sandbox, &sandbox.keys().admin);

    let candidate = employer
        .update_candidate()
        .id(&fixtures.candidate_id)
        .status("Interviewing")
        .phone("+905551112233")
        .summary("Strong backend profile")
        .send()
        .await
        .unwrap();
    assert_eq!(candidate.status, "Interviewing");
    assert_eq!(candidate.phone.as_deref(), Some("+905551112233"));

    let role = employer
        .update_role()
        .id(&fixtures.role_id)
        .status("open")
        .priority("high")
        .salary_max(130_000)
        .work_type(types::RoleUpdateWorkType::Remote)
        .is_public(true)
        .send()
        .await
        .unwrap();
    assert_eq!(role.salary_max, Some(130_000));
    assert_eq!(role.priority.as_deref(), Some("high"));
    assert_eq!(role.work_type.as_ref().map(|w| w.as_str()), Some("remote"));

    let test = employer
        .update_test()
        .id(&fixtures.test_id)
        .name("JavaScript Fundamentals (2026)")
        .duration(35)
        .send()
        .await
        .unwrap();
    assert_eq!(
        (test.name.as_str(), test.duration),
        ("JavaScript Fundamentals (2026)", 35)
    );

    let lead = employer
        .create_potential_candidate()
        .organization_id(&fixtures.employer_org_id)
        .full_name("Grace Hopper")
        .email("grace@example.com")
        .skills(["COBOL", "compilers"])
        .send()
        .await
        .unwrap();
    assert_eq!(lead.full_name, "Grace Hopper");
    assert_eq!(lead.skills, ["COBOL", "compilers"]);
    let lead = employer
        .update_potential_candidate()
        .id(&lead.id)
        .status("parsed")
        .skills(vec!["COBOL".to_string(), "FLOW-MATIC".to_string()])
        .send()
        .await
        .unwrap();
    assert_eq!((lead.status.as_str(), lead.skills.len()), ("parsed", 2));
    employer
        .delete_potential_candidate()
        .id(&lead.id)
        .send()
        .await
        .unwrap();
    assert!(matches!(
        employer.get_potential_candidate().id(&lead.id).send().await,
        Err(Error::NotFound(_))
    ));

    let minted = admin
        .create_api_key()
        .name("HRIS nightly sync")
        .user_id(&fixtures.employer_user_id)
        .expires_in_days(30)
        .send()
        .await
        .unwrap()
        .into_inner()
        .data;
    let days = (minted.expires_at - chrono::Utc::now()).num_days();
    assert!((29..=30).contains(&days), "expires in {days} days");
    let revoked = admin.revoke_api_key().id(&minted.id).send().await.unwrap();
    assert!(revoked.success);

    let anonymous = talent_ray::Client::builder()
        .base_url(sandbox.base_url())
        .build()
        .unwrap();
    let application = anonymous
        .apply_to_public_job()
        .org_slug(&fixtures.org_slug)
        .role_id(&fixtures.public_role_id)
        .locale("en")
        .send()
        .await
        .unwrap();
    assert!(!application.invite_url.is_empty());
}

#[tokio::test]
async fn a_nullable_field_is_cleared_with_null_a_list_with_an_empty_one_and_omitted_fields_are_left_alone()
 {
    let body = types::CandidateUpdate::try_from(
        types::CandidateUpdate::builder()
            .clear_phone()
            .summary("kept")
            .omit_summary()
            .status("Active"),
    )
    .unwrap();
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({"phone": null, "status": "Active"}),
        "clear_ sends null, omit_ leaves the field out"
    );

    let no_skills = types::PotentialCandidateUpdate::try_from(
        types::PotentialCandidateUpdate::builder().skills(Vec::<String>::new()),
    )
    .unwrap();
    assert_eq!(
        serde_json::to_value(&no_skills).unwrap(),
        json!({"skills": []}),
        "an empty list is sent, so a list can be cleared"
    );

    let sandbox = common::sandbox().await;
    let fixtures = sandbox.fixtures();
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let lead = client
        .update_potential_candidate()
        .id(&fixtures.lead_id)
        .skills(["rust"])
        .send()
        .await
        .unwrap();
    assert_eq!(lead.skills, ["rust"]);
    let lead = client
        .update_potential_candidate()
        .id(&fixtures.lead_id)
        .skills(Vec::<String>::new())
        .send()
        .await
        .unwrap();
    assert!(lead.skills.is_empty());
    let set = client
        .update_candidate()
        .id(&fixtures.candidate_id)
        .phone("+905551112233")
        .send()
        .await
        .unwrap();
    assert!(set.phone.is_some());
    let cleared = client
        .update_candidate()
        .id(&fixtures.candidate_id)
        .clear_phone()
        .send()
        .await
        .unwrap();
    assert_eq!(cleared.phone, None);
    let untouched = client
        .update_candidate()
        .id(&fixtures.candidate_id)
        .status("Screening")
        .send()
        .await
        .unwrap();
    assert_eq!(
        (untouched.phone.as_deref(), untouched.status.as_str()),
        (None, "Screening")
    );

    let role = client
        .update_role()
        .id(&fixtures.role_id)
        .salary_min(90_000)
        .department("Engineering")
        .send()
        .await
        .unwrap();
    assert_eq!(role.salary_min, Some(90_000));
    let role = client
        .update_role()
        .id(&fixtures.role_id)
        .clear_salary_min()
        .clear_department()
        .send()
        .await
        .unwrap();
    assert_eq!((role.salary_min, role.department.as_deref()), (None, None));
}

#[tokio::test]
async fn a_missing_required_field_or_parameter_is_refused_before_sending() {
    let sandbox = common::sandbox().await;
    let fixtures = sandbox.fixtures();
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let admin = common::client(&sandbox, &sandbox.keys().admin);

    let result = client
        .create_potential_candidate()
        .organization_id(&fixtures.employer_org_id)
        .send()
        .await;
    refused(&sandbox, result, "body /fullName", "required");
    let result = admin.create_api_key().name("no owner").send().await;
    refused(&sandbox, result, "body /userId", "required");
    let result = client
        .apply_to_public_job()
        .org_slug(&fixtures.org_slug)
        .send()
        .await;
    refused(&sandbox, result, "body /roleId", "required");
    let result = client.update_candidate().status("Active").send().await;
    refused(&sandbox, result, "id", "not initialized");
    // An update with no field at all: the spec's `minProperties`.
    let result = client
        .update_candidate()
        .id(&fixtures.candidate_id)
        .send()
        .await;
    refused(&sandbox, result, "body", "minProperties");
}

#[tokio::test]
async fn each_kind_of_constraint_violation_is_refused_before_sending() {
    let sandbox = common::sandbox().await;
    let fixtures = sandbox.fixtures();
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let admin = common::client(&sandbox, &sandbox.keys().admin);

    let too_short = limit("PotentialCandidateCreate", "fullName", "minLength") - 1;
    let result = client
        .create_potential_candidate()
        .organization_id(&fixtures.employer_org_id)
        .full_name("x".repeat(too_short as usize))
        .send()
        .await;
    refused(&sandbox, result, "body /fullName", "minLength");

    let too_long = limit("CreateApiKeyRequest", "name", "maxLength") + 1;
    let result = admin
        .create_api_key()
        .name("x".repeat(too_long as usize))
        .user_id(&fixtures.employer_user_id)
        .send()
        .await;
    refused(&sandbox, result, "body /name", "maxLength");

    for (days, rule) in [
        (
            limit("CreateApiKeyRequest", "expiresInDays", "minimum") - 1,
            "minimum",
        ),
        (
            limit("CreateApiKeyRequest", "expiresInDays", "maximum") + 1,
            "maximum",
        ),
    ] {
        let result = admin
            .create_api_key()
            .name("out of range")
            .user_id(&fixtures.employer_user_id)
            .expires_in_days(days)
            .send()
            .await;
        refused(&sandbox, result, "body /expiresInDays", rule);
    }

    let result = client
        .update_potential_candidate()
        .id(&fixtures.lead_id)
        .contact_email("not an address")
        .send()
        .await;
    refused(&sandbox, result, "body /contactEmail", "format");

    let over = spec()["paths"]["/api/admin/api-keys/{id}/usage"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "limit")
        .and_then(|p| p["schema"]["maximum"].as_u64())
        .expect("limit has a maximum")
        + 1;
    let result = admin
        .get_api_key_usage()
        .id(&fixtures.admin_key_id)
        .limit(over)
        .send()
        .await;
    refused(&sandbox, result, "query parameter limit", "maximum");
}

#[tokio::test]
async fn an_enum_value_newer_than_the_pinned_spec_is_sent_as_given() {
    let sandbox = common::sandbox().await;
    let fixtures = sandbox.fixtures();
    let client = common::client(&sandbox, &sandbox.keys().employer);
    let newer = types::RoleUpdateWorkType::Unknown("four-day-week".into());
    let path = format!("/api/v1/roles/{}", fixtures.role_id);
    let result = client
        .update_role()
        .id(&fixtures.role_id)
        .work_type(newer)
        .send()
        .await;
    assert_eq!(
        sandbox.requests_to("PATCH", &path),
        1,
        "the request was sent"
    );
    // This sandbox speaks the pinned spec, so it refuses the value; a newer server would not.
    match result {
        Err(Error::Api(api)) => {
            assert_eq!(api.status.as_u16(), 400);
            assert!(
                api.details.iter().any(|d| d.contains("workType")),
                "{api:?}"
            );
        }
        other => panic!("expected the server's 400, got {other:?}"),
    }
}

/// Validates `body` against the request schema of `operation_id` in the pinned spec (not the
/// SDK's copy): what the typed builders send is what the spec describes.
fn assert_matches_spec(operation_id: &str, body: &Value) {
    let spec = spec();
    let schema = spec["paths"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|item| item.as_object().unwrap().values())
        .find(|op| op["operationId"] == operation_id)
        .and_then(|op| op.pointer("/requestBody/content/application~1json/schema"))
        .unwrap_or_else(|| panic!("{operation_id} has a JSON request body"))
        .clone();
    let root = json!({"$ref": schema["$ref"], "components": spec["components"]});
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&root)
        .expect("the spec's schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(body)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{operation_id}: {body} breaks the spec: {errors:?}"
    );
}

#[test]
fn what_the_builders_send_matches_the_spec_request_schemas() {
    fn wire<T, B>(builder: B) -> Value
    where
        T: serde::Serialize + TryFrom<B>,
        <T as TryFrom<B>>::Error: std::fmt::Debug,
    {
        serde_json::to_value(T::try_from(builder).expect("a complete body")).unwrap()
    }
    let cases = [
        (
            "updateCandidate",
            wire::<types::CandidateUpdate, _>(
                types::CandidateUpdate::builder()
                    .status("Active")
                    .email("a@example.com")
                    .clear_phone(),
            ),
            json!({"status": "Active", "email": "a@example.com", "phone": null}),
        ),
        (
            "updateRole",
            wire::<types::RoleUpdate, _>(
                types::RoleUpdate::builder()
                    .work_type(types::RoleUpdateWorkType::Hybrid)
                    .salary_max(130_000)
                    .clear_location()
                    .is_public(false),
            ),
            json!({"workType": "hybrid", "salaryMax": 130000, "location": null, "isPublic": false}),
        ),
        (
            "updateTest",
            wire::<types::TestUpdate, _>(types::TestUpdate::builder().duration(35).type_("coding")),
            json!({"duration": 35, "type": "coding"}),
        ),
        (
            "createPotentialCandidate",
            wire::<types::PotentialCandidateCreate, _>(
                types::PotentialCandidateCreate::builder()
                    .full_name("Sam Lee")
                    .organization_id("org_acme")
                    .skills(["python", "sql"]),
            ),
            json!({"fullName": "Sam Lee", "organizationId": "org_acme", "skills": ["python", "sql"]}),
        ),
        (
            "updatePotentialCandidate",
            wire::<types::PotentialCandidateUpdate, _>(
                types::PotentialCandidateUpdate::builder()
                    .status("parsed")
                    .clear_summary(),
            ),
            json!({"status": "parsed", "summary": null}),
        ),
        (
            "createApiKey",
            wire::<types::CreateApiKeyRequest, _>(
                types::CreateApiKeyRequest::builder()
                    .name("sync")
                    .user_id("user_abc123")
                    .expires_in_days(30),
            ),
            json!({"name": "sync", "userId": "user_abc123", "expiresInDays": 30}),
        ),
        (
            "applyToPublicJob",
            wire::<types::ApplyToPublicJobRequest, _>(
                types::ApplyToPublicJobRequest::builder().role_id("clx123abc"),
            ),
            json!({"roleId": "clx123abc"}),
        ),
    ];
    for (operation_id, sent, expected) in cases {
        assert_eq!(sent, expected, "{operation_id}");
        assert_matches_spec(operation_id, &sent);
    }
}

/// A role's work type goes in as `RoleUpdateWorkType` and comes out as `RoleWorkType`: every
/// known value converts into the response type and compares equal across the two, by wire value
/// (unknown values too), and different values compare unequal.
#[test]
fn a_request_enum_converts_into_and_compares_with_its_response_enum() {
    for sent in types::RoleUpdateWorkType::KNOWN {
        let read = types::RoleWorkType::from(sent.clone());
        assert!(
            read.is_known(),
            "{sent} is a known value of the response enum"
        );
        assert_eq!(read.as_str(), sent.as_str());
        assert!(read == *sent, "{read} == {sent}");
        assert!(*sent == read, "{sent} == {read}");
        for other in types::RoleWorkType::KNOWN
            .iter()
            .filter(|o| o.as_str() != sent.as_str())
        {
            assert!(*other != *sent, "{other} != {sent}");
            assert!(*sent != *other, "{sent} != {other}");
        }
    }
    let newer = types::RoleUpdateWorkType::from("four-day-week");
    assert_eq!(
        types::RoleWorkType::from(newer.clone()),
        types::RoleWorkType::Unknown("four-day-week".into())
    );
    assert!(types::RoleWorkType::from("four-day-week") == newer);
}
